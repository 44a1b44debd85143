"""Laying a document out on pages: the paper size of the reader's locale, and, from page 2, a
running head (the summary's title and the section the page begins in) and the page number.

QTextDocument.print_ numbers every page, the first too, and has no running head; this does what
it does (lays the document out for the device, 2 cm margins) and draws those two itself.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPalette, QTextCursor, QTextDocument, QTextFormat, QTextTable)

from ...content.wording import Words, words_for

# Where Letter is the usual paper (North and Central America, and a few others); A4 elsewhere.
LETTER_TERRITORIES = {"UnitedStates", "Canada", "Mexico", "Philippines", "Chile", "Colombia", "Venezuela",
                      "CostaRica", "Guatemala", "Panama", "ElSalvador", "Nicaragua", "Honduras",
                      "DominicanRepublic", "PuertoRico", "Belize", "Bolivia"}
MARGIN_MM = 20             # beside and below the text, as QTextDocument.print_ leaves
HEAD_MM = 27               # above the text: room for the running head
HEAD_COLOR = QColor("#333333")
# A table's header rows are repeated at the top of each page it runs on, unless they would take
# more than this share of a page: at 40 pt a header one page tall left no room for the rows, which
# Qt then printed over it, page after page
MAX_HEADER_SHARE = 1 / 3


def locale_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's territory uses it, A4 everywhere else."""
    letter = (locale or QLocale()).territory().name in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def portrait_layout(size: QPageSize) -> QPageLayout:
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


class TooLongForPaper(Exception):
    """Qt lays a document out no further than 2**23 of the device's units, and drops the rest without
    a word (at 1200 dpi about 600 A4 pages): a printout that would be cut is refused instead."""

    def __str__(self) -> str:
        return QCoreApplication.translate("Printing", "at this text size it is longer than can be laid out on "
                                                      "paper; print it at a smaller size, or one section at a time")


@dataclass(frozen=True)
class Heading:
    """A heading of the laid-out document, where it is: for the running heads."""

    y: float      # top, in the laid-out document
    title: str
    after: float  # where the block before it ends: on an earlier page, the heading begins its page


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, running_title: str, words: Words | None = None) -> int:
    """Lay `document` out on `device`'s pages and paint them; the number of pages. `words`: the
    summary's language's (its page numbers); English if None."""
    words = words or words_for("en")
    layout = document.documentLayout()
    layout.setPaintDevice(device)  # measured with the printer's fonts, at its resolution
    dpi = device.logicalDpiY()
    mm = dpi / 25.4
    page = QRectF(0, 0, device.width(), device.height())  # the paintable area, in device pixels
    source_mm = 96 / 25.4  # frame margins are in the document's pixels; the layout scales them
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(MARGIN_MM * source_mm)
    frame.setRightMargin(MARGIN_MM * source_mm)
    frame.setTopMargin(HEAD_MM * source_mm)
    frame.setBottomMargin(MARGIN_MM * source_mm)
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(page.size())
    repeat_only_short_table_headers(document, device, QRectF(0, 0, page.width() - 2 * MARGIN_MM * mm,
                                                             page.height() - (HEAD_MM + MARGIN_MM) * mm))
    keep_headings_with_their_text(document)
    last = document.lastBlock()
    if layout.blockBoundingRect(last).isNull() or (last.text().strip() and not last.layout().lineCount()):
        raise TooLongForPaper()  # before the painter begins: no page, nor a blank one, goes to a printer
    painter = QPainter(device)
    if not painter.isActive():
        return 0
    pages = document.pageCount()
    headings = _headings(document)
    small = QFont(document.defaultFont())
    small.setPointSizeF(max(7.0, min(10.0, small.pointSizeF() * 0.8)))
    small_metrics = QFontMetricsF(small, device)
    for index in range(pages):
        if index:
            device.newPage()
        top = index * page.height()
        painter.save()
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        # (Qt also draws the line before a page's first, off the page: PDF viewers ignore it, as
        # they do for QTextDocument.print_)
        context.clip = QRectF(0, top, page.width(), page.height())
        context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)  # not the screen theme's
        painter.setClipRect(context.clip)
        # The text's black said to the device even when the painter's pen is black already: QPainter
        # passes on a pen only when it changes, and Print Preview records the pages and plays them
        # back with its own pen, the screen theme's text colour (High Contrast's white: page 1's
        # title and date, drawn before any change of pen, were white on the white page)
        painter.setPen(HEAD_COLOR)
        painter.setPen(QColor(Qt.GlobalColor.black))
        layout.draw(painter, context)
        painter.restore()
        if index == 0:
            continue  # the first page has the title; its number goes without saying
        painter.setFont(small)
        painter.setPen(HEAD_COLOR)
        left, right = MARGIN_MM * mm, page.width() - MARGIN_MM * mm
        width = right - left
        head_base = (HEAD_MM - 12) * mm
        section = _section_at(headings, top + HEAD_MM * mm + small_metrics.height(), top + page.height())
        number = words.page_number.format(page=index + 1, pages=pages)
        painter.drawText(QPointF(left, head_base), _running_head(running_title, section, small_metrics, width))
        painter.drawLine(QPointF(left, head_base + small_metrics.descent() + mm),
                         QPointF(right, head_base + small_metrics.descent() + mm))
        foot_base = page.height() - (MARGIN_MM - 10) * mm
        painter.drawText(QPointF(right - small_metrics.horizontalAdvance(number), foot_base), number)
    painter.end()
    return pages


def repeat_only_short_table_headers(document: QTextDocument, device: QPagedPaintDevice, text: QRectF) -> None:
    """Tables whose header rows would take more than MAX_HEADER_SHARE of a page's `text` area print
    them once, where the table begins, not again on each page it runs on. Their height is reckoned
    from their words in the text's bold font, each column an equal share of the width: Qt's layout
    of a table's cells is not asked (its rectangles of cells crashed Qt on summaries at 40 pt)."""
    font = QFont(document.defaultFont())
    font.setBold(True)
    metrics, tall, frames = QFontMetricsF(font, device), [], list(document.rootFrame().childFrames())
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
    while frames:
        table = frames.pop()  # a table, or a frame that may hold one
        frames.extend(table.childFrames())
        rows = min(table.format().headerRowCount(), table.rows()) if isinstance(table, QTextTable) else 0
        if not rows:
            continue
        share = text.width() / table.columns()
        height = 0.0
        for row in range(rows):
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            height += max(metrics.boundingRect(QRectF(0, 0, share * cell.columnSpan(), text.height() * 10), flags,
                                               _cell_text(document, cell)).height() for cell in cells)
        if height > text.height() * MAX_HEADER_SHARE:
            tall.append(table)
    for table in tall:
        format_ = table.format()
        format_.setHeaderRowCount(0)
        table.setFormat(format_)


def _cell_text(document: QTextDocument, cell) -> str:
    """A table cell's words, from its blocks (a cursor placed in a cell lays it out: see above)."""
    lines, block = [], document.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        lines.append(block.text())
        block = block.next()
    return "\n".join(lines)


def keep_headings_with_their_text(document: QTextDocument) -> None:
    """Headings that would end a page, or be cut by its end, begin the next page instead (at 40 pt
    "Metastatic Gastrointestinal Carcinoid" ended one page and "Tumors" began the next): Qt's
    pages keep no heading with the text it heads. Headings in a row (a section's and its first
    subsection's) go together."""
    layout, height = document.documentLayout(), document.pageSize().height()

    def page(block, line_bottom: bool = False) -> int:
        y = layout.blockBoundingRect(block).top()
        if line_bottom:
            line = block.layout().lineAt(0)
            y += line.y() + line.height()
        return int(y // height)

    block = document.begin().next()  # the first block, the title, begins the first page
    while block.isValid():
        if not block.blockFormat().headingLevel():
            block = block.next()
            continue
        first, text = block, block.next()
        while text.isValid() and text.blockFormat().headingLevel():
            text = text.next()
        if (text.isValid() and not layout.blockBoundingRect(text).isNull() and text.layout().lineCount()
                and page(text, line_bottom=True) != page(first)
                and int((layout.blockBoundingRect(first.previous()).bottom() - 1) // height) == page(first)):
            # (what the page has above: one at a page's top stays)
            format_ = first.blockFormat()
            format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(format_)
            # laid out again from there (Qt's own relayout of a changed block on pages lost what followed)
            document.markContentsDirty(first.position(), document.characterCount() - first.position())
        block = text


def _running_head(title: str, section: str, metrics: QFontMetricsF, width: float) -> str:
    """"Title — Section" in `width`: the title is shortened first, the section is what the page holds."""
    if not section:
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
    tail = f" — {section}"
    room = width - metrics.horizontalAdvance(tail)
    if room >= width * 0.3:
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room) + tail
    return metrics.elidedText(title + tail, Qt.TextElideMode.ElideRight, width)


def _headings(document: QTextDocument) -> list[Heading]:
    """The document's section headings (after its first block, the printed title)."""
    layout = document.documentLayout()
    found = []
    block = document.begin().next()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            found.append(Heading(layout.blockBoundingRect(block).top(), block.text().strip(),
                                 layout.blockBoundingRect(block.previous()).bottom()))
        block = block.next()
    return found


def _section_at(headings: list[Heading], y: float, page_end: float) -> str:
    """The heading in effect at `y`, a page's first line: the last one that begins above it, or the
    one that begins the page (moved there whole, with its top margin it begins below `y`)."""
    title = ""
    for heading in headings:
        if heading.y > y and not (heading.after < y and heading.y < page_end):
            break
        title = heading.title
    return title

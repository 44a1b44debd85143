"""Paper and PDF: the current section or the whole summary, at the reader's font size, with the
title, the last-updated date and its age, the out-of-date notice when the summary or the library
is stale (on every copy it applies to: NCI allows the "PDQ" name only on current content), the edition note, the references the text cites, the attribution
and the disclaimer, each once; and the dialogs that ask where to save and on which printer.

Citations stay as printed markers ([4]) next to a reference list, so they read on paper too, and
look the same whether the whole summary or one section is printed. Pages are laid out by
paper_pages: the locale's paper size, a running head and page numbers from page 2.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QImage, QPagedPaintDevice, QPdfWriter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...content import Section, Summary
from ...content.currency import currency_notices
from ...content.links import LinkTargets, NoTargets, media_ids, media_url, settle_links
from ...content.render import disclaimer_html
from ...content.wording import words_for
from ..appearance.document_style import ReadingStyle
from ..common.i18n import with_qt_labels
from ..common.screen_fit import within_screen
from .paper_pages import TooLongForPaper, locale_page_size, paint_pages, portrait_layout
from ..reading.reader import fragments
from ..reading.summary_header import NOTICE_MAX_POINTS

# A figure's widest on paper, in the document's pixels (96 per inch): narrower than the text of a
# Letter or A4 page (6.5 in, about 6.3 in inside the printer's margins).
PRINT_IMAGE_WIDTH = 560
# The PDF's layout unit: Qt lays a document out no further than 2**23 of its units (8,388,608), and
# silently drops what follows: at its own 1200 dpi about 600 A4 pages, which the whole Spanish breast
# cancer summary passes at 40 pt (it ended at "Cuadro 2", without its references or disclaimer).
# The text is drawn as outlines at any resolution; 300 dpi gives four times the pages (printers too:
# they are sent the same vector pages). Past that, paint_pages refuses rather than cut (TooLongForPaper).
PDF_DPI = 300
PAPER_MUTED = "#333333"  # notes, PMIDs, levels of evidence: quieter than the text, still 12:1 on white
PRINT_STYLE = ("a, a.loe { color: #000000; text-decoration: none; } "
               f".xref-note, .external-address {{ color: {PAPER_MUTED}; }}")


def on_paper(style: ReadingStyle) -> ReadingStyle:
    """`style` with paper's colours: the screen theme's are for its background (High Contrast's
    muted is white, Dark's a pale grey), and printed PMIDs and notes in them were not there to read."""
    return replace(style, link="#000000", muted=PAPER_MUTED)


@dataclass(frozen=True)
class Printout:
    """What goes on paper instead of print_html's (a patient handout: handout.py): its HTML and the
    PDF's file name offered (its page numbers are in the summary's language, as every page's)."""

    html: str
    file_name: str = ""


class OfflineDocument(QTextDocument):
    """A document for paper that loads no resource of its own: the library's figures are given to
    it (print_document); any other address or path the text names is refused."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return None


def section_html(summary: Summary, section: Section, style: ReadingStyle, targets: LinkTargets | None) -> str:
    """The HTML of one section and its subsections, cut from the rendered summary."""
    style = on_paper(style)
    full = OfflineDocument()
    # the paper style: the cut carries its colours inline, so the markers print as the whole summary's do
    full.setDefaultStyleSheet(style.css() + PRINT_STYLE)
    words = words_for(summary.metadata.language)
    full.setHtml(f"<html><body>{settle_links(summary.html, targets or NoTargets(), words)}</body></html>")  # no tail: print_html adds it
    start = end = None
    block = full.begin()
    while block.isValid():
        names = {n for it in fragments(block) for n in it.charFormat().anchorNames()}
        level = block.blockFormat().headingLevel()
        if start is None and section.id in names:
            start = block.position()
        elif start is not None and level and level <= section.level:
            end = block.position()
            break
        block = block.next()
    if start is None:
        return ""
    cursor = QTextCursor(full)
    cursor.setPosition(start)
    if end is None:
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    else:
        cursor.setPosition(end - 1, QTextCursor.MoveMode.KeepAnchor)
    html = cursor.selection().toHtml()
    body = re.search(r"<body[^>]*>(.*)</body>", html, re.S)  # a fragment, not a second document
    # Qt imports only what lies between these markers, which would drop the title and the rest
    return (body.group(1) if body else html).replace("<!--StartFragment-->", "").replace("<!--EndFragment-->", "")


def notice_box(heading: str, text: str, points: float) -> str:
    """An out-of-date notice as printed: a ruled box that reads in black and white, at the text's
    size up to the screen's cap for it (at 40 pt it ran over three pages, its heading alone at the
    foot of the first)."""
    size = f" style='font-size: {NOTICE_MAX_POINTS}pt'" if points > NOTICE_MAX_POINTS else ""
    return ("<table class='currency-notice' width='100%' border='2' cellspacing='0' cellpadding='6'>"
            f"<tr><td{size}><b>{escape(heading)}</b> {escape(text)}</td></tr></table>")


def currency_html(summary: Summary, imported: dt.date | None, today: dt.date, points: float = 0) -> str:
    """The out-of-date notice as printed (notice_box); "" when current."""
    words = words_for(summary.metadata.language)
    notices = currency_notices(summary.metadata.last_updated, imported, today, words)
    return notice_box(words.out_of_date, " ".join(notices), points) if notices else ""


def print_html(summary: Summary, section: Section | None, style: ReadingStyle,
               targets: LinkTargets | None = None, imported: dt.date | None = None) -> str:
    """`imported`: when the library the summary comes from was last updated (None: bundled)."""
    meta = summary.metadata
    words = words_for(meta.language)  # what paper adds to the text is in the summary's language
    today = dt.date.today()
    title = escape(meta.title) + (f" — {escape(section.title)}" if section else "")
    parts = [f"<h1>{title}</h1>",
             f"<p>{' · '.join(escape(part) for part in words.details(meta, today, kind=False))}</p>",
             currency_html(summary, imported, today, style.point_size)]
    if meta.edition:
        parts.append(f"<p><i>{escape(words.about_edition)}</i> {escape(meta.edition)}</p>")
    if section is None:
        parts.append(settle_links(summary.html, targets or NoTargets(), words))
    else:
        parts.append(section_html(summary, section, style, targets))
        top = section.top_level()
        cited = summary.cited_in(section) if section is not top else []  # a top-level cut holds its own list
        if cited:  # what the subsection's markers name, numbered as in the text; not its section's whole list
            # numbered paragraphs, not a list: Qt's rich text numbers a list from 1 whatever its values say
            items = "".join(f"<p style='margin-left: 2.2em; text-indent: -2.2em'>{r.number}.&nbsp;{escape(r.text)}</p>"
                            for r in cited)
            parts.append(f"<h3>{escape(words.references_of.format(section=top.title))}</h3>{items}")
    for text in (escape(meta.attribution), escape(words.updated_footer.format(date=words.long_date(meta.last_updated))),
                 disclaimer_html(meta) if meta.disclaimer else ""):
        if text:
            parts.append(f"<p><small>{text}</small></p>")
    parts.append(f"<p><small>{escape(words.printed_from.format(date=today.isoformat()))}</small></p>")
    return "".join(parts)


def print_document(summary: Summary, section: Section | None, style: ReadingStyle,
                   targets: LinkTargets | None = None, imported: dt.date | None = None,
                   printout: Printout | None = None) -> QTextDocument:
    """`printout`: what to print, if not print_html's (a patient handout: handout.py)."""
    style = on_paper(style)
    document = OfflineDocument()
    document.setDefaultFont(style.font(document.defaultFont()))
    document.setDefaultStyleSheet(style.css() + PRINT_STYLE)
    html = print_html(summary, section, style, targets, imported) if printout is None else printout.html
    for media_id in media_ids(html):  # figures the library holds, checked, given to the document
        data = targets.media_bytes(media_id) if targets is not None else None
        image = QImage.fromData(data) if data else QImage()
        if not image.isNull():
            if image.width() > PRINT_IMAGE_WIDTH:  # within the page's text, as the reader keeps it in the column
                image = image.scaledToWidth(PRINT_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(media_url(media_id)), image)
    document.setHtml(html)
    style.apply_to(document)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return document


def render_to(device: QPagedPaintDevice, summary: Summary, section: Section | None, style: ReadingStyle,
              targets: LinkTargets | None = None, imported: dt.date | None = None, printout: Printout | None = None) -> int:
    """Print onto `device`; the number of pages."""
    return paint_pages(print_document(summary, section, style, targets, imported, printout), device, summary.title,
                       words_for(summary.metadata.language))


class ExportError(Exception):
    """The PDF could not be written whole; the file that was at the path, if any, is unchanged."""


# What a PDF is never renamed over: the rename would replace the thing itself (as root, /dev/full).
_NOT_A_FILE = (  # (test, said of the thing, said of a link to it)
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Printing", "it is a folder, not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a folder, not a file; choose a file name")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Printing", "it is a device, not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a device, not a file; choose a file name")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Printing", "it is a device, not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a device, not a file; choose a file name")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Printing", "it is a pipe (FIFO), not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a pipe (FIFO), not a file; choose a file name")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Printing", "it is a socket, not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a socket, not a file; choose a file name")),
    (lambda mode: True, QT_TRANSLATE_NOOP("Printing", "it is a special file, not a file; choose a file name"),
     QT_TRANSLATE_NOOP("Printing", "it is a link to a special file, not a file; choose a file name")),
)


def _check_target(target: Path) -> None:
    """A PDF goes to a new name or over a regular file, nothing else (a link: what it points at)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return  # a new name (or a link to nothing, which the rename replaces)
    except OSError as exc:
        raise ExportError(exc.strerror or str(exc)) from None
    if stat.S_ISREG(mode):
        return
    said = next(said[target.is_symlink()] for test, *said in _NOT_A_FILE if test(mode))
    raise ExportError(QCoreApplication.translate("Printing", said))


def export_pdf(path: str, summary: Summary, section: Section | None, style: ReadingStyle,
               targets: LinkTargets | None = None, imported: dt.date | None = None, printout: Printout | None = None) -> None:
    """Write the PDF beside `path`, check it is a whole PDF, then put it in place with one rename:
    a full disk or an unwritable folder leaves whatever was at `path` as it was, and only a regular
    file (or a new name) is ever replaced. Raises ExportError."""
    target = Path(path)
    _check_target(target)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setTitle(summary.title + (f" — {section.title}" if section else ""))
        writer.setCreator("Clinic Reference Viewer")
        writer.setPageLayout(portrait_layout(locale_page_size()))  # margins: paint_pages's own
        render_to(writer, summary, section, style, targets, imported, printout)
        del writer  # the PDF is finished (its trailer written) when the writer goes
        data = partial.read_bytes() if partial.is_file() else b""
        if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
            raise ExportError(QCoreApplication.translate(
                "Printing", "the file written was not a whole PDF (is the disk full, or the folder read-only?)"))
        _check_target(target)  # again: it may have changed while the PDF was being written
        os.replace(partial, target)
    except OSError as exc:
        raise ExportError(exc.strerror or str(exc)) from None
    except TooLongForPaper as exc:
        raise ExportError(str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)


FILE_NAME_MOST = 150  # characters, with ".pdf": well inside every file system's limit


def _file_name_part(text: str) -> str:
    """`text` as part of a file name on any system: no path separators, reserved or control characters."""
    text = re.sub(r'["<>|?*]', "", text.replace(":", " -"))
    text = re.sub(r"[/\\\x00-\x1f\x7f]", "-", text)
    return " ".join(text.split()).strip(" .-")


def suggested_file_name(summary: Summary, section: Section | None) -> str:
    """The summary's title and the section's, as a clinician would recognise the file later
    ("Childhood Ependymoma Treatment (PDQ®) - Surgery.pdf"); the summary's id if the title has no
    usable characters."""
    parts = [p for p in (_file_name_part(summary.metadata.title), _file_name_part(section.title) if section else "") if p]
    name = " - ".join(parts) or summary.id
    if len(name) > FILE_NAME_MOST - 4:
        name = name[:FILE_NAME_MOST - 4].rsplit(" ", 1)[0].rstrip(" .-")
    return f"{name}.pdf"


def first_folder() -> str:
    """Where a first export is offered: the user's Documents folder, or their home if they have none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def save_pdf(parent: QWidget, summary: Summary, section: Section | None, style: ReadingStyle,
             path: str | None = None, targets: LinkTargets | None = None, folder: str = "",
             imported: dt.date | None = None, printout: Printout | None = None) -> str | None:
    """Write the PDF to `path`, or where the reader chooses, starting in `folder` (where they saved
    last) or else their Documents folder; the path written, or None (cancelled, or it could not be
    written, which the reader is told)."""
    if path is None:
        if not folder or not Path(folder).is_dir():
            folder = first_folder()
        name = printout.file_name if printout is not None and printout.file_name else suggested_file_name(summary, section)
        dialog = QFileDialog(parent, QCoreApplication.translate("Printing", "Export to PDF"), str(Path(folder) / name),
                             QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(Path(folder) / name))
        if within_screen(with_qt_labels(dialog)).exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
    try:
        export_pdf(path, summary, section, style, targets, imported, printout)
    except ExportError as exc:
        kept = (" " + QCoreApplication.translate("Printing", "The file that was already there is unchanged.")
                if Path(path).is_file() else "")
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Export to PDF"), QCoreApplication.translate(
            "Printing", "The PDF could not be written to {path}: {reason}. Nothing was saved.").format(path=path, reason=exc)
            + kept)
        return None
    return path


def preview(parent: QWidget, summary: Summary, section: Section | None, style: ReadingStyle,
            targets: LinkTargets | None = None, imported: dt.date | None = None) -> QWidget:
    """The pages as they will print, in Qt's print preview (from which the reader can print), with
    the notice of a library out of date as on every other paper (`imported`)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # not needed until asked for

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PDF_DPI)  # Qt's 1200 cut the layout at about 600 pages
    printer.setPageSize(locale_page_size())
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Preview — {title}").format(
        title=summary.title + (f" — {section.title}" if section else "")))
    dialog.paintRequested.connect(lambda device: _print_or_say(dialog, device, summary, section, style, targets,
                                                                imported))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_with_dialog(parent: QWidget, summary: Summary, section: Section | None, style: ReadingStyle,
                      targets: LinkTargets | None = None, imported: dt.date | None = None, printout: Printout | None = None) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # not needed for PDF files

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PDF_DPI)  # Qt's 1200 cut the layout at about 600 pages
    printer.setPageSize(locale_page_size())  # the dialog starts there; the reader may choose another
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        _print_or_say(parent, printer, summary, section, style, targets, imported, printout)


def _print_or_say(parent: QWidget, device: QPagedPaintDevice, *what) -> None:
    """render_to(device, *what), or, where it would be cut, the reader told why nothing was printed."""
    try:
        render_to(device, *what)
    except TooLongForPaper as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), QCoreApplication.translate(
            "Printing", "Nothing was printed: {reason}.").format(reason=exc))

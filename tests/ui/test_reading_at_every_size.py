"""Reading the real PDQ summaries at 12 and 40 pt: the out-of-date notice, heading levels, the
tree, tables, typesetting, small windows and focus (issue 19, "Reading")."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from viewer.ui.appearance.themes import CHOICES as THEME_CHOICES

from .test_pdq_window import EPENDYMOMA, PROSTATE
from .test_print_and_pdf import pdf_text
from .test_reader_window import open_window, until_shown

UNUSUAL = "CDR0000062872"


@pytest.fixture
def window(qtbot, qsettings, pdq_library):
    return open_window(qtbot, qsettings, library_dir=pdq_library)


def set_size(window, points: int) -> None:
    while window.font_size.size < points:
        window.font_size.larger()
    while window.font_size.size > points:
        window.font_size.smaller()
    assert window.font_size.size == points


def section_id(window, summary_id: str, title: str) -> str:
    return next(s.id for s in window.library.get(summary_id).walk() if s.title == title)


# -- 6: the out-of-date notice ---------------------------------------------------------------------
def test_the_out_of_date_notice_grows_with_the_text(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))  # updated in 2015: stale
    until_shown(qtbot, window)
    notice = window.findChild(QLabel, "currencyNotice")
    assert notice.isVisible()
    sizes = {}
    for points in (12, 40):
        set_size(window, points)
        sizes[points] = notice.fontInfo().pointSizeF()
        assert sizes[points] >= window.header.details.fontInfo().pointSizeF()  # never the smallest line
        assert sizes[points] >= window.tree.fontInfo().pointSizeF()
    assert sizes[12] >= 12 and sizes[40] > sizes[12]


@pytest.mark.parametrize("whole", [True, False])
def test_every_export_of_a_stale_summary_carries_its_age_and_the_notice(qtbot, window, tmp_path, whole):
    window.navigate_to((EPENDYMOMA, section_id(window, EPENDYMOMA, "Surgery")))
    until_shown(qtbot, window)
    path = window.export_to_pdf(whole=whole, path=str(tmp_path / "ependymoma.pdf"))
    text = pdf_text(path)
    assert re.search(r"LastupdatedSeptember24,2015\(\d+yearsago\)", text)
    assert "Outofdate?ThissummarywaslastupdatedonSeptember24,2015" in text
    assert "askyourITtoimportthecurrentPDQdistribution" in text


# -- 7: heading levels ---------------------------------------------------------------------------
def heading_looks(document) -> dict[int, set[tuple[float, bool, bool]]]:
    """Each heading level's look in `document`: (points, bold, italic) of its text."""
    from PySide6.QtGui import QFont

    looks: dict[int, set] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            it = block.begin()
            font = it.fragment().charFormat().font()
            looks.setdefault(level, set()).add(
                (font.pointSizeF(), font.weight() >= QFont.Weight.Bold, font.italic()))
        block = block.next()
    return looks


def assert_levels_distinct(looks, body_points: float) -> None:
    assert {1, 2, 3, 4} <= set(looks), looks
    for level, seen in looks.items():
        assert len(seen) == 1, (level, seen)  # one look for one level
    ordered = [next(iter(looks[level])) for level in sorted(looks)]
    assert len(set(ordered)) == len(ordered), ordered  # no two levels alike
    sizes = [points for points, _, _ in ordered]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[1] > sizes[2], sizes  # the top levels by size
    assert all(points > body_points or bold for points, bold, _ in ordered)  # every level above the text


@pytest.mark.parametrize("points", [12, 40])
def test_each_heading_level_looks_different_on_screen_and_on_paper(qtbot, window, points):
    from viewer.ui.paper.printing import print_document

    window.navigate_to((EPENDYMOMA, ""))  # levels 1 to 4
    until_shown(qtbot, window)
    set_size(window, points)
    assert_levels_distinct(heading_looks(window.reader.document()), points)
    paper = print_document(window.summary, None, window.reader.text_style, window.library)
    assert_levels_distinct(heading_looks(paper), points)


# -- 8: the tree's titles and its pane -----------------------------------------------------------
class RecordingPainter:
    """A QPainter that keeps the text drawn through it."""

    def __new__(cls, device):
        from PySide6.QtGui import QPainter

        class Recording(QPainter):
            def drawText(self, *args):  # noqa: N802 (Qt's name)
                self.texts.append(args[-1])
                return super().drawText(*args)

        painter = Recording(device)
        painter.texts = []
        return painter


def rows(tree, parent=None):
    model = tree.model()
    parent = parent if parent is not None else tree.rootIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(tree, index)


@pytest.mark.parametrize("points", [12, 24, 40])
def test_tree_titles_break_between_words_and_an_ellipsis_marks_a_cut(qtbot, window, points):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics, QImage
    from PySide6.QtWidgets import QStyleOptionViewItem

    tree = window.tree
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    for summary_id in (EPENDYMOMA, UNUSUAL, PROSTATE):
        window.navigate_to((summary_id, ""))
        until_shown(qtbot, window)
    set_size(window, points)
    tree.expandAll()
    tree.executeDelayedItemsLayout()
    image = QImage(tree.width(), 4000, QImage.Format.Format_ARGB32)
    delegate, cut = tree.itemDelegate(), 0
    for index in rows(tree):
        title = index.data(Qt.ItemDataRole.DisplayRole)
        if title == "…":  # a summary not opened: its sections are read in when it is
            continue
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(title)  # the whole title on hover
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualRect(index)
        delegate.initStyleOption(option, index)
        room = delegate.text_rect(option)
        painter = RecordingPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        lines = [line for line in painter.texts if line]
        metrics = QFontMetrics(option.font)
        assert lines and len(lines) * metrics.lineSpacing() <= option.rect.height(), (title, lines)  # every line shows
        assert all(metrics.horizontalAdvance(line) <= room.width() for line in lines), (title, lines)
        words = title.split()
        shown = " ".join(lines).split()
        if " ".join(shown) == " ".join(words):
            continue
        cut += 1
        assert len(shown) == len(words) or shown[-1].endswith("…"), (title, lines)  # words left out: marked
        for number, word in enumerate(shown):  # whole words, but for a marked one
            assert word == words[number] or (word.endswith("…") and words[number].startswith(word[:-1])), (title, lines)
    assert cut <= 2, cut  # (a rare long word in a narrow pane, not titles in general)


def test_the_pane_beside_the_text_grows_with_the_window_and_keeps_the_readers_width(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: window.splitter.width() > 1800)
    assert window.splitter.sizes()[0] >= 0.2 * window.splitter.width()  # not 285 px of 1900
    window.splitter.moveSplitter(700, 1)  # the reader widens it
    window.close()  # (saves the window's state)
    again = open_window(qtbot, qsettings, library_dir=pdq_library)
    again.resize(1900, 1000)
    qtbot.waitUntil(lambda: again.splitter.width() > 1800)
    assert abs(again.splitter.sizes()[0] - 700) < 40


# -- 9: tables -----------------------------------------------------------------------------------
def tables(frame):
    from PySide6.QtGui import QTextTable

    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from tables(child)


def test_ependymoma_table_1_gives_its_last_column_half_the_table_as_nci_does(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    document = window.reader.document()
    layout = document.documentLayout()
    table = next(t for t in tables(document.rootFrame()) if t.columns() == 3)
    row = next(r for r in range(table.rows()) if all(table.cellAt(r, c).columnSpan() == 1 for c in range(3)))
    widths = [layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block()).width()
              for column in range(3)]
    assert widths[2] / sum(widths) == pytest.approx(0.50, abs=0.03)  # it was 37%
    assert widths[0] / sum(widths) == pytest.approx(0.16, abs=0.03)


@pytest.mark.parametrize("width, height", [(1920, 1080), (1366, 768)])
@pytest.mark.parametrize("points", [12, 40])
def test_no_summary_scrolls_sideways(qtbot, window, points, width, height):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.reader.width() > width // 2)
    set_size(window, points)
    bar = window.reader.horizontalScrollBar()
    for summary_id in (EPENDYMOMA, UNUSUAL, PROSTATE):
        window.navigate_to((summary_id, ""))
        until_shown(qtbot, window)
        document = window.reader.document()
        # the column is fitted to a wide table once the layout is done (a zero-time timer after it)
        qtbot.waitUntil(lambda: document.size().width() <= document.textWidth() and bar.maximum() == 0, timeout=3000)
        assert document.size().width() <= document.textWidth(), summary_id  # nothing wider than the view
        assert bar.maximum() == 0, summary_id  # so no scroll bar that scrolls a few pixels


# -- 10: typesetting -------------------------------------------------------------------------------
def markers_alone(document) -> list[str]:
    """Each line that begins with a citation marker glued to the word before it ("therapy." / "[89]")."""
    found = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            before = text[:start].rstrip("\u2060")
            if re.match(r"\[\d", text[start:]) and before and not before[-1].isspace():
                found.append(text[max(0, start - 12):start + 6])
        block = block.next()
    return found


@pytest.mark.parametrize("points", [12, 40])
def test_no_citation_marker_starts_a_line_away_from_its_word(qtbot, window, points):
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    set_size(window, points)
    for summary_id in (EPENDYMOMA, UNUSUAL, PROSTATE):
        window.navigate_to((summary_id, ""))
        until_shown(qtbot, window)
        qtbot.wait(10)
        assert markers_alone(window.reader.document()) == [], summary_id


@pytest.mark.parametrize("points", [28, 40])
def test_no_citation_marker_of_a_markdown_summary_starts_a_line_away_from_its_word(qtbot, qsettings, points):
    """The bundled summary (Markdown, not PDQ's XML) at 28 pt: "metastases." / "[4]"."""
    window = open_window(qtbot, qsettings)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.splitter.width() > 1300)
    set_size(window, points)
    qtbot.wait(10)
    text = window.reader.document().toPlainText()
    assert "[4]" in text  # the summary's markers are there to be checked
    assert markers_alone(window.reader.document()) == []


def test_a_paragraph_after_a_nested_list_has_a_paragraphs_gap(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    document = window.reader.document()
    layout = document.documentLayout()
    from PySide6.QtGui import QTextCursor

    def body_text(b) -> bool:  # a paragraph or list item of the text itself: not a heading, not in a table
        return bool(b.text()) and not b.blockFormat().headingLevel() and QTextCursor(b).currentTable() is None

    gaps, previous, block = {}, None, document.begin()
    while block.isValid():
        if previous is not None and body_text(previous) and body_text(block) and not block.textList():
            gap = layout.blockBoundingRect(block).top() - layout.blockBoundingRect(previous).bottom()
            gaps.setdefault("after a list" if previous.textList() else "after a paragraph", []).append(gap)
        previous, block = block, block.next()
    assert min(gaps["after a list"]) >= 0.9 * min(gaps["after a paragraph"]), gaps["after a list"]


# -- 11: small windows -----------------------------------------------------------------------------
def test_a_small_window_gives_the_text_most_of_its_width_and_no_sideways_scroll(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.resize(500, 400)
    qtbot.waitUntil(lambda: window.width() <= 500)
    # once the text is laid out again at the new width (a step of the event loop, not a fixed 20 ms)
    qtbot.waitUntil(lambda: window.reader.horizontalScrollBar().maximum() == 0, timeout=2000)
    assert window.reader.viewport().width() >= 0.6 * window.width()  # the pane beside it shrinks too (it was 180 px)


def test_a_short_window_keeps_rows_of_the_tree_beside_search_results(qtbot, window):
    from PySide6.QtCore import Qt

    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.resize(800, 560)
    qtbot.waitUntil(lambda: window.height() <= 560)
    window.search_panel.box.setText("chemotherapy")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    metrics = window.tree.fontMetrics()
    # (the results, and Enter's hit in the text, arrive from the workers; the panes are laid out after)
    qtbot.waitUntil(lambda: window.tree.viewport().height() >= 3 * (metrics.lineSpacing() + metrics.height() // 2)
                    and results.viewport().height() >= 3 * results.fontMetrics().lineSpacing(),
                    timeout=2000)  # the tree keeps three rows, not two, and results still read
    notice = window.findChild(QLabel, "currencyNotice")
    assert notice.isVisible() and "September 24, 2015" in notice.text()  # shorter, never gone
    assert "ask your IT" in notice.toolTip()


# -- 12: keyboard --------------------------------------------------------------------------------
def test_every_menu_opens_with_alt_and_its_first_letter(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    titles = [action.text() for action in window.menuBar().actions()]
    assert all(title.startswith("&") for title in titles), titles  # "B&ookmarks" was Alt+O
    assert len({title[1].lower() for title in titles}) == len(titles)
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(QMenu, "bookmarksMenu")
    qtbot.waitUntil(menu.isVisible)
    assert box.text() == ""  # not a "b" typed into the search box
    menu.close()


@pytest.mark.parametrize("points", [12, 40])
def test_the_pane_with_the_focus_is_framed_in_every_theme(qtbot, window, points):
    from PySide6.QtGui import QPalette

    from viewer.ui.appearance import themed_style, themes

    set_size(window, points)
    qtbot.waitUntil(themed_style.installed)
    for theme in themes.CHOICES:
        window.appearance.set_theme(theme)
        for pane, other in ((window.reader, window.tree), (window.tree, window.reader)):
            pane.setFocus()
            qtbot.waitUntil(pane.hasFocus)
            image = pane.grab().toImage()
            colour = pane.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            middle = image.height() // 2
            assert [image.pixelColor(x, middle) for x in range(3)] == [colour] * 3, (theme, pane.objectName())
            other_image = other.grab().toImage()
            assert other_image.pixelColor(1, other_image.height() // 2) != colour  # only the pane with the focus


@pytest.mark.parametrize("points", [12, 40])
@pytest.mark.parametrize("theme", THEME_CHOICES)
def test_a_citation_the_keyboard_is_on_is_framed_plainly(qtbot, window, points, theme):
    """In every theme: a frame of 3 px in the theme's focus colour, which stands out from the page
    (WCAG 2.1 1.4.11: 3:1 for what shows the focus)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette, QTextCursor

    from viewer.ui.appearance import themed_style
    from viewer.ui.appearance.themes import contrast_ratio, resolve

    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    set_size(window, points)
    qtbot.waitUntil(themed_style.installed)
    window.appearance.set_theme(theme)
    reader = window.reader
    focus_colour = resolve(theme).highlight  # the theme's own, once the palette has reached the reader
    qtbot.waitUntil(lambda: reader.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name()
                    == focus_colour)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    cursor = reader.textCursor()
    assert cursor.hasSelection() and cursor.charFormat().isAnchor()
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    rect = reader.cursorRect(start)
    image = reader.viewport().grab().toImage()
    colour = reader.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    left = [image.pixelColor(x, rect.center().y()) for x in range(rect.left() - 6, rect.left())]
    assert left.count(colour) >= 2, [c.name() for c in left]  # a frame of 3 px beside it, not a dotted pixel
    page = reader.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base).name()
    assert contrast_ratio(colour.name(), page) >= 3, (theme, colour.name(), page)

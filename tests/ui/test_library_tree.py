"""The library tree: grouped by type, then by title; a filter box narrows it as you type."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from viewer.library import run_import

from ..conftest import PDQ_SUMMARIES
from .test_reader_window import open_window, until_shown


def visible_tree(window) -> dict[str, list[str]]:
    tree, model = window.tree, window.tree.model()
    shown = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        if tree.isRowHidden(row, QModelIndex()):
            continue
        shown[group.data()] = [model.index(r, 0, group).data() for r in range(model.rowCount(group))
                               if not tree.isRowHidden(r, group)]
    return shown


def test_summaries_are_grouped_by_type_then_sorted_by_title(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    assert visible_tree(window) == {
        "Treatment": ["Childhood Ependymoma Treatment (PDQ®)", "Gastrointestinal Carcinoid Tumors Treatment (PDQ®)",
                      "Unusual Cancers of Childhood Treatment (PDQ®)"],
        "Genetics": ["Genetics of Prostate Cancer"]}


def test_the_filter_narrows_the_tree_by_title_as_you_type(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    box = window.findChild(QLineEdit, "libraryFilter")
    qtbot.keyClicks(box, "CHILD")
    assert visible_tree(window) == {"Treatment": ["Childhood Ependymoma Treatment (PDQ®)",
                                                  "Unusual Cancers of Childhood Treatment (PDQ®)"]}
    qtbot.keyClicks(box, " cancers")
    assert visible_tree(window) == {"Treatment": ["Unusual Cancers of Childhood Treatment (PDQ®)"]}
    box.clear()
    assert sum(len(v) for v in visible_tree(window).values()) == 4
    no_match = window.findChild(QLabel, "filterNoMatch")
    assert not no_match.isVisible()
    qtbot.keyClicks(box, "no such title")
    assert visible_tree(window) == {}
    # said, not an empty tree alone (which reads as an empty library), and said to a screen reader
    assert no_match.isVisible() and no_match.text() == "No summary's title holds every word of “no such title”."
    assert no_match.property("announcement") == no_match.text()
    box.clear()
    assert not no_match.isVisible()



def test_the_filter_still_narrows_the_tree_after_the_library_is_read_again(qtbot, qsettings, pdq_library):
    """Seen after File ▸ Import (and an import from outside): the tree was built again whole while
    the filter box still said "paclitaxel"."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    box = window.findChild(QLineEdit, "libraryFilter")
    qtbot.keyClicks(box, "CHILD")
    narrowed = visible_tree(window)
    window.library_commands.reload_library()  # what an import does once it has written the library
    until_shown(qtbot, window)
    assert box.text() == "CHILD"
    assert visible_tree(window) == narrowed

def test_audience_is_shown_where_audiences_differ(qtbot, qsettings, tmp_path):
    patient = tmp_path / "CDR2.xml"
    patient.write_text('<Summary id="CDR0000000002"><SummaryMetaData><SummaryType>Treatment</SummaryType>'
                       "<SummaryAudience>Patients</SummaryAudience></SummaryMetaData><SummaryTitle>Patient Version</SummaryTitle>"
                       '<SummarySection id="_1"><Title>T</Title><Para>x</Para></SummarySection>'
                       "<DateLastModified>2024-01-01</DateLastModified></Summary>")
    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0], patient])
    window = open_window(qtbot, qsettings, library_dir=library)
    groups = visible_tree(window)
    assert groups["Treatment (Patient)"] == ["Patient Version"]
    assert "Childhood Ependymoma Treatment (PDQ®)" in groups["Treatment (Health Professional)"]


def test_the_filter_grows_with_the_text_up_to_the_headers_size(qtbot, qsettings, pdq_library):
    """At 40 pt the library's filter stayed at the desktop's 9 pt, its words too small to read."""
    from viewer.ui.appearance.pane_fonts import HEADER_MAX_POINTS

    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    box = window.findChild(QLineEdit, "libraryFilter")
    assert box.isVisible()
    for size in (40, 12, 14, 40):
        window.font_size.set_size(size)
        assert box.font().pointSize() == window.header.font().pointSize() == min(size, HEADER_MAX_POINTS)


def test_the_section_being_read_stays_in_view_in_the_tree_when_the_text_grows(qtbot, qsettings, pdq_library):
    """Seen at 40 pt: the tree's rows grew and the current section went out of view."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1100, 760)
    window.navigate_to(("CDR0000062872", ""))
    until_shown(qtbot, window)
    qtbot.wait(20)
    window.font_size.set_size(40)
    tree = window.tree
    qtbot.waitUntil(lambda: tree.viewport().rect().intersects(tree.visualRect(tree.currentIndex())), timeout=2000)
    assert tree.currentIndex().data() == "General Information"


@pytest.mark.parametrize("size", [12, 16, 24, 40])
def test_every_word_of_the_open_summarys_tree_fits_its_row(qtbot, qsettings, pdq_library, size):
    """Seen at 16 pt: "Chemotherapy", five levels in, was cut at the pane's edge."""
    from PySide6.QtGui import QFontMetrics

    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1100, 760)
    window.navigate_to(("CDR0000062843", ""))
    until_shown(qtbot, window)
    window.font_size.set_size(size)
    qtbot.wait(50)
    tree, metrics = window.tree, QFontMetrics(window.tree.font())
    cut = []

    def visit(parent):
        for row in range(tree.model().rowCount(parent)):
            index = tree.model().index(row, 0, parent)
            room = tree.viewport().width() - tree.visualRect(index).left()
            cut.extend(word for word in index.data().split() if metrics.horizontalAdvance(word) > room)
            if tree.isExpanded(index):
                visit(index)
    summary_root = tree.model().match(tree.model().index(0, 0), Qt.ItemDataRole.DisplayRole,
                                      "Childhood Ependymoma Treatment (PDQ®)", 1, Qt.MatchFlag.MatchRecursive)[0]
    visit(summary_root)
    assert cut == []


def test_about_says_where_the_library_is_when_it_was_imported_and_what_it_holds(qtbot, qsettings, pdq_library):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.actions["about"].trigger()
    box = window.findChild(QMessageBox, "aboutDialog")
    qtbot.waitUntil(box.isVisible, timeout=5000)
    text = box.text()
    assert str(pdq_library) in text and "Last imported" in text and "(generation " in text
    assert "3 summaries (" in text and "dictionary terms" in text
    assert "Gastrointestinal Carcinoid Tumors Treatment" in text and "(bundled)" in text
    box.close()


def test_about_says_plainly_when_there_is_no_imported_library(qtbot, qsettings, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, qsettings, library_dir=tmp_path / "none")
    window.actions["about"].trigger()
    box = window.findChild(QMessageBox, "aboutDialog")
    assert "Imported library:</b> none yet" in box.text() and "File ▸ Import" in box.text()
    box.close()


def test_recent_summaries_reopen_where_the_reader_left_them_and_are_kept(qtbot, qsettings, pdq_library):
    from PySide6.QtWidgets import QMenu

    from viewer.settings import Settings

    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to(("CDR0000062843", "_40"))
    until_shown(qtbot, window)
    window.navigate_to(("CDR0000299612", ""))
    until_shown(qtbot, window)
    menu = window.findChild(QMenu, "recentMenu")
    menu.aboutToShow.emit()
    titles = [a.text() for a in menu.actions() if a.objectName().startswith("recent:")]
    assert titles[:2] == ["&1 Genetics of Prostate Cancer", "&2 Childhood Ependymoma Treatment (PDQ®)"]
    assert Settings(qsettings).recent[1] == ("CDR0000062843", "_40")
    next(a for a in menu.actions() if a.objectName() == "recent:CDR0000062843").trigger()
    until_shown(qtbot, window)
    assert window.summary.id == "CDR0000062843" and window.reader.current_section_id() == "_40"
    window.go_back()  # a jump like any other
    until_shown(qtbot, window)
    assert window.summary.id == "CDR0000299612"
    assert window.actions["recent"].shortcut().toString() == "Ctrl+H"


@pytest.mark.parametrize("size", [40, 8])
def test_the_tree_stays_on_the_section_being_read_when_the_text_size_changes(qtbot, qsettings, pdq_library, size):
    """Seen at 1900x1000, 12 -> 40 pt, and at 36 pt: the text stayed in a late section, the tree went to the
    first ('Información general'): the new font's reflow clamped the scroll bar, which read as a scroll to the top."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1366, 768)
    summary = window.library.get("CDR0000062872")
    section = summary.sections[len(summary.sections) * 3 // 4].id
    window.navigate_to(("CDR0000062872", section))
    until_shown(qtbot, window)
    read = window.reader.current_section_id()
    assert read != summary.sections[0].id
    window.font_size.set_size(size)
    qtbot.wait(50)
    assert window.reader.current_section_id() == read
    assert window.tree.current_location() == ("CDR0000062872", read)


@pytest.mark.parametrize("size", [12, 28])
def test_a_search_result_opened_makes_its_section_the_one_being_read(qtbot, qsettings, pdq_library, size):
    """Seen at 1900x1000 and 28 pt: a result in the heading 'Tamoxifeno' opened with the tree on the section
    above ('Hormonoterapia'), so Ctrl+D bookmarked that one: the hit, put at the view's upper third, sat a
    line's rounding below the line that decides the section."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1900, 1000)
    window.font_size.set_size(size)
    summary = window.library.get("CDR0000062872")
    wrong = []
    for section in [s for s in summary.walk() if s.title][1:12]:
        word = section.title.split()[0]
        window.navigate_to((summary.id, ""))
        until_shown(qtbot, window)
        window.navigate_to((summary.id, section.id),
                           then=lambda: window.highlighter.show_hits([(section.id, (word,))], section.id))
        until_shown(qtbot, window)
        qtbot.wait(20)
        if window.reader.current_section_id() != section.id or window.tree.current_location()[1] != section.id:
            wrong.append((section.title, window.reader.current_section_id()))
    assert wrong == []


def whole_in_view(tree) -> bool:
    row = tree.visualRect(tree.currentIndex())
    return tree.viewport().rect().intersected(row).height() >= row.height() - 2  # whole, to a pixel


def reading_a_deep_section_at_40_pt(qtbot, qsettings, pdq_library, size):
    """A window of `size` at 40 pt, reading Unusual Cancers' "Laryngeal…" section (deep in the tree)."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(*size)
    window.font_size.set_size(40)
    summary = window.library.get("CDR0000062872")
    section = next(s for s in summary.walk() if s.title.startswith("Laryngeal"))
    window.navigate_to((summary.id, section.id))
    until_shown(qtbot, window)
    return window, summary, section


@pytest.mark.parametrize("sizes", [((1900, 1000), (1200, 1000)), ((1100, 760), (1900, 1000))])
def test_the_section_being_read_stays_in_view_when_the_window_is_resized(qtbot, qsettings, pdq_library, sizes):
    """Seen at 40 pt in a real X11 window, 1900 -> 1200 px wide (and 1100x760 -> 1900x1000): the
    narrower rows wrapped taller before the resize was looked at, so the section read, in view
    before, counted as out of view and was left below the tree's bottom."""
    window, summary, section = reading_a_deep_section_at_40_pt(qtbot, qsettings, pdq_library, sizes[0])
    tree = window.tree
    qtbot.wait(300)
    assert whole_in_view(tree), ("before", tree.visualRect(tree.currentIndex()), tree.viewport().rect())
    assert tree.current_location() == (summary.id, section.id)
    window.resize(*sizes[1])
    qtbot.wait(300)
    assert tree.current_location() == (summary.id, section.id)
    assert whole_in_view(tree), (tree.visualRect(tree.currentIndex()), tree.viewport().rect())


def test_after_the_library_is_read_again_the_titles_end_where_the_tree_does(qtbot, qsettings, pdq_library):
    """Seen at 40 pt in a 1366x768 window after an import from outside: "Treatment options under"
    ran under the scroll bar and was cut at "unde"; the model's clear() made the column again, as
    wide as the tree without its scroll bar."""
    window, _, _ = reading_a_deep_section_at_40_pt(qtbot, qsettings, pdq_library, (1366, 768))
    tree = window.tree
    qtbot.waitUntil(tree.verticalScrollBar().isVisible, timeout=2000)
    window.library_commands.reload_library()  # what an import does once it has written the library
    until_shown(qtbot, window)
    qtbot.wait(100)
    row = tree.visualRect(tree.currentIndex())
    assert row.isValid() and row.right() < tree.viewport().width()


def test_the_filter_finds_a_title_typed_without_its_accents(qtbot, qsettings, tmp_path):
    """Typed as a keyboard without Spanish accents types it, "cancer del seno" found nothing: the
    title is "Cáncer del seno (mama)" (the search box already folds accents)."""
    from ..conftest import PDQ

    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0], PDQ / "distribution" / "Summary" / "CDR256668.xml"])
    window = open_window(qtbot, qsettings, library_dir=library)
    box = window.findChild(QLineEdit, "libraryFilter")
    for typed in ("cancer del seno", "CANCER", "cáncer mama"):
        box.clear()
        if typed.isascii():
            qtbot.keyClicks(box, typed)
        else:
            box.insert(typed)  # (QTest types ASCII only)
        assert [titles for titles in visible_tree(window).values()] == [["Cáncer del seno (mama)"]], typed
    box.clear()
    qtbot.keyClicks(box, "ependimoma")  # folding takes accents away, nothing more
    assert visible_tree(window) == {}


def test_a_summary_opened_while_the_filter_hides_it_is_shown_in_the_tree(qtbot, qsettings, pdq_library):
    """Opened from a search result while the filter said "child", a summary was read with no row in
    the tree: where the reader is went out of sight."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    qtbot.keyClicks(window.findChild(QLineEdit, "libraryFilter"), "child")
    assert "Genetics" not in visible_tree(window)
    summary = next(e.id for e in window.library.entries() if e.metadata.title == "Genetics of Prostate Cancer")
    window.navigate_to((summary, ""))
    until_shown(qtbot, window)
    assert visible_tree(window)["Genetics"] == ["Genetics of Prostate Cancer"]
    assert window.tree.current_location()[0] == summary


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_filter_goes_on_to_the_titles(qtbot, qsettings, pdq_library, key):
    """They did nothing: the tree was reached from the filter only by Tab (found by the walk)."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    box = window.findChild(QLineEdit, "libraryFilter")
    box.setFocus()
    qtbot.keyClicks(box, "child")
    qtbot.keyClick(box, key)
    qtbot.waitUntil(window.tree.hasFocus, timeout=2000)
    assert box.text() == "child"  # the filter stays as typed


@pytest.mark.parametrize("keys", [[Qt.Key.Key_Down, Qt.Key.Key_Return], [Qt.Key.Key_Return, Qt.Key.Key_Return]])
def test_down_and_enter_in_the_filter_open_the_first_title_it_shows(qtbot, qsettings, pdq_library, keys):
    """The section being read stayed the tree's current row once the filter hid it: Down from the
    filter reached that hidden row, and Enter went to it, not to the title shown (found by the look)."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    genetics = next(e.id for e in window.library.entries() if e.metadata.title == "Genetics of Prostate Cancer")
    assert window.summary.id != genetics
    box = window.findChild(QLineEdit, "libraryFilter")
    box.setFocus()
    qtbot.keyClicks(box, "genetics")
    assert visible_tree(window) == {"Genetics": ["Genetics of Prostate Cancer"]}
    qtbot.keyClick(box, keys[0])
    qtbot.waitUntil(window.tree.hasFocus, timeout=2000)
    assert window.tree.current_location() == (genetics, "")
    qtbot.keyClick(window.tree, keys[1])
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.id == genetics, timeout=5000)


def test_the_tree_scrolls_to_a_section_whose_row_is_exactly_as_tall_as_the_view(qtbot, pdq_library):
    """At 40 pt a four-line title filled the tree's short pane exactly; Qt's scrollTo then left the
    tree where it was, the section being read 5,000 px down, out of sight."""
    from PySide6.QtGui import QFont

    from viewer.library.load import load_library_dir
    from viewer.ui.navigation.toc_panel import SectionTree

    library = load_library_dir(pdq_library)
    tree = SectionTree()
    qtbot.addWidget(tree)
    font = QFont(tree.font())
    font.setPointSize(16)
    tree.setFont(font)
    tree.set_summaries(library.entries(), library.get)
    tree.resize(300, 400)
    tree.show()
    tree.expandAll()
    qtbot.waitExposed(tree)
    tallest = max(tree._items, key=lambda key: tree.sizeHintForIndex(tree._items[key].index()).height())
    row = tree._items[tallest].index()
    tree.resize(300, tree.sizeHintForIndex(row).height() + 2 * tree.frameWidth())
    assert tree.viewport().height() == tree.sizeHintForIndex(row).height()
    tree.scrollToTop()
    qtbot.wait(10)
    tree.follow(*tallest)
    place = tree.visualRect(row)
    assert place.top() < tree.viewport().height() and place.bottom() >= 0, place

"""Finding things in the real window, with the real PDQ summaries (issue 19, items 1-5): results
named so they can be told apart, marks only on what matched, the word that occurs nowhere, more
results on demand, and find in this summary (Ctrl+F) beside library search (Ctrl+K)."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QListView

from viewer.ui.search.roles import HIT_ROLE, HTML_ROLE, MORE_ROLE

from .test_reader_window import open_window, until_shown

EPENDYMOMA = "CDR0000062843"
PROSTATE = "CDR0000299612"


@pytest.fixture
def window(qtbot, qsettings, pdq_library):
    return open_window(qtbot, qsettings, library_dir=pdq_library)


def search(qtbot, window, text):
    box = window.findChild(QLineEdit, "searchBox")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # search at once and open the best result
    qtbot.waitUntil(lambda: window.search_panel._shown_query == text, timeout=3000)
    until_shown(qtbot, window)
    return window.findChild(QListView, "searchResults")


def rows(results: QListView) -> list:
    model = results.model()
    return [model.index(row, 0) for row in range(model.rowCount())]


def test_results_name_enough_of_the_path_to_tell_them_apart(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.search_panel.only_open_summary.setChecked(True)
    results = search(qtbot, window, "chemotherapy")
    spoken = [i.data(Qt.ItemDataRole.AccessibleTextRole) for i in rows(results)
              if i.data(HIT_ROLE) and i.data(HIT_ROLE).kind == "heading" and i.data(HIT_ROLE).section_title == "Chemotherapy"]
    names = [text.split(": ")[0] for text in spoken]
    assert len(names) == 3 and len(set(names)) == 3, names
    assert all(name.endswith("› Chemotherapy") for name in names)
    shown = {i.data(HTML_ROLE).split("</div>")[0] for i in rows(results)  # the label painted above the snippet
             if i.data(HIT_ROLE) and i.data(HIT_ROLE).section_title == "Chemotherapy"}
    assert len(shown) == 3 and all("disseminated" in html or "younger" in html for html in shown), shown


def test_a_bookmark_is_named_by_its_distinguishing_path(qtbot, window):
    summary = window.library.get(EPENDYMOMA)
    chemotherapy = [s.id for s in summary.walk() if s.title == "Chemotherapy"]
    labels = {window.bookmarks.label(EPENDYMOMA, section_id)[0] for section_id in chemotherapy}
    assert len(labels) == 3
    assert all(label.startswith("Childhood Ependymoma Treatment") and label.endswith("› Chemotherapy") for label in labels)


def test_only_what_matched_is_marked_in_the_text(qtbot, window):
    search(qtbot, window, "segregation analyses of prostate cancer families")
    marks = Counter(s.cursor.selectedText().casefold() for s in window.reader.extraSelections())
    assert marks and "of" not in marks
    assert set(marks) <= {"segregation", "analyses", "analysis", "prostate", "cancer", "cancers", "families", "family",
                          "familial", "segregating"}
    status = window.findChild(QLabel, "searchStatus").text()
    assert "“of”" in status and "&quot;" not in status  # said: left out as too common
    search(qtbot, window, '"analyses of prostate"')  # in a phrase it counts, and the phrase is one mark
    marks = {s.cursor.selectedText().casefold() for s in window.reader.extraSelections()}
    assert marks and all(" of prostate" in mark for mark in marks)


def test_a_marked_hit_that_is_a_link_is_underlined_so_it_still_reads_as_one(qtbot, window):
    """The mark's black on yellow hid a link's colour: "genes" a term no one could tell was one."""
    search(qtbot, window, "gene")
    marks = window.reader.extraSelections()
    links = {mark.cursor.selectionStart() for mark in marks if mark.format.fontUnderline()}
    in_links = set()
    for mark in marks:
        probe = window.reader.textCursor()
        probe.setPosition(mark.cursor.selectionStart() + 1)
        if probe.charFormat().isAnchor():
            in_links.add(mark.cursor.selectionStart())
    assert in_links and len(in_links) < len(marks)  # some hits are terms' links, some plain text
    assert links == in_links


def test_no_results_names_the_word_that_occurs_nowhere(qtbot, window):
    search(qtbot, window, "1,476 australian familiesx")  # "1" and "476" occur: prostate, "1,476 population-based"
    status = window.findChild(QLabel, "searchStatus").text()
    assert "“familiesx” does not occur" in status and "“1”" not in status


def test_show_more_results_lists_the_next_page_from_the_keyboard(qtbot, window):
    reading = window.state.summary_id
    results = search(qtbot, window, "cancer")  # Enter opens the best result: another summary, perhaps
    assert len(rows(results)) == 51 and rows(results)[-1].data(MORE_ROLE)
    status = window.findChild(QLabel, "searchStatus")
    assert "Show more results" in status.text()
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_End)
    qtbot.keyClick(results, Qt.Key.Key_Return)
    until_shown(qtbot, window)
    hits = [i.data(HIT_ROLE) for i in rows(results) if i.data(HIT_ROLE)]
    assert len(hits) == 100 and len({(h.summary_id, h.anchor) for h in hits}) == 100
    assert results.currentIndex().row() == 50  # the first new result, ready to be opened
    assert "50 more results" in status.property("announcement")
    # the order the first page began, the summary read then first: no repeats, no gaps
    assert hits == window.ensure_search_index().search("cancer", limit=100, prefer_summary=reading).hits


def test_ctrl_f_finds_in_this_summary_and_ctrl_k_searches_the_library(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    box = window.findChild(QLineEdit, "searchBox")
    scope = window.findChild(QCheckBox, "searchThisSummary")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus() and scope.isChecked() and "this summary" in box.placeholderText()
    qtbot.keyClicks(box, "radiation")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    until_shown(qtbot, window)
    assert {i.data(HIT_ROLE).summary_id for i in rows(window.search_panel.results) if i.data(HIT_ROLE)} == {EPENDYMOMA}
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    until_shown(qtbot, window)  # the scope changed: searched again
    assert box.hasFocus() and not scope.isChecked() and "library" in box.placeholderText()
    assert len({i.data(HIT_ROLE).summary_id for i in rows(window.search_panel.results) if i.data(HIT_ROLE)}) > 1
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert box.hasFocus() and not scope.isChecked()


def test_f1_lists_both_finds(qtbot, window):
    window.actions["shortcuts"].trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    text = window.findChild(QDialog, "shortcutsDialog").findChild(QLabel).text()
    assert "Find in This Summary" in text and "Ctrl+F" in text
    assert "Search the Library" in text and "Ctrl+K" in text

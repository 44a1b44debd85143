"""Bookmarks: Ctrl+D on the section being read; a menu of them; kept per user; they survive an
update (they are NCI's section ids) and say when their section changed in it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from viewer.library import run_import
from viewer.settings import Settings

from ..conftest import PDQ_SUMMARIES
from .test_reader_window import open_window, until_shown

EPENDYMOMA = "CDR0000062843"


def bookmark_entries(window) -> list[str]:
    menu = window.findChild(QMenu, "bookmarksMenu")
    menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in menu.actions() if a.objectName().startswith("bookmark:")]


def test_ctrl_d_bookmarks_the_section_and_the_menu_opens_it(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, "_41"))  # a paragraph of section _40: the bookmark keeps the section
    until_shown(qtbot, window)
    assert window.reader.current_anchor() == "_41" and window.reader.current_section_id() == "_40"
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Settings(qsettings).bookmarks == [(EPENDYMOMA, "_40")]
    assert bookmark_entries(window) == ["Childhood Ependymoma Treatment (PDQ®) › Stage Information for Childhood Ependymoma"]
    window.navigate_to(("gi-carcinoid-treatment-hp", ""))
    until_shown(qtbot, window)
    menu = window.findChild(QMenu, "bookmarksMenu")
    next(a for a in menu.actions() if a.objectName() == f"bookmark:{EPENDYMOMA}#_40").trigger()
    until_shown(qtbot, window)
    assert window.summary.id == EPENDYMOMA and window.reader.current_section_id() == "_40"
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again: removed
    assert Settings(qsettings).bookmarks == [] and bookmark_entries(window) == []


def test_bookmarks_are_kept_between_runs_and_survive_an_update(qtbot, qsettings, tmp_path):
    from ..unit.test_changes import newer_ependymoma

    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0]], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    Settings(qsettings).bookmarks = [(EPENDYMOMA, "_1"), (EPENDYMOMA, "_40"), (EPENDYMOMA, "_302"), ("CDR0000000404", "_1")]
    run_import(library, [newer_ependymoma(tmp_path)])  # changes _1, removes _302, adds _999
    Settings(qsettings).bookmarks += [(EPENDYMOMA, "_999")]  # bookmarked once the update brought it
    window = open_window(qtbot, qsettings, library_dir=library)
    assert bookmark_entries(window) == [
        "Childhood Ependymoma Treatment (PDQ®) › General Information About Childhood Ependymoma (changed in the last update)",
        "Childhood Ependymoma Treatment (PDQ®) › Stage Information for Childhood Ependymoma",
        "Childhood Ependymoma Treatment (PDQ®) › (a section no longer in the summary)",
        "CDR0000000404 (not in this library)",
        "Childhood Ependymoma Treatment (PDQ®) › Treatment of Relapsed Disease in Adolescents (changed in the last update)"]
    menu = window.findChild(QMenu, "bookmarksMenu")
    assert not next(a for a in menu.actions() if a.objectName() == "bookmark:CDR0000000404#_1").isEnabled()


def test_a_damaged_bookmarks_setting_is_ignored_not_fatal(qtbot, qsettings):
    qsettings.setValue("library/bookmarks", ["no-hash", "#_1", "x#", 7, "a" * 500 + "#b", "gi-carcinoid-treatment-hp#metastatic-gi-carcinoid"])
    window = open_window(qtbot, qsettings)
    assert Settings(qsettings).bookmarks == [("gi-carcinoid-treatment-hp", "metastatic-gi-carcinoid")]
    assert len(bookmark_entries(window)) == 1


def test_search_can_be_limited_to_the_open_summary(qtbot, qsettings, pdq_library):
    from PySide6.QtWidgets import QCheckBox

    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    everywhere = {h.summary_id for h in window.search("radiation").hits}
    assert len(everywhere) > 1
    scope = window.findChild(QCheckBox, "searchThisSummary")
    qtbot.mouseClick(scope, Qt.MouseButton.LeftButton)
    assert {h.summary_id for h in window.search("radiation").hits} == {EPENDYMOMA}


def test_ctrl_d_says_what_it_did_and_the_command_says_what_it_would_do(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, "_40"))
    until_shown(qtbot, window)
    toggle = window.actions["bookmark"]
    bookmark_entries(window)  # the menu opens: nothing bookmarked yet
    assert toggle.text() == "&Bookmark This Section"
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage().startswith("Bookmarked: Childhood Ependymoma Treatment")
    bookmark_entries(window)
    assert toggle.text() == "&Remove Bookmark"
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert message.startswith("Bookmark removed: Childhood Ependymoma Treatment") and "Ctrl+D" in message
    assert toggle.text() == "&Bookmark This Section"


def test_bookmarks_are_renamed_removed_and_ordered_in_their_dialog(qtbot, qsettings, pdq_library, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QListWidget

    Settings(qsettings).bookmarks = [(EPENDYMOMA, "_1"), (EPENDYMOMA, "_40"), (EPENDYMOMA, "_302")]
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.actions["manageBookmarks"].trigger()
    dialog = window.findChild(QWidget, "bookmarksDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    rows = dialog.findChild(QListWidget, "bookmarksList")
    rows.setCurrentRow(1)
    qtbot.keyClick(rows, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # _40 first
    assert Settings(qsettings).bookmarks[0] == (EPENDYMOMA, "_40")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  Staging  for rounds ", True)))
    qtbot.keyClick(rows, Qt.Key.Key_F2)
    assert bookmark_entries(window)[0] == ("Staging for rounds — Childhood Ependymoma Treatment (PDQ®) › "
                                           "Stage Information for Childhood Ependymoma")
    rows.setCurrentRow(2)
    qtbot.keyClick(rows, Qt.Key.Key_Delete)
    assert Settings(qsettings).bookmarks == [(EPENDYMOMA, "_40"), (EPENDYMOMA, "_1")]
    assert rows.count() == 2
    dialog.reject()


def test_a_damaged_bookmark_names_setting_is_ignored_not_fatal(qtbot, qsettings):
    place = "gi-carcinoid-treatment-hp#metastatic-gi-carcinoid"
    qsettings.setValue("library/bookmarks", [place])
    qsettings.setValue("library/bookmarkNames", ["no-tab", 7, f"{place}\t", "#x\tname", f"{place}\tMine"])
    window = open_window(qtbot, qsettings)
    assert Settings(qsettings).bookmark_names == {("gi-carcinoid-treatment-hp", "metastatic-gi-carcinoid"): "Mine"}
    assert bookmark_entries(window)[0].startswith("Mine — ")


def test_a_bookmark_past_the_most_kept_is_refused_and_the_reader_told(qtbot, qsettings, pdq_library):
    from viewer.settings import BOOKMARKS

    full = [(f"CDR{n:010d}", "_1") for n in range(BOOKMARKS.limit)]
    Settings(qsettings).bookmarks = full
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, "_40"))
    until_shown(qtbot, window)
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Settings(qsettings).bookmarks == full  # not saved: the settings keep no more
    assert window.statusBar().currentMessage().startswith(f"Not bookmarked: {BOOKMARKS.limit} bookmarks are the most kept")
    Settings(qsettings).bookmarks = full[1:]  # one removed: there is room again
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Settings(qsettings).bookmarks == full[1:] + [(EPENDYMOMA, "_40")]


def bookmarks_dialog(qtbot, qsettings, library, bookmarks) -> QWidget:
    """Bookmarks ▸ Manage Bookmarks…, with `bookmarks` kept."""
    Settings(qsettings).bookmarks = bookmarks
    window = open_window(qtbot, qsettings, library_dir=library)
    window.actions["manageBookmarks"].trigger()
    dialog = window.findChild(QWidget, "bookmarksDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_a_long_bookmark_is_wrapped_in_its_dialog_not_cut(qtbot, qsettings, pdq_library):
    """At 40 pt a summary's title and its section run past the dialog's width: wrapped, whole."""
    from PySide6.QtWidgets import QListWidget

    dialog = bookmarks_dialog(qtbot, qsettings, pdq_library, [(EPENDYMOMA, "_40")])
    font = dialog.font()
    font.setPointSize(40)
    dialog.setFont(font)
    rows = dialog.findChild(QListWidget, "bookmarksList")
    qtbot.wait(50)
    item = rows.item(0)
    rect = rows.visualItemRect(item)
    metrics = rows.fontMetrics()
    assert metrics.horizontalAdvance(item.text()) > rows.viewport().width()  # too long for one line
    assert rect.height() >= 2 * metrics.lineSpacing() and rect.right() <= rows.viewport().width()  # so on two or more
    dialog.reject()


def test_with_no_bookmarks_the_dialog_offers_nothing_to_act_on(qtbot, qsettings, pdq_library):
    from PySide6.QtWidgets import QPushButton

    dialog = bookmarks_dialog(qtbot, qsettings, pdq_library, [(EPENDYMOMA, "_40")])
    names = ("renameBookmark", "removeBookmark", "moveBookmarkUp", "moveBookmarkDown")
    assert all(dialog.findChild(QPushButton, name).isEnabled() for name in names)
    dialog.findChild(QPushButton, "removeBookmark").click()  # the last one gone
    assert not any(dialog.findChild(QPushButton, name).isEnabled() for name in names)
    dialog.reject()


def test_a_bookmark_whose_summary_nci_removed_still_says_which_it_was(qtbot, qsettings, pdq_library, tmp_path):
    """After a weekly update removed a summary, its bookmark read "CDR0000062843 (not in this
    library)": the clinician could not tell which it was, nor look for what replaced it."""
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.navigate_to((EPENDYMOMA, "_41"))
    until_shown(qtbot, window)
    qtbot.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.close()
    without = tmp_path / "without-ependymoma"  # the library as the update left it
    run_import(without, PDQ_SUMMARIES[1:])
    window = open_window(qtbot, qsettings, library_dir=without)
    assert bookmark_entries(window) == [
        "Childhood Ependymoma Treatment (PDQ®) › Stage Information for Childhood Ependymoma (not in this library)"]
    menu = window.findChild(QMenu, "bookmarksMenu")
    assert not next(a for a in menu.actions() if a.objectName() == f"bookmark:{EPENDYMOMA}#_40").isEnabled()
    Settings(qsettings).bookmarks = []  # removed (Manage Bookmarks…): where it was is not kept either
    bookmark_entries(window)
    assert Settings(qsettings).bookmark_places == {}

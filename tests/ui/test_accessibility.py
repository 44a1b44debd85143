"""What a screen reader gets, read through QAccessible as assistive technology reads it."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .test_reader_window import citation_point, open_window
from .test_search_window import type_query

NAMED = ("tocTree", "contentView", "searchBox", "searchResults", "searchStatus", "hitCounter", "summaryHeader",
         "fontLarger", "fontSmaller", "fontReset", "back", "forward", "citationCopy", "mainToolbar")


@pytest.fixture
def window(qtbot, qsettings):
    return open_window(qtbot, qsettings)


def accessible(widget):
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


@pytest.mark.parametrize("name", NAMED)
def test_every_main_widget_has_an_accessible_name_and_description(window, name):
    window.popover  # made when first needed; its names must be right from the start
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    iface = accessible(widget)
    assert iface.text(QAccessible.Text.Name).strip(), name
    if name not in ("back", "forward"):  # their descriptions are the action tooltips, checked below
        assert iface.text(QAccessible.Text.Description).strip() or widget.toolTip(), name


def test_every_command_has_a_shortcut_shown_in_its_menu(window):
    in_menus = [a for menu in window.menuBar().findChildren(QWidget) for a in menu.actions()
                if a.text() and not a.isSeparator() and not a.menu() and not a.isCheckable()]
    assert len(in_menus) >= 20
    missing = [a.text() for a in in_menus if a.shortcut().isEmpty()]
    assert missing == []
    assert all(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in in_menus)


def test_the_popover_announces_its_reference(qtbot, window):
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=citation_point(window))
    qtbot.waitUntil(window.popover.isVisible)
    iface = accessible(window.popover)
    assert iface.text(QAccessible.Text.Name) == "Reference 4"
    assert iface.text(QAccessible.Text.Description).startswith("4. Modlin IM, Latich I")
    assert window.popover.property("announcement").startswith("Reference 4: 4. Modlin IM")
    assert accessible(window.popover.text).text(QAccessible.Text.Name) == "Reference 4"


def test_search_results_are_announced_and_each_result_reads_as_text(qtbot, window):
    _, results = type_query(qtbot, window, "metastasis")
    status = window.findChild(QWidget, "searchStatus")
    assert status.property("announcement") == "3 results"
    assert accessible(status).text(QAccessible.Text.Name) == "3 results"
    iface = accessible(results)
    assert iface.childCount() >= 3
    first = iface.child(0)
    assert first.text(QAccessible.Text.Name).startswith("Metastatic Gastrointestinal Carcinoid Tumors: …has some efficacy")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    assert window.findChild(QWidget, "hitCounter").property("announcement") == "Hit 1 of 4"


def test_no_results_are_announced_with_the_suggestion(qtbot, window):
    type_query(qtbot, window, "chemotheraphy")
    assert window.findChild(QWidget, "searchStatus").property("announcement").startswith(
        "No results: “chemotheraphy” does not occur in the library. A similar word that does: chemotherapy.")


def test_theme_and_spacing_choices_are_reachable_from_the_keyboard(window):
    view = next(m for m in window.menuBar().actions() if m.text() == "&View").menu()
    submenus = [a.text() for a in view.actions() if a.menu()]
    assert submenus == ["&Theme", "&Font", "Line &Spacing", "Reading &Width", "Lan&guage"]
    for name in ("theme-dark", "font-serif", "spacing-150"):
        assert window.findChild(QAction, name) is not None


def test_tab_order_follows_the_layout(qtbot, window):
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.search_panel.only_open_summary.hasFocus()
    qtbot.keyClick(window.search_panel.only_open_summary, Qt.Key.Key_Tab)
    # the results list is hidden while there are none, and the title filter with one summary to list
    assert not window.library_filter.isVisible()
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Tab)
    assert window.reader.hasFocus()
    type_query(qtbot, window, "carcinoid")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.keyClick(window.search_panel.only_open_summary, Qt.Key.Key_Tab)  # the scope sits above the results
    assert window.search_panel.results.hasFocus()


def test_f1_lists_the_shortcuts_from_the_same_table_as_the_menus(qtbot, window):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog

    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    box = window.findChild(QDialog, "shortcutsDialog")
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for label in ("Larger Text", "Ctrl+=", "Find", "Ctrl+F", "Next Hit", "F3", "Export Summary to PDF", "Ctrl+E"):
        assert label in text, label
    # Issue 12: one readable key each, grouped like the menus, and it fits the screen
    assert "Ctrl++" not in text and "Zoom In" not in text and "F16" not in text
    headings = [h for h in ("File", "Edit", "View", "Go", "Bookmarks", "Help", "In the text") if f">{h}</th>" in text]
    assert headings == ["File", "Edit", "View", "Go", "Bookmarks", "Help", "In the text"]
    assert text.index(">File</th>") < text.index("Import PDQ Summaries") < text.index(">Edit</th>")
    assert box.frameGeometry().height() <= QGuiApplication.primaryScreen().availableGeometry().height()
    box.close()


def test_the_shortcut_list_fits_a_768_pixel_screen(qtbot):
    from PySide6.QtCore import QRect

    from viewer.ui.shell.actions import make_actions
    from viewer.ui.shell.shortcuts_dialog import ShortcutsDialog, readable_key

    actions = make_actions(None)
    assert readable_key(actions["fontLarger"]) == "Ctrl+=" and readable_key(actions["copy"]) == "Ctrl+C"
    dialog = ShortcutsDialog(actions)
    qtbot.addWidget(dialog)
    dialog.fit_to(QRect(0, 0, 1920, 1200))
    whole = dialog.label.sizeHint().height()  # the list unwrapped (a narrow screen wraps its rows)
    dialog.fit_to(QRect(0, 0, 1366, 768 - 32))  # a 1366x768 laptop, less its panel
    assert dialog.height() <= 768 - 32 - 60  # and its title bar; a longer list scrolls inside
    dialog.fit_to(QRect(0, 0, 1920, 1200))
    assert dialog.height() >= whole  # on a tall screen, the whole list at once


@pytest.mark.parametrize("by_notification", [True, False], ids=["linux-notification", "announcement-event"])
def test_announcements_are_handed_to_assistive_technology(qtbot, window, monkeypatch, by_notification):
    """Not only the property tests read: on Linux the status bar's notification takes the message
    as its name and is shown anew (what Orca speaks); elsewhere Qt receives an announcement event
    carrying it — one channel each, so nothing is said twice."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    from viewer.ui.common import announce

    received, shown = [], []
    monkeypatch.setattr(announce, "SPOKEN_BY_NOTIFICATION", by_notification)
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(
        lambda event: isinstance(event, QAccessibleAnnouncementEvent) and received.append((type(event), event.message()))))
    spoken = window.findChild(announce.SpokenStatus)
    monkeypatch.setattr(spoken, "show", lambda: shown.append(spoken.accessibleName()))
    type_query(qtbot, window, "carcinoid")
    said = window.findChild(QWidget, "searchStatus").property("announcement")
    assert said.endswith(" results")
    if by_notification:
        assert shown == [said] and received == []
        assert accessible(spoken).role() == QAccessible.Role.Notification
    else:
        assert shown == [] and (QAccessibleAnnouncementEvent, said) in received


def test_no_two_entries_of_a_menu_share_an_accelerator(window):
    """Alt+letter in an open menu goes to one entry: two with the same letter make the key cycle."""
    from .test_spanish import accelerator_clashes as clashes, choices_without_accelerator

    assert [c for top in window.menuBar().actions() for c in clashes(top.menu(), top.text())] == []
    assert choices_without_accelerator(window) == []  # Alt+V, T, H: High Contrast without the mouse


def test_the_caret_is_at_a_hit_and_stays_over_a_text_size_change_with_nothing_said_again(qtbot, window):
    """A screen reader reads on from the caret: at the hit opened, and where it was after Ctrl+=
    (the text is rendered anew); the hit counter is not said again, as the reader did not move."""
    box, results = type_query(qtbot, window, "carcinoid")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    hit = window.highlighter._cursors[window.highlighter.current].selectionStart()
    assert window.reader.textCursor().position() == hit > 0
    counter = window.findChild(QWidget, "hitCounter")
    counter.setProperty("announcement", "")
    window.font_size.step(1)
    assert window.reader.textCursor().position() == hit
    assert counter.property("announcement") == ""  # no stray "Hit 1 of N"
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert counter.property("announcement") == f"Hit 2 of {window.highlighter.count}"  # a step is said


def test_f6_into_the_search_box_selects_its_query_after_the_focus_is_there(qtbot, window):
    """Selected before the focus moved (as a shortcut's focus does), Orca says "selected" before
    it says where it is: the query is selected once the box has the focus."""
    box, _ = type_query(qtbot, window, "carcinoid")
    window.tree.setFocus()
    selected_at_focus = []
    original = box.focusInEvent
    # Qt tells screen readers of the focus once focusInEvent is done: nothing selected by then
    box.focusInEvent = lambda event: (original(event), selected_at_focus.append(box.hasSelectedText()))
    window.actions["previousPane"].trigger()  # tree -> results -> box, or tree -> box
    if not box.hasFocus():
        window.actions["previousPane"].trigger()
    assert box.hasFocus() and selected_at_focus[-1:] == [False]
    qtbot.waitUntil(box.hasSelectedText)

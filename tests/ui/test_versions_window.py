"""A topic's versions one step apart in the real window (issue 22 item 1): Go ▸ Versions of This
Summary (`versionsMenu`), the header's link, Ctrl+Shift+V, each version opened at the
corresponding section or at its start, said in the status bar."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from viewer.library import run_import

from ..unit.versions_xml import HP_ID, HP_UNUSUAL, PATIENT_ID, PATIENT_UNUSUAL, SPANISH_HP_BREAST, SPANISH_HP_BREAST_ID, translated
from .test_reader_window import open_window, until_shown

SPANISH_PATIENT_ID = "CDR0000999001"


@pytest.fixture(scope="module")
def versions_library(tmp_path_factory):
    """The professional "Unusual Cancers of Childhood", its patient version, a Spanish translation
    of that (made from it at test time) and the Spanish breast summary, whose original is missing."""
    folder = tmp_path_factory.mktemp("versions-source")
    spanish = folder / "CDR999001.xml"
    spanish.write_bytes(translated(PATIENT_UNUSUAL, 999001))
    root = tmp_path_factory.mktemp("versions") / "library"
    report = run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL, spanish, SPANISH_HP_BREAST])
    assert report.refused == 0, [str(line) for line in report.lines]
    return root


@pytest.fixture
def window(qtbot, qsettings, versions_library):
    return open_window(qtbot, qsettings, library_dir=versions_library)


def versions_menu(window) -> QMenu:
    return window.findChild(QMenu, "versionsMenu")


def offered(window) -> list[str]:
    return [a.text() for a in versions_menu(window).actions() if a.isEnabled()]


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_the_versions_menu_is_reached_from_the_menu_bar(window):
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert versions_menu(window).menuAction() in go.actions()


def test_from_the_professional_summary_its_patient_version_is_one_step_away_and_back(qtbot, window):
    window.navigate_to((HP_ID, "_29"))  # "Breast Cancer", under "Thoracic Cancers"
    until_shown(qtbot, window)
    assert offered(window) == ["Patient version — English", "Patient version — Español"]
    versions_menu(window).actions()[0].trigger()
    until_shown(qtbot, window)
    assert window.summary.id == PATIENT_ID
    assert window.reader.current_section_id() == "_23"  # its "Breast Cancer"
    assert "Patient version — English: opened at “Breast Cancer”, the section of the same title" in status(window)
    assert offered(window) == ["Health professional — English", "Patient version — Español"]
    versions_menu(window).actions()[0].trigger()
    until_shown(qtbot, window)
    assert (window.summary.id, window.reader.current_section_id()) == (HP_ID, "_29")
    window.go_back()  # each step is a jump in the history
    until_shown(qtbot, window)
    assert window.summary.id == PATIENT_ID


def test_a_translation_opens_at_the_same_place_in_its_outline(qtbot, window):
    window.navigate_to((PATIENT_ID, "_23"))
    until_shown(qtbot, window)
    next(a for a in versions_menu(window).actions() if a.text() == "Patient version — Español").trigger()
    until_shown(qtbot, window)
    assert (window.summary.id, window.reader.current_section_id()) == (SPANISH_PATIENT_ID, "_es11")
    assert "the same place in its outline" in status(window)
    # Spanish patient -> English professional: through the English patient version between them
    next(a for a in versions_menu(window).actions() if a.text() == "Health professional — English").trigger()
    until_shown(qtbot, window)
    assert (window.summary.id, window.reader.current_section_id()) == (HP_ID, "_29")


def test_without_a_corresponding_section_a_version_opens_at_its_start_and_says_so(qtbot, window):
    window.navigate_to((HP_ID, "_AboutThis_10"))  # "Levels of Evidence": patients' summaries have none
    until_shown(qtbot, window)
    versions_menu(window).actions()[0].trigger()
    until_shown(qtbot, window)
    assert window.summary.id == PATIENT_ID
    assert window.reader.current_section_id() == window.summary.sections[0].id
    assert "opened at its start; it has no section matching “Levels of Evidence”" in status(window)


def test_a_section_without_its_own_counterpart_opens_at_the_one_enclosing_it(qtbot, window):
    window.navigate_to((HP_ID, "_109"))  # "Oral Cancers"; the patient summary's _109 is another section
    until_shown(qtbot, window)
    versions_menu(window).actions()[0].trigger()
    until_shown(qtbot, window)
    assert window.reader.current_section_id() == "_4"  # "Head and Neck Cancers"
    assert "no section matching “Oral Cancers”, so the one enclosing it" in status(window)


def test_a_summary_whose_versions_the_library_lacks_says_so(qtbot, window):
    window.navigate_to((SPANISH_HP_BREAST_ID, ""))  # TranslationOf CDR62787, which is not imported
    until_shown(qtbot, window)
    assert offered(window) == []
    [note] = versions_menu(window).actions()
    until_shown(qtbot, window)
    assert not note.isEnabled() and note.text() == "No other version of this summary in the library"
    assert not window.header.versions_link.isVisible()
    window.actions["nextVersion"].trigger()
    until_shown(qtbot, window)
    assert window.summary.id == SPANISH_HP_BREAST_ID
    assert status(window) == "This summary has no other version in the library"


def test_the_header_links_to_the_other_versions(qtbot, window):
    window.navigate_to((HP_ID, "_29"))
    until_shown(qtbot, window)
    link = window.header.versions_link
    assert link.isVisible()
    assert "Patient version — English" in link.text() and "Patient version — Español" in link.text()
    link.linkActivated.emit(f"version:{PATIENT_ID}")  # as a click on it does
    until_shown(qtbot, window)
    assert (window.summary.id, window.reader.current_section_id()) == (PATIENT_ID, "_23")


def test_ctrl_shift_v_cycles_through_the_versions(qtbot, window):
    window.navigate_to((HP_ID, "_29"))
    until_shown(qtbot, window)
    seen = []
    for _ in range(3):
        qtbot.keyClick(window.reader, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        until_shown(qtbot, window)
        seen.append(window.summary.id)
    assert seen == [PATIENT_ID, SPANISH_PATIENT_ID, HP_ID]
    assert window.reader.current_section_id() == "_29"  # round the topic and back to the same section


def test_f1_lists_the_key(qtbot, window):
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "shortcutsDialog") is not None)
    box = window.findChild(QDialog, "shortcutsDialog")
    assert "Next Version of This Summary" in box.text() and "Ctrl+Shift+V" in box.text()
    box.close()


def test_the_tree_lists_a_topics_versions_right_below_its_professional_summary(qtbot, window):
    model = window.tree.model()
    groups = {model.item(r).text(): [model.item(r).child(c) for c in range(model.item(r).rowCount())]
              for r in range(model.rowCount())}
    assert not [label for label in groups if "Patient" in label]  # no patient version stands apart in its own group
    rows = next(rows for rows in groups.values() if any(r.text() == "Unusual Cancers of Childhood Treatment (PDQ®)"
                                                        for r in rows))
    at = [r.text() for r in rows].index("Unusual Cancers of Childhood Treatment (PDQ®)")
    assert [r.text() for r in rows[at + 1:at + 3]] == ["↳ Patient version — English: Unusual Cancers of Childhood",
                                                         "↳ Patient version — Español: Unusual Cancers of Childhood"]
    row = rows[at + 1]
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "Patient version — English: Unusual Cancers of Childhood"
    window.tree.scrollTo(row.index())
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(row.index()).center())
    until_shown(qtbot, window)
    assert window.summary.id == PATIENT_ID
    assert window.tree.currentIndex().parent() == row.index() or window.tree.currentIndex() == row.index()


def colours_painted(widget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_the_header_link_takes_a_new_themes_link_colour_at_once(qtbot, window):
    """Chosen while a summary with versions was open, High Contrast left the link in the light
    theme's dark blue on black (2.9:1) until another summary was opened: a QLabel's rich text keeps
    the link colour of the palette it was set under."""
    from viewer.ui.appearance.themes import THEMES
    window.findChild(QAction, "theme-light").trigger()
    window.navigate_to((HP_ID, "_29"))
    until_shown(qtbot, window)
    link = window.header.versions_link
    assert THEMES["light"].link in colours_painted(link)
    window.findChild(QAction, "theme-high-contrast").trigger()
    qtbot.waitUntil(lambda: THEMES["high-contrast"].link in colours_painted(link), timeout=3000)
    assert THEMES["light"].link not in colours_painted(link)
    window.findChild(QAction, "theme-system").trigger()

"""A key is named one way in each language (seen in the Spanish interface: the menus said
"Control+D", from Qt's own catalogue, beside our own tips and messages' "Ctrl+D"). Every text of
ours that names a key takes its name from Qt, as the menus' shortcut column does: tips, messages,
the search box, F1's list; and no sentence of the catalogue writes a key's name itself."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QToolButton

from viewer.ui.common import i18n
from viewer.ui.common.key_names import modifier_name
from viewer.ui.shell.actions import first_shortcut
from viewer.ui.shell.shortcuts_dialog import shortcuts_html

from ..conftest import REPO
from .test_reader_window import open_window

# written out in a sentence, a key's name could disagree with Qt's: a sentence takes it as a value
KEY_WORDS = re.compile(r"\b(Ctrl|Control|Shift|Alt|Meta|Esc|Escape|Enter|Return|Tab|Del|Delete|F\d{1,2})\b")


@pytest.fixture(params=["en", "es"])
def window(request, qtbot, qsettings):
    qsettings.setValue("view/language", request.param)
    window = open_window(qtbot, qsettings)
    yield window
    i18n.install("en")  # the next test's strings are English again


def menu_name(window, command: str) -> str:
    """The key beside a command in its menu, as Qt writes it there."""
    return window.actions[command].shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def our_texts(window) -> dict[str, str]:
    """Every text of ours that names a key, as the window shows it or says it."""
    panel = window.search_panel
    window.resize(1600, 700)
    window.splitter.setSizes([800, 800])  # room for the box's whole hint, its shortcut too
    texts = {"citeTip": window.findChild(QToolButton, "copyCitation").toolTip(),
             "searchDescription": panel.box.accessibleDescription(), "shortcuts": shortcuts_html(window.actions)}
    for only_this_summary in (False, True):
        panel.only_open_summary.setChecked(only_this_summary)
        texts[f"placeholder{only_this_summary}"] = panel.box.placeholderText()
    panel.set_hit_counter(1, 3)
    texts["hitCounterTip"] = panel.counter.toolTip()
    window.bookmarks.refresh()
    texts["emptyBookmarks"] = " ".join(a.text() for a in window.bookmarks.menu.actions())
    window.actions["bookmark"].trigger()
    window.actions["bookmark"].trigger()  # bookmarked, then removed: the message says how to undo it
    texts["removed"] = window.statusBar().currentMessage()
    return texts


def test_every_text_names_a_key_as_the_menus_do(window):
    texts = our_texts(window)
    bookmark, cite, search, find = (menu_name(window, c) for c in ("bookmark", "copyCitation", "find", "findInSummary"))
    if i18n.language() == "es":  # Qt's Spanish catalogue: "Control", "Mayúsculas", "Escape"
        assert bookmark == "Control+D" and cite == "Control+Mayúsculas+C"
    assert cite in texts["citeTip"]
    assert search in texts["placeholderFalse"] and find in texts["placeholderTrue"]
    assert search in texts["searchDescription"] and find in texts["searchDescription"]
    assert bookmark in texts["emptyBookmarks"] and bookmark in texts["removed"], texts
    for command in ("nextHit", "previousHit", "clearHits"):
        assert menu_name(window, command) in texts["hitCounterTip"], texts["hitCounterTip"]
    modifiers = {modifier_name(m) for m in ("Ctrl", "Shift", "Alt")}
    for where, text in texts.items():  # every "X+…" in our texts begins with a modifier named as Qt names it
        for named in re.findall(r"([^\W\d_]+)\+", text):
            assert named in modifiers, (where, named, text)
    if i18n.language() == "es":
        for where, text in texts.items():
            assert not re.search(r"\b(Ctrl|Shift|Esc|Mayús)\b", text), (where, text)


def test_the_catalogue_writes_no_key_into_a_sentence():
    """A sentence that names a key takes it as a value ({key}), so Qt names it; one written in would
    be named the catalogue's way, which Qt's own may not be (the Spanish said "Ctrl+D")."""
    root = ET.parse(REPO / "resources" / "i18n" / "viewer_es.ts").getroot()
    written = [(source, found) for source in (m.findtext("source") for m in root.iter("message"))
               for found in KEY_WORDS.findall(re.sub(r"\{\w+\}", "", source))]
    assert written == []


def test_the_empty_library_note_and_the_versions_tip_name_keys_as_the_menus(qtbot, qsettings, tmp_path):
    """Both are given their command's key by the shell (first_shortcut): named as its menu names it."""
    qsettings.setValue("view/language", "es")
    try:
        window = open_window(qtbot, qsettings, library_dir=tmp_path / "none")
        note = " ".join(label.text() for label in window.findChildren(QLabel) if "Importar" in label.text())
        assert menu_name(window, "importFiles") == "Control+Mayúsculas+I"
        assert "Control+Mayúsculas+I" in note and "Ctrl" not in note, note
        assert first_shortcut("nextVersion") == menu_name(window, "nextVersion") == "Control+Mayúsculas+V"
    finally:
        i18n.install("en")

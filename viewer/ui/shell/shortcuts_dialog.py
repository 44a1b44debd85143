"""F1: every keyboard shortcut, grouped as the menus are, one readable key each ("Ctrl+=", not
"Ctrl+=, Ctrl++, Zoom In"; no F16), in a dialog that scrolls rather than growing past the screen
(it fits a 768-pixel-high one)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..common.key_names import key_name, modifier_name
from .menus import MENUS
from .text_dialog import TextDialog

# The keys in Qt's portable form, named as the menus name them (key_names: "Tabulador" in Spanish);
# where words go with them, a sentence of the catalogue with the keys as its values.
IN_THE_TEXT = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Move between links in the text"), "Tab, Shift+Tab"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Open a link or citation"), "Enter"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Close a reference popover"), "Esc"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Go to the section chosen in the tree"), "Enter"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Larger or smaller text"), QT_TRANSLATE_NOOP("Shortcuts", "{ctrl}+mouse wheel")),
    (QT_TRANSLATE_NOOP("Shortcuts", "From the search box to the results"), "Down"),
    (QT_TRANSLATE_NOOP("Shortcuts", "From the library filter to the titles"), "Down, Enter"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Search at once; then next / previous hit"),
     QT_TRANSLATE_NOOP("Shortcuts", "{enter} / {shift_enter} in the search box")),
)


def keys_in_the_text(keys: str) -> str:
    """An IN_THE_TEXT row's keys, named as the menus name them."""
    if "{" not in keys:
        return key_name(keys)
    return QCoreApplication.translate("Shortcuts", keys).format(
        ctrl=modifier_name("Ctrl"), enter=key_name("Enter"), shift_enter=key_name("Shift+Enter"))


def readable_key(action: QAction) -> str:
    """The key a person would press: the action's first shortcut that has a key name on a
    keyboard (not "Zoom In", not F13 and up, which standard bindings add on some platforms)."""
    for sequence in action.shortcuts():
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        key = text.rsplit("+", 1)[-1] or "+"
        if len(text.split()) == 1 and not (key.startswith("F") and key[1:].isdigit() and int(key[1:]) > 12):
            return text
    return ""


def shortcuts_html(actions: dict[str, QAction]) -> str:
    """A heading row for each menu, its commands in menu order; the menus in two columns side by
    side (the list is taller than a laptop's screen in one), in order down the first, then the second."""
    groups = []
    for title, names in (*MENUS.items(), (QT_TRANSLATE_NOOP("Shortcuts", "In the text"), None)):
        title = QCoreApplication.translate("Shortcuts" if names is None else "Menus", title)
        entries = ([(actions[n].text().replace("&", ""), readable_key(actions[n])) for n in names if n in actions]
                   if names is not None else [(QCoreApplication.translate("Shortcuts", text), keys_in_the_text(keys))
                                              for text, keys in IN_THE_TEXT])
        entries = [(text, key) for text, key in entries if key]
        if entries:
            groups.append([f"<tr><th colspan='2' align='left'>{escape(title.replace('&', ''))}</th></tr>"]
                          + [f"<tr><td>{escape(text)}</td><td><b>{escape(key)}</b></td></tr>" for text, key in entries])
    half = sum(len(g) for g in groups) / 2
    first, rows = [], 0
    while groups and rows + len(groups[0]) / 2 <= half:  # a group goes first while most of it is above the middle
        rows += len(groups[0])
        first.append(groups.pop(0))
    columns = ["<table cellpadding='3'>" + "".join(r for g in column for r in g) + "</table>" for column in (first, groups)]
    return ("<table cellspacing='0'><tr>" + "".join(f"<td valign='top' style='padding-right: 24px'>{c}</td>"
                                                     for c in columns) + "</tr></table>")


class ShortcutsDialog(TextDialog):
    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts"), shortcuts_html(actions),
                         "shortcutsDialog", parent)


def show_shortcuts(parent: QWidget, actions: dict[str, QAction]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(actions, parent)
    dialog.open()
    return dialog

"""Keys named as Qt names them in the interface's language: the names the menus' shortcut column
shows ("Ctrl+D" in English, "Control+D" in Spanish, from Qt's own catalogue, qtbase_<lang>.qm), so
that a tip, a message or F1's list never names the same key another way. Our sentences take
them as values ("{key} bookmarks it again"), never written into the sentence."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_name(keys: str) -> str:
    """`keys` in Qt's portable form ("Ctrl+Shift+C"; one after another: "Tab, Shift+Tab"), named
    as the menus name them."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def modifier_name(modifier: str) -> str:
    """A modifier before what is no key ("Ctrl" and the mouse wheel), named as before a key."""
    return key_name(f"{modifier}+A").removesuffix("A").removesuffix("+")

"""Colour themes: light and dark (the "system" theme picks one by the desktop's colour scheme),
high contrast, and sepia for long reading. Each is data; `palette()` turns it into a QPalette and
the reader takes its link and note colours. Every pair of text and background colours meets
WCAG 2.1 AA (4.5:1), which tests/ui/test_themes.py computes for each theme.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SYSTEM = "system"


@dataclass(frozen=True)
class Theme:
    """A colour theme: the palette's colours, by role, as #rrggbb."""

    key: str
    label: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    link: str
    muted: str        # notes such as "[section not in this edition]"
    highlight: str
    highlighted_text: str
    placeholder: str
    # what Fusion would derive, too faintly, from the window colour (see themed_style.py)
    border: str       # panes' and text boxes' borders, a scroll thumb's edge
    thumb: str        # a scroll bar's thumb
    groove: str       # the track it moves in
    disabled: str = ""  # a command that cannot be used now (its label, its arrow); "": the muted colour

    def palette(self) -> QPalette:
        p = QPalette()
        roles = QPalette.ColorRole
        for role, colour in (
            (roles.Window, self.window), (roles.WindowText, self.window_text), (roles.Base, self.base),
            (roles.AlternateBase, self.alternate_base), (roles.Text, self.text), (roles.Button, self.button),
            (roles.ButtonText, self.window_text), (roles.BrightText, self.text), (roles.Link, self.link),
            (roles.LinkVisited, self.link), (roles.Highlight, self.highlight),
            (roles.HighlightedText, self.highlighted_text), (roles.ToolTipBase, self.base),
            (roles.ToolTipText, self.text), (roles.PlaceholderText, self.placeholder),
        ):
            p.setColor(QPalette.ColorGroup.All, role, QColor(colour))
        for role in (roles.WindowText, roles.Text, roles.ButtonText):  # disabled: still legible
            p.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled or self.muted))
        return p

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Foreground/background pairs a reader must be able to read (for the contrast test)."""
        return {
            "text": (self.text, self.base), "window text": (self.window_text, self.window),
            "button text": (self.window_text, self.button), "link": (self.link, self.base),
            "note": (self.muted, self.base), "selection": (self.highlighted_text, self.highlight),
            "placeholder": (self.placeholder, self.base), "disabled": (self.disabled or self.muted, self.window),
        }

    def control_pairs(self) -> dict[str, tuple[str, str]]:
        """Non-text pairs one must be able to see (WCAG 2.1 1.4.11: 3:1, for the contrast test)."""
        return {
            "scroll thumb on its groove": (self.thumb, self.groove),
            "border on the text's background": (self.border, self.base),
            "border on the window": (self.border, self.window),
        }


THEMES = {t.key: t for t in (
    Theme("light", QT_TRANSLATE_NOOP("Themes", "&Light"), window="#efefef", window_text="#1a1a1a", base="#ffffff", alternate_base="#f4f6f8",
          text="#1a1a1a", button="#e4e4e4", link="#0b57a3", muted="#505050", highlight="#1d5f7a",
          highlighted_text="#ffffff", placeholder="#5f5f5f", border="#767676", thumb="#767676", groove="#e4e4e4"),
    Theme("dark", QT_TRANSLATE_NOOP("Themes", "&Dark"), window="#202124", window_text="#e8eaed", base="#17181a", alternate_base="#222427",
          text="#e8eaed", button="#303134", link="#8ab4f8", muted="#b4b8bd", highlight="#8ab4f8",
          highlighted_text="#17181a", placeholder="#a9adb2", border="#8d9196", thumb="#9aa0a6", groove="#2a2b2e"),
    Theme("high-contrast", QT_TRANSLATE_NOOP("Themes", "&High Contrast"), window="#000000", window_text="#ffffff", base="#000000",
          alternate_base="#101010", text="#ffffff", button="#000000", link="#ffff00", muted="#ffffff",
          highlight="#00ffff", highlighted_text="#000000", placeholder="#e0e0e0", border="#ffffff",
          thumb="#c8c8c8", groove="#000000", disabled="#a6a6a6"),  # (9:1) unlike the white of what can be used
    Theme("sepia", QT_TRANSLATE_NOOP("Themes", "S&epia"), window="#e9dfc7", window_text="#33291a", base="#f6efdc", alternate_base="#efe5cc",
          text="#33291a", button="#dfd2b3", link="#7a3200", muted="#5a4a30", highlight="#6b4a1e",
          highlighted_text="#fff8e8", placeholder="#665539", border="#7d6a48", thumb="#7d6a48", groove="#dfd2b3"),
)}
CHOICES = (SYSTEM, *THEMES)  # in menu order
LABELS = {SYSTEM: QT_TRANSLATE_NOOP("Themes", "&System (Light or Dark)"), **{k: t.label for k, t in THEMES.items()}}


def menu_label(key: str) -> str:
    """The theme's name in the interface's language, its menu entry's Alt+letter marked (&)."""
    return QCoreApplication.translate("Themes", LABELS[key])


def label(key: str) -> str:
    """The theme's name in the interface's language, as said in a sentence."""
    return menu_label(key).replace("&", "")


def resolve(key: str) -> Theme:
    """The theme to paint with; "system" follows the desktop's light/dark colour scheme."""
    if key in THEMES:
        return THEMES[key]
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return THEMES["dark" if dark else "light"]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two sRGB colours given as #rrggbb (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

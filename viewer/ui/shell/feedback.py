"""The text size shown beside its buttons; the status bar, always there (a bar that appears with the first message shrinks the panes
under the reader's eyes), and the feedback it gives for a change of text size, theme, font, line
spacing or reading width: a short message, also handed to screen readers."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..common.announce import announce

if TYPE_CHECKING:
    from .main_window import MainWindow

MESSAGE_MS = 4000


def attach(window: MainWindow) -> None:
    bar = window.statusBar()  # made now, at its height, so no message moves the panes
    bar.setObjectName("statusBar")
    bar.setAccessibleName("Status")
    window.size_label.setText(f"{window.font_size.size} pt")
    window.font_size.sizeChanged.connect(lambda size: window.size_label.setText(f"{size} pt"))
    window.font_size.sizeChanged.connect(lambda size: say(window, f"Text size: {size} pt"))
    window.appearance.said.connect(lambda message: say(window, message))


def say(window: MainWindow, message: str) -> None:
    window.statusBar().showMessage(message, MESSAGE_MS)
    announce(window.statusBar(), message)

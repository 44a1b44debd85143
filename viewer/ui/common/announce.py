"""Spoken announcements for screen readers (Qt's accessibility announcement event).

Changes a sighted reader sees at once — results found, a popover opened, the hit counter moved —
are announced, so a screen-reader user hears them too. The last message is kept on the widget as
the dynamic property "announcement", for tests and automation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    # imported here, not at start-up: PySide sets up each Qt class (and its enums) on first use
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    widget.setProperty("announcement", message)
    if message and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))

"""Spoken feedback for screen readers: what a sighted reader sees at once (results found, a popover
opened, the hit counter moved, the text size) is said too, once.

One channel per platform, so nothing is said twice:
- Linux (AT-SPI): a notification in the window's status bar (`SpokenStatus`) shown with the message
  as its name. Orca speaks a notification when it is shown — Debian 12's Orca 43 as well as newer
  ones; Orca 43 ignores Qt's announcement event (object:announcement) altogether.
- Elsewhere (Windows, macOS): Qt's announcement event, which their screen readers speak.
The last message is kept on the widget as the dynamic property "announcement", for tests and automation.
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget

SPOKEN_BY_NOTIFICATION = sys.platform.startswith("linux")


class SpokenStatus(QLabel):
    """The status bar's notification: no pixels (the status bar shows the message itself), an
    accessible role of Notification, and shown anew with each message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("spokenStatus")
        self.setFixedSize(0, 0)
        self.setVisible(False)  # shown with its first message, never empty

    def say(self, message: str) -> None:
        install_notification_role()
        self.setAccessibleName(message)  # while hidden: the name it shows with
        self.hide()
        self.show()  # object:state-changed:showing, which Orca speaks


def announce(widget: QWidget, message: str) -> None:
    widget.setProperty("announcement", message)
    if not message:
        return
    spoken = _spoken_status_for(widget) if SPOKEN_BY_NOTIFICATION else None
    if spoken is not None:
        spoken.say(message)
        return
    # imported here, not at start-up: PySide sets up each Qt class (and its enums) on first use
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def _spoken_status_for(widget: QWidget) -> SpokenStatus | None:
    """The notification of the window `widget` is in, or of the window a popover belongs to."""
    while widget is not None:
        window = widget.window()
        found = window.findChild(SpokenStatus)
        if found is not None:
            return found
        widget = window.parentWidget()
    return None


_installed = False


def install_notification_role() -> None:
    """Qt has no widget whose accessible role is Notification: one factory gives it to SpokenStatus.
    Installed after the first paint (QAccessible costs start-up time) or at the first message,
    whichever comes first: before a screen reader asks for the notification."""
    global _installed
    if _installed:
        return
    from PySide6.QtGui import QAccessible

    def factory(class_name: str, obj):
        if class_name == "SpokenStatus":
            from PySide6.QtWidgets import QAccessibleWidget

            return QAccessibleWidget(obj, QAccessible.Role.Notification)
        return None

    QAccessible.installFactory(factory)
    _installed = True

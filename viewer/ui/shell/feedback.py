"""The text size shown beside its buttons; the status bar, always there (a bar that appears with the
first message shrinks the panes under the reader's eyes), and the feedback it gives for a change of
text size, theme, font, line spacing or reading width: a short message, also handed to screen
readers."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..appearance.appearance import Appearance
from ..appearance.font_size import FontSizeControl
from ..common.announce import SpokenStatus, announce, install_notification_role
from ..common.first_paint import after_first_paint

MESSAGE_MS = 4000
NOTIFICATION_ROLE_DELAY_MS = 100  # after the first paint, before a screen reader could ask (QAccessible costs start-up time)


class Feedback(QObject):
    def __init__(self, bar: QStatusBar, size_label: QLabel, font_size: FontSizeControl, appearance: Appearance):
        """`bar`: the window's status bar, made now at its height, so no message moves the panes."""
        super().__init__(bar)
        self.bar = bar
        bar.setObjectName("statusBar")
        bar.setAccessibleName(self.tr("Status"))
        bar.addPermanentWidget(SpokenStatus(bar))  # what the bar says, said to screen readers (a message hides other widgets)
        after_first_paint(bar.window(), install_notification_role, NOTIFICATION_ROLE_DELAY_MS)
        size_label.setText(self.points(font_size.size))
        font_size.sizeChanged.connect(lambda size: size_label.setText(self.points(size)))
        font_size.sizeChanged.connect(lambda size: self.say(self.tr("Text size: {size}").format(size=self.points(size))))
        appearance.said.connect(self.say)

    def points(self, size: int) -> str:
        """"12 pt", the number as the locale writes it."""
        return self.tr("{size} pt").format(size=QLocale().toString(size))

    def say(self, message: str, ms: int = MESSAGE_MS) -> None:
        """Show `message` for `ms` and hand it to screen readers."""
        self.bar.showMessage(message, ms)
        announce(self.bar, message)

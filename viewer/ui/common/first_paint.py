"""After the first paint: work the first page does not need waits until the window is on screen.

`after_first_paint(window, work)` runs `work` once `window` has been painted for the first time,
from the event loop (never inside the paint), or at once if it was painted already. Start-up
puts here what a reader cannot see or use in the first moment: listening for a second launch,
making the search ready. tests/ui/test_startup_path.py checks that it stays after the paint.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

WATCHER = "_first_paint_watcher"  # the window's watcher, kept on the window


class _FirstPaint(QObject):
    """Watches one window's events until its first paint, then runs what waited for it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.painted = False
        self.waiting: list[tuple[int, Callable[[], None]]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.window.removeEventFilter(self)
            for delay_ms, work in self.waiting:  # from the event loop, once the whole window is painted
                QTimer.singleShot(delay_ms, work)
            self.waiting.clear()
        return False


def after_first_paint(window: QWidget, work: Callable[[], None], delay_ms: int = 0) -> None:
    """Run `work` `delay_ms` after `window`'s first paint (or from now, if that is past)."""
    watcher = getattr(window, WATCHER, None)
    if watcher is None:
        watcher = _FirstPaint(window)
        setattr(window, WATCHER, watcher)
    if watcher.painted:
        QTimer.singleShot(delay_ms, work)
    else:
        watcher.waiting.append((delay_ms, work))

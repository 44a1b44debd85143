"""The reading font size: one value that the text, the section tree and the popovers follow.

Signals:
    sizeChanged(int): the new size in points, after any change.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from ...settings import FONT_SIZE

# Steps a reader would choose between; small steps where sizes are small.
STEPS = (8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40)


class FontSizeControl(QObject):
    sizeChanged = Signal(int)

    def __init__(self, size: int = FONT_SIZE.default, parent: QObject | None = None):
        super().__init__(parent)
        self._size = FONT_SIZE.clamp(size)

    def connect_actions(self, actions: dict) -> None:
        """View ▸ Larger, Smaller and Default Text Size (actions.py), acting on this."""
        actions["fontLarger"].triggered.connect(self.larger)
        actions["fontSmaller"].triggered.connect(self.smaller)
        actions["fontReset"].triggered.connect(self.reset)

    @property
    def size(self) -> int:
        return self._size

    def set_size(self, size: int) -> None:
        size = FONT_SIZE.clamp(size)
        if size != self._size:
            self._size = size
            self.sizeChanged.emit(size)

    def larger(self) -> None:
        self.set_size(next((s for s in STEPS if s > self._size), FONT_SIZE.maximum))

    def smaller(self) -> None:
        self.set_size(next((s for s in reversed(STEPS) if s < self._size), FONT_SIZE.minimum))

    def reset(self) -> None:
        self.set_size(FONT_SIZE.default)

    def step(self, direction: int) -> None:
        """+1 larger, -1 smaller (a Ctrl+wheel notch)."""
        if direction > 0:
            self.larger()
        elif direction < 0:
            self.smaller()


class WheelZoom:
    """For a scrolling view (listed before its Qt class): Ctrl+wheel emits the view's own
    zoomRequested(int) signal, +1 for a notch up and -1 for a notch down, instead of scrolling."""

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        delta = event.angleDelta().y()
        if delta:
            self.zoomRequested.emit(1 if delta > 0 else -1)

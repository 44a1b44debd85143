"""How large the parts around the text are set as the text grows: the text is for reading; the
panes beside it and the lines above it follow it only so far, or at 40 pt they would leave it no room."""
from __future__ import annotations

from PySide6.QtGui import QFont

HEADER_MAX_POINTS = 16  # the header, the problems banner, the pane's own sentences
PANE_MAX_POINTS = 24  # the tree and search results beside the text: large, and a deep title's words still fit


def capped(font: QFont, most: int) -> QFont:
    """`font` (the text's) at its size, or at `most` points if it is larger."""
    smaller = QFont(font)
    smaller.setPointSize(min(font.pointSize(), most))
    return smaller

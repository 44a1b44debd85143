"""How much room the citation popover takes: only whole lines of its text (a definition that needs
more than the room scrolls, its last line never cut in half), and, for a popover the reader opened
(by a click or the keyboard) whose text does not fit beside its link, room made by scrolling the
text so the link moves toward the view's edge. At 40 pt on a laptop screen the link in the middle
of the view left room for three or four lines of a definition on either side of it."""
from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

GAP = 4  # between the link and the popover (citation_popover places it so)


def whole_lines_height(label: QLabel, room: int) -> int:
    """The height of the label's rich text down to the last line that fits whole in `room` pixels
    (its whole height when it all fits), laid out as the label lays it out: its font, its width
    and no margin around the document."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.width())
    if document.size().height() <= room:
        return math.ceil(document.size().height())
    fits = 0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            bottom = math.ceil(top + line.y() + line.height())
            if bottom > room:
                return fits or room  # one line taller than the room (an image): it scrolls
            fits = bottom
        block = block.next()
    return fits or room


def make_room(view: QAbstractScrollArea, near: QRect, area: QRect, need: int) -> QRect:
    """Scroll `view` so that the link at `near` (global coordinates, inside the view) leaves `need`
    pixels of `area` free on one side of it, moving the text no further than that; when no side
    can give that much, the side that can give most, the link at the view's edge. The link stays
    in view. Returns where the link is then."""
    viewport = QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
    bar = view.verticalScrollBar()
    # (room now, how far the link can move that way, which way the scroll bar moves)
    above = (near.top() - GAP - area.top(), min(viewport.bottom() - near.bottom(), bar.value() - bar.minimum()), -1)
    below = (area.bottom() - near.bottom() - GAP, min(near.top() - viewport.top(), bar.maximum() - bar.value()), 1)
    if max(above[0], below[0]) >= need:
        return near  # it fits as the text lies: nothing moves
    enough = [side for side in (above, below) if side[0] + side[1] >= need]
    if enough:
        room, _, way = min(enough, key=lambda side: need - side[0])
        shift = need - room
    else:
        room, shift, way = max((above, below), key=lambda side: side[0] + side[1])
    if shift <= 0:
        return near
    before = bar.value()
    bar.setValue(before + way * shift)
    return near.translated(0, before - bar.value())

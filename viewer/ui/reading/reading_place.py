"""Where the reader is in the text: the anchored passage at the top of the view, and how far into
it; found and returned to without laying out more of the text than the place needs (Qt lays a long
text out lazily, a step at a time; every anchor's top would lay out all of it on the UI thread, a
second and more for the largest text the limits allow). A mixin of the reader's QTextBrowser."""
from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, Qt


class ReadingPlace:
    def current_anchor(self) -> str:
        """The first anchored block at the top of the view: where the reader is, font-size proof."""
        return self._anchors[self._top_index()][1] if self._anchors else ""

    def _top_index(self) -> int:
        """Index in _anchors of the anchored block at the top of the view."""
        return max(self._index_at(self.verticalScrollBar().value() + 2), 0)

    def _top(self, i: int) -> float:
        """The top of the block of _anchors[i]: the text is laid out down to it, no further."""
        if i not in self._tops:
            block = self.document().findBlockByNumber(self._anchors[i][0])
            self._tops[i] = self.document().documentLayout().blockBoundingRect(block).top()
        return self._tops[i]

    def _index_at(self, y: float) -> int:
        """Index in _anchors of the last anchored block whose top is at or above `y` (-1: none): by a
        hit test at `y` and a look either side, so the text is laid out down to `y` only."""
        document = self.document()
        x = document.rootFrame().frameFormat().leftMargin() + 1
        hit = document.documentLayout().hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
        i = bisect.bisect_right(self._numbers, document.findBlock(max(hit, 0)).blockNumber()) - 1
        while i >= 0 and self._top(i) > y:
            i -= 1
        while i + 1 < len(self._anchors) and self._top(i + 1) <= y:
            i += 1
        return i

    def reading_place(self) -> tuple[str, float] | None:
        """Where the reader is: the anchored block at the top of the view and how far into it
        (0..1); None at the text's top. Finer than the location's anchor, for coming back exactly."""
        value = self.verticalScrollBar().value()
        if value <= 0 or not self._anchors:
            return None
        i = self._top_index()
        block = self.document().findBlockByNumber(self._anchors[i][0])
        height = self.document().documentLayout().blockBoundingRect(block).height() or 1.0
        return self._anchors[i][1], min(max((value - self._top(i)) / height, 0.0), 1.0)

    def _return_to(self, place: tuple[str, float] | None) -> None:
        if place is None:
            return
        anchor, fraction = place
        self._scroll_silently(anchor)
        if fraction > 0:
            i = next(i for i, (_, a) in enumerate(self._anchors) if a == anchor)
            block = self.document().findBlockByNumber(self._anchors[i][0])
            height = self.document().documentLayout().blockBoundingRect(block).height()
            self._navigating = True
            try:
                self.verticalScrollBar().setValue(self.line_top(self._top(i) + fraction * height))
            finally:
                self._navigating = False

    def return_to(self, place: tuple[str, float] | None) -> None:
        """Back to `place` (reading_place()'s, of this text at any size or width, in this view or
        another), if the text shown holds its passage."""
        if place is not None and self.anchor_block(place[0]) >= 0:
            self._return_to(place)

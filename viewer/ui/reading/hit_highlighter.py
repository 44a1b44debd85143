"""Marks every search hit in the reader's text and steps through them (F3 / Shift+F3).

Signals:
    positionChanged(int, int): the current hit (1-based) and how many there are; (0, 0) when cleared.

Hits are kept as (anchor, words) pairs and turned into text positions whenever the reader
re-renders (a font size change re-parses the HTML), so the marks stay on the right words.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from .reader import ReaderView

HIT_BACKGROUND = QColor("#ffe066")      # marker yellow; black text on it is 15:1
CURRENT_BACKGROUND = QColor("#ff9632")  # orange for the hit the reader is on; black on it is 9:1


class HitHighlighter(QObject):
    positionChanged = Signal(int, int)

    def __init__(self, reader: ReaderView):
        super().__init__(reader)
        self.reader = reader
        self._hits: list[tuple[str, tuple[str, ...]]] = []
        self._cursors: list[QTextCursor] = []
        self._anchors: list[str] = []  # the passage (its anchor) each cursor lies in
        self._current = -1
        reader.rendered.connect(self._relocate)

    @property
    def count(self) -> int:
        return len(self._cursors)

    @property
    def current(self) -> int:
        return self._current

    def current_anchor(self) -> str:
        """The passage the current hit is in ("" with none): the result the list should show."""
        return self._anchors[self._current] if 0 <= self._current < len(self._anchors) else ""

    def show_hits(self, hits: list[tuple[str, tuple[str, ...]]], start_anchor: str) -> None:
        """Mark `hits` ((anchor, matched words) pairs) and make the first hit at `start_anchor` current."""
        self._hits = hits
        self._locate()
        start = self.reader.anchor_position(start_anchor)
        self._current = next((i for i, c in enumerate(self._cursors) if c.selectionStart() >= start), 0) if self._cursors else -1
        self._apply(scroll=True)

    @property
    def hits(self) -> list[tuple[str, tuple[str, ...]]]:
        return list(self._hits)

    def restore(self, hits: list[tuple[str, tuple[str, ...]]], current: int) -> None:
        """Mark `hits` again with the `current`-th current, leaving the view where the reader is (a
        window built again in another language)."""
        self._hits = hits
        self._locate()
        self._current = min(current, len(self._cursors) - 1)
        self._apply(scroll=False)

    def connect_actions(self, actions: dict) -> None:
        """Edit ▸ Next Hit, Previous Hit and Clear Highlights (actions.py), acting on this."""
        actions["nextHit"].triggered.connect(lambda: self.step(1))
        actions["previousHit"].triggered.connect(lambda: self.step(-1))
        actions["clearHits"].triggered.connect(self.clear)

    def step(self, direction: int) -> None:
        if not self._cursors:
            return
        self._current = (self._current + direction) % len(self._cursors)
        self._apply(scroll=True)

    def clear(self) -> None:
        self._hits, self._cursors, self._anchors, self._current = [], [], [], -1
        self.reader.setExtraSelections([])
        self.positionChanged.emit(0, 0)

    def _locate(self) -> None:
        doc = self.reader.document()
        found: dict[tuple[int, int], tuple[QTextCursor, str]] = {}
        for anchor, words in self._hits:
            block = doc.findBlockByNumber(self.reader.anchor_block(anchor))
            if not block.isValid():
                continue
            end = block.position() + block.length()
            for word in words:
                cursor = QTextCursor(block)
                while True:
                    cursor = doc.find(word, cursor, QTextDocument.FindFlag.FindWholeWords)
                    if cursor.isNull() or cursor.selectionEnd() > end:
                        break
                    found[(cursor.selectionStart(), cursor.selectionEnd())] = (cursor, anchor)
        in_order = [found[key] for key in sorted(found)]
        self._cursors = [cursor for cursor, _ in in_order]
        self._anchors = [anchor for _, anchor in in_order]

    def _relocate(self) -> None:
        if self._hits:
            current = self._current
            before = (current, len(self._cursors))
            self._locate()
            self._current = min(current, len(self._cursors) - 1)
            self._apply(scroll=False, moved=(self._current, len(self._cursors)) != before)

    def _apply(self, scroll: bool, moved: bool = True) -> None:
        """Mark the hits; with `scroll`, bring the current one into view with the caret on it. A
        re-render that finds the reader on the same hit is no move: nothing is said again."""
        from PySide6.QtGui import QBrush, QTextCharFormat  # (set up at the first hit, not at start)

        selections = []
        for i, cursor in enumerate(self._cursors):
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(CURRENT_BACKGROUND if i == self._current else HIT_BACKGROUND))
            fmt.setForeground(QBrush(QColor("black")))
            fmt.setFontUnderline(_in_link(cursor))  # the mark's black hides a link's colour: underlined, it still reads as one
            selection.format = fmt
            selection.cursor = cursor
            selections.append(selection)
        self.reader.setExtraSelections(selections)
        if scroll and 0 <= self._current < len(self._cursors):
            self.reader.place_caret(self._cursors[self._current].selectionStart())
            self.reader.reveal(self._cursors[self._current])
        if moved:
            self.positionChanged.emit(self._current + 1 if self._cursors else 0, len(self._cursors))


def _in_link(hit: QTextCursor) -> bool:
    """Whether the text `hit` marks is (in) a link: a citation, a term, another summary."""
    probe = QTextCursor(hit)
    probe.setPosition(hit.selectionStart() + 1)  # (the format of the character before the position)
    return probe.charFormat().isAnchor()

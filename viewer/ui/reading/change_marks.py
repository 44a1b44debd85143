"""View ▸ Mark Changes in the Text: the passages added or changed at the summary's last update,
underlined with dashes in the text's own colour (so the mark reads in every theme and without
colour), kept across re-rendering (a size change re-parses the text) and gone when switched off."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.reading_state import ReadingState
from .reader import ReaderView


class ChangeMarks(QObject):
    def __init__(self, reader: ReaderView, state: ReadingState):
        super().__init__(reader)
        self.reader, self.state = reader, state
        self.enabled = False
        self._anchors: set[str] = set()
        reader.rendered.connect(self._apply)
        state.summaryChanged.connect(lambda _: self._find())

    def _find(self) -> None:
        """The open summary's passages added or changed at its last update (read only when marking)."""
        summary, library = self.state.summary, self.state.library
        changes = library.changes.get(summary.id) if summary is not None and self.enabled else None
        if changes is None:
            self._anchors = set()
            return
        from ...library.changes import changed_passages  # difflib and the comparison: only when marking

        previous = library.previous.get(summary.id) if library.previous is not None else None
        self._anchors = changed_passages(changes, previous, summary)

    def set_enabled(self, on: bool) -> str:
        """Switch the marks on or off; what to tell the reader."""
        if on == self.enabled:
            return ""
        self.enabled = on
        had = bool(self._anchors)
        self._find()
        if on:
            self._apply()
        elif had:
            self.reader.refresh()  # the marks are in the text's formats: render it without them
        if not on:
            return self.tr("Changes are no longer marked in the text.")
        if self.state.summary is None or self.state.summary.id not in self.state.library.changes:
            return self.tr("This summary has not changed since it was first imported: nothing to mark.")
        count = len(self._anchors)
        return self.tr("%n passage(s) added or changed at the last update, underlined with dashes.", "", count)

    def _apply(self) -> None:
        if not (self.enabled and self._anchors):
            return
        from PySide6.QtGui import QTextCharFormat, QTextCursor  # (set up when marking, not at start)

        mark = QTextCharFormat()
        mark.setFontUnderline(True)
        mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        doc = self.reader.document()
        for anchor in self._anchors:
            number = self.reader.anchor_block(anchor)
            block = doc.findBlockByNumber(number)
            if number < 0 or not block.isValid():
                continue
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(mark)

"""The keyboard in the text: Tab and Shift+Tab select the next or previous link, framed so it is
seen and said with its kind (Qt's AT-SPI bridge has no hypertext interface for a screen reader to
find links by); Ctrl+Home and Ctrl+End go to the start and the end of the text. A mixin of the
reader's QTextBrowser."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QTextCursor

from ..common.announce import announce

LINK_FOCUS_WIDTH = 3  # px of the frame round the link the keyboard is on (Qt's own: a 1 px dotted line)


class LinkKeys:
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        frame = self._framed = self.link_frame()
        if frame is None:
            return
        painter = QPainter(self.viewport())
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), LINK_FOCUS_WIDTH)
        painter.setPen(pen)
        painter.drawRect(frame)
        painter.end()

    def link_frame(self) -> QRect | None:
        """The frame round the link the keyboard is on (Tab selects the link it moves to), in the
        viewport; None when the keyboard is on none."""
        cursor = self.textCursor()
        # (its address, not isAnchor(): see _select_whole_link)
        if not (self.hasFocus() and cursor.hasSelection() and cursor.charFormat().anchorHref()):
            return None
        start, end = QTextCursor(cursor), QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end.setPosition(cursor.selectionEnd())
        first, last = self.cursorRect(start), self.cursorRect(end)
        if first.top() != last.top():  # a link over two lines: frame where it begins
            last = first.adjusted(0, 0, self.viewport().width() - first.right(), 0)
        half = LINK_FOCUS_WIDTH // 2 + 1
        return first.united(last).adjusted(-half - 1, -half, half + 1, half)

    def link_frame_moved(self) -> None:
        """The caret moved (Tab to another link, a click), or the focus left: the frame drawn is
        painted over. Qt repaints a selection's own rectangle, not the frame round it: the old
        frame's lines stayed in the text. Only once a frame was drawn: touched from Python at the
        start (the caret placed), the viewport made PySide set up every widget class (7 ms)."""
        if getattr(self, "_framed", None) is not None:  # (the last paint drew one)
            self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.link_frame_moved()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab select the next or previous link: say which, and what kind of link it is."""
        self._links_from_here()
        moved = super().focusNextPrevChild(next)
        # the old frame painted over, the new one drawn whole (Qt moves its cursor to the link without
        # a cursorPositionChanged, and repaints only the selection's rectangle, inside the frame)
        self.viewport().update()
        if moved and self.hasFocus() and self.textCursor().hasSelection():
            self._select_whole_link()
        cursor = self.textCursor()
        if moved and self.hasFocus() and cursor.hasSelection():
            probe = QTextCursor(self.document())
            probe.setPosition(cursor.selectionStart() + 1)
            href = probe.charFormat().anchorHref()
            if href:
                announce(self, f"{cursor.selectedText().strip()}, {link_kind(href)}")
        return moved

    def _select_whole_link(self) -> None:
        """Qt's HTML import marks only the first letter of a link that begins a paragraph with an id
        (every PDQ paragraph has one) as an anchor, the rest keeping only its address: Tab selected
        the "C" of "Cancer", and a screen reader heard "C, definition link". The selection is taken
        on over the characters with the link's address."""
        cursor = self.textCursor()
        probe = QTextCursor(self.document())
        probe.setPosition(cursor.selectionStart() + 1)
        href, end = probe.charFormat().anchorHref(), cursor.selectionEnd()
        block_end = probe.block().position() + probe.block().length() - 1
        while href and end < block_end:
            probe.setPosition(end + 1)
            if probe.charFormat().anchorHref() != href:
                break
            end += 1
        if end != cursor.selectionEnd():
            whole = QTextCursor(self.document())
            whole.setPosition(cursor.selectionStart())
            whole.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(whole)

    def _links_from_here(self) -> None:
        """With no link selected Qt looks from the text's start (Tab after a click in a late section went
        back to [1]): look from the caret when it is in view (a click), else from the view's top."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        if not self.viewport().rect().contains(self.cursorRect(cursor).center()):
            cursor = self.cursorForPosition(QPoint(0, 0))
            cut = self.cursorRect(cursor)
            if cut.top() < 0:  # a line the view's top cuts: a link on it scrolled the view back up
                cursor = self.cursorForPosition(QPoint(0, cut.bottom() + 1))
        at, value = cursor.position(), self.verticalScrollBar().value()
        cursor.setPosition(max(at - 1, 0))
        cursor.setPosition(at, QTextCursor.MoveMode.KeepAnchor)  # Qt goes on from a selection's end
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(value)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Ctrl+Home and Ctrl+End go to the start and the end of the text (a read-only view's
        cursor alone would not move the view)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            start = event.key() == Qt.Key.Key_Home
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start if start else QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)
            bar = self.verticalScrollBar()
            bar.setValue(bar.minimum() if start else bar.maximum())
            return
        super().keyPressEvent(event)


def link_kind(href: str) -> str:
    """What a link is, as a screen reader says it after the link's words (in the reader's context)."""
    translate = QCoreApplication.translate
    if href.startswith("cite:"):
        return translate("ReaderView", "reference link")
    if href.startswith("glossary:"):
        return translate("ReaderView", "definition link")
    if href.startswith("#"):
        return translate("ReaderView", "link in this summary")
    if href.startswith("pdq:"):
        return translate("ReaderView", "link to another summary")
    return translate("ReaderView", "web link, not opened here")

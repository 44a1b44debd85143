"""Where the reader's links are, and the hover preview of citations and dictionary terms: the
part of the reader (reader.py) that turns the pointer's rest on a link into `linkHovered`, gives
a link's rectangle for placing the popover, and keeps the links' own tooltips out of the way.

A mixin for ReaderView: it uses the view's `linkHovered` signal and QTextBrowser's methods.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QTimer, QUrl
from PySide6.QtGui import QCursor, QTextBlock, QTextCursor

HOVER_DELAY_MS = 450
POPOVER_LINKS = ("cite:", "glossary:", "term:")  # links that open a popover on hover too (term: a drug's name)


def fragments(block: QTextBlock):
    """The runs of equally formatted text in a block (Qt offers only an iterator object)."""
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


class LinkHover:
    def _start_link_hover(self) -> None:
        self._hover_url = ""
        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_DELAY_MS)
        self._hover_timer.timeout.connect(self._hover_elapsed)
        self.highlighted.connect(self._on_highlighted)

    def _link_rect(self, href: str) -> QRect:
        """Where the link is on screen: under the mouse if it was clicked, else the keyboard's."""
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        if self.viewport().rect().contains(pos) and self.anchorAt(pos) == href:
            return self._hovered_link_rect(pos)  # the whole marker: ±8 px of the pointer left a 40 pt one half covered
        rect = self.cursorRect(self.textCursor())
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _on_highlighted(self, url: QUrl) -> None:
        self._hover_url = url.toString() if url.toString().startswith(POPOVER_LINKS) else ""
        if self._hover_url:
            self._hover_timer.start()
        else:
            self._hover_timer.stop()

    def _hover_elapsed(self) -> None:
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        if self._hover_url and self.anchorAt(pos) == self._hover_url:
            self.linkHovered.emit(self._hover_url, self._hovered_link_rect(pos))

    def _hovered_link_rect(self, pos: QPoint) -> QRect:
        """The whole link under `pos` (viewport coordinates), in global coordinates: the marker
        a preview belongs to, which the pointer may rest anywhere on."""
        cursor = self.cursorForPosition(pos)
        href = self.anchorAt(pos)
        for fragment in fragments(cursor.block()):
            inside = fragment.position() <= cursor.position() <= fragment.position() + fragment.length()
            if inside and fragment.charFormat().anchorHref() == href:
                start, end = QTextCursor(self.document()), QTextCursor(self.document())
                start.setPosition(fragment.position())
                end.setPosition(fragment.position() + fragment.length())
                first, last = self.cursorRect(start), self.cursorRect(end)
                if first.top() == last.top():  # on one line (a marker is short; a term may wrap)
                    rect = first.united(last)
                    return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())
        return QRect(self.viewport().mapToGlobal(pos) - QPoint(0, 8), self.viewport().mapToGlobal(pos) + QPoint(1, 8))

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt's name)
        # A citation or term previews itself in the popover: its title would only add a tooltip.
        if event.type() == QEvent.Type.ToolTip and self.anchorAt(event.pos()).startswith(POPOVER_LINKS):
            return True
        return super().viewportEvent(event)

    def link_rects(self, prefix: str = "") -> list[tuple[str, QRect]]:
        """Each link whose target starts with `prefix`, with its rectangle in viewport
        coordinates: what a person would point at (for tests and automation)."""
        found = []
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            for fragment in fragments(block):
                href = fragment.charFormat().anchorHref()
                if href and href.startswith(prefix):
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position() + 1)
                    found.append((href, self.cursorRect(cursor)))
            block = block.next()
        return found

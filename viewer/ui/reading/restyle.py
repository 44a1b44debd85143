"""A new text size or theme for the text being read. A text of NCI's size is set again at once, on
the UI thread (a few tens of ms, as before). A larger one (thousands of places, within the limits:
1 s or more a time) is made again off the UI thread as opening makes it (the reader's
document_maker, in pieces), the newest request winning: a held Ctrl+= makes the last size only,
and a document half made for a size already passed stops at its next piece. Until the new one is
ready the old text stays, at its old size (a resize meanwhile does not lay it out again: the new
one comes at the new width). It is then adopted at the place read at that moment (the same passage
at the top, the caret where it was): Qt must lay out all the text above that place first, which
is done a slice at a time (LAYOUT_SLICE), the old text's picture left on screen until the new one
is laid out down to the place. A mixin of the reader's QTextBrowser."""
from __future__ import annotations

from PySide6.QtCore import QSizeF, QTimer

from ..appearance.document_style import ReadingStyle
from ..common.prepared_document import PreparedDocument

LAYOUT_SLICE = 40_000  # characters laid out between two turns of the event loop: 10 to 30 ms


class Restyle:
    def set_style(self, style: ReadingStyle) -> None:
        """Set the text with `style`; the reader stays on the paragraph and in the section."""
        if style == self.text_style:
            return
        self.text_style = style
        self._font_pending = style.font(self.font())  # the view's and the document's, when set again
        self.refresh()

    def refresh(self) -> None:
        """Render the text again, staying on the paragraph being read (marks made on it go)."""
        if self.summary is not None and not self._of_nci_size:
            self._make_again()
            return
        self._render_in_place()

    def _render_in_place(self) -> None:
        place, caret = self.reading_place(), self.textCursor().position()
        self._render()  # the style sheet and line spacing apply when the HTML is parsed
        self._return_to(place)
        self.place_caret(caret)  # the same text: a screen reader reads on from where it was

    def _make_again(self) -> None:
        runner = self.restyling
        number = runner.newest + 1  # the job's, once submitted: a later request or a cancel stops it
        make, summary = self.document_maker(stop=lambda: runner.newest != number), self.summary
        runner.submit(lambda: make(summary), self._made_again)

    def _made_again(self, document: PreparedDocument | Exception) -> None:
        if isinstance(document, Exception):  # not foreseen: rendered here, as before
            self._render_in_place()
            return
        summary, style, targets = document.made_for
        if summary is not self.summary or style != self.text_style or targets is not self._targets:
            document.deleteLater()  # made for what is no longer asked for (a newer one is coming)
            return
        # the place read now (or, if the text before is still being laid out to one, that place)
        place, caret = self._to_place if self._laying_to_place else (self.reading_place(), self.textCursor().position())
        self._prepared = document
        self.viewport().setUpdatesEnabled(False)  # the old text's picture stays until the new is at the place
        self._adopting = True  # the new font's resize does not lay the old text out again
        self.document().setPageSize(QSizeF(0, 0))  # nor the new font itself (a null page: no layout)
        try:
            self._render()
        finally:
            self._adopting = False
        self._laying_out += 1  # this adoption's number: a later one (or another summary) ends it
        self._laying_to_place, self._to_place = True, (place, caret)
        self._lay_out_to(place, caret, self._laying_out, 0)

    def _lay_out_to(self, place: tuple[str, float] | None, caret: int, number: int, reached: int) -> None:
        """Lay the new text out a slice further towards `place`, then again after the event loop's
        turn; once there, show it at `place`."""
        if number != self._laying_out:
            return  # superseded: that one shows the text
        block = self.document().findBlockByNumber(self.anchor_block(place[0])) if place else None
        target = block.position() + block.length() if block is not None and block.isValid() else 0
        if reached < target:
            reached = min(reached + LAYOUT_SLICE, target)
            self.document().documentLayout().blockBoundingRect(self.document().findBlock(reached))
            QTimer.singleShot(0, self, lambda: self._lay_out_to(place, caret, number, reached))
            return
        self.end_laying_out()
        self._return_to(place)
        self.place_caret(caret)

    def end_laying_out(self) -> None:
        """Show the text as it is, if it was still being laid out to a place."""
        self._laying_out += 1
        if self._laying_to_place:  # (viewport() before the first paint would cost 7 ms: test_startup_path)
            self._laying_to_place = False
            self.viewport().setUpdatesEnabled(True)

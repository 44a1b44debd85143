"""The reading column: the text centred in a column of the style's measure, whatever the window's
width, by the root frame's margins (so the page's background stays continuous), never touching
the frame; lines break between words only while the content fits, and a table a little wider than
the column widens it. A mixin of the reader's QTextBrowser."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtGui import QTextDocument, QTextOption

MIN_MARGIN = 12  # px beside the text at any width: it never touches the frame
MAX_WIDENING = 1.25  # a wide table widens the reading column by up to a quarter; a wider one wraps in its cells


def set_column_margins(document: QTextDocument, side: int) -> None:
    """The root frame's margins for a column `side` px from each edge (unchanged: no new layout).
    A laid-out text is laid out again lazily, as a new width is: a new frame format alone makes Qt
    lay the whole text out at once (a second and more for the largest the limits allow)."""
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    if fmt.leftMargin() != side or fmt.rightMargin() != side or fmt.topMargin() != MIN_MARGIN:
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(MIN_MARGIN)  # the first heading does not touch the frame either
        fmt.setBottomMargin(MIN_MARGIN)
        page = document.pageSize()
        if page.width() > 0:
            document.setPageSize(QSizeF(0, 0))  # a null page: Qt lays nothing out for the new format
        frame.setFrameFormat(fmt)
        if page.width() > 0:
            document.setPageSize(page)  # laid out again from the top, lazily (as far as is shown)


class ReadingColumn:
    def _fit_column(self) -> None:
        """Centre the text in a column of the style's measure, whatever the window's width; the
        root frame's margins keep the page's background continuous, and never touch the frame."""
        side, wrap = self._column_fit(self.document().defaultFont(), self._widest)
        if self.wordWrapMode() != wrap:
            self.setWordWrapMode(wrap)
        set_column_margins(self.document(), side)

    def _column_fit(self, font, widest: float) -> tuple[int, QTextOption.WrapMode]:
        """The root frame's side margins and the wrap mode for the view's width now."""
        from PySide6.QtGui import QFontMetricsF  # not before the first render

        measure = self.text_style.column
        room = self._viewport_width
        column = QFontMetricsF(font).averageCharWidth() * measure if measure else room
        whole_words = widest <= min(room - 2 * MIN_MARGIN, column * MAX_WIDENING)
        if whole_words:
            column = max(column, widest)  # a table a little wider than the column widens it
        wrap = QTextOption.WrapMode.WordWrap if whole_words else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        return max(MIN_MARGIN, int((room - column) / 2)), wrap

    def _note_overflow(self, size) -> None:
        """The layout grew wider than the column (a table whose words do not fit it): remember how
        wide the content needs to be, and fit the column to it once the layout is done."""
        frame = self.document().rootFrame().frameFormat()
        sides = frame.leftMargin() + frame.rightMargin()
        needed = size.width() - sides
        if needed > self.document().textWidth() - sides + 0.5 and needed > self._widest:
            self._widest = needed
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._keeping_place(self._fit_column, self.reading_place())

    def _keeping_place(self, reflow: Callable[[], object], place: tuple[str, float] | None) -> None:
        """`reflow` lays the text out again under the view (a new width, new margins): its scroll
        bar moves (clamped, or reset) though the reader did not, so no section is entered meanwhile
        (at 40 pt a resize put the tree on the summary's first section); then back to `place`
        (measured before the reflow; None: nowhere), in the same section."""
        self._navigating = True
        try:
            reflow()
            self._forget_layout()
        finally:
            self._navigating = False
        self._return_to(place)

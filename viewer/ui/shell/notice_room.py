"""What gives way in a short window, so that no sentence of the pane beside the text is cut (at
40 pt in a window 760 px high, Spanish's "50 resultados, los mejores primero. Más: …" lost its last
line). First the out-of-date notice above the text: said whole when there is room; in brief (each
notice's first sentence, the whole on hover and to screen readers) in a short window, when the whole
alone would take more than NOTICE_ROOM of the window's height, or when a sentence of the pane would
be cut. Then the rows of the tree kept in view beside search results: two, or one, instead of
three; last, the results' own minimum (down to one line). The results and the tree scroll; a cut
sentence cannot."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QMainWindow, QWidget

from ..reading.summary_header import SummaryHeader
from .library_pane import TREE_ROWS_KEPT, LibraryPane

NOTICE_ROOM = 0.22  # of the window's height: a notice taller than that is said in brief
COMPACT_HEADER_BELOW = 700  # px of window height: the out-of-date notice says its first sentence only
SETTLE_ROUNDS = 4  # a label's new text reaches the window's layout through its parents', a round each


class NoticeRoom(QObject):
    """Fits the `header`'s notice and the `pane`'s tree to the `window`: again when the
    window is resized (`fit`, from its resizeEvent), the text size changes (`fit`) or anything in
    the header or the pane changes its size (a search's sentence, results shown, another summary)."""

    def __init__(self, window: QMainWindow, header: SummaryHeader, pane: LibraryPane):
        super().__init__(window)
        self._window, self._header, self._pane = window, header, pane
        self._fitting = False  # the fitting's own layout changes do not ask for another
        # Qt grows a window to its layout's minimum whenever the layout changes: a search's longer
        # sentence grew a 520 px window to 535 before the fitting (a turn later) had made room for
        # it. Only the choice the fitting makes sets the window's minimum.
        self._layout = window.layout()
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._later = QTimer(self, singleShot=True, interval=0)  # once the change is laid out
        self._later.timeout.connect(self.fit)
        # the pane's own parts (the search panel among them), each made in Python: touching a C++
        # child such as a view's viewport from Python would make PySide set up every widget class
        for watched in (header, pane, *pane.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self._fitting and event.type() == QEvent.Type.LayoutRequest:
            self._later.start()
        return False

    def fit(self) -> None:
        height = self._window.height()
        compact, room = height < COMPACT_HEADER_BELOW, int(height * NOTICE_ROOM)
        if not self._window.isVisible() or not self._sentences():
            # nothing of the pane's own to cut (its sentences come with a search), or not yet laid
            # out for real (its first resize fits it again): no trying, no start-up time spent
            self._pane.keep_rows(TREE_ROWS_KEPT)
            self._header.set_compact(compact, room)
            self._window.setMinimumSize(self._layout.totalMinimumSize())
            return
        self._fitting = True  # while trying what fits, the window is never made taller to hold a try
        try:
            self._pane.keep_rows(TREE_ROWS_KEPT)
            self._header.set_compact(compact, room)
            self._settle()  # laid out as it would be with room: is any of the pane's sentences cut?
            if self._short_of_room() and not compact and self._header.notice.isVisible():
                self._header.set_compact(True, room)
                self._settle()
            for rows in range(TREE_ROWS_KEPT - 1, -1, -1):
                if not self._short_of_room():
                    break
                self._pane.keep_rows(rows)
                self._settle()
        finally:
            self._settle()
            self._window.setMinimumSize(self._layout.totalMinimumSize())  # the choice made
            self._fitting = False

    def _sentences(self) -> list[QLabel]:
        """The pane's wrapped sentences shown now."""
        return [label for label in self._pane.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.text()]

    def _short_of_room(self) -> bool:
        """A sentence of the pane cut, or its search results too short to show one whole title."""
        return bool(self.cut_short()) or self._pane.results_short_of_room()

    def cut_short(self) -> list[QLabel]:
        """The pane's wrapped sentences given less height than their lines need."""
        return [label for label in self._sentences() if label.height() < label.heightForWidth(label.width())]

    @staticmethod
    def _settle() -> None:
        """Lay the window out now (Qt would on its next turn), so what is measured is what is painted."""
        for _ in range(SETTLE_ROUNDS):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

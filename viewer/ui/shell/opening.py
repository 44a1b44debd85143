"""Opening a place: at once in the open summary; another summary is read and its text laid out off
the UI thread (the status bar says which is opening; a later request supersedes it), then shown
at the place asked for, and the tree follows. A summary that cannot be opened is said in the
problems banner, where the reader looks, never silently ignored."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QStatusBar

from ...content import ContentError, Summary
from ..common.background import LatestWins
from ..common.reading_state import Location, ReadingState
from ..navigation.toc_panel import SectionTree
from ..reading.hit_highlighter import HitHighlighter
from ..reading.reader import ReaderView
from .problems_banner import ProblemsBanner

# a template the problems banner says in the interface's language (ui/common/core_text.py)
COULD_NOT_BE_OPENED = QT_TRANSLATE_NOOP("Problems", "could not be opened ({error})")


class SummaryOpener(QObject):
    placeShown = Signal()  # a place was shown (the history's Back and Forward may have changed)

    def __init__(self, state: ReadingState, reader: ReaderView, tree: SectionTree, highlighter: HitHighlighter,
                 problems: ProblemsBanner, status: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.reader, self.tree, self.highlighter = state, reader, tree, highlighter
        self.problems, self.status = problems, status
        self.opening = LatestWins(self)  # the newest request wins
        self.prepared = None  # the document made for the summary being opened, until it is shown
        state.libraryChanged.connect(lambda _: self.opening.cancel())  # its summaries are the old library's

    def show_location(self, location: Location, before: Callable[[], None] | None = None,
                      then: Callable[[], None] | None = None, otherwise: Callable[[], None] | None = None) -> None:
        """Show `location`. `before` runs just before it is shown, `then` just after; neither if it
        cannot be opened, `otherwise` then instead."""
        summary_id = location[0]
        current = self.state.summary
        if current is not None and summary_id == current.id:
            self.opening.cancel()  # a summary still opening was asked for before this
            self._show_place(current, location[1], before, then)
            return
        library = self.state.library
        entry = next((e for e in library.entries() if e.id == summary_id), None)
        message = self.tr("Opening “%1”…").replace("%1", entry.title if entry else summary_id)
        self.status.showMessage(message)  # (not spoken: a start-up must not set up accessibility)
        make_document = self.reader.document_maker()

        def read_and_lay_out():  # in the worker: no widget is touched here
            summary = library.get(summary_id)
            return None if summary is None else (summary, make_document(summary))

        def opened(result) -> None:
            if self.status.currentMessage() == message:
                self.status.clearMessage()
            if library is not self.state.library:  # the library was read again meanwhile
                return
            if isinstance(result, Exception):  # a failure the core did not foresee: this summary's, not the app's
                library.problems.append(ContentError(summary_id, COULD_NOT_BE_OPENED,
                                                     error=f"{type(result).__name__}: {result}"))
            if not isinstance(result, tuple):
                self.problems.show_problems(library.problems)  # why not, where the reader looks
                self.follow_shown()  # the tree back on what is still shown, not on what could not be
                if otherwise is not None:
                    otherwise()
                return
            summary, self.prepared = result
            self._show_place(summary, location[1], before, then)

        self.opening.submit(read_and_lay_out, opened)

    def _show_place(self, summary: Summary, anchor: str, before: Callable[[], None] | None,
                    then: Callable[[], None] | None) -> None:
        if before is not None:
            before()
        anchor = summary.resolve_anchor(anchor)
        if summary is not self.state.summary:
            self.highlighter.clear()  # its marks belong to the text being replaced
            self.state.open_summary(summary)  # the reader, header and title follow (the window's _show_summary)
        self.prepared = None
        if not anchor or not self.reader.scroll_to(anchor):
            self.reader.scroll_to(summary.sections[0].id)
        self.tree.follow(summary.id, self.reader.current_section_id())
        self.placeShown.emit()
        if then is not None:
            then()

    def follow_shown(self) -> None:
        """The tree on the summary and section shown (after a click on one that cannot be opened)."""
        if self.state.summary is not None:
            self.tree.follow(self.state.summary.id, self.reader.current_section_id())

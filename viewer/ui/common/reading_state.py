"""What the reader is looking at: the library shown, the open summary, the place being read and the
history of jumps. One owner for the state the panels share; panels and commands take this object
and its signals, never the main window.

Signals:
    libraryChanged(object): another Library is shown (at start, after an import). The open summary
        is forgotten: it belongs to the old library.
    summaryChanged(object): another Summary is open.
    problemsChanged(object): the library's list of problems grew (e.g. its index failed its check).
    historyChanged(): Back or Forward may have become possible or impossible.
    locationRequested(object): a command asks to go to a (summary id, anchor), recorded in the
        history as a jump; the shell routes it to the reader.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QObject, Signal

from ...content import Library, Summary
from ...history import History

Location = tuple[str, str]  # (summary id, anchor)


class PlaceView(Protocol):
    """The view that knows where in the text the reader is (the reader)."""

    def current_anchor(self) -> str: ...

    def current_section_id(self) -> str: ...


class ReadingState(QObject):
    libraryChanged = Signal(object)
    summaryChanged = Signal(object)
    problemsChanged = Signal(object)
    historyChanged = Signal()
    locationRequested = Signal(object)

    def __init__(self, library: Library, library_dir: Path | None = None,
                 load_library: Callable[[], Library] | None = None, parent: QObject | None = None):
        """`library_dir`: where File ▸ Import writes; `load_library`: reads the library again after it."""
        super().__init__(parent)
        self.library = library
        self.library_dir = library_dir
        self.load_library = load_library
        self.summary: Summary | None = None
        self.history: History[Location] = History()
        self._view: PlaceView | None = None

    def attach_view(self, view: PlaceView) -> None:
        self._view = view

    # -- what is read --------------------------------------------------------------------------
    @property
    def summary_id(self) -> str:
        return self.summary.id if self.summary else ""

    def location(self) -> Location:
        """The summary and the passage being read (what the history and the next start return to)."""
        return (self.summary_id, self._view.current_anchor() if self._view else "")

    def reading_place(self) -> Location | None:
        """The summary and the section being read (what a bookmark keeps), if a summary is open."""
        if self.summary is None or self._view is None:
            return None
        return (self.summary.id, self._view.current_section_id())

    def open_summary(self, summary: Summary) -> bool:
        """Make `summary` the open one; whether it changed."""
        if summary is self.summary:
            return False
        self.summary = summary
        self.summaryChanged.emit(summary)
        return True

    # -- the library ------------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        self.library = library
        self.summary = None
        # Back and Forward skip summaries an update removed: they went nowhere and said nothing
        self.history.forget(lambda place: not library.has_summary(place[0]))
        self.libraryChanged.emit(library)
        self.historyChanged.emit()

    def reload_library(self) -> Location | None:
        """After an import: read the library again; the place to return to (the first summary's
        start if the one being read was removed), or None if it cannot be read again."""
        if self.load_library is None:
            return None
        place = self.location()
        self.set_library(self.load_library())
        if not self.library.has_summary(place[0]) and self.library.entries():
            place = (self.library.entries()[0].id, "")
        return place

    def problems_grew(self) -> None:
        self.problemsChanged.emit(self.library.problems)

    # -- jumps ------------------------------------------------------------------------------------
    def request(self, target: Location) -> None:
        """Ask for a jump to `target` (a bookmark, a changed section, a search result)."""
        self.locationRequested.emit(target)

    def visit(self, target: Location) -> None:
        self.history.visit(self.location(), target)
        self.historyChanged.emit()

    def back(self) -> Location | None:
        target = self.history.back(self.location())
        self.historyChanged.emit()
        return target

    def take_history(self, history: History[Location]) -> None:
        """Carry on another state's history (the window built again in another language)."""
        self.history = history
        self.historyChanged.emit()

    def forward(self) -> Location | None:
        target = self.history.forward(self.location())
        self.historyChanged.emit()
        return target

"""The search, wired: the box's queries run in the panel's worker over the library shown; a result
opens as a step in the history with every hit of its query marked in its summary; F3 steps the
marks, and the counter and the list of results follow. Made by the main window, which it does
not know: it takes the reading state, the engine, the text's hit marks and where to navigate."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..common.reading_state import Location, ReadingState
from ..reading.hit_highlighter import HitHighlighter
from .search_panel import SearchPanel
from .searcher import Searcher

if TYPE_CHECKING:  # the search engine (and sqlite3) is imported when first used, not at start-up
    from ...search import Hit, SearchResults

MAX_MARKED_PASSAGES = 2000


class SearchCommands:
    def __init__(self, state: ReadingState, searcher: Searcher, highlighter: HitHighlighter,
                 navigate_to: Callable[..., None]):
        """`navigate_to(location, then=...)`: a jump the reader asked for, `then` run once shown."""
        self.state, self.searcher, self.highlighter, self._navigate_to = state, searcher, highlighter, navigate_to
        self.panel = panel = SearchPanel(self.work, interrupt=searcher.interrupt)
        panel.resultActivated.connect(self.open_result)
        panel.stepRequested.connect(highlighter.step)
        panel.clearRequested.connect(highlighter.clear)
        highlighter.positionChanged.connect(panel.set_hit_counter)
        highlighter.positionChanged.connect(  # the list follows F3 to the passage of the current hit
            lambda *_: panel.follow(state.summary_id, highlighter.current_anchor()))

    def connect_actions(self, actions: dict) -> None:
        """Edit ▸ Search the Library (Ctrl+K) and Find in This Summary (Ctrl+F)."""
        actions["find"].triggered.connect(lambda: self.panel.use_scope(only_open_summary=False))
        actions["findInSummary"].triggered.connect(lambda: self.panel.use_scope(only_open_summary=True))

    def prepare(self) -> None:
        """After the first paint: the search is made ready before the first keystroke."""
        self.searcher.prepare()
        self.panel.prepare_results()

    def work(self, text: str, offset: int = 0) -> Callable[[], SearchResults]:
        """The search box's query, as work for the panel's worker thread."""
        return self.searcher.query(text, only_open_summary=self.panel.only_open_summary.isChecked(), offset=offset)

    def open_result(self, hit: Hit) -> None:
        """Go to the passage (a step in the history) and mark every hit of the query in its summary."""
        query = self.panel.box.text()

        def mark_hits() -> None:  # once the summary is shown
            in_summary = self.searcher.search(query, limit=MAX_MARKED_PASSAGES, summary_id=hit.summary_id)
            self.highlighter.show_hits([(h.anchor, h.terms) for h in in_summary.hits], hit.anchor)
        location: Location = (hit.summary_id, hit.anchor)
        self._navigate_to(location, then=mark_hits)

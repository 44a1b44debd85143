"""The search engine behind the search box, for the library the reading state shows: made on first
use (the engine and sqlite3 are imported then, not at start-up), made again when another library
is shown, and the library's problems said when its index fails its check."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..common.reading_state import ReadingState

if TYPE_CHECKING:
    from ...search import SearchIndex, SearchResults
    from ...search.library_search import LibrarySearch


class Searcher:
    def __init__(self, state: ReadingState):
        self.state = state
        self._engine: LibrarySearch | None = None
        self._preferred: str | None = None  # the summary whose hits came first on the first page
        state.libraryChanged.connect(self._forget)

    def _forget(self, *_) -> None:
        self._engine = None

    def _searcher(self) -> LibrarySearch:
        if self._engine is None:
            from ...search.library_search import LibrarySearch

            self._engine = LibrarySearch(self.state.library)
        return self._engine

    def index(self) -> SearchIndex:
        """The calling thread's index (see LibrarySearch)."""
        return self.index_of(self._searcher())

    def prepare(self) -> None:
        """After the first paint: the library's index is checked in the background, or, with no
        library, the bundled summaries' index is made now, before the first keystroke."""
        self._searcher().start_checking()
        if self.state.library.search_index is None:
            self.index()

    def search(self, text: str, only_open_summary: bool = False, limit: int | None = None,
               summary_id: str | None = None, offset: int = 0) -> SearchResults:
        """`text` over the library, the open summary's hits before others of the same kind; or over
        one summary: `summary_id`, or the open one. `offset`: results to skip (the pages shown)."""
        return self.query(text, only_open_summary, limit, summary_id, offset)()

    def query(self, text: str, only_open_summary: bool = False, limit: int | None = None,
              summary_id: str | None = None, offset: int = 0) -> Callable[[], SearchResults]:
        """`search`, as work for a worker thread: what is open is read now, the query runs there."""
        open_id = self.state.summary.id if self.state.summary is not None else None
        if only_open_summary and open_id is not None:
            summary_id = open_id
        if summary_id is None and not offset:  # the library's first page; later pages keep its order,
            self._preferred = open_id  # though a result opened since has changed the summary
        options = {} if limit is None else {"limit": limit}
        prefer = self._preferred if summary_id is None else None
        engine = self._searcher()
        return lambda: self.index_of(engine).search(text, summary_id=summary_id, offset=offset, **options,
                                                    prefer_summary=prefer)

    def index_of(self, engine: LibrarySearch) -> SearchIndex:
        """`engine`'s index for the calling thread; its library's problems said if its check failed."""
        problems = len(self.state.library.problems)
        index = engine.index()
        if len(self.state.library.problems) != problems:
            self.state.problems_grew()  # (from a worker: a queued signal)
        return index

    def interrupt(self) -> None:
        """Stop the query running in a worker: a newer one supersedes it."""
        if self._engine is not None:
            self._engine.interrupt()

"""The index a search runs over: the bundled summaries' (a few, made in memory when first needed)
with the imported library's attached (made by import; checked against the library's manifest in
a worker thread, since it is about 90 MB for NCI's whole set and start-up must not wait for it)."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from ..content import ContentError, Library
from .index import SearchIndex


class LibrarySearch:
    def __init__(self, library: Library):
        self.library = library
        self._index: SearchIndex | None = None
        self._check: Future | None = None

    def start_checking(self) -> None:
        """Begin checking the library's index in the background (after the first paint, say)."""
        if self._check is None and self.library.search_index is not None:
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-check")
            self._check = pool.submit(self.library.search_index)
            pool.shutdown(wait=False)

    def index(self) -> SearchIndex:
        """The index, made on first use; a library index that fails its check is left out and its
        problem added to the library's."""
        if self._index is None:
            self._index = SearchIndex.build(self.library.summaries)
            self.start_checking()
            if self._check is not None:
                try:
                    self._index.attach(self._check.result())
                except ContentError as exc:
                    self.library.problems.append(exc)
        return self._index

"""The index a search runs over: the bundled summaries' (a few, made in memory when first needed)
with the imported library's attached (made by import; checked against the library's manifest in
a worker thread, since it is about 90 MB for NCI's whole set and start-up must not wait for it).
Each thread that searches has an index of its own (an SQLite connection is one thread's): the
window's searches run off the UI thread, and the UI thread marks a summary's hits."""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

from ..content import ContentError, Library
from .index import SearchIndex


class LibrarySearch:
    def __init__(self, library: Library):
        self.library = library
        self._here = threading.local()  # .index: the calling thread's
        self._indexes: list[SearchIndex] = []  # every thread's, to interrupt
        self._lock = threading.Lock()
        self._check: Future | None = None
        self._check_failed = False

    def start_checking(self) -> None:
        """Begin checking the library's index in the background (after the first paint, say)."""
        with self._lock:
            if self._check is None and self.library.search_index is not None:
                pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-check")
                self._check = pool.submit(self.library.search_index)
                pool.shutdown(wait=False)

    def index(self) -> SearchIndex:
        """The calling thread's index, made on its first use; a library index that fails its check
        is left out and its problem added to the library's (once)."""
        index = getattr(self._here, "index", None)
        if index is None:
            index = SearchIndex.build(self.library.summaries)
            self.start_checking()
            if self._check is not None:
                try:
                    index.attach(self._check.result())
                except ContentError as exc:
                    with self._lock:
                        if not self._check_failed:
                            self._check_failed = True
                            self.library.problems.append(exc)
            self._here.index = index
            with self._lock:
                self._indexes.append(index)
        return index

    def interrupt(self) -> None:
        """Stop whatever query any thread's index is running (a newer one supersedes it)."""
        with self._lock:
            for index in self._indexes:
                index.interrupt()

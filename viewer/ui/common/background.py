"""Work that can take long (parsing and laying out a summary, comparing two versions, a search) runs
off the UI thread, one job at a time, and the newest request wins: a job asked for later
supersedes the earlier ones, whose results are never delivered (and which are never started if
they are still waiting). The result, or the exception the job raised, is handed to the job's
`done` on the UI thread.

The worker is a Python thread. What it can give the UI thread is bounded by Python's GIL: pure
Python work (reading a summary, comparing two versions, SQLite queries, which release the GIL)
lets the UI thread run every few milliseconds; PySide6 6.11's QTextDocument.setHtml does not
release the GIL (its wrapper calls Qt directly), so a summary's HTML is imported in pieces
(prepared_document), between which the UI thread's Python (paint overrides, timers) runs
(benchmarks/ui_blocking.py measures the longest wait).

Signals (LatestWins):
    idle(): the newest job's result was delivered; nothing is waiting.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal


def until_idle(*runners: LatestWins, seconds: float = 60) -> None:
    """Run the event loop, idle as a window waits, until no runner has a result to come (a script,
    a benchmark, the self-test: what a reader sees once a summary is open or a search answered)."""
    deadline = time.monotonic() + seconds
    while any(runner.busy for runner in runners) and time.monotonic() < deadline:
        QTimer.singleShot(100, lambda: None)  # wakes the wait below, whatever happens
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    QCoreApplication.processEvents()


class _Relay(QObject):
    """Carries a result from the worker thread to the UI thread (a queued signal)."""

    finished = Signal(int, object)


def _run(number: int, work: Callable[[], Any], runner: LatestWins) -> None:
    if number != runner.newest:  # superseded while it waited: never started
        return
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 (told on the UI thread, never lost in a thread)
        result = exc
    runner.relay.finished.emit(number, result)


class LatestWins(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, on_supersede: Callable[[], None] | None = None):
        """`on_supersede`: called on the UI thread when a newer job supersedes a running one (e.g. to
        interrupt a query); the running job's result is dropped either way."""
        super().__init__(parent)
        self.newest = 0
        self._done: dict[int, Callable[[Any], None]] = {}
        self._on_supersede = on_supersede
        # one at a time (two large summaries do not share 2 cores), in the same thread throughout
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="latest-wins")
        self._last = None  # the last job's future
        pool = self._pool
        self.destroyed.connect(lambda *_: pool.shutdown(wait=False, cancel_futures=True))
        self.relay = _Relay()  # no parent: a job finishing after its window closed still has it
        self.relay.finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether a job's result is still to come."""
        return bool(self._done)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None]) -> int:
        """Run `work()` off the UI thread; `done(result or exception)` on the UI thread, unless
        another job is submitted (or `cancel` called) before it finishes."""
        if self._done and self._on_supersede is not None:
            self._on_supersede()
        self.newest += 1
        self._done = {self.newest: done}
        self._last = self._pool.submit(_run, self.newest, work, self)
        return self.newest

    def cancel(self) -> None:
        """Drop whatever is waiting or running: nothing more is delivered."""
        if self._done:
            self.newest += 1
            self._done = {}
            self.idle.emit()

    def wait(self, ms: int = -1) -> bool:
        """Block until the worker is free (tests, shutting down); whether it is."""
        from concurrent.futures import wait

        return self._last is None or not wait([self._last], None if ms < 0 else ms / 1000).not_done

    def _deliver(self, number: int, result: Any) -> None:
        done = self._done.pop(number, None)
        if done is None:  # superseded: a newer request's result is (or will be) shown instead
            return
        try:
            done(result)
        finally:
            if not self._done:
                self.idle.emit()

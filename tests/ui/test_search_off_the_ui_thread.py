"""Issue 17's remnant: the search box's query runs off the UI thread (an OR of common words took
0.3-0.6 s on it), each thread with its own SQLite connection; the newest query wins: a query it
supersedes is interrupted and its results are never painted. Reached by fault injection: the
worker's query waits at a gate the test opens (see test_opening_off_the_ui_thread.Gate)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QLineEdit

from viewer.search.index import SearchIndex

from .test_opening_off_the_ui_thread import Gate, ticks_while
from .test_reader_window import open_window, until_shown


def test_a_query_runs_off_the_ui_thread_and_a_newer_one_supersedes_it(qtbot, qsettings, pdq_library, monkeypatch):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    gate = Gate(SearchIndex.search, gated=lambda index, text, *rest, **options: text == "radiation")
    monkeypatch.setattr(SearchIndex, "search", lambda index, *args, **options: gate(index, *args, **options))
    interrupted = []
    monkeypatch.setattr(SearchIndex, "interrupt", lambda index: interrupted.append(threading.current_thread()))
    shown = []
    show = window.search_panel._show
    monkeypatch.setattr(window.search_panel, "_show", lambda results: (shown.append(results.query), show(results)))
    box = window.findChild(QLineEdit, "searchBox")
    box.setText("radiation")
    window.search_panel.run_search()
    try:
        qtbot.waitUntil(lambda: bool(gate.threads), timeout=5000)
        assert gate.threads[0] is not threading.main_thread()  # the query runs in a worker …
        ticks_while(qtbot)  # … while the window answers
        box.setText("carcinoid")  # the reader typed on
        window.search_panel.run_search()
        assert interrupted  # the running query is told to stop (sqlite3's interrupt), from the UI thread
    finally:
        gate.release()
    until_shown(qtbot, window)
    window.search_panel.searching.wait(10_000)
    ticks_while(qtbot)
    assert gate.let_go == [True]
    assert shown == ["carcinoid"]  # the superseded query's results are never painted
    assert window.search_panel.results.model().rowCount() > 0


def test_each_thread_searches_with_its_own_connection(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    here = window.ensure_search_index()
    there = []
    window.search_panel.searching.submit(lambda: window.searcher.index(), there.append)
    qtbot.waitUntil(lambda: bool(there), timeout=10_000)
    assert there[0] is not here and there[0]._db is not here._db
    assert there[0].search("radiation").hits == here.search("radiation").hits

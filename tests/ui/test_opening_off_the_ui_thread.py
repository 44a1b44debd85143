"""Issue 17, finding 3's remnant: opening a summary and "what changed" run off the UI thread. While
a summary is read and laid out (seconds for the worst the limits allow, under load), the window
answers and says it is opening it; a later request supersedes an earlier one, whose text is never
painted over the newer; a failure is said in the problems banner.

The moment that matters is reached by fault injection: the worker's reading (or comparison) waits
at a gate the test opens, never by a sleep. With the work back on the UI thread, `navigate_to`
itself waits at the gate until it gives up after GATE_SECONDS, and the tests fail.

    python benchmarks/ui_blocking.py      measures the longest time the UI thread is blocked
"""
from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from viewer.library import run_import

from ..conftest import PDQ_SUMMARIES
from .test_reader_window import open_window, until_shown

EPENDYMOMA = "CDR0000062843"
PROSTATE = "CDR0000299612"
UNUSUAL = "CDR0000062872"
GATE_SECONDS = 10  # the longest a gated worker waits for the test to let it go


class Gate:
    """Wraps a function: a call for a gated id waits (in whatever thread makes it) until the test
    releases it, or GATE_SECONDS pass."""

    def __init__(self, work, gated=lambda *args: True):
        self.work, self.gated = work, gated
        self.released = threading.Event()
        self.threads: list[threading.Thread] = []
        self.let_go: list[bool] = []  # per call: released by the test (not given up)

    def release(self) -> None:
        self.released.set()

    def __call__(self, *args, **kwargs):
        if self.gated(*args, **kwargs):
            self.threads.append(threading.current_thread())
            self.let_go.append(self.released.wait(GATE_SECONDS))
        return self.work(*args, **kwargs)


def ticks_while(qtbot) -> None:
    """The UI thread runs its event loop: a timer fires."""
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


def test_the_window_answers_and_says_so_while_a_summary_is_read_and_laid_out(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    before = window.summary
    gate = window.library.opener = Gate(window.library.opener)
    window.navigate_to((PROSTATE, ""))
    try:
        qtbot.waitUntil(lambda: bool(gate.threads), timeout=2000)
        assert gate.threads[0] is not threading.main_thread()  # read in a worker
        ticks_while(qtbot)  # … while the window answers
        assert window.statusBar().currentMessage() == "Opening “Genetics of Prostate Cancer”…"
        assert window.summary is before and window.opening.busy
    finally:
        gate.release()
    until_shown(qtbot, window)
    assert gate.let_go == [True]  # let go by the test, which ran on the UI thread meanwhile
    assert window.summary.id == PROSTATE and window.windowTitle().startswith("Genetics of Prostate Cancer")
    assert "Genetics of Prostate Cancer" in window.reader.toPlainText()
    assert window.statusBar().currentMessage() == ""
    window.go_back()  # the jump was recorded once it was shown
    until_shown(qtbot, window)
    assert window.summary is before


def test_a_later_request_supersedes_a_summary_still_opening(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    gate = window.library.opener = Gate(window.library.opener, gated=lambda summary_id: summary_id == PROSTATE)
    painted = []
    show = window.reader.show_summary
    window.reader.show_summary = lambda summary, *prepared: (painted.append(summary.id), show(summary, *prepared))
    window.navigate_to((PROSTATE, ""))
    try:
        qtbot.waitUntil(lambda: bool(gate.threads), timeout=2000)  # the slow one is being read …
        window.navigate_to((UNUSUAL, ""))  # … when the reader asks for another
    finally:
        gate.release()
    until_shown(qtbot, window)
    window.opening.wait(GATE_SECONDS * 1000)
    ticks_while(qtbot)  # whatever the superseded one would deliver has arrived by now
    assert painted == [UNUSUAL] and window.summary.id == UNUSUAL  # never the stale one, not even briefly
    window.navigate_to((PROSTATE, ""))  # and it opens when asked for again
    until_shown(qtbot, window)
    assert window.summary.id == PROSTATE


def test_a_place_in_the_open_summary_supersedes_a_summary_still_opening(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    current = window.summary
    gate = window.library.opener = Gate(window.library.opener)
    window.navigate_to((PROSTATE, ""))
    try:
        qtbot.waitUntil(lambda: bool(gate.threads), timeout=2000)
        window.navigate_to((current.id, current.sections[-1].id))  # the reader changed their mind
    finally:
        gate.release()
    window.opening.wait(GATE_SECONDS * 1000)
    ticks_while(qtbot)
    assert window.summary is current and window.reader.current_section_id() == current.sections[-1].id


def test_a_failure_while_opening_is_said_in_the_banner_and_the_window_goes_on(qtbot, qsettings, pdq_library):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    before = window.summary

    def broken(summary_id):
        raise RuntimeError("injected")

    window.library.opener = broken
    window.navigate_to((PROSTATE, ""))
    until_shown(qtbot, window)
    assert window.problems.isVisible() and "could not be opened (RuntimeError: injected)" in window.problems.text()
    assert window.summary is before and not window.opening.busy


def test_what_changed_is_compared_off_the_ui_thread(qtbot, qsettings, tmp_path, monkeypatch):
    from viewer.library import changes

    from ..unit.test_changes import newer_ependymoma

    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0]], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    run_import(library, [newer_ependymoma(tmp_path)])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    gate = Gate(changes.changes_html)
    monkeypatch.setattr(changes, "changes_html", gate)
    window.findChild(QPushButton, "whatChanged").click()
    try:
        qtbot.waitUntil(lambda: bool(gate.threads), timeout=2000)
        assert gate.threads[0] is not threading.main_thread()
        ticks_while(qtbot)
        assert window.statusBar().currentMessage().startswith("Comparing “Childhood Ependymoma Treatment (PDQ®)”")
        assert window.findChild(QDialog, "changesDialog") is None
    finally:
        gate.release()
    qtbot.waitUntil(lambda: not window.library_commands.comparing.busy, timeout=5000)
    assert gate.let_go == [True]
    dialog = window.findChild(QDialog, "changesDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert "Sections changed (1)" in dialog.view.toPlainText()



def test_after_a_summary_that_cannot_be_opened_the_tree_is_back_on_what_is_shown(qtbot, qsettings, tmp_path):
    """A click on a summary changed after import: the banner says why, the text stays, and the tree
    (which the click had moved) is back on the summary still shown, not on the one that is not."""
    from viewer.library import LibraryStore, run_import

    run_import(tmp_path / "lib", PDQ_SUMMARIES[:2])
    stored = LibraryStore(tmp_path / "lib").open().folder / "summaries/CDR0000062872.xml"
    data = stored.read_bytes()
    stored.unlink()
    stored.write_bytes(data + b" ")  # its SHA-256 no longer matches
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    until_shown(qtbot, window)
    shown = window.summary.id
    assert shown != "CDR0000062872"
    window.tree.follow("CDR0000062872", "")  # where a click on it puts the tree
    window.navigate_to(("CDR0000062872", ""))
    until_shown(qtbot, window)
    assert window.problems.isVisible() and window.summary.id == shown
    assert window.tree.current_location()[0] == shown

"""A session ended (SIGTERM at logout) while File ▸ Import runs: the window closes and the import is
cancelled or, past the point of no return, finished, never cut off with the process. Left running,
its thread was destroyed as the process left: "QThread: Destroyed while thread is still running",
an abort (exit 134, a core dump), the import's work lost. The viewer runs as `clinic-viewer` does,
in a child process; the import is held (library/faults.py) until the window has closed."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from viewer.library import LibraryStore, run_import
from viewer.ui.shell.single_instance import NAME_ENV

from ..conftest import PDQ_SUMMARIES, REPO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

BOUND = 60  # seconds any step here may take

PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
import viewer.app
from viewer.__main__ import main

make_window = viewer.app.create_window


def create_window():
    window = make_window()
    QCoreApplication.instance().aboutToQuit.connect(lambda: print("quitting", flush=True))
    deadline = time.monotonic() + 60

    def ready():  # the first paint is past and SIGTERM handled: import as File > Import does
        if window.place_keeper.armed and window.summary is not None:
            window.library_commands.start_import([Path(p) for p in sys.argv[1:]])
        elif time.monotonic() < deadline:
            QTimer.singleShot(50, ready)
    QTimer.singleShot(0, ready)
    return window


viewer.app.create_window = create_window
sys.exit(main([sys.argv[0]]))
"""


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"never: {what}")
        time.sleep(0.05)  # (another process's files: nothing to wait on but the clock)


def test_sigterm_during_an_import_from_the_window_finishes_its_switch_and_exits_cleanly(tmp_path):
    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:1])
    hold = tmp_path / "release"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               CLINIC_VIEWER_LIBRARY=str(library), CLINIC_VIEWER_FAULT=f"written:hold={hold}",
               **{NAME_ENV: f"viewer-test-{uuid.uuid4().hex[:8]}"})
    child = subprocess.Popen([sys.executable, "-c", PROBE, *map(str, PDQ_SUMMARIES[:2])], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        reached = Path(f"{hold}.reached")
        wait_for(lambda: reached.exists() or child.poll() is not None, "the import wrote its generation")
        assert child.poll() is None, child.communicate()
        child.send_signal(signal.SIGTERM)  # the new generation is on disk, CURRENT not yet switched
        assert select.select([child.stdout], [], [], BOUND)[0], "the window never closed"
        assert child.stdout.readline().strip() == "quitting"  # the window closed, the loop is leaving
        hold.touch()  # the import may go on now: to its switch
        _, err = child.communicate(timeout=BOUND)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err  # not an abort (-6) with the thread cut off
    assert "QThread" not in err, err
    current = LibraryStore(library).open()
    assert current.name == "v000002" and current.ids("summaries") >= {"CDR0000062843", "CDR0000062872"}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="sees the lock file open in /proc")
def test_sigterm_while_the_window_s_import_waits_for_it_s_lock_exits_at_once(tmp_path):
    """Clinic IT's import holds the library's lock; the window's import waits for it (up to 30
    minutes). A logout's SIGTERM then waited 30 s for that import and aborted all the same."""
    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:1])
    hold = tmp_path / "release"
    it = subprocess.Popen([sys.executable, "-m", "viewer", "import", "--library", str(library), str(PDQ_SUMMARIES[1])],
                          cwd=REPO, env=dict(os.environ, CLINIC_VIEWER_FAULT=f"locked:hold={hold}"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               CLINIC_VIEWER_LIBRARY=str(library), **{NAME_ENV: f"viewer-test-{uuid.uuid4().hex[:8]}"})
    child = None
    try:
        wait_for(lambda: Path(f"{hold}.reached").exists(), "IT's import holding the lock")
        child = subprocess.Popen([sys.executable, "-c", PROBE, str(PDQ_SUMMARIES[2])], cwd=REPO, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for(lambda: child.poll() is not None or waiting_for_the_lock(child.pid), "the window's import waiting")
        assert child.poll() is None, child.communicate()
        started = time.monotonic()
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=BOUND)
        assert time.monotonic() - started < 10, "the quit waited for the lock"
        assert child.returncode == 0, err  # not an abort (-6) 30 s later
    finally:
        hold.touch()
        it.communicate(timeout=BOUND)
        if child is not None and child.poll() is None:
            child.kill()
            child.communicate()
    assert LibraryStore(library).open().ids("summaries") == {"CDR0000062843", "CDR0000062872"}  # IT's import, whole


def waiting_for_the_lock(pid: int) -> bool:
    """Whether process `pid` has the library's lock file open (the window's import, waiting)."""
    try:
        return any(os.readlink(f"/proc/{pid}/fd/{fd}").endswith("/.lock") for fd in os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return False

"""A session ended by a signal (SIGTERM at logout, `kill`, systemd; SIGHUP) closes the window as the
user's closing it does: the place being read is kept, the single-instance socket and lock released.
The viewer runs as `clinic-viewer` does (viewer.__main__.main), in a child process; for the signals
its settle time is made ten minutes long, so only the signal's close can have written the place.
A SIGKILL, which nothing catches, loses only what had not settled."""
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
from PySide6.QtCore import QSettings

from viewer.ui.shell.single_instance import NAME_ENV, instance_dir

from ..conftest import REPO

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")

BOUND = 60  # seconds any child here may take
SUMMARY, TRIALS = "gi-carcinoid-treatment-hp", "metastatic-gi-carcinoid-trials"

# argv: the settle time (ms), then the anchor to go to ("" to report where the window opened)
PROBE = """
import sys, time
from PySide6.QtCore import QTimer
import viewer.app
import viewer.ui.shell.place_keeper as place_keeper
from viewer.__main__ import main

place_keeper.SETTLE_MS, go_to = int(sys.argv[1]), sys.argv[2]
make_window = viewer.app.create_window


def create_window():
    window = make_window()
    deadline = time.monotonic() + 60

    def report():
        print("at", "#".join(window.current_location()), flush=True)
        if not go_to:
            window.close()

    def ready():  # the first paint is past, the last place restored, the summary shown
        if window.place_keeper.armed and window.summary is not None and not window.opening.busy:
            if go_to:
                window.navigate_to((window.summary.id, go_to), then=lambda: QTimer.singleShot(0, report))
            else:
                report()
        elif time.monotonic() < deadline:
            QTimer.singleShot(50, ready)
    QTimer.singleShot(0, ready)
    return window


viewer.app.create_window = create_window
sys.exit(main([sys.argv[0]]))
"""


def start(tmp_path: Path, name: str, go_to: str, settle_ms: int = 600_000) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), **{NAME_ENV: name})
    return subprocess.Popen([sys.executable, "-c", PROBE, str(settle_ms), go_to], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def where(child: subprocess.Popen) -> str:
    """The child's "at summary#anchor" line, within BOUND."""
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        if select.select([child.stdout], [], [], 0.2)[0]:
            line = child.stdout.readline()
            if line.startswith("at "):
                return line.split()[1]
            if not line:
                break
    child.kill()
    pytest.fail(f"the viewer never said where it was: {child.communicate(timeout=BOUND)}")


def stored_place(tmp_path: Path) -> str | None:
    files = list((tmp_path / "config").rglob("clinic-viewer.ini"))
    return QSettings(str(files[0]), QSettings.Format.IniFormat).value("reading/lastLocation") if files else None


def next_start_opens_at(tmp_path: Path, name: str) -> str:
    """Where the viewer opens when started again (it then closes, as the user would)."""
    again = start(tmp_path, name, "")
    try:
        place = where(again)
        assert again.wait(BOUND) == 0
    finally:
        if again.poll() is None:
            again.kill()
        again.communicate()
    return place


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_kill_signal_closes_the_window_keeping_the_place_and_releasing_the_instance(tmp_path, ending):
    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    child = start(tmp_path, name, TRIALS)
    try:
        assert where(child) == f"{SUMMARY}#{TRIALS}"
        child.send_signal(ending)  # at once: the ten-minute settle time has not written the place
        _, err = child.communicate(timeout=BOUND)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err  # left exec() as after a close, not ended by the signal (-15, -1)
    assert stored_place(tmp_path) == f"{SUMMARY}#{TRIALS}"
    assert not (instance_dir() / name).exists()  # the socket removed: the instance released
    if ending == signal.SIGTERM:  # and the next start opens there
        assert next_start_opens_at(tmp_path, name) == f"{SUMMARY}#{TRIALS}"


def test_after_a_sigkill_the_next_start_opens_where_the_place_had_settled(tmp_path):
    """SIGKILL cannot be caught: the place was written when it settled (place_keeper.SETTLE_MS), so
    the session loses at most those seconds."""
    from viewer.ui.shell.place_keeper import SETTLE_MS

    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    child = start(tmp_path, name, TRIALS, settle_ms=SETTLE_MS)
    try:
        assert where(child) == f"{SUMMARY}#{TRIALS}"
        deadline = time.monotonic() + SETTLE_MS / 1000 + 10
        while stored_place(tmp_path) != f"{SUMMARY}#{TRIALS}" and time.monotonic() < deadline:
            time.sleep(0.1)  # (another process's file: nothing to wait on but the clock)
        child.kill()
        child.communicate(timeout=BOUND)
    finally:
        if child.poll() is None:
            child.kill()
    assert stored_place(tmp_path) == f"{SUMMARY}#{TRIALS}"
    assert next_start_opens_at(tmp_path, name) == f"{SUMMARY}#{TRIALS}"

"""One window per user: a second launch brings the first forward and exits."""
import os
import subprocess
import sys
import time
import uuid

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from viewer.ui.shell.single_instance import NAME_ENV, SingleInstance, instance_dir

from ..conftest import REPO


def test_the_second_claim_asks_the_first_to_come_forward(qtbot):
    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    first, second = SingleInstance(name), SingleInstance(name)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.claim() is False
    first.release()


def test_a_socket_left_by_a_crashed_viewer_does_not_block_the_next(qtbot, tmp_path):
    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    stale = QLocalServer()
    assert stale.listen(str(instance_dir() / name) if os.name != "nt" else name)
    path = stale.fullServerName()
    stale.setParent(None)
    # what a crash leaves: the socket file exists, nobody listens on it
    os.rename(path, path + ".keep")
    stale.close()
    os.rename(path + ".keep", path)
    assert os.path.exists(path)
    fresh = SingleInstance(name)
    assert fresh.claim() is True
    fresh.release()


def test_a_second_double_click_exits_and_leaves_one_window(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               **{NAME_ENV: f"viewer-test-{uuid.uuid4().hex[:8]}"})
    first = subprocess.Popen([sys.executable, "-m", "viewer"], cwd=REPO, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        probe = QLocalSocket()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and first.poll() is None:  # until the first is listening
            probe.connectToServer(str(instance_dir() / env[NAME_ENV]) if os.name != "nt" else env[NAME_ENV])
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                break
            time.sleep(0.2)
        else:
            raise AssertionError("the first viewer never started listening")
        second = subprocess.run([sys.executable, "-m", "viewer"], cwd=REPO, env=env, timeout=30,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert second.returncode == 0
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        first.wait(10)


def test_a_second_launch_brings_the_open_window_forward(qtbot, qsettings):
    from viewer.app import bring_forward_on_second_launch, create_window

    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.claim()
    window = create_window(qsettings)
    qtbot.addWidget(window)
    bring_forward_on_second_launch(window, first)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    assert SingleInstance(name).claim() is False  # the second double-click
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible(), timeout=3000)
    first.release()


def test_a_second_launch_before_the_first_listens_is_still_answered(qtbot):
    """The first takes its lock at start but listens only after its first paint (claim(listen=False),
    then listen()): a second launch in between keeps asking until it is answered."""
    from PySide6.QtCore import QTimer

    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.claim(listen=False)
    script = ("from PySide6.QtCore import QCoreApplication\n"
              "app = QCoreApplication([])\n"
              "from viewer.ui.shell.single_instance import SingleInstance\n"
              f"print('INSTANCE' if SingleInstance({name!r}).claim() else 'ASKED', flush=True)\n")
    second = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    with qtbot.waitSignal(first.activated, timeout=10000):
        QTimer.singleShot(1000, first.listen)  # a slow machine's first paint
    assert second.communicate(timeout=30)[0].strip() == "ASKED"
    first.release()

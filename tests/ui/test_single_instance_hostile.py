"""Finding 4 of the attack: another user could keep a clinician's viewer from opening, and two
starts racing a stale socket both became 'the' instance."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import uuid

import pytest

from viewer.ui.shell.single_instance import SingleInstance, instance_dir

from ..conftest import REPO

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX sockets and permissions")


def test_the_socket_lives_where_only_its_user_can_write(qtbot):
    instance = SingleInstance(f"viewer-test-{uuid.uuid4().hex[:8]}")
    assert instance.claim()
    folder = os.stat(os.path.dirname(instance.server.fullServerName()))
    assert folder.st_uid == os.getuid() and stat.S_IMODE(folder.st_mode) == 0o700
    instance.release()


def test_a_folder_owned_by_someone_else_is_not_used_and_the_viewer_still_opens(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path))
    taken = tmp_path / f"clinic-viewer-{os.getuid()}"
    taken.mkdir(mode=0o777)
    os.chmod(taken, 0o777)  # what another user could leave there
    assert instance_dir() is None
    assert SingleInstance(f"viewer-test-{uuid.uuid4().hex[:8]}").claim() is True  # opens a window


def test_starts_racing_a_stale_socket_make_exactly_one_instance(tmp_path):
    name = f"viewer-test-{uuid.uuid4().hex[:8]}"
    folder = instance_dir()
    (folder / name).write_text("")  # a stale entry where the socket goes
    script = textwrap.dedent(f"""
        import sys, time
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from viewer.ui.shell.single_instance import SingleInstance
        instance = SingleInstance({name!r})
        print("INSTANCE" if instance.claim() else "ASKED", flush=True)
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:  # stay up, answering, while the others start
            app.processEvents()
            time.sleep(0.02)
    """)
    starts = [subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
              for _ in range(8)]
    outcomes = [p.communicate(timeout=60)[0].strip() for p in starts]
    assert outcomes.count("INSTANCE") == 1, outcomes

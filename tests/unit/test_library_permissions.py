"""Who can read and who could change the library: root's import under any umask gives a library
every user reads; its lock is root's alone; a library others could change is reported, not shown;
one that cannot be read never stops the app. "Another user" is a subprocess run as `nobody` (the
tests run as root; they are skipped, saying why, when not)."""
from __future__ import annotations

import io
import json
import os
import shutil
import site
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from viewer.library import load_library_dir, run_import
from viewer.library.cli import main as import_main

from ..conftest import PDQ_GLOSSARY, PDQ_SUMMARIES, REPO

EPENDYMOMA, UNUSUAL, PROSTATE = PDQ_SUMMARIES
BOUND = 60  # seconds a subprocess may take


def _interpreters() -> list[tuple[str, dict]]:
    """This interpreter; else (it may live in root's 0700 home) the system's of the same version,
    given this one's packages."""
    found = [(sys.executable, {})]
    system = shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}", path="/usr/bin:/usr/local/bin")
    if system:
        found.append((system, {"PYTHONPATH": os.pathsep.join(site.getsitepackages())}))
    return found


def _python_for_nobody() -> tuple[str, dict, str]:
    """(interpreter, environment, "") that runs the viewer as nobody, or ("", {}, why not)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "", {}, "needs root, to run a second user (nobody) and to give files away"
    why = "no interpreter"
    for python, env in _interpreters():
        try:
            result = subprocess.run([python, "-c", "import viewer.library.load"], cwd=REPO, user="nobody",
                                    group="nogroup", extra_groups=[], capture_output=True, timeout=BOUND,
                                    env={**os.environ, **env})
        except (KeyError, OSError, subprocess.SubprocessError) as exc:
            why = f"cannot run {python} as nobody: {exc}"
            continue
        if result.returncode == 0:
            return python, env, ""
        why = f"{python} cannot run the viewer as nobody: {result.stderr[-200:]!r}"
    return "", {}, why


PYTHON, PYTHON_ENV, NOBODY = _python_for_nobody()
needs_nobody = pytest.mark.skipif(bool(NOBODY), reason=NOBODY)

READ_AS_NOBODY = """
import json, sys
from viewer.library.load import load_library_dir
library = load_library_dir(sys.argv[1])
print(json.dumps({"ids": sorted(e.id for e in library.entries()), "problems": [str(p) for p in library.problems],
                  "opened": [i for i in sorted(library.catalog) if library.get(i) is not None]}))
"""


def as_nobody(code: str, *args: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-c", code, *args], cwd=REPO, user="nobody", group="nogroup",
                          extra_groups=[], capture_output=True, text=True, timeout=BOUND,
                          env={**os.environ, **PYTHON_ENV, "HOME": "/nonexistent", **env})


def read_as_nobody(library: Path) -> dict:
    result = as_nobody(READ_AS_NOBODY, str(library))
    assert result.returncode == 0, result.stderr  # never a PermissionError traceback
    return json.loads(result.stdout)


@pytest.fixture
def shared(tmp_path):
    """A folder every user can reach (pytest's own tmp_path is root's, 0700), root's and 0755."""
    folder = Path(tempfile.mkdtemp(prefix="clinic-viewer-test-", dir="/tmp"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def import_with_umask(umask: int, library: Path, *paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(library), *map(str, paths)],
                          cwd=REPO, capture_output=True, text=True, timeout=BOUND, umask=umask)


def modes(library: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"dirs": set(), "files": set()}
    for path in [library, *library.rglob("*")]:
        if path.name == ".lock":
            continue
        found["dirs" if path.is_dir() else "files"].add(f"{stat.S_IMODE(path.lstat().st_mode):04o}")
    return found


@needs_nobody
@pytest.mark.parametrize("umask", [0o077, 0o027, 0o000])
def test_a_root_import_under_any_umask_is_read_by_every_user_and_written_by_none(shared, umask):
    library = shared / "deep" / "lib"  # the folders the import makes above the library count too
    first = import_with_umask(umask, library, EPENDYMOMA, *PDQ_GLOSSARY)
    assert first.returncode == 0, first.stderr
    second = import_with_umask(umask, library, UNUSUAL)  # links the unchanged files into a new generation
    assert second.returncode == 0, second.stderr
    assert modes(library) == {"dirs": {"0755"}, "files": {"0644"}}
    assert stat.S_IMODE((shared / "deep").stat().st_mode) == 0o755
    read = read_as_nobody(library)
    assert read == {"ids": ["CDR0000062843", "CDR0000062872"], "problems": [],
                    "opened": ["CDR0000062843", "CDR0000062872"]}


@needs_nobody
def test_another_user_cannot_take_the_import_lock(shared):
    library = shared / "lib"
    assert import_with_umask(0o000, library, EPENDYMOMA).returncode == 0
    lock = library / ".lock"
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600 and lock.stat().st_uid == 0
    take = as_nobody("import fcntl, os, sys\nfd = os.open(sys.argv[1], os.O_RDONLY)\n"
                     "fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\nprint('held')", str(lock))
    assert take.returncode != 0 and "PermissionError" in take.stderr and "held" not in take.stdout


def test_an_old_world_readable_lock_file_is_made_the_writers_alone(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    (library / ".lock").write_text("")
    os.chmod(library / ".lock", 0o666)
    run_import(library, [EPENDYMOMA])
    assert stat.S_IMODE((library / ".lock").stat().st_mode) == 0o600


def test_a_linked_lock_file_is_refused(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (library / ".lock").symlink_to(victim)
    out, err = io.StringIO(), io.StringIO()
    assert import_main(["--library", str(library), str(EPENDYMOMA)], out, err) == 1
    assert ".lock: is a link, not the library's lock file" in err.getvalue() and victim.read_text() == "keep"


def others_could_change(library: Path, how: str, shared: Path) -> None:
    generation = library / (library / "CURRENT").read_text().strip()
    if how == "library world-writable":
        os.chmod(library, 0o777)
    elif how == "generation group-writable":
        os.chmod(generation, 0o775)
    elif how == "manifest world-writable":
        os.chmod(generation / "MANIFEST.sha256", 0o666)
    elif how == "CURRENT group-writable":
        os.chmod(library / "CURRENT", 0o664)
    elif how == "folder above world-writable":
        os.chmod(shared, 0o777)
    elif how == "library owned by another user":
        os.chown(library, 65534, 65534)
    elif how == "index owned by another user":
        os.chown(generation / "index" / "search.sqlite", 65534, 65534)


@needs_nobody  # to give files to another user
@pytest.mark.parametrize("how", ["library world-writable", "generation group-writable", "manifest world-writable",
                                 "CURRENT group-writable", "folder above world-writable",
                                 "library owned by another user", "index owned by another user"])
def test_a_library_others_could_change_is_reported_not_shown_and_not_updated(shared, how):
    library = shared / "lib"
    run_import(library, [EPENDYMOMA])
    others_could_change(library, how, shared)
    loaded = load_library_dir(library)
    assert not loaded.entries() and len(loaded.problems) == 1
    assert "the library is not shown, since its summaries may not be NCI's text" in str(loaded.problems[0])
    out, err = io.StringIO(), io.StringIO()
    assert import_main(["--library", str(library), str(PROSTATE)], out, err) == 1
    assert "someone other than the administrator could have changed it" in err.getvalue()


def test_a_library_below_a_sticky_folder_of_roots_like_tmp_is_shown(shared):
    os.chmod(shared, 0o1777)
    library = shared / "lib"
    run_import(library, [EPENDYMOMA])
    loaded = load_library_dir(library)
    assert not loaded.problems and loaded.get("CDR0000062843") is not None


@needs_nobody
@pytest.mark.parametrize("unreadable", ["library", "CURRENT", "generation", "summaries", "catalog"])
def test_a_library_that_cannot_be_read_never_stops_the_app(shared, unreadable):
    """As an older import under umask 077 left it: the reader is told why, and reads what it can."""
    library = shared / "lib"
    run_import(library, [EPENDYMOMA, PROSTATE])
    generation = library / "v000001"
    target = {"library": library, "CURRENT": library / "CURRENT", "generation": generation,
              "summaries": generation / "summaries", "catalog": generation / "index" / "catalog.json"}[unreadable]
    os.chmod(target, 0o700 if target.is_dir() else 0o600)
    read = read_as_nobody(library)
    assert read["problems"] and any("Permission denied" in p for p in read["problems"]), read
    if unreadable == "CURRENT":  # the newest complete generation is read instead
        assert read["opened"] == ["CDR0000062843", "CDR0000299612"] and "is read instead" in read["problems"][0]
    else:
        assert not read["opened"]


WINDOW_AS_NOBODY = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from viewer.app import create_window
app = QApplication([])
window = create_window(QSettings(sys.argv[1], QSettings.Format.IniFormat))
print("entries", len(window.library.entries()))
print("banner", window.problems.text())
"""


@needs_nobody
def test_the_window_opens_on_an_unreadable_machine_library_and_says_why(shared):
    library = shared / "machine" / "library"
    assert import_with_umask(0o077, library, EPENDYMOMA).returncode == 0
    os.chmod(library, 0o700)  # as a version before this fix left it
    result = as_nobody(WINDOW_AS_NOBODY, str(shared / "settings.ini"), QT_QPA_PLATFORM="offscreen",
                       CLINIC_VIEWER_MACHINE_LIBRARY=str(library), XDG_DATA_HOME=str(shared / "nobody-data"),
                       XDG_CONFIG_HOME=str(shared / "nobody-config"), XDG_RUNTIME_DIR=str(shared / "run"))
    assert result.returncode == 0, result.stderr
    assert "entries " in result.stdout and "the library cannot be read (Permission denied)" in result.stdout

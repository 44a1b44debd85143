"""The bundle a clinic receives: built from this checkout (see conftest.py), started frozen,
offline, headless: the frozen `--self-test` runs under an LD_PRELOAD shim that fails and records
every network connection."""
import shutil
import subprocess
import sys

import pytest

from ..conftest import REPO
from .conftest import offline_env


def test_the_shim_really_blocks_and_records_connections(no_network_shim, tmp_path):
    log = tmp_path / "net.log"
    probe = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=2)\nexcept OSError as e:\n    print(e.errno)"
    out = subprocess.run([sys.executable, "-c", probe], env=offline_env(no_network_shim, log), capture_output=True, text=True)
    assert out.stdout.strip() == "101"  # ENETUNREACH
    assert "connect family=2" in log.read_text()


def test_archive_and_checksum(dist):
    archives = list(dist.glob("clinic-viewer-*.tar.gz"))
    assert len(archives) == 1
    check = subprocess.run(["sha256sum", "-c", archives[0].name + ".sha256"], cwd=dist, capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout.strip().endswith(": OK")
    assert (dist / "clinic-viewer" / "clinic-viewer.desktop").is_file()


def test_frozen_self_test_passes_offline_and_opens_no_connection(dist, no_network_shim, tmp_path):
    log = tmp_path / "net.log"
    run = subprocess.run([str(dist / "clinic-viewer" / "clinic-viewer"), "--self-test"],
                         env=offline_env(no_network_shim, log), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout
    assert run.stderr == ""  # the headless platform's notices are filtered; nothing else was said
    assert "ok  gi-carcinoid-treatment-hp" in run.stdout
    for summary_id in ("CDR0000062843", "CDR0000062872", "CDR0000299612"):  # the site library (LIBRARY=…)
        assert f"ok  {summary_id}:" in run.stdout
    assert "pre-rendered at packaging time: gi-carcinoid-treatment-hp" in run.stdout
    assert str(dist / "clinic-viewer" / "_internal" / "resources") in run.stdout  # the bundled copy, not the checkout
    assert not log.exists() or log.read_text() == "", log.read_text()


def test_the_bundle_stays_under_110_mb(dist):
    """The issue's aim for the copied folder (the bare PySide6 window alone was 163 MB unpruned)."""
    folder = dist / "clinic-viewer"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < 110e6, f"{size / 1e6:.1f} MB"
    icu = next((folder / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    assert icu.stat().st_size < 5e6  # the cut-down ICU data (packaging/slim_icu.py), not the 32 MB original


def test_frozen_version_comes_from_pyproject(dist):
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    run = subprocess.run([str(dist / "clinic-viewer" / "clinic-viewer"), "--version"], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == f"clinic-viewer {version}"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is installed by make build-deps")
def test_frozen_app_starts_on_an_x11_screen(dist, no_network_shim, tmp_path):
    log = tmp_path / "net.log"
    env = offline_env(no_network_shim, log)
    env.pop("QT_QPA_PLATFORM")
    run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", str(dist / "clinic-viewer" / "clinic-viewer"),
                          "--self-test"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout


def test_the_bundle_speaks_spanish_with_qts_own_spanish_and_no_other_translation(dist, no_network_shim, tmp_path):
    """Issue 20: the interface's catalogues and Qt's Spanish strings (qtbase_es.qm) are in the bundle,
    and none of Qt's other translations; started in Spanish, the frozen self-test still passes and
    speaks English (IT's scripts read it)."""
    internal = dist / "clinic-viewer" / "_internal"
    assert sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()) == ["qtbase_es.qm"]
    assert (internal / "resources" / "i18n" / "viewer_es.qm").is_file()
    env = dict(offline_env(no_network_shim, tmp_path / "net.log"), LANG="es_ES.UTF-8")
    env.pop("LC_ALL", None)
    run = subprocess.run([str(dist / "clinic-viewer" / "clinic-viewer"), "--self-test"], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0 and "self-test passed" in run.stdout, run.stdout + run.stderr

"""install.sh, for machines without dpkg: for one user and for a prefix, and an uninstall that
removes exactly what it wrote."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys

import pytest

from ..conftest import PDQ_SUMMARIES, REPO


def tree(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def run(script, *args, home):
    return subprocess.run(["bash", str(script), *args], env=dict(os.environ, HOME=str(home)),
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def home(tmp_path):
    home = tmp_path / "home"
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "someone-elses.desktop").write_text("[Desktop Entry]\n")
    return home


def test_install_for_one_user_then_uninstall_leaves_the_home_as_it_was(dist, home):
    before = tree(home)
    installed = run(dist / "clinic-viewer" / "install.sh", "--user", home=home)
    assert installed.returncode == 0, installed.stderr
    app = home / ".local/share/clinic-viewer/app"
    entry = home / ".local/share/applications/clinic-viewer.desktop"
    text = entry.read_text()
    assert f"Exec={app}/clinic-viewer" in text
    assert f"Icon={home}/.local/share/icons/hicolor/256x256/apps/clinic-viewer.png" in text
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout + check.stderr
    version = subprocess.run([str(home / ".local/bin/clinic-viewer"), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith("clinic-viewer ")
    again = run(dist / "clinic-viewer" / "install.sh", "--user", home=home)  # a reinstall replaces, not mixes
    assert again.returncode == 0, again.stderr
    removed = run(app / "install.sh", "--uninstall", "--user", home=home)
    assert removed.returncode == 0, removed.stderr
    assert tree(home) == before


def test_install_for_the_machine_under_a_prefix_then_uninstall(dist, tmp_path, home):
    prefix = tmp_path / "image root"  # a space, as an administrator's path may have
    installed = run(dist / "clinic-viewer" / "install.sh", "--system", "--prefix", str(prefix), home=home)
    assert installed.returncode == 0, installed.stderr
    assert os.access(prefix / "opt/clinic-viewer/clinic-viewer", os.X_OK)
    entry = prefix / "usr/local/share/applications/clinic-viewer.desktop"
    assert f'Exec="{prefix}/opt/clinic-viewer/clinic-viewer"' in entry.read_text()
    assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
    assert (prefix / "usr/local/share/icons/hicolor/48x48/apps/clinic-viewer.png").is_file()
    removed = run(prefix / "opt/clinic-viewer/install.sh", "--uninstall", "--system", "--prefix", str(prefix), home=home)
    assert removed.returncode == 0, removed.stderr
    assert tree(prefix) == []


def test_uninstall_without_an_install_says_so(dist, home):
    result = run(dist / "clinic-viewer" / "install.sh", "--uninstall", "--user", home=home)
    assert result.returncode != 0 and "nothing installed" in result.stderr


@pytest.fixture
def unpacked(tmp_path):
    """The unpacked archive as build.sh lays it out, with a launcher that runs this checkout: what
    install.sh does needs no frozen build to be tested."""
    folder = tmp_path / "unpacked" / "clinic-viewer"
    icons = folder / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for png in (REPO / "resources" / "icons").glob("clinic-viewer-*.png"):
        shutil.copy(png, icons)
    shutil.copy(REPO / "packaging" / "clinic-viewer.desktop", folder)
    shutil.copy(REPO / "packaging" / "install.sh", folder)
    launcher = folder / "clinic-viewer"
    launcher.write_text(f'#!/bin/sh\nPYTHONPATH={shlex.quote(str(REPO))} exec {shlex.quote(sys.executable)} -m viewer "$@"\n')
    launcher.chmod(0o755)
    return folder


def test_uninstall_keeps_the_library_the_user_imported(unpacked, home, monkeypatch):
    from viewer.library.locations import user_library

    installed = run(unpacked / "install.sh", "--user", "--prefix", str(home), home=home)
    assert installed.returncode == 0, installed.stderr
    app = home / ".local/share/clinic-viewer/app"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    library = user_library()  # the user's own library: beside the app this install made
    assert library == home / ".local/share/clinic-viewer/library"
    imported = subprocess.run([str(home / ".local/bin/clinic-viewer"), "import", "--library", str(library), str(PDQ_SUMMARIES[0])],
                              env=dict(os.environ, HOME=str(home)), capture_output=True, text=True, timeout=60)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    held = tree(library)
    assert "CURRENT" in held
    removed = run(app / "install.sh", "--uninstall", "--user", "--prefix", str(home), home=home)
    assert removed.returncode == 0, removed.stderr
    assert not app.exists() and not (home / ".local/bin/clinic-viewer").exists()
    assert tree(library) == held  # the app went; the summaries the user imported stay

"""packaging/system_libraries.py on a folder of copies of this machine's Debian libraries: each is
removed, and one that nothing left links (dlopen()ed) comes back as a Depends of its own."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
from system_libraries import library_folders, use_debians_libraries  # noqa: E402


def system_library(name: str) -> Path:
    for folder in library_folders():
        if Path(folder, name).is_file():
            return Path(folder, name)
    pytest.skip(f"{name} is not installed here")


@pytest.fixture
def folder(tmp_path, build_deps):
    shutil.copy(shutil.which("gzip"), tmp_path / "clinic-viewer")  # a program that links libc alone
    for name in ("libdbus-1.so.3", "libsystemd.so.0"):
        shutil.copy(system_library(name), tmp_path / name)
    (tmp_path / "libdbus-1.so").symlink_to("libdbus-1.so.3")
    return tmp_path


def test_debians_libraries_are_removed_and_a_dlopened_one_becomes_a_dependency(folder):
    dependencies = use_debians_libraries(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["clinic-viewer"]  # the link to a removed library too
    shlibs = subprocess.run(["dpkg-query", "--control-show", "libdbus-1-3", "shlibs"], capture_output=True, text=True).stdout
    assert dependencies == [shlibs.splitlines()[0].split(None, 2)[2]]  # libdbus-1-3 (>= …): libsystemd0 comes with it

"""What clinic IT checks: the package's md5sums (dpkg --verify, debsums), and archives built
reproducibly, so that two builds of one commit give the same SHA-256 (packaging/build.sh and
build_deb.sh: dates from the last commit, members in name order, owned by root, gzip -n)."""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

from ..conftest import REPO


def source_date_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    return int(subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True, check=True).stdout)


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_md5sums_list_every_file_the_package_installs(deb, unpacked, tmp_path):
    subprocess.run(["dpkg-deb", "-e", str(deb), str(tmp_path / "DEBIAN")], check=True)
    listed = {}
    for line in (tmp_path / "DEBIAN/md5sums").read_text().splitlines():
        digest, path = line.split("  ", 1)
        listed[path] = digest
    files = {str(p.relative_to(unpacked)): p for p in unpacked.rglob("*") if p.is_file() and not p.is_symlink()}
    assert sorted(listed) == sorted(files)
    assert [path for path, p in files.items() if hashlib.md5(p.read_bytes()).hexdigest() != listed[path]] == []


def test_dpkg_verify_is_clean_after_install_and_names_a_changed_file(deb, tmp_path):
    """Installed into a root of its own (--root), as `dpkg -i` would on a workstation."""
    root = tmp_path / "root"
    for folder in ("info", "updates", "triggers"):
        (root / "var/lib/dpkg" / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    dpkg = ["dpkg", f"--root={root}", "--force-not-root", "--force-depends", "--force-script-chrootless"]
    install = subprocess.run([*dpkg, "-i", str(deb)], capture_output=True, text=True, timeout=120)
    assert install.returncode == 0, install.stdout + install.stderr
    clean = subprocess.run([*dpkg, "--verify", "clinic-viewer"], capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0 and clean.stdout == "" and clean.stderr == "", clean.stdout + clean.stderr
    library = next((root / "opt/clinic-viewer/_internal/PySide6/Qt/lib").glob("libQt6Core.so.*"))
    with library.open("r+b") as f:  # one byte of the installed Qt changed
        f.seek(4096)
        byte = f.read(1)
        f.seek(4096)
        f.write(bytes([byte[0] ^ 1]))
    changed = subprocess.run([*dpkg, "--verify", "clinic-viewer"], capture_output=True, text=True, timeout=120)
    assert changed.stdout.split() == ["??5??????", f"/{library.relative_to(root)}"], changed.stdout + changed.stderr


def test_two_builds_of_the_package_from_one_bundle_are_identical(dist, deb, tmp_path):
    """The second build as another machine might make it: the bundle built under umask 077, its
    files dated otherwise, the package put together on another filesystem (tmpfs, where it is
    there) under umask 077. The same bytes. (Two full builds, PyInstaller included, are compared
    by hand: packaging/README.md, "Reproducible".)"""
    again = tmp_path / "dist"
    shutil.copytree(dist / "clinic-viewer", again / "clinic-viewer", symlinks=True)
    epoch = source_date_epoch()
    for number, path in enumerate(sorted((again / "clinic-viewer").rglob("*"))):
        if path.is_symlink():
            continue
        path.chmod(0o700 if path.is_dir() or path.stat().st_mode & 0o100 else 0o600)
        os.utime(path, (epoch - 86400, epoch - 86400) if number % 2 else None)  # later than the first build, or before the commit
    shm = Path("/dev/shm")
    work = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() and os.access(shm, os.W_OK) else tmp_path / "work"
    try:
        env = dict(os.environ, PY=sys.executable, DIST=str(again), WORK=str(work / "deb"))
        build = subprocess.run(["bash", "-c", "umask 077 && exec bash packaging/build_deb.sh"], cwd=REPO, env=env,
                               capture_output=True, text=True, timeout=600)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    assert build.returncode == 0, build.stdout + build.stderr
    assert sha256(again / deb.name) == sha256(deb)


def test_the_package_and_the_archive_hold_one_date_root_as_owner_and_members_in_order(dist, deb):
    epoch = source_date_epoch()
    listing = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(listing)) as tar:
        members = tar.getmembers()
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "root", "root")}
    assert {m.mtime for m in members} == {epoch}
    [archive] = dist.glob("clinic-viewer-*.tar.gz")
    with archive.open("rb") as f:
        header = f.read(10)
    assert header[3] & 0x08 == 0 and header[4:8] == b"\0\0\0\0"  # gzip -n: no file name, no time
    with tarfile.open(archive) as tar:
        members = tar.getmembers()
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}  # --owner=0 --numeric-owner
    assert {m.mtime for m in members} == {epoch}
    children = defaultdict(list)  # tar --sort=name: each folder's entries in name order
    for m in members:
        children[os.path.dirname(m.name.rstrip("/"))].append(os.path.basename(m.name.rstrip("/")))
    assert [folder for folder, names in children.items() if names != sorted(names)] == []
    assert [m.name for m in members if m.mode & 0o022 or not m.mode & 0o004] == []

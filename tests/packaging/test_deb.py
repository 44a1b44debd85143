"""The Debian package: built from the bundle with dpkg-deb, clean for lintian, unpacked and run."""
from __future__ import annotations

import os
import subprocess

from .conftest import offline_env


def test_the_package_says_what_it_is_and_needs(deb):
    info = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: clinic-viewer" in info and "Architecture: amd64" in info
    depends = next(line for line in info.splitlines() if line.startswith("Depends:"))
    for package in ("libc6", "libfontconfig1", "libxkbcommon-x11-0", "libwayland-cursor0"):  # from dpkg-shlibdeps
        assert package in depends, package
    assert (deb.parent / f"{deb.name}.sha256").read_text().split()[1] == deb.name


def test_the_package_installs_app_launcher_menu_icons_and_docs(unpacked):
    assert os.access(unpacked / "opt/clinic-viewer/clinic-viewer", os.X_OK)
    launcher = (unpacked / "usr/bin/clinic-viewer").read_text()
    assert 'exec /opt/clinic-viewer/clinic-viewer "$@"' in launcher
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (unpacked / f"usr/share/icons/hicolor/{size}x{size}/apps/clinic-viewer.png").is_file()
    assert (unpacked / "usr/share/icons/hicolor/scalable/apps/clinic-viewer.svg").is_file()
    copyright_ = (unpacked / "usr/share/doc/clinic-viewer/copyright").read_text()
    assert "National Cancer Institute" in copyright_ and "public domain" in copyright_ and "LGPL-3" in copyright_
    assert (unpacked / "usr/share/doc/clinic-viewer/changelog.gz").is_file()
    assert (unpacked / "usr/share/man/man1/clinic-viewer.1.gz").is_file()


def test_the_menu_entry_validates_and_starts_the_launcher(unpacked):
    entry = unpacked / "usr/share/applications/clinic-viewer.desktop"
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout == "" and check.stderr == "", check.stdout + check.stderr
    text = entry.read_text()
    assert "\nExec=clinic-viewer\n" in text and "\nIcon=clinic-viewer\n" in text


def test_lintian_reports_no_errors(deb):
    run = subprocess.run(["lintian", "--tag-display-limit", "0", str(deb)], capture_output=True, text=True, timeout=600)
    tags = [line for line in run.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not [t for t in tags if t.startswith("E:")], "\n".join(tags)
    # the warnings accepted (README, "For clinic IT"): the PyInstaller bootloader is not PIE, and
    # some bundled libraries lack a NEEDED entry they use through the process that loads them
    assert {t.split()[2] for t in tags} <= {"hardening-no-pie", "shared-library-lacks-prerequisites"}, "\n".join(tags)


def test_the_unpacked_package_self_tests_offline_with_its_site_library(unpacked, no_network_shim, tmp_path):
    log = tmp_path / "net.log"
    run = subprocess.run([str(unpacked / "opt/clinic-viewer/clinic-viewer"), "--self-test"],
                         env=offline_env(no_network_shim, log), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "self-test passed" in run.stdout and "ok  CDR0000062843:" in run.stdout
    assert run.stderr == ""
    assert not log.exists() or log.read_text() == ""


def test_no_binary_searches_the_build_machines_folders(unpacked):
    """RUNPATHs like /root/.pyenv/… are removed at build time; only $ORIGIN-relative ones stay."""
    found = []
    for path in (unpacked / "opt/clinic-viewer").rglob("*"):
        if path.is_file() and path.read_bytes()[:4] == b"\x7fELF":
            dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            for line in dynamic.splitlines():
                if "RUNPATH" in line or "RPATH" in line:
                    paths = line.split("[", 1)[1].rstrip("]").split(":")
                    found += [f"{path.name}: {p}" for p in paths if not p.startswith("$ORIGIN")]
    assert not found, found

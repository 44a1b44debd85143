"""The .deb uses Debian's copy of every library Debian provides, so that Debian's security updates
reach the app; the bundle keeps only what Qt, PySide6 and its Python need in their own version,
and Depends names what the shipped files link (packaging/system_libraries.py)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import offline_env

# What the package's bundle may still hold of its own: Qt 6.11 and its bindings (Debian has another
# Qt), the ICU Qt was built against (Debian has another soname), the bundle's own Python.
OWN = ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython3")
# Libraries Debian provides that PyInstaller bundled: none may be under /opt in the package.
DEBIANS = ("libX11", "libXau", "libXdmcp", "libxcb", "libxkbcommon", "libdbus-1", "libsystemd", "libgcrypt",
           "libgpg-error", "libglib-2.0", "libgthread", "libpcre2", "libfontconfig", "libfreetype", "libpng16",
           "libbrotli", "libexpat", "libz.so", "libzstd", "liblzma", "liblz4", "libstdc++", "libgcc_s", "libsqlite3",
           "libffi", "libgssapi_krb5", "libkrb5", "libk5crypto", "libcom_err", "libkeyutils", "libcap", "libbsd", "libmd")


def is_extension_or_plugin(path: Path) -> bool:
    """Python extension modules and Qt plugins: the bundle's own code, loaded by path."""
    return path.name.endswith(".abi3.so") or "lib-dynload" in path.parts or "plugins" in path.parts


def elf_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink() and p.read_bytes()[:4] == b"\x7fELF"]


def needed(path: Path) -> list[str]:
    dynamic = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic)


def debian_packages(sonames: set[str]) -> dict[str, str | None]:
    """soname -> the installed Debian package that ships it where the dynamic linker looks (or None)."""
    multiarch = subprocess.run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True).stdout.strip()
    folders = (f"/usr/lib/{multiarch}", f"/lib/{multiarch}", "/lib64", "/usr/lib64")
    found = subprocess.run(["dpkg-query", "-S", *(f"{folder}/{name}" for name in sorted(sonames) for folder in folders)],
                           capture_output=True, text=True).stdout  # exit status 1: not every folder has every name
    packages = {name: None for name in sonames}
    for line in found.splitlines():
        package, _, path = line.partition(": ")
        packages[Path(path).name] = package.split(":")[0]
    return packages


def depends(deb: Path) -> set[str]:
    field = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True).stdout
    return {entry.split()[0] for entry in field.replace("\n", " ").split(",") if entry.strip()}


def test_the_package_ships_none_of_debians_libraries(unpacked, dist):
    bundle = unpacked / "opt/clinic-viewer"
    libraries = [p for p in bundle.rglob("lib*.so*") if not is_extension_or_plugin(p)]
    assert not [str(p.relative_to(bundle)) for p in libraries if p.name.startswith(DEBIANS)]
    assert not [str(p.relative_to(bundle)) for p in libraries if not p.name.startswith(OWN)]
    assert any(p.name.startswith("libQt6Core") for p in libraries) and any(p.name.startswith("libpython3") for p in libraries)
    # the self-contained archive's bundle keeps its own copies: it runs where Debian's are missing
    assert (dist / "clinic-viewer/_internal/libX11.so.6").is_file() and (dist / "clinic-viewer/_internal/libsqlite3.so.0").is_file()


def test_depends_names_the_package_of_every_library_the_shipped_files_link_and_nothing_else(deb, unpacked):
    bundle = unpacked / "opt/clinic-viewer"
    shipped = {p.name for p in bundle.rglob("*.so*")}
    linked = {name for path in elf_files(bundle) for name in needed(path) if name not in shipped}
    packages = debian_packages(linked)
    assert None not in packages.values(), f"linked, but neither shipped nor from a Debian package: {packages}"
    declared = depends(deb)
    assert set(packages.values()) - declared == set(), f"linked but not in Depends: {set(packages.values()) - declared}"
    assert declared - set(packages.values()) == set(), f"in Depends but linked by nothing shipped: {declared - set(packages.values())}"
    assert {"libsqlite3-0", "libx11-6", "libdbus-1-3", "libstdc++6", "libfreetype6"} <= declared


def loaded(app: Path, audit: Path, shim: Path, tmp_path: Path, x11: bool) -> list[str]:
    """The shared objects the app's self-test mapped (LD_AUDIT), as real paths."""
    log, listing = tmp_path / "net.log", tmp_path / "loaded.txt"
    env = offline_env(shim, log, LD_AUDIT=str(audit), LOADED_LOG=str(listing))
    command = [str(app), "--self-test"]
    if x11:
        env.pop("QT_QPA_PLATFORM")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", *command]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "self-test passed" in run.stdout, run.stdout + run.stderr  # searched: FTS5 in Debian's SQLite
    names = {line for line in listing.read_text().splitlines() if line.startswith("/")}
    return sorted({str(Path(name).resolve()) for name in names})


@pytest.mark.parametrize("x11", [False, True], ids=["offscreen", "x11"])
def test_the_app_loads_debians_libraries_and_only_its_own_from_the_bundle(unpacked, loaded_libraries_audit, no_network_shim,
                                                                          tmp_path, x11):
    if x11 and shutil.which("xvfb-run") is None:
        pytest.skip("Xvfb is installed by make build-deps")
    bundle = (unpacked / "opt/clinic-viewer").resolve()
    paths = loaded(bundle / "clinic-viewer", loaded_libraries_audit, no_network_shim, tmp_path, x11)
    from_bundle = [Path(p) for p in paths if p.startswith(f"{bundle}/")]
    assert [p.name for p in from_bundle if not is_extension_or_plugin(p) and not p.name.startswith(OWN)] == []
    from_system = {Path(p).name.split(".so")[0] for p in paths if not p.startswith(f"{bundle}/")}
    expected = {"libsqlite3", "libstdc++", "libglib-2.0", "libfontconfig", "libfreetype", "libdbus-1", "libsystemd"}
    if x11:
        expected |= {"libX11", "libxcb-icccm", "libxkbcommon-x11"}
    assert expected <= from_system, expected - from_system

"""For the .deb: the app uses Debian's copy of every system library Debian provides, so Debian's
security updates reach it. (The self-contained tarball keeps its own copies: it runs anywhere.)

PyInstaller copies into the bundle every library the app links, Debian's too (libX11, libxcb-*,
libdbus, libsystemd, libgcrypt, glib, sqlite3, libstdc++, fontconfig, freetype, ...). This
removes, from the package's copy of the bundle, each library whose soname a Debian package
installs in the multiarch library folder, except those the bundled Qt, PySide6 and Python need
in their own version (KEEP). The dynamic linker then finds Debian's copy, and dpkg-shlibdeps,
run on what is left, makes Depends name the packages that are loaded.

    python packaging/system_libraries.py OPT_FOLDER

prints, one a line, the Depends entries for the removed libraries that no file left in the
bundle links (opened with dlopen(), which dpkg-shlibdeps cannot see), and says on stderr what
was removed and what was kept.
"""
from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

# Kept whatever Debian has, because the bundle needs exactly its own version:
KEEP = (
    "libQt6", "libpyside6", "libshiboken6",  # Qt 6.11 and its bindings, from the PySide6 wheel (Debian's Qt is another release)
    "libicu",  # the ICU (73) that Qt was built against, with its cut-down data (slim_icu.py); Debian has another soname
    "libpython",  # the bundle's own Python: its standard library and extension modules are built for it
)


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def dynamic_section(path: Path) -> tuple[str | None, list[str]]:
    """(SONAME, NEEDED sonames) of an ELF file."""
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True).stdout
    soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", out)
    return (soname.group(1) if soname else None), re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


@functools.cache
def library_folders() -> tuple[str, str]:
    multiarch = subprocess.run(["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True,
                               check=True).stdout.strip()
    return f"/lib/{multiarch}", f"/usr/lib/{multiarch}"  # merged /usr or not


def system_needed(soname: str) -> list[str]:
    """NEEDED of the system's library of that soname (none if there is none)."""
    for folder in library_folders():
        if Path(folder, soname).is_file():
            return dynamic_section(Path(folder, soname))[1]
    return []


def debian_packages(sonames: set[str]) -> dict[str, str]:
    """soname -> the installed Debian package that ships it in the multiarch library folder."""
    if not sonames:
        return {}
    paths = [f"{folder}/{name}" for name in sorted(sonames) for folder in library_folders()]
    out = subprocess.run(["dpkg-query", "-S", *paths], capture_output=True, text=True).stdout  # exit 1: some not found
    found = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        found[Path(path).name] = package.split(":")[0]
    return found


def shlibs_dependency(package: str, soname: str) -> str:
    """What a program linking `soname` depends on, from the package's shlibs file (else the bare name)."""
    match = re.fullmatch(r"(.+)\.so\.(.+)", soname) or re.fullmatch(r"(.+)-(.+)\.so", soname)
    shlibs = subprocess.run(["dpkg-query", "--control-show", package, "shlibs"], capture_output=True, text=True).stdout
    for line in shlibs.splitlines():
        fields = line.split(None, 2)
        if match and len(fields) == 3 and fields[:2] == [match.group(1), match.group(2)]:
            return fields[2]
    return package


def use_debians_libraries(folder: Path) -> list[str]:
    """Removes from `folder` the libraries Debian provides; returns the Depends of those only dlopened."""
    by_name = {}
    for path in elf_files(folder):
        soname, needed = dynamic_section(path)
        by_name.setdefault(path.name, []).append((path, soname or path.name, needed))
    candidates = {soname for entries in by_name.values() for _, soname, _ in entries
                  if soname.startswith("lib") and ".so" in soname and not soname.startswith(KEEP)}
    provided = debian_packages(candidates)
    removed = {path: soname for entries in by_name.values() for path, soname, _ in entries if soname in provided}
    kept = [path for entries in by_name.values() for path, _, _ in entries if path not in removed]

    # Which removed libraries are still reached through NEEDED from what stays (through the
    # system's libraries too: PyInstaller bundles libXau for the system's libxcb)? The others were
    # bundled because something dlopen()s them: they need a Depends of their own.
    needs = {soname: needed for entries in by_name.values() for _, soname, needed in entries}

    def closure(names):
        reached, todo = set(), list(names)
        while todo:
            name = todo.pop()
            if name not in reached:
                reached.add(name)
                todo += needs[name] if name in needs else system_needed(name)
        return reached

    unreached = set(removed.values()) - closure(name for path in kept for name in dynamic_section(path)[1])
    # only the libraries dlopen()ed themselves, not those they link
    dlopened = sorted(unreached - closure(name for soname in unreached for name in needs[soname]))

    for path in removed:
        path.unlink()
    for link in sorted(folder.rglob("*")):  # links to what was removed (or never shipped) would dangle
        if link.is_symlink() and not link.exists():
            link.unlink()
    names = sorted(set(removed.values()))
    print(f"system_libraries: Debian's copy of {len(names)} libraries: {' '.join(names)}", file=sys.stderr)
    if dlopened:
        print(f"system_libraries: loaded with dlopen(), so named in Depends: {' '.join(dlopened)}", file=sys.stderr)
    own = sorted({p.name for p in kept if p.name.startswith("lib") and "plugins" not in p.parts})
    print(f"system_libraries: the bundle's own: {' '.join(own)}", file=sys.stderr)
    return [shlibs_dependency(provided[name], name) for name in dlopened]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for dependency in use_debians_libraries(Path(sys.argv[1])):
        print(dependency)

"""Writing that survives a crash and a narrow umask: files flushed before they are named, a
replace that is all or nothing, and folders 0755 / files 0644 whatever the umask (every user of the
machine reads the library)."""
from __future__ import annotations

import os
from pathlib import Path

from . import faults

DIR_MODE, FILE_MODE = 0o755, 0o644
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_BINARY = getattr(os, "O_BINARY", 0)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory to flush it; its renames are durable as made
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_dirs(path: Path) -> None:
    """`path` and the folders above it that are missing, each 0755 whatever the umask."""
    missing = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            pass
        os.chmod(folder, DIR_MODE)


def write_file(path: Path, data: bytes) -> None:
    """A new file (0644) holding `data`, flushed to disk; never written through a link."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | O_NOFOLLOW | O_BINARY, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # the umask narrowed the mode open gave it
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    writable = os.O_RDWR if os.name == "nt" else os.O_RDONLY  # Windows flushes only through a writable handle
    fd = os.open(path, writable | O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """`path` holds either its old bytes or all of `data`, never a part, whatever happens."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write_file(temporary, data)
        if path.name == "CURRENT":
            faults.at("switching")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)

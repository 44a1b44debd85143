"""Where the library is: chosen by `--library DIR` or CLINIC_VIEWER_LIBRARY, else a machine-wide
folder that clinic IT fills and users only read, else a site library shipped inside the bundle
(`make package LIBRARY=DIR`), else the user's own (the same places Qt's QStandardPaths calls the
generic data locations, worked out here so the core needs no Qt)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "CLINIC_VIEWER_LIBRARY"
APP = "clinic-viewer"


def shared_libraries() -> list[Path]:
    """Machine-wide candidates, most preferred first."""
    if sys.platform == "win32":
        bases = [os.environ.get("PROGRAMDATA", r"C:\ProgramData")]
    elif sys.platform == "darwin":
        bases = ["/Library/Application Support"]
    else:
        bases = [d for d in os.environ.get("XDG_DATA_DIRS", "").split(os.pathsep) if d] or ["/usr/local/share", "/usr/share"]
    return [Path(base) / APP / "library" for base in bases]


def user_library() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP / "library"


def site_library() -> Path:
    from .. import paths

    return paths.resources_dir() / "library"


def library_to_read() -> Path:
    """The library the app shows: the chosen one, else the machine's, else the one shipped with
    the app, else the user's."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    for candidate in [*shared_libraries(), site_library()]:
        if (candidate / "CURRENT").is_file():
            return candidate
    return user_library()


def library_to_import_into() -> Path:
    """Where `clinic-viewer import` writes without --library: the machine's library when run by an
    administrator (root), else the user's own."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return shared_libraries()[0]
    return user_library()

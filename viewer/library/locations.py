"""Where the library is: chosen by `--library DIR` or CLINIC_VIEWER_LIBRARY, else the machine's
library that clinic IT fills (as root) and every user reads, else a site library shipped inside the
bundle (`make package LIBRARY=DIR`), else the user's own.

The machine's library is at one fixed place, whoever runs the import and whatever their
environment says: /var/lib/clinic-viewer/library on Linux (variable state, readable by all),
%PROGRAMDATA%\\clinic-viewer\\library on Windows, /Library/Application Support/clinic-viewer/library
on macOS. Versions before 2026-11 wrote it under the first of root's XDG_DATA_DIRS; the usual
places that gave are still read when the fixed one holds no library. CLINIC_VIEWER_MACHINE_LIBRARY
moves the machine's library (for tests, and for a site that keeps /var elsewhere).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "CLINIC_VIEWER_LIBRARY"
MACHINE_ENV = "CLINIC_VIEWER_MACHINE_LIBRARY"
APP = "clinic-viewer"
# Where older versions wrote the machine's library (read only, until the next import as root).
EARLIER_MACHINE_LIBRARIES = [Path("/usr/local/share") / APP / "library", Path("/usr/share") / APP / "library"]


def machine_library() -> Path:
    """The library every user of this computer reads, written by an import run as root."""
    if os.environ.get(MACHINE_ENV):
        return Path(os.environ[MACHINE_ENV])
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / APP / "library"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP / "library"
    return Path("/var/lib") / APP / "library"


def shared_libraries() -> list[Path]:
    """Machine-wide candidates, most preferred first."""
    earlier = sys.platform.startswith("linux") and not os.environ.get(MACHINE_ENV)
    return [machine_library()] + (EARLIER_MACHINE_LIBRARIES if earlier else [])


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


def has_library(folder: Path) -> bool:
    """Whether `folder` holds a library (CURRENT, or a generation folder): True too when that cannot
    be told because the folder cannot be read, so that the app reads it and says why it cannot."""
    try:
        if os.path.lexists(folder / "CURRENT"):
            return True
        with os.scandir(folder) as entries:
            return any(e.name[:1] == "v" and e.name[1:].isdigit() for e in entries)
    except PermissionError:
        return True
    except OSError:  # missing, not a folder
        return False


def library_to_read() -> Path:
    """The library the app shows: the chosen one, else the machine's, else the one shipped with
    the app, else the user's."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    for candidate in [*shared_libraries(), site_library()]:
        if has_library(candidate):
            return candidate
    return user_library()


def hidden_user_library(shown: Path) -> Path | None:
    """The user's own library when it holds one but another library is shown instead."""
    own = user_library()
    if os.environ.get(ENV) or Path(shown) == own or not has_library(own):
        return None
    return own


def shown_instead(imported_into: Path) -> list[str]:
    """What an import's report says when the app will not show the library it wrote."""
    shown = library_to_read()
    if Path(imported_into).absolute() == Path(shown).absolute():
        return []
    return [f"the viewer shows the library at {shown}, not this one ({imported_into}): "
            f"start it with {ENV}={imported_into} to read this one"]


def describe_library(folder: Path | None, generation: str = "", imported=None) -> str:
    """"/var/lib/clinic-viewer/library, generation v000007 of 2026-11-23 06:00", for every report."""
    if folder is None:
        return "none"
    if not generation:
        return f"{folder} (no imported library there)"
    return f"{folder}, generation {generation}" + (f" of {imported:%Y-%m-%d %H:%M}" if imported else "")


def library_to_import_into() -> Path:
    """Where `clinic-viewer import` writes without --library: the machine's library when run by an
    administrator (root), else the user's own."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return machine_library()
    return user_library()

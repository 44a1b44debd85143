"""Where the bundled content lives, found the same way from source and from a frozen bundle.

The packaging spec copies `resources/` next to the `viewer` package, so one relative path
serves both; nothing else in the app needs to know whether it is frozen.
"""
from __future__ import annotations

import os
from pathlib import Path

#: Environment override, for a clinic that keeps its summaries in a shared folder.
RESOURCES_ENV = "CLINIC_VIEWER_RESOURCES"


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def summaries_dir() -> Path:
    return resources_dir() / "summaries"


def prerendered_dir() -> Path | None:
    """Summaries rendered at packaging time (content/prerendered.py): beside the code, filled by
    the packaging spec only (in a source checkout it does not exist). None when the summaries come
    from another resources folder: that folder's texts are not the ones pre-rendered, and a store
    there would be trusted no further than whoever can write to it."""
    if os.environ.get(RESOURCES_ENV):
        return None
    return Path(__file__).resolve().parent.parent / "prerendered"


def icon_files() -> list[Path]:
    return sorted((resources_dir() / "icons").glob("clinic-viewer-*.png"))

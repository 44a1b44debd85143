"""Who else could have changed a library: its text is shown as NCI's only if no one could.

The manifest proves a file is what import wrote, but not if someone else could rewrite the manifest,
CURRENT, or swap a folder on the way to them. So every folder from / down to the library, the
library's CURRENT and the generation read (its folders, manifest, record and index files) must be
owned by root or by the reader, and writable by no group and no other user. The one exception is
a folder above the library that is sticky and root's, like /tmp: there others can add names but not
move or replace ours. Windows keeps permissions in ACLs this check does not read.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .generation import CATALOG, INFO, KINDS, MANIFEST, SEARCH_INDEX
from .store import CURRENT


def _who_can_change(path: Path, *, above: bool) -> str:
    """Why someone other than root and the reader can change `path` ("" if no one can)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ""
    reader = os.geteuid()
    if info.st_uid not in (0, reader):
        return f"{path} belongs to another user (user id {info.st_uid})"
    if stat.S_ISLNK(info.st_mode):
        return ""  # a link's own mode means nothing; what it points to is checked where it is resolved
    sticky_roots = above and stat.S_ISDIR(info.st_mode) and info.st_mode & stat.S_ISVTX and info.st_uid == 0
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not sticky_roots:
        who = "every user" if info.st_mode & stat.S_IWOTH else f"the group with id {info.st_gid}"
        return f"{path} can be changed by {who} (mode {stat.S_IMODE(info.st_mode):04o})"
    return ""


def who_else_can_change(root: Path, generation: Path | None = None) -> str:
    """Why the library at `root` (and its generation folder being read) may not be what import
    wrote: someone other than root and the reader could change it. "" when no one could."""
    if os.name == "nt":
        return ""
    root = Path(os.path.abspath(root))
    real = Path(os.path.realpath(root))
    chain = [(p, True) for p in reversed(real.parents)] + [(real, False), (real / CURRENT, False)]
    if real != root:  # a link on the way: the folders that hold the link count too
        chain = [(p, True) for p in reversed(root.parents)] + chain
    if generation is not None:
        folder = real / generation.name
        chain += [(folder, False), (folder / MANIFEST, False), (folder / INFO, False),
                  (folder / CATALOG, False), (folder / SEARCH_INDEX, False)]
        chain += [(folder / kind, False) for kind in KINDS]
    for path, above in chain:
        reason = _who_can_change(path, above=above)
        if reason:
            return reason
    return ""

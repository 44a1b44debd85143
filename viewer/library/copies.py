"""Two copies of one document in one import run (two weeks' archives given together, say).

The run keeps, for each document it has taken, the copy it took and what the library held for it
before (`Taken`); when another copy comes (`AnotherCopy`), `verdict` compares the two: the same
text, an older one, a newer one (the earlier is then put back, as if never taken, and the newer is
considered against the library's own copy), or a contradiction: different text and the same date,
or no date to tell them apart, which nothing can settle.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

SAME, OLDER, NEWER, CONTRADICTS = "same", "older", "newer", "contradicts"


def read_held(held: bytes | Path | None) -> bytes:
    """The bytes of a library copy (new bytes, or the path of a stored file); TypeError for none."""
    if held is None:
        raise TypeError("no copy")
    return held if isinstance(held, bytes) else held.read_bytes()


@dataclass
class Taken:
    """The copy of a document this run has chosen, and what the library held for it before."""

    name: str
    data: bytes | None            # None: the library's own copy (reported unchanged)
    held: bytes | Path | None     # the library's copy before this run
    date: dt.date | None = None
    line: object | None = None    # its ReportLine; None once two copies contradicted each other
    before: dict = field(default_factory=dict)  # its previous version, change record and catalog entry

    def remember(self, line, files: dict, changes: dict, catalog: dict) -> None:
        self.line = line
        self.before = {"previous": files.get(f"previous/{line.doc_id}.xml"), "changes": changes.get(line.doc_id),
                       "catalog": catalog.get(line.doc_id)}

    def content(self) -> bytes | None:
        try:
            return self.data if self.data is not None else read_held(self.held)
        except OSError:
            return None

    def put_back(self, relative: str, files: dict, changes: dict, catalog: dict,
                 reindex: Callable[[str, bytes | Path | None], None]) -> None:
        """The library's file, previous version, change record, catalog entry and index rows for the
        document, as they were before this run took it (`reindex(id, held)` does the index)."""
        if self.line is None or self.line.action == "unchanged":
            return  # nothing of it was changed
        doc_id = Path(relative).stem
        restore = [(files, relative, self.held)]
        if relative.startswith("summaries/"):
            restore += [(files, f"previous/{doc_id}.xml", self.before.get("previous")),
                        (changes, doc_id, self.before.get("changes")), (catalog, doc_id, self.before.get("catalog"))]
            reindex(doc_id, self.held)
        for mapping, key, value in restore:
            if value is None:
                mapping.pop(key, None)
            else:
                mapping[key] = value


@dataclass
class AnotherCopy:
    """A document this run has already taken a copy of, met again."""

    earlier: Taken
    relative: str
    name: str
    doc_id: str
    title: str
    date: dt.date | None
    data: bytes


def verdict(copy: AnotherCopy) -> str:
    """SAME, OLDER or NEWER than the copy taken earlier, or CONTRADICTS it. After a contradiction
    (the earlier's line is None) only a newer copy is taken."""
    earlier = copy.earlier
    if earlier.line is not None and copy.data == earlier.content():
        return SAME
    if copy.date is None or earlier.date is None or copy.date == earlier.date:
        return CONTRADICTS
    if copy.date > earlier.date:
        return NEWER
    return OLDER if earlier.line is not None else CONTRADICTS

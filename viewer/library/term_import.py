"""Importing NCI's `Term` documents: a drug's names and definition, kept as rows of the library's
index (tens of thousands of them: rows, not files; see search/terms.py), with the same rules as
every other document: the same document again is "unchanged" (by the SHA-256 of its file), a newer
one replaces it, an older one is refused unless allowed, and of two copies in one run the newer
is taken, the same twice is taken once, and two that contradict each other are both refused while
the library keeps its own.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ..content.pdq import DrugTerm
from ..search.index_file import IndexWriter
from .printable import printable
from .report import ReportLine, contradicted, contradicting, older_than_held

KIND = "terms"


@dataclass
class _Taken:
    """A term this run has taken into the index, with what the index held before."""

    name: str
    date: dt.date | None
    digest: str
    line: ReportLine | None
    before: tuple  # the index's rows of the term before this run took it


class TermImport:
    def __init__(self, index: IndexWriter):
        self.index = index
        self._taken: dict[str, _Taken] = {}

    def unchanged(self, term_id: str, data: bytes, name: str) -> ReportLine | None:
        """The quick path of a weekly re-import: the library holds this very file (by the id its
        file name gives); None otherwise, and the file is read."""
        held = self.index.term_record(term_id) if term_id and term_id not in self._taken else None
        if held is None or held[1] != hashlib.sha256(data).hexdigest():
            return None
        line = ReportLine("unchanged", term_id, held[2], kind=KIND)
        self._taken[term_id] = _Taken(name, _date(held[0]), held[1], line, self.index.term_rows(term_id))
        return line

    def consider(self, name: str, data: bytes, term: DrugTerm, allow_older: bool) -> ReportLine | None:
        """The report line for `term` (from the file `name`), the index changed accordingly; None
        when an earlier copy's line says it all."""
        digest, date = hashlib.sha256(data).hexdigest(), term.last_modified
        earlier = self._taken.get(term.id)
        if earlier is not None:
            if earlier.line is not None and earlier.digest == digest:
                return ReportLine("skipped", term.id, term.preferred_name, f"{name}: the same as {earlier.name}", KIND)
            if date is not None and earlier.date is not None and date < earlier.date and earlier.line is not None:
                return ReportLine("skipped", term.id, term.preferred_name,
                                  f"{name}, dated {date}: {earlier.name} is newer ({earlier.date})", KIND)
            self.index.restore_term(term.id, earlier.before)  # as if the earlier copy had not been taken
            if date is None or earlier.date is None or date <= earlier.date:
                if earlier.line is not None and earlier.line.action != "unchanged":
                    earlier.line.action, earlier.line.detail = "refused", contradicted(earlier.name, term.id, name,
                                                                                       earlier.date)
                earlier.line = None  # a later copy is compared with this date: only a newer one is taken
                return ReportLine("refused", term.id, term.preferred_name,
                                  contradicting(name, date, term.id, earlier.name, earlier.date), KIND)
            if earlier.line is not None:
                earlier.line.action = "skipped"
                earlier.line.detail = printable(f"{earlier.name}, dated {earlier.date}: {name} is newer ({date})")
            del self._taken[term.id]
        held = self.index.term_record(term.id)
        if held is not None and held[1] == digest:
            line = ReportLine("unchanged", term.id, term.preferred_name, kind=KIND)
            self._taken[term.id] = _Taken(name, date, digest, line, self.index.term_rows(term.id))
            return line
        held_date = _date(held[0]) if held else None
        if held_date and date and date < held_date and not allow_older:
            return ReportLine("refused", term.id, term.preferred_name, older_than_held(name, date, held_date), KIND)
        before = self.index.term_rows(term.id)
        self.index.put_term(term, digest)
        line = (ReportLine("added", term.id, term.preferred_name, str(date) if date else "", KIND) if held is None else
                ReportLine("updated", term.id, term.preferred_name, f"{held_date or '?'} → {date or '?'}", KIND))
        self._taken[term.id] = _Taken(name, date, digest, line, before)
        return line

    def remove(self, term_id: str) -> str | None:
        """NCI's change list drops the term: its preferred name if the library held it, else None."""
        held = self.index.term_record(term_id)
        if held is None:
            return None
        self.index.remove_term(term_id)
        return held[2]


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None

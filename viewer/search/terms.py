"""Drug names as clinicians say them: NCI's `Term` documents (and a drug information summary's own
US brand names), kept compactly in the library's search index, and a query word or phrase that
names a drug expanded to its other names, so `Rocaltrol` finds what "calcitriol" finds and back.

Two tables in the index file (tens of thousands of terms: rows, not files): `terms`, one row per
Term document (preferred name, definition, semantic types, date, the SHA-256 of the document
imported), and `term_names`, one row per name, folded as the search folds words (so "1,25(OH)2-D3"
is looked up as the words a query of it holds), with the document that gave it.

What is expanded, and what is not (never to a different drug):
- Only drugs: a Term whose semantic type is Drug/agent (or a combination), and the drug a drug
  information summary is about. A disease's synonyms or a drug category are other things.
- A name shared by two drugs is not expanded, unless it is the preferred name of exactly one (it
  then names that one); the results say which name was ambiguous.
- An abbreviation is expanded only when typed as NCI writes it ("DIM", not "dim": an abbreviation
  may be a word of the text), and is never added to another name's expansion; nor is a name
  without letters (an NSC or CAS number: "8202" may be a year), nor one of fewer than 3 characters.
- A name that another drug also has is never added to an expansion.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable

from ..content.model import Summary
from ..content.pdq import DrugTerm
from .text import words

PREFERRED = "Preferred name"
MAX_ADDED_NAMES = 10  # names one query word is widened by: the most useful first (see _ADD_ORDER)
MIN_NAME_CHARS = 3
# Which other names a query is widened by, in this order; any kind not named here is not added.
# (A chemical structure name is left out: no one writes "(1alpha,3beta,5Z,7E)-9,10-Secocholesta…" in
# running text, and naming it would bury the names that matter; the hover shows it.)
_ADD_ORDER = ("preferred name", "us brand name", "foreign brand name", "code name", "synonym", "lexicomp name")
_SHOWN_ORDER = _ADD_ORDER + ("chemical structure name",)
_LETTER = re.compile(r"[^\W\d_]")

TABLES = """
    CREATE TABLE IF NOT EXISTS terms(term_id TEXT PRIMARY KEY, preferred TEXT NOT NULL, definition TEXT NOT NULL,
                                     semantic TEXT NOT NULL, drug INTEGER NOT NULL, modified TEXT NOT NULL,
                                     digest TEXT NOT NULL) WITHOUT ROWID;
    -- source: the document that gave the name (the Term itself, or a drug information summary)
    CREATE TABLE IF NOT EXISTS term_names(folded TEXT NOT NULL, term_id TEXT NOT NULL, name TEXT NOT NULL,
                                          kind TEXT NOT NULL, drug INTEGER NOT NULL, source TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS term_names_by_folded ON term_names(folded);
    CREATE INDEX IF NOT EXISTS term_names_by_term ON term_names(term_id);
    CREATE INDEX IF NOT EXISTS term_names_by_source ON term_names(source);
"""


def folded(name: str) -> str:
    return " ".join(words(name))


def is_abbreviation(kind: str) -> bool:
    kind = kind.casefold()
    return "abbreviation" in kind or "acronym" in kind


# -- writing (import) -----------------------------------------------------------------------------
def create_term_tables(db: sqlite3.Connection) -> None:
    db.executescript(TABLES)


def _write_names(db: sqlite3.Connection, term_id: str, names: Iterable[tuple[str, str]], drug: bool,
                 source: str) -> None:
    rows = {}
    for name, kind in names:
        key = folded(name)
        if key:
            rows.setdefault((key, kind), (key, term_id, name, kind, int(drug), source))
    db.executemany("INSERT INTO term_names VALUES (?, ?, ?, ?, ?, ?)", rows.values())


def write_term(db: sqlite3.Connection, term: DrugTerm, digest: str) -> None:
    """Put a Term document in (replacing an earlier version of it)."""
    remove_term(db, term.id)
    db.execute("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?)",
               (term.id, term.preferred_name, term.definition, "\n".join(term.semantic_types), int(term.is_drug),
                term.last_modified.isoformat() if term.last_modified else "", digest))
    _write_names(db, term.id, [(term.preferred_name, PREFERRED)] + [(n.name, n.kind) for n in term.other_names],
                 term.is_drug, term.id)


def remove_term(db: sqlite3.Connection, term_id: str) -> None:
    db.execute("DELETE FROM terms WHERE term_id = ?", (term_id,))
    db.execute("DELETE FROM term_names WHERE source = ?", (term_id,))


def write_summary_names(db: sqlite3.Connection, summary: Summary) -> None:
    """A drug information summary's drug: its names, under its Term's id (its own when it names none)."""
    meta = summary.metadata
    remove_summary_names(db, summary.id)
    if not meta.drug_names and not meta.term_id:
        return
    preferred = meta.term_name or meta.title
    names = [(preferred, PREFERRED), (meta.title, "Title of its drug information summary"), *meta.drug_names]
    _write_names(db, meta.term_id or summary.id, names, True, summary.id)


def remove_summary_names(db: sqlite3.Connection, summary_id: str) -> None:
    db.execute("DELETE FROM term_names WHERE source = ?", (summary_id,))


def term_record(db: sqlite3.Connection, term_id: str) -> tuple[str, str, str] | None:
    """(date, SHA-256, preferred name) of the Term document the index holds, or None."""
    row = db.execute("SELECT modified, digest, preferred FROM terms WHERE term_id = ?", (term_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


# -- reading (search, hover) ----------------------------------------------------------------------
@dataclass(frozen=True)
class Expansion:
    """A query word or phrase that names a drug, and the names it was widened by."""

    asked: str                       # as typed
    preferred: str                   # the drug's preferred name
    added: tuple[str, ...] = ()      # the names searched for besides it (the preferred name first)
    kind: str = ""                   # what the asked name is to the drug ("US brand name", …)


@dataclass(frozen=True)
class TermInfo:
    """What hovering a drug name shows."""

    term_id: str
    preferred: str
    other_names: tuple[tuple[str, str], ...] = ()  # (name, kind), brand names first
    definition: str = ""                            # "" when the library lacks the Term document
    semantic_types: tuple[str, ...] = ()


@dataclass
class TermLookup:
    """The term tables of the schemas (the index's attached files) that have them."""

    db: sqlite3.Connection
    schemas: list[str] = field(default_factory=list)

    @classmethod
    def over(cls, db: sqlite3.Connection, schemas: list[str]) -> TermLookup:
        present = [s for s in schemas if db.execute(
            f"SELECT 1 FROM {s}.sqlite_master WHERE type = 'table' AND name = 'term_names'").fetchone()]
        return cls(db, present)

    def _rows(self, sql: str, params: tuple) -> list[tuple]:
        return [row for s in self.schemas for row in self.db.execute(sql.format(s=s), params)]

    def _names_by_folded(self, key: str) -> list[tuple[str, str, str]]:
        return self._rows("SELECT term_id, name, kind FROM {s}.term_names WHERE folded = ? AND drug", (key,))

    def expansion(self, asked_words: tuple[str, ...], raw: str) -> tuple[Expansion | None, str]:
        """The expansion of one query word or phrase, or (None, the reason it was not expanded,
        "" when it is no drug's name)."""
        key = " ".join(asked_words)
        if not self.schemas or len(key) < MIN_NAME_CHARS or not _LETTER.search(key):
            return None, ""
        rows = self._names_by_folded(key)
        drugs = {term_id for term_id, _, _ in rows}
        if len(drugs) > 1:  # the preferred name of exactly one names that one
            preferred = {term_id for term_id, _, kind in rows if kind == PREFERRED}
            if len(preferred) != 1:
                return None, "ambiguous"
            drugs = preferred
            rows = [row for row in rows if row[0] in preferred]
        if not drugs:
            return None, ""
        if all(is_abbreviation(kind) for _, _, kind in rows) and not any(name == raw.strip() for _, name, _ in rows):
            return None, "abbreviation"  # "dim" is a word; "DIM" is dimesna's abbreviation
        term_id = drugs.pop()
        names = self._rows("SELECT name, kind FROM {s}.term_names WHERE term_id = ? AND drug", (term_id,))
        preferred = self._preferred(term_id, names)
        ranked = sorted(((_ADD_ORDER.index(kind.casefold()), name) for name, kind in names
                         if kind.casefold() in _ADD_ORDER), key=lambda item: item[0])
        added: dict[str, str] = {}
        for _, name in ranked:
            name_key = folded(name)
            if (name_key == key or name_key in added or len(name_key) < MIN_NAME_CHARS or not _LETTER.search(name_key)
                    or len({t for t, _, _ in self._names_by_folded(name_key)}) > 1):
                continue
            added[name_key] = name
            if len(added) >= MAX_ADDED_NAMES:
                break
        asked_kind = next((kind for _, _, kind in rows), "")
        return Expansion(raw.strip(), preferred, tuple(added.values()), asked_kind), ""

    def _preferred(self, term_id: str, names: list[tuple[str, str]]) -> str:
        found = self._rows("SELECT preferred FROM {s}.terms WHERE term_id = ?", (term_id,))
        if found:
            return found[-1][0]
        return next((name for name, kind in names if kind == PREFERRED), names[0][0] if names else "")

    def info(self, term_id: str) -> TermInfo | None:
        """A drug's preferred name, other names and definition (None if no document names it)."""
        if not self.schemas:
            return None
        names = self._rows("SELECT name, kind FROM {s}.term_names WHERE term_id = ?", (term_id,))
        if not names:
            return None
        term = self._rows("SELECT preferred, definition, semantic FROM {s}.terms WHERE term_id = ?", (term_id,))
        preferred = term[-1][0] if term else self._preferred(term_id, names)
        order = {kind: i for i, kind in enumerate(_SHOWN_ORDER)}
        others: dict[str, tuple[str, str]] = {}
        for name, kind in sorted(names, key=lambda item: order.get(item[1].casefold(), len(order))):
            if kind != PREFERRED and folded(name) != folded(preferred) and folded(name) not in others:
                others[folded(name)] = (name, kind)
        return TermInfo(term_id, preferred, tuple(others.values()), term[-1][1] if term else "",
                        tuple(t for t in (term[-1][2].split("\n") if term else []) if t))

    def term_named(self, name: str) -> str:
        """The drug term a name (a dictionary term's, say) exactly names: its id, or ""."""
        found = {term_id for term_id, _, _ in self._names_by_folded(folded(name))} if self.schemas else set()
        return found.pop() if len(found) == 1 else ""


def snapshot(db: sqlite3.Connection, term_id: str) -> tuple[list[tuple], list[tuple]]:
    """The rows a Term document holds, to put back if this run's copy of it is not kept."""
    return (db.execute("SELECT * FROM terms WHERE term_id = ?", (term_id,)).fetchall(),
            db.execute("SELECT * FROM term_names WHERE source = ?", (term_id,)).fetchall())


def restore(db: sqlite3.Connection, term_id: str, rows: tuple[list[tuple], list[tuple]]) -> None:
    remove_term(db, term_id)
    db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?)", rows[0])
    db.executemany("INSERT INTO term_names VALUES (?, ?, ?, ?, ?, ?)", rows[1])

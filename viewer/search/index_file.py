"""The index's file: its tables, how a summary's passages are written into them (a passage's rowid
says its kind's rank and its summary, ROWID_*), and IndexWriter, which an import uses to change the
library's index for what it changes only. index.py searches what is written here."""
from __future__ import annotations

import errno
import functools
import shutil
import sqlite3
from pathlib import Path
from typing import Iterator

from ..content import Summary
from ..content.section_labels import section_labels
from .terms import create_term_tables, remove_summary_names, remove_term, restore, snapshot, term_record, \
    write_summary_names, write_term
from .text import strip_control, words

SCHEMA_VERSION = 3  # 2: sections have their distinguishing label; passages of key points are their own kind
                    # 3: a passage's rowid says its kind's rank and its summary (ROWID_*)
# What a passage is, strongest evidence first (see the module's docstring); an unknown kind ranks last.
KIND_ORDER = {"heading": 0, "keypoint": 0, "paragraph": 1, "reference": 2}
UNKNOWN_KIND = max(KIND_ORDER.values()) + 1
# A passage's rowid is (kind's rank, summary's number, passage's number) in bits, so that results are
# put in order without reading each match's row: for a common word in NCI's whole set, reading the
# summary and kind of every one of its ~20,000 passages cost more than matching and ranking them.
ROWID_SEQ_BITS, ROWID_SUMMARY_BITS = 24, 28
ROWID_KIND_SHIFT = ROWID_SEQ_BITS + ROWID_SUMMARY_BITS
ROWID_SUMMARY_MASK = (1 << ROWID_SUMMARY_BITS) - 1


def passages(summary: Summary) -> Iterator[tuple[str, str, str, str]]:
    """(section id, anchor, kind, text) for everything a reader may search for."""
    for section in summary.walk():
        yield section.id, section.id, "heading", section.title
        for paragraph in section.paragraphs:
            text = paragraph.text
            for citation in paragraph.citations:  # "[4]" is a link, not a word of the text
                text = text.replace(citation.marker, " ", 1)
            yield section.id, paragraph.anchor, "keypoint" if paragraph.key_point else "paragraph", text
        for reference in section.references:
            yield section.id, reference.anchor, "reference", f"{reference.number}. {reference.text}"


TOKENIZER = "porter unicode61 remove_diacritics 2"  # the passages' words: stems, any case, no accents


def create_tables(db: sqlite3.Connection) -> None:
    db.executescript(f"""
        PRAGMA user_version = {SCHEMA_VERSION};
        CREATE TABLE summaries(summary_id TEXT PRIMARY KEY, title TEXT);
        CREATE TABLE sections(summary_id TEXT, section_id TEXT, title TEXT, label TEXT);
        CREATE INDEX sections_by_summary ON sections(summary_id);
        CREATE VIRTUAL TABLE passages USING fts5(
            summary_id UNINDEXED, section_id UNINDEXED, anchor UNINDEXED, kind UNINDEXED, title, body,
            tokenize = '{TOKENIZER}');
        -- the words as written, for "no results" suggestions, with how many summaries use each, so
        -- that an update or a removal can take a summary's words out again
        CREATE TABLE vocabulary(word TEXT PRIMARY KEY, summaries INTEGER NOT NULL) WITHOUT ROWID;
    """)
    create_term_tables(db)


def add_summary(db: sqlite3.Connection, summary: Summary) -> None:
    number = db.execute("INSERT INTO summaries VALUES (?, ?)", (summary.id, summary.title)).lastrowid
    labels = section_labels(summary)
    db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?)",
                   [(summary.id, s.id, s.title, labels[s.id]) for s in summary.walk()])
    rows = [(summary.id, sid, anchor, kind, *((text, "") if kind == "heading" else ("", text)))
            for sid, anchor, kind, text in passages(summary)]
    rows = [row[:4] + (strip_control(row[4]), strip_control(row[5])) for row in rows]
    if number > ROWID_SUMMARY_MASK or len(rows) >= 1 << ROWID_SEQ_BITS:
        raise sqlite3.DataError(f"{summary.id}: beyond what the index numbers")  # (limits.py keeps far below)
    base = number << ROWID_SEQ_BITS
    db.executemany("INSERT INTO passages(rowid, summary_id, section_id, anchor, kind, title, body) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [((KIND_ORDER.get(row[3], UNKNOWN_KIND) << ROWID_KIND_SHIFT) | base | seq, *row)
                    for seq, row in enumerate(rows)])
    found = {w for row in rows for w in words(row[4] or row[5]) if not w.isdigit()}
    db.executemany("INSERT INTO vocabulary VALUES (?, 1) ON CONFLICT(word) DO UPDATE SET summaries = summaries + 1",
                   ((w,) for w in found))
    write_summary_names(db, summary)  # a drug information summary's drug names, for search and hover


def remove_summary(db: sqlite3.Connection, summary_id: str) -> None:
    remove_summary_names(db, summary_id)
    if db.execute("SELECT 1 FROM summaries WHERE summary_id = ?", (summary_id,)).fetchone() is None:
        return  # not indexed (a new summary): nothing to scan the passages for
    gone = {w for title, body in db.execute("SELECT title, body FROM passages WHERE summary_id = ?", (summary_id,))
            for w in words(title or body) if not w.isdigit()}
    db.executemany("UPDATE vocabulary SET summaries = summaries - 1 WHERE word = ?", ((w,) for w in gone))
    db.execute("DELETE FROM vocabulary WHERE summaries <= 0")
    for table in ("summaries", "sections", "passages"):
        db.execute(f"DELETE FROM {table} WHERE summary_id = ?", (summary_id,))


class IndexWriteError(OSError):
    """The index file could not be written: a full disk, a file-size limit, a failing device."""


def _writing(method):
    """SQLite's errors while writing the index, as the OSError they are (the disk, not the query)."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            full = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc)
            raise IndexWriteError(errno.ENOSPC if full else errno.EIO,
                                  f"the search index could not be written ({exc})"
                                  + ("" if full else ": is the disk full?"), str(self.path)) from None
    return wrapper


def schema_version(path: Path) -> int:
    """The index file's schema version (0 for one from before versions, or one that is not an index)."""
    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


class IndexWriter:
    """The library's index file, changed by an import for what it changes only: start from a copy of
    the previous generation's index (or nothing, when it is of an older schema: the import then
    indexes every summary again), replace and remove summaries, then `finish`. Start only from an
    index checked against the library's manifest: what it holds is carried on. Writing fails with
    IndexWriteError (an OSError), never a raw sqlite3 error."""

    @_writing
    def __init__(self, path: Path, start_from: Path | None = None):
        self.path = Path(path)
        self.path.unlink(missing_ok=True)
        if start_from is not None and start_from.is_file() and schema_version(start_from) == SCHEMA_VERSION:
            shutil.copyfile(start_from, self.path)
            self._db = sqlite3.connect(self.path)
            create_term_tables(self._db)  # an index from before terms gets their (empty) tables
        else:
            self._db = sqlite3.connect(self.path)
            create_tables(self._db)
        self._db.execute("PRAGMA journal_mode = OFF")  # a scratch file: a failed run throws it away
        self._db.execute("BEGIN")

    @_writing
    def replace(self, summary: Summary) -> None:
        remove_summary(self._db, summary.id)
        add_summary(self._db, summary)

    @_writing
    def remove(self, summary_id: str) -> None:
        remove_summary(self._db, summary_id)

    def ids(self) -> set[str]:
        return {summary_id for (summary_id,) in self._db.execute("SELECT summary_id FROM summaries")}

    @_writing
    def put_term(self, term, digest: str) -> None:
        """A Term document (content.pdq.DrugTerm) and the SHA-256 of its file."""
        write_term(self._db, term, digest)

    @_writing
    def remove_term(self, term_id: str) -> None:
        remove_term(self._db, term_id)

    def term_record(self, term_id: str) -> tuple[str, str, str] | None:
        """(date, SHA-256, preferred name) of the Term document held, or None."""
        return term_record(self._db, term_id)

    def term_rows(self, term_id: str):
        """What the index holds of a Term document, for `restore_term`."""
        return snapshot(self._db, term_id)

    @_writing
    def restore_term(self, term_id: str, rows) -> None:
        restore(self._db, term_id, rows)

    def term_ids(self) -> set[str]:
        return {term_id for (term_id,) in self._db.execute("SELECT term_id FROM terms")}

    @_writing
    def finish(self) -> Path:
        self._db.commit()
        self._db.execute("INSERT INTO passages(passages) VALUES ('optimize')")
        self._db.commit()
        self._db.execute("VACUUM")
        self._db.close()
        return self.path

    def discard(self) -> None:
        if getattr(self, "_db", None) is not None:
            self._db.close()
        self.path.unlink(missing_ok=True)

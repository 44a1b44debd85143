"""The search index: SQLite FTS5 over the passages of the document model.

A passage is a section heading, a paragraph or a reference entry, and knows its summary,
section and anchor, so a hit can be opened and highlighted where it is. Tokenizer: Porter
stemming over unicode61 with diacritics removed ('plockinger' finds 'Plöckinger'); Greek and
Latin plurals are joined at query time (see plurals.py).

Ranking: what a passage is comes first, then FTS5's BM25. A heading or a key point naming the
words is the strongest evidence, a paragraph next, a reference entry (a paper's title quoting the
words) the weakest, so references come last. Among passages of one kind, the summary being read
comes before the others.
"""
from __future__ import annotations

import difflib
import errno
import functools
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..content import Summary
from ..content.section_labels import section_labels
from . import hints as said
from .query import ParsedQuery, Term, parse_query
from .terms import Expansion, TermInfo, TermLookup, create_term_tables, remove_summary_names, remove_term, \
    restore, snapshot, term_record, write_summary_names, write_term
from .text import strip_control, words

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0  # a section named for the words outranks a passage using them
MARK_START, MARK_END = "\x02", "\x03"  # never in indexed text: control characters are stripped
SNIPPET_WORDS = 16
SCHEMA_VERSION = 2  # 2: sections have their distinguishing label; passages of key points are their own kind
# What a passage is, strongest evidence first (see the module's docstring); an unknown kind ranks last.
KIND_ORDER = {"heading": 0, "keypoint": 0, "paragraph": 1, "reference": 2}


@dataclass(frozen=True)
class Hit:
    summary_id: str
    summary_title: str
    section_id: str
    section_title: str
    anchor: str                         # where in the text the passage is
    kind: str                           # "heading", "keypoint", "paragraph" or "reference"
    snippet: tuple[tuple[str, bool], ...]  # (text, is_match) pieces
    terms: tuple[str, ...]              # the words as written in the passage that matched

    section_label: str = ""             # the section's path, as much as tells it from the summary's others

    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)

    @property
    def where(self) -> str:
        """The section, named so that it is told from the others of its summary."""
        return self.section_label or self.section_title


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    hint: str = ""        # shown to the reader: why nothing was found, or what was left out (English)
    hints: list[said.Hint] = field(default_factory=list)  # the same, to be said in the window's language
    suggestion: str = ""  # a close word that occurs in the library, when nothing matched
    missing: str = ""     # the query word that occurs nowhere in the library
    more: bool = False    # more results follow these (ask again with offset=len(hits))
    # A drug's name in the query, searched for with the drug's other names too (see terms.py);
    # and the words that name more than one drug, so were not.
    expansions: list[Expansion] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)


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


def _split_marked(marked: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(marked.split(MARK_START)):
        inside, _, after = part.partition(MARK_END) if i else ("", "", part)
        if inside:
            pieces.append((inside, True))
        if after:
            pieces.append((after, False))
    return tuple(pieces)


class SearchIndex:
    """Build with `SearchIndex.build(summaries)`; `search(text)` never raises on user input."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection
        self._schemas = ["main"]
        self._titles: dict[str, str] = {}
        self._sections: dict[tuple[str, str], str] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._vocabulary: list[str] | None = None
        self._read_names("main")
        self._terms = TermLookup.over(self._db, self._schemas)

    def _read_names(self, schema: str) -> None:
        self._titles.update(self._db.execute(f"SELECT summary_id, title FROM {schema}.summaries"))
        self._sections.update({(s, i): t for s, i, t in
                               self._db.execute(f"SELECT summary_id, section_id, title FROM {schema}.sections")})
        columns = {row[1] for row in self._db.execute(f"PRAGMA {schema}.table_info(sections)")}
        if "label" in columns:  # an index from before labels names its sections by their titles
            self._labels.update({(s, i): label for s, i, label in
                                 self._db.execute(f"SELECT summary_id, section_id, label FROM {schema}.sections")})

    @classmethod
    def build(cls, summaries: Iterable[Summary], path: str = ":memory:") -> SearchIndex:
        db = sqlite3.connect(path, check_same_thread=False, uri=True)  # uri: ATTACH opens the library read-only
        with db:
            create_tables(db)
            for summary in summaries:
                add_summary(db, summary)
            db.execute("INSERT INTO passages(passages) VALUES ('optimize')")
        return cls(db)

    def attach(self, path: str | Path) -> None:
        """Search the library's own index too (built by import: see IndexWriter), read-only."""
        self._db.execute("ATTACH DATABASE ? AS library", (f"{Path(path).resolve().as_uri()}?mode=ro",))
        self._schemas.append("library")
        self._read_names("library")
        self._vocabulary = None
        self._terms = TermLookup.over(self._db, self._schemas)

    def search(self, text: str, limit: int = 50, summary_id: str | None = None,
               prefer_summary: str | None = None, offset: int = 0) -> SearchResults:
        """The best `limit` results after the first `offset`, of the library or of `summary_id`;
        the hits of `prefer_summary` (the one being read) before others of the same kind."""
        parsed = parse_query(text)
        results = SearchResults(query=text, hint=parsed.hint, hints=list(parsed.hints))
        if parsed.is_empty:
            return results
        self._expand(parsed, results)
        try:
            hits = self._run(parsed, limit + 1, summary_id, prefer_summary, max(offset, 0))
        except sqlite3.Error:  # should not happen: the expression is ours; never let it reach the user
            results.hints = [(said.NOT_RUN, {})]
            results.hint = said.said(results.hints)
            return results
        results.hits, results.more = hits[:limit], len(hits) > limit
        if not results.hits and not offset and not results.expansions:  # (a drug's names: said by the expansion)
            results.missing, results.suggestion = self.missing_word(parsed)
            if not results.missing and len(parsed.plain_words()) > 1:
                results.hints.append((said.NOT_TOGETHER, {}))
                results.hint = said.said(results.hints)
        return results

    def _expand(self, parsed: ParsedQuery, results: SearchResults) -> None:
        """A query word or phrase that names a drug is searched for with the drug's other names
        (terms.py says which, and which not); the whole query too, when it is a drug's name of
        several words typed without quotes ("imatinib mesylate")."""
        try:
            single = all(len(group) == 1 and not group[0].prefix for group in parsed.groups)
            if single and len(parsed.groups) > 1:
                asked = tuple(w for group in parsed.groups for w in group[0].words)
                raw = " ".join(group[0].raw for group in parsed.groups)
                found, why = self._terms.expansion(asked, raw)
                if found is not None:
                    parsed.also.extend(Term(tuple(words(name))) for name in found.added)
                    results.expansions.append(found)
                    return
                if why == "ambiguous":
                    results.ambiguous.append(raw)
            for group in parsed.groups:
                for term in list(group):
                    if term.prefix:
                        continue
                    found, why = self._terms.expansion(term.words, term.raw or " ".join(term.words))
                    if found is not None:
                        group.extend(Term(tuple(words(name))) for name in found.added)
                        results.expansions.append(found)
                    elif why == "ambiguous":
                        results.ambiguous.append(term.raw or " ".join(term.words))
        except sqlite3.Error:  # an index whose term tables cannot be read: the words as typed
            return

    def term_info(self, term_id: str) -> TermInfo | None:
        """A drug's names and definition, for hovering its name (None if the library has none)."""
        try:
            return self._terms.info(term_id)
        except sqlite3.Error:
            return None

    def term_named(self, name: str) -> str:
        """The id of the drug term `name` exactly names, or ""."""
        try:
            return self._terms.term_named(name)
        except sqlite3.Error:
            return ""

    def _run(self, parsed: ParsedQuery, limit: int, summary_id: str | None, prefer: str | None,
             offset: int) -> list[Hit]:
        where = "passages MATCH ?" + (" AND summary_id = ?" if summary_id else "")
        params: list = [prefer or "", parsed.fts()] + ([summary_id] if summary_id else [])
        kind_order = " ".join(f"WHEN '{kind}' THEN {order}" for kind, order in KIND_ORDER.items())
        selects = [f"""
            SELECT summary_id, section_id, anchor, kind,
                   snippet(passages, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS}) AS snip,
                   highlight(passages, 4, '{MARK_START}', '{MARK_END}')
                   || highlight(passages, 5, '{MARK_START}', '{MARK_END}') AS marked,
                   CASE kind {kind_order} ELSE {max(KIND_ORDER.values()) + 1} END AS kind_order,
                   summary_id != ? AS elsewhere,
                   bm25(passages, 0, 0, 0, 0, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS rank,
                   {n} AS schema, rowid
            FROM {schema}.passages WHERE {where}""" for n, schema in enumerate(self._schemas)]
        # where it is stored last: the same query gives the same order, so "more" continues the list
        # (rowid, not summary and anchor: those are read from the table for every match, rowid is free)
        order = " ORDER BY kind_order, elsewhere, rank, schema, rowid LIMIT ? OFFSET ?"
        rows = self._db.execute(" UNION ALL ".join(selects) + order,
                                params * len(selects) + [limit, offset]).fetchall()
        hits = []
        for sid, section_id, anchor, kind, snippet, marked, *_order in rows:
            matched = (t for t, is_match in _split_marked(marked) if is_match)
            terms = tuple({t.casefold(): t for t in matched}.values())
            hits.append(Hit(sid, self._titles.get(sid, sid), section_id, self._sections.get((sid, section_id), ""),
                            anchor, kind, _split_marked(snippet), terms, self._labels.get((sid, section_id), "")))
        return hits

    def missing_word(self, parsed: ParsedQuery) -> tuple[str, str]:
        """The first query word that occurs nowhere, as the index cuts words ("8,000" is "8" and
        "000"), and the closest word that does ("" if none). Asked of the index itself, so a word
        counts as occurring exactly when a search for it alone would find it."""
        for term in (t for group in parsed.groups for t in group):
            for i, word in enumerate(term.words):
                last = i == len(term.words) - 1
                alone = Term((word,), prefix=term.prefix and last, typing=term.typing and last)
                if self._occurs(alone):
                    continue
                close = difflib.get_close_matches(word, self._known_words(), n=1, cutoff=0.75)
                return word, close[0] if close else ""
        return "", ""

    def _occurs(self, term: Term) -> bool:
        return any(self._db.execute(f"SELECT 1 FROM {schema}.passages WHERE passages MATCH ? LIMIT 1",
                                    (term.fts(),)).fetchone() for schema in self._schemas)

    def _known_words(self) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = sorted({w for schema in self._schemas
                                       for (w,) in self._db.execute(f"SELECT word FROM {schema}.vocabulary")})
        return self._vocabulary

    def interrupt(self) -> None:
        """Stop the query this index is running (from another thread: a newer query supersedes it)."""
        self._db.interrupt()

    def close(self) -> None:
        self._db.close()


def create_tables(db: sqlite3.Connection) -> None:
    db.executescript(f"""
        PRAGMA user_version = {SCHEMA_VERSION};
        CREATE TABLE summaries(summary_id TEXT PRIMARY KEY, title TEXT);
        CREATE TABLE sections(summary_id TEXT, section_id TEXT, title TEXT, label TEXT);
        CREATE INDEX sections_by_summary ON sections(summary_id);
        CREATE VIRTUAL TABLE passages USING fts5(
            summary_id UNINDEXED, section_id UNINDEXED, anchor UNINDEXED, kind UNINDEXED, title, body,
            tokenize = 'porter unicode61 remove_diacritics 2');
        -- the words as written, for "no results" suggestions, with how many summaries use each, so
        -- that an update or a removal can take a summary's words out again
        CREATE TABLE vocabulary(word TEXT PRIMARY KEY, summaries INTEGER NOT NULL) WITHOUT ROWID;
    """)
    create_term_tables(db)


def add_summary(db: sqlite3.Connection, summary: Summary) -> None:
    db.execute("INSERT INTO summaries VALUES (?, ?)", (summary.id, summary.title))
    labels = section_labels(summary)
    db.executemany("INSERT INTO sections VALUES (?, ?, ?, ?)",
                   [(summary.id, s.id, s.title, labels[s.id]) for s in summary.walk()])
    rows = [(summary.id, sid, anchor, kind, *((text, "") if kind == "heading" else ("", text)))
            for sid, anchor, kind, text in passages(summary)]
    rows = [row[:4] + (strip_control(row[4]), strip_control(row[5])) for row in rows]
    db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)", rows)
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

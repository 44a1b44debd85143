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
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..content import Summary
from . import hints as said
from .query import ParsedQuery, Term, parse_query
from .index_file import (KIND_ORDER, ROWID_KIND_SHIFT, ROWID_SEQ_BITS, ROWID_SUMMARY_MASK, TOKENIZER,
                         UNKNOWN_KIND, add_summary, create_tables)
from .terms import Expansion, TermInfo, TermLookup
from .text import words

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0  # a section named for the words outranks a passage using them
MARK_START, MARK_END = "\x02", "\x03"  # never in indexed text: control characters are stripped
SNIPPET_WORDS = 16
# The word being typed is completed from the library's own words, as written, while they are this
# few: a prefix search is stemmed ("genes*" is "gene*"), so "genes" found "general" first.
MAX_COMPLETIONS = 40
# A word that occurs nowhere is offered a close one only from this length: a short word has too many
# neighbours to mean any of them (three letters, "nab", one letter from "nb")
MIN_SUGGESTED_FROM = 4


@dataclass(frozen=True)
class Hit:
    """A passage a search found: where it is, and its snippet with the matches marked."""

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
    """A search's hits, and what to tell the reader about them."""

    query: str
    hits: list[Hit] = field(default_factory=list)
    hint: str = ""        # shown to the reader: why nothing was found, or what was left out (English)
    hints: list[said.Hint] = field(default_factory=list)  # the same, to be said in the window's language
    suggestion: str = ""  # a close word that occurs in the library, when nothing matched
    missing: str = ""     # the query word that occurs nowhere in the library
    more: bool = False    # more results follow these (ask again with offset=len(hits))
    in_library: int = 0   # a search of one summary that found none there: the whole library's results
    # A drug's name in the query, searched for with the drug's other names too (see terms.py);
    # and the words that name more than one drug, so were not.
    expansions: list[Expansion] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)


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
        self._numbered: dict[str, bool] = {"main": True}  # whether a schema's rowids say kind and summary
        self._titles: dict[str, str] = {}
        self._sections: dict[tuple[str, str], str] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._vocabulary: list[str] | None = None
        self._stemmer = False  # the temp table that stems a word (_stem), made at its first use
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
        self._numbered["library"] = self._db.execute("PRAGMA library.user_version").fetchone()[0] >= 3
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
        self._complete_typing(parsed)
        try:
            hits = self._run(parsed, limit + 1, summary_id, prefer_summary, max(offset, 0))
        except sqlite3.Error:  # should not happen: the expression is ours; never let it reach the user
            results.hints = [(said.NOT_RUN, {})]
            results.hint = said.said(results.hints)
            return results
        results.hits, results.more = hits[:limit], len(hits) > limit
        if not results.hits and not offset and summary_id:  # none here: whether widening the search would help
            results.in_library = self._count(parsed.fts())
        if not results.hits and not offset and not results.expansions and not results.in_library:
            results.missing, results.suggestion = self.missing_word(parsed)  # (a drug's names: said by the expansion)
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

    def _complete_typing(self, parsed: ParsedQuery) -> None:
        """The word being typed: itself (and its forms) or a longer word of the library that begins
        with it as written; the stemmed prefix only where it begins too many words to list."""
        for group in parsed.groups:
            for i, term in enumerate(group):
                if not term.typing or len(term.words) != 1 or self._stem(term.words[0]) == term.words[0]:
                    continue  # a start the stemmer leaves as it is: its prefix is exactly the typed one
                longer = self._completions(term.words[0])
                if longer is not None:
                    group[i] = Term(term.words, raw=term.raw)
                    group.extend(Term((word,)) for word in longer)

    def _stem(self, word: str) -> str:
        """`word` as the index's stemmer cuts it ("genes": "gene"), asked of SQLite's own; `word` if it cannot say."""
        try:
            if not self._stemmer:
                self._db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.stemmer USING fts5(w, tokenize={TOKENIZER!r})")
                self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.stems USING fts5vocab(temp, stemmer, 'row')")
                self._stemmer = True
            self._db.execute("DELETE FROM temp.stemmer")
            self._db.execute("INSERT INTO temp.stemmer(w) VALUES (?)", (word,))
            row = self._db.execute("SELECT term FROM temp.stems LIMIT 1").fetchone()
        except sqlite3.Error:
            return word
        return row[0] if row else word

    def _completions(self, start: str) -> list[str] | None:
        """The library's words longer than `start` that begin with it; None if over MAX_COMPLETIONS."""
        after = start[:-1] + chr(ord(start[-1]) + 1)
        found: set[str] = set()
        try:
            for schema in self._schemas:
                found.update(w for (w,) in self._db.execute(
                    f"SELECT word FROM {schema}.vocabulary WHERE word > ? AND word < ? LIMIT ?",
                    (start, after, MAX_COMPLETIONS + 1)))
        except sqlite3.Error:  # an index without the table: the stemmed prefix, as before
            return None
        return sorted(found) if len(found) <= MAX_COMPLETIONS else None

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
        """The hits in order: first the places of the best (from the rowids and BM25 alone), then
        the rows, snippets and marks of those only."""
        expression = parsed.fts()
        selects, params = [], []
        for n, schema in enumerate(self._schemas):
            select, more = self._places(n, schema, expression, summary_id, prefer)
            selects.append(select)
            params += more
        # where it is stored last: the same query gives the same order, so "more" continues the list
        order = " ORDER BY kind_order, elsewhere, rank, schema, rowid LIMIT ? OFFSET ?"
        places = self._db.execute(" UNION ALL ".join(selects) + order, params + [limit, offset]).fetchall()
        rows = {}
        for n in {schema for *_order, schema, _rowid in places}:  # one pass over the matches per schema
            wanted = [rowid for *_order, schema, rowid in places if schema == n]
            rows.update(((n, row[0]), row[1:]) for row in self._db.execute(f"""
                SELECT rowid, summary_id, section_id, anchor, kind,
                       snippet(passages, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS}),
                       highlight(passages, 4, '{MARK_START}', '{MARK_END}')
                       || highlight(passages, 5, '{MARK_START}', '{MARK_END}')
                FROM {self._schemas[n]}.passages
                WHERE passages MATCH ? AND +rowid IN ({", ".join("?" * len(wanted))})""", [expression, *wanted]))
        hits = []
        for *_order, schema, rowid in places:
            if (schema, rowid) not in rows:  # (not within one connection's read; never a wrong hit if it were)
                continue
            sid, section_id, anchor, kind, snippet, marked = rows[schema, rowid]
            matched = (t for t, is_match in _split_marked(marked) if is_match)
            terms = tuple({t.casefold(): t for t in matched}.values())
            hits.append(Hit(sid, self._titles.get(sid, sid), section_id, self._sections.get((sid, section_id), ""),
                            anchor, kind, _split_marked(snippet), terms, self._labels.get((sid, section_id), "")))
        return hits

    def _places(self, n: int, schema: str, expression: str, summary_id: str | None,
                prefer: str | None) -> tuple[str, list]:
        """One schema's part of the ordering query: (kind_order, elsewhere, rank, schema, rowid)."""
        rank = f"bm25(passages, 0, 0, 0, 0, {TITLE_WEIGHT}, {BODY_WEIGHT})"
        if self._numbered[schema]:
            number = f"((rowid >> {ROWID_SEQ_BITS}) & {ROWID_SUMMARY_MASK})"
            kind_order, elsewhere, of_summary = f"(rowid >> {ROWID_KIND_SHIFT})", f"{number} != ?", f"{number} = ?"
            prefer_key, summary_key = self._number(schema, prefer), self._number(schema, summary_id)
        else:  # an index from before the numbered rowids (until the next import makes it again)
            cases = " ".join(f"WHEN '{kind}' THEN {order}" for kind, order in KIND_ORDER.items())
            kind_order, elsewhere, of_summary = f"CASE kind {cases} ELSE {UNKNOWN_KIND} END", "summary_id != ?", "summary_id = ?"
            prefer_key, summary_key = prefer or "", summary_id
        where = "passages MATCH ?" + (f" AND {of_summary}" if summary_id else "")
        select = (f"SELECT {kind_order} AS kind_order, {elsewhere} AS elsewhere, {rank} AS rank, {n} AS schema, rowid "
                  f"FROM {schema}.passages WHERE {where}")
        return select, [prefer_key, expression] + ([summary_key] if summary_id else [])

    def _count(self, expression: str) -> int:
        """How many results the library has for `expression`: its matches counted, none read or ranked."""
        try:
            return sum(self._db.execute(f"SELECT count(*) FROM {schema}.passages WHERE passages MATCH ?",
                                        (expression,)).fetchone()[0] for schema in self._schemas)
        except sqlite3.Error:
            return 0

    def _number(self, schema: str, summary_id: str | None) -> int:
        """The summary's number in `schema`'s rowids; -1 (no passage's) if it has none there."""
        if not summary_id:
            return -1
        row = self._db.execute(f"SELECT rowid FROM {schema}.summaries WHERE summary_id = ?", (summary_id,)).fetchone()
        return row[0] if row else -1

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
                if len(word) < MIN_SUGGESTED_FROM:  # "nab" (nab-paclitaxel) was offered "nb"
                    return word, ""
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

"""The search index: SQLite FTS5 over the passages of the document model.

A passage is a section heading, a paragraph or a reference entry, and knows its summary,
section and anchor, so a hit can be opened and highlighted where it is. Tokenizer: Porter
stemming over unicode61 with diacritics removed ('plockinger' finds 'Plöckinger'); Greek and
Latin plurals are joined at query time (see plurals.py). Ranking is FTS5's BM25.
"""
from __future__ import annotations

import difflib
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..content import Summary
from .query import ParsedQuery, parse_query
from .text import fold, strip_control, words

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0  # a section named for the words outranks a passage using them
MARK_START, MARK_END = "\x02", "\x03"  # never in indexed text: control characters are stripped
SNIPPET_WORDS = 16


@dataclass(frozen=True)
class Hit:
    summary_id: str
    summary_title: str
    section_id: str
    section_title: str
    anchor: str                         # where in the text the passage is
    kind: str                           # "heading", "paragraph" or "reference"
    snippet: tuple[tuple[str, bool], ...]  # (text, is_match) pieces
    terms: tuple[str, ...]              # the words as written in the passage that matched

    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)
    hint: str = ""        # shown to the reader: why nothing was found, or what was left out
    suggestion: str = ""  # a close indexed word, when nothing matched


def passages(summary: Summary) -> Iterator[tuple[str, str, str, str]]:
    """(section id, anchor, kind, text) for everything a reader may search for."""
    for section in summary.walk():
        yield section.id, section.id, "heading", section.title
        for paragraph in section.paragraphs:
            text = paragraph.text
            for citation in paragraph.citations:  # "[4]" is a link, not a word of the text
                text = text.replace(citation.marker, " ", 1)
            yield section.id, paragraph.anchor, "paragraph", text
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
        self._titles = dict(self._db.execute("SELECT summary_id, title FROM summaries"))
        self._sections = {(s, i): t for s, i, t in self._db.execute("SELECT summary_id, section_id, title FROM sections")}
        self._vocabulary: list[str] | None = None

    @classmethod
    def build(cls, summaries: Iterable[Summary], path: str = ":memory:") -> SearchIndex:
        db = sqlite3.connect(path, check_same_thread=False)
        with db:
            db.executescript("""
                CREATE TABLE summaries(summary_id TEXT PRIMARY KEY, title TEXT);
                CREATE TABLE sections(summary_id TEXT, section_id TEXT, title TEXT);
                CREATE VIRTUAL TABLE passages USING fts5(
                    summary_id UNINDEXED, section_id UNINDEXED, anchor UNINDEXED, kind UNINDEXED, title, body,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE TABLE vocabulary(word TEXT PRIMARY KEY) WITHOUT ROWID;
            """)
            vocabulary: set[str] = set()
            for summary in summaries:
                db.execute("INSERT INTO summaries VALUES (?, ?)", (summary.id, summary.title))
                db.executemany("INSERT INTO sections VALUES (?, ?, ?)",
                               [(summary.id, s.id, s.title) for s in summary.walk()])
                rows = [(summary.id, sid, anchor, kind, *((text, "") if kind == "heading" else ("", text)))
                        for sid, anchor, kind, text in passages(summary)]
                rows = [row[:4] + (strip_control(row[4]), strip_control(row[5])) for row in rows]
                db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)", rows)
                for row in rows:
                    vocabulary.update(words(row[4] or row[5]))
            db.executemany("INSERT INTO vocabulary VALUES (?)", ((w,) for w in vocabulary if not w.isdigit()))
            db.execute("INSERT INTO passages(passages) VALUES ('optimize')")
        return cls(db)

    def search(self, text: str, limit: int = 50, summary_id: str | None = None) -> SearchResults:
        parsed = parse_query(text)
        results = SearchResults(query=text, hint=parsed.hint)
        if parsed.is_empty:
            return results
        try:
            results.hits = self._run(parsed, limit, summary_id)
        except sqlite3.Error:  # should not happen: the expression is ours; never let it reach the user
            results.hint = "That search could not be run; try fewer or simpler words."
            return results
        if not results.hits:
            results.suggestion = self.suggest(parsed)
        return results

    def _run(self, parsed: ParsedQuery, limit: int, summary_id: str | None) -> list[Hit]:
        where = "passages MATCH ?" + (" AND summary_id = ?" if summary_id else "")
        params: list = [parsed.fts()] + ([summary_id] if summary_id else [])
        rows = self._db.execute(f"""
            SELECT summary_id, section_id, anchor, kind,
                   snippet(passages, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS}),
                   highlight(passages, 4, '{MARK_START}', '{MARK_END}')
                   || highlight(passages, 5, '{MARK_START}', '{MARK_END}')
            FROM passages WHERE {where}
            ORDER BY bm25(passages, 0, 0, 0, 0, {TITLE_WEIGHT}, {BODY_WEIGHT}) LIMIT ?""", params + [limit]).fetchall()
        hits = []
        for sid, section_id, anchor, kind, snippet, marked in rows:
            matched = (t for t, is_match in _split_marked(marked) if is_match)
            terms = tuple({t.casefold(): t for t in matched}.values())
            hits.append(Hit(sid, self._titles.get(sid, sid), section_id, self._sections.get((sid, section_id), ""),
                            anchor, kind, _split_marked(snippet), terms))
        return hits

    def suggest(self, parsed: ParsedQuery) -> str:
        """The indexed word closest to the first query word that is not indexed, if any is close."""
        if self._vocabulary is None:
            self._vocabulary = [w for (w,) in self._db.execute("SELECT word FROM vocabulary")]
        for word in parsed.plain_words():
            word = fold(word)
            if self._db.execute("SELECT 1 FROM vocabulary WHERE word = ?", (word,)).fetchone():
                continue
            close = difflib.get_close_matches(word, self._vocabulary, n=1, cutoff=0.75)
            if close:
                return close[0]
        return ""

    def close(self) -> None:
        self._db.close()

"""The query language a person would guess, made safe for FTS5.

    carcinoid syndrome      both words (any order), ranked by BM25
    "liver metastases"      the exact phrase
    octreo*                 words starting with 'octreo' (3 letters or more; 4 such in a search)
    -surgery  / NOT surgery passages without that word
    radiation OR chemotherapy

Common words ("of", "the", "with") are left out of a search, as PubMed does, unless they are in a
"phrase", typed in capitals (WAS, the syndrome) or all there is: every passage has them, so they
find nothing more and would be marked everywhere.

User text never reaches SQLite as syntax: it is cut into words (as the tokenizer cuts them),
and the FTS5 expression is written here from quoted strings and operators only. Unbalanced
quotes, brackets, lone '*', 'AND (' or 'NEAR' are simply words or nothing.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from . import hints as said
from . import plurals
from .text import strip_control, words

MAX_QUERY_CHARS = 500   # a pasted page becomes its first sentences, not an error
MAX_TERMS = 24
MAX_PHRASE_VARIANTS = 8

_PIECE = re.compile(r'"([^"]*)"?|(\S+)')
# Words in nearly every passage. Not "a" (vitamin A, hepatitis A), "no", "not", "all" (ALL), "it"
# (IT, intrathecal) or "without", which carry meaning in medical text.
STOP_WORDS = frozenset("an and are as at be by for from in into is of on or than that the their these this "
                       "those to was were which with".split())


@dataclass(frozen=True)
class Term:
    """A word or a phrase of a query, as the index is searched for it."""

    words: tuple[str, ...]   # folded words; more than one is a phrase
    prefix: bool = False     # the last word is a prefix
    typing: bool = False     # the word being typed: itself, or the start of a longer word
    raw: str = field(default="", compare=False)  # as typed (an abbreviation is expanded only as NCI writes it)

    def fts(self) -> str:
        """The term as FTS5 syntax, with the other number's forms of Greek/Latin plurals ORed."""
        if self.prefix:
            return _phrase(self.words) + "*"
        if self.typing:
            return "(" + Term(self.words).fts() + " OR " + _phrase(self.words) + "*)"
        options = [plurals.forms(w) for w in self.words]
        combos = list(itertools.islice(itertools.product(*options), MAX_PHRASE_VARIANTS + 1))
        if len(combos) > MAX_PHRASE_VARIANTS:
            combos = [self.words]
        if len(combos) == 1:
            return _phrase(combos[0])
        return "(" + " OR ".join(_phrase(c) for c in combos) + ")"


MIN_TYPED_PREFIX = 3  # "a" or "ch" as a prefix would match half the library
# A word start (octreo*) matches every word of the index it begins, and SQLite merges and ranks them
# all: "a* OR b* … OR z*" is every word of the library, 1.9 s on the UI thread. So a start needs as
# many letters as a typed one, and a search holds a few; the others are searched as whole words.
MIN_PREFIX = MIN_TYPED_PREFIX
MAX_PREFIXES = 4
PREFIX_HINT = said.WORD_STARTS.format(letters=MIN_PREFIX, most=MAX_PREFIXES)


def _phrase(words: tuple[str, ...]) -> str:
    return '"' + " ".join(words) + '"'  # words hold letters and digits only: nothing to escape


@dataclass
class ParsedQuery:
    """A query read: its terms (AND of groups, OR within one), what it excludes, what it leaves out."""

    groups: list[list[Term]] = field(default_factory=list)  # AND of groups, OR within a group
    excluded: list[Term] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # common words left out (see STOP_WORDS)
    hint: str = ""  # the hints in English (said.said)
    hints: list[said.Hint] = field(default_factory=list)  # what the window says, in its language

    def say(self, template: str, **values) -> None:
        self.hints.append((template, values))
        self.hint = said.said(self.hints)
    also: list[Term] = field(default_factory=list)  # what the whole query matches besides (a drug's other names)

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def fts(self) -> str:
        expr = " AND ".join("(" + " OR ".join(t.fts() for t in group) + ")" for group in self.groups)
        if self.also:
            expr = f"({expr}) OR " + " OR ".join(t.fts() for t in self.also)
        if self.excluded:
            expr = f"({expr}) NOT (" + " OR ".join(t.fts() for t in self.excluded) + ")"
        return expr

    def plain_words(self) -> list[str]:
        return [w for group in self.groups for term in group for w in term.words]


def parse_query(text: str) -> ParsedQuery:
    query = ParsedQuery()
    text = strip_control(text or "")
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        query.say(said.FIRST_CHARACTERS, count=MAX_QUERY_CHARS)
    join_next = False   # an OR was just read
    negate_next = False  # a NOT was just read
    count = 0
    prefixes = 0  # word starts so far (written ones and the word being typed)
    narrowed = False  # a written word start was searched as a whole word
    common: list[Term] = []
    for match in _PIECE.finditer(text):
        phrase, raw = match.group(1), match.group(2)
        if phrase is None:
            if raw == "OR":
                join_next = bool(query.groups)
                continue
            if raw in ("AND", "&&"):
                continue
            if raw == "NOT":
                negate_next = True
                continue
        negative = negate_next or (phrase is None and raw.startswith("-") and len(raw) > 1)
        negate_next = False
        source = phrase if phrase is not None else raw
        prefix = phrase is None and raw.rstrip(")]}.,;:!?").endswith("*")
        found = tuple(words(source))
        if not found:
            continue
        count += 1
        if count > MAX_TERMS:
            query.say(said.FIRST_WORDS, count=MAX_TERMS)
            break
        if prefix and (len(found[-1]) < MIN_PREFIX or prefixes >= MAX_PREFIXES):
            prefix, narrowed = False, True
        # The last word, not yet followed by a space, may be one still being typed ("chemo").
        typing = (phrase is None and not prefix and match.end() == len(text) and len(found) == 1
                  and len(found[0]) >= MIN_TYPED_PREFIX and prefixes < MAX_PREFIXES)
        prefixes += prefix or typing
        term = Term(found, prefix, typing, raw=source)
        if (phrase is None and not (prefix or typing or negative) and len(found) == 1 and found[0] in STOP_WORDS
                and not (raw.isupper() and len(raw) > 1)):
            common.append(term)
            continue
        if negative:
            query.excluded.append(term)
        elif join_next and query.groups:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    if narrowed:
        query.say(said.WORD_STARTS, letters=MIN_PREFIX, most=MAX_PREFIXES)
    if common and query.is_empty:  # only common words: they are what was asked for
        query.groups = [[term] for term in common]
    elif common:
        query.ignored = list(dict.fromkeys(term.words[0] for term in common))
        left_out = ", ".join(f"“{word}”" for word in query.ignored)
        query.say(said.LEFT_OUT, words=left_out)
    if query.is_empty and query.excluded:
        query.hints = []
        query.say(said.ONLY_EXCLUSIONS)
    elif query.is_empty and text.strip():
        query.hints = []
        query.say(said.NO_WORD)
    return query

"""Cross-references: "Refer to the X section of the Y section of this summary" becomes links.

A named section that this edition bundles becomes an internal link (#id). One that it lacks stays
readable text, marked as missing, with a short note after the phrase: never a dead link.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import Callable, Iterable, Union

from markdown.treeprocessors import Treeprocessor

from .model import Section

PHRASE = re.compile(r"\b[Rr]efer to the (?P<body>[^()]+?) sections? of this summary")
# "A section of the B section of the C" -> innermost name first, outermost last
_OF_THE = re.compile(r"\s+sections?\s+of\s+the\s+")
# "A section and B", "A section, B section, and C"
_NAME_LIST = re.compile(r"\s+sections?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
MISSING_NOTE = " [section not in this edition]"
_SKIP_TAGS = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}

Piece = Union[str, etree.Element]


def _norm(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip().casefold()


def resolve(name: str, qualifiers: list[str], sections: Iterable[Section]) -> Section | None:
    """The bundled section titled `name` whose ancestors include each qualifier, in order."""
    for section in sections:
        if _norm(section.title) != _norm(name):
            continue
        ancestors = [_norm(a.title) for a in section.ancestors()]
        if all(_norm(q) in ancestors for q in qualifiers):
            return section
    return None


def parse_phrase(body: str) -> list[tuple[str, list[str]]]:
    """'A section and B section of the C' -> [('A', ['C']), ('B', ['C']), ('C', [])]."""
    chain = _OF_THE.split(body)
    named = [n.strip() for n in _NAME_LIST.split(chain[0]) if n.strip()]
    outer = [c.strip() for c in chain[1:]]
    targets = [(name, outer) for name in named]
    targets += [(q, outer[i + 1:]) for i, q in enumerate(outer)]
    return targets


def link_cross_references(text: str, sections: list[Section]) -> list[Piece]:
    """Split `text` into strings and link/marker elements for every cross-reference phrase."""
    pieces: list[Piece] = []
    cursor = 0
    for match in PHRASE.finditer(text):
        body_start = match.start("body")
        pieces.append(text[cursor:body_start])
        cursor = body_start
        any_missing = False
        for name, qualifiers in parse_phrase(match.group("body")):
            at = text.find(name, cursor, match.end())
            if at < 0:
                continue
            pieces.append(text[cursor:at])
            target = resolve(name, qualifiers, sections)
            if target is not None:
                el = etree.Element("a", {"href": f"#{target.id}", "class": "xref"})
            else:
                el = etree.Element("span", {"class": "xref-missing"})
                any_missing = True
            el.text = name
            pieces.append(el)
            cursor = at + len(name)
        pieces.append(text[cursor:match.end()])
        cursor = match.end()
        if any_missing:
            note = etree.Element("span", {"class": "xref-note"})
            note.text = MISSING_NOTE
            pieces.append(note)
    pieces.append(text[cursor:])
    return pieces


def rewrite_text(el: etree.Element, transform: Callable[[str], list[Piece]]) -> None:
    """Apply `transform` to every text run under `el` (not inside links or code)."""
    originals = list(el)
    pieces: list[Piece] = transform(el.text or "")
    for child in originals:
        if child.tag not in _SKIP_TAGS:
            rewrite_text(child, transform)
        tail, child.tail = child.tail or "", None
        pieces.append(child)
        pieces.extend(transform(tail))
    for child in originals:
        el.remove(child)
    el.text = ""
    last: etree.Element | None = None
    for piece in pieces:
        if isinstance(piece, str):
            if last is None:
                el.text += piece
            else:
                last.tail = (last.tail or "") + piece
        else:
            el.append(piece)
            last = piece


class CrossReferenceTreeprocessor(Treeprocessor):
    """Runs after the structure pass, which supplies the sections to resolve against."""

    def run(self, root: etree.Element) -> None:
        sections = [s for top in self.md.summary_structure.sections for s in top.walk()]
        for block in list(root):
            if block.tag in _SKIP_TAGS or not PHRASE.search("".join(block.itertext())):
                continue
            rewrite_text(block, lambda text: link_cross_references(text, sections))

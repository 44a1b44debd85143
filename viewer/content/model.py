"""The document model: summary -> sections (a tree) -> paragraphs, references and citations.

Everything the app shows or searches is derived from these objects, built once at load time.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class Reference:
    """One entry of a section's reference list."""

    number: int
    text: str
    anchor: str
    pmid: str = ""  # PubMed id, shown as copyable text (never a live link)


# Put between a word and the citation marker after it in rendered text ("therapy.[89]"): no line
# break there, nothing to see, and the reader's copy leaves it out
WORD_JOINER = "\u2060"


@dataclass(frozen=True)
class Citation:
    """A marker such as [1,3-5] in a paragraph, resolved against its top-level section's list."""

    marker: str
    numbers: tuple[int, ...]
    section_id: str  # the top-level section whose reference list the numbers index


@dataclass(frozen=True)
class Paragraph:
    """A passage of text: the unit search finds and a citation marks."""

    anchor: str
    text: str
    citations: tuple[Citation, ...] = ()
    key_point: bool = False  # one of NCI's "key points" (a summary of what follows): ranked above plain text


@dataclass
class Section:
    """A heading and its passages; its subsections are its children."""

    id: str
    title: str
    level: int
    parent: Section | None = field(default=None, repr=False)
    children: list[Section] = field(default_factory=list, repr=False)
    paragraphs: list[Paragraph] = field(default_factory=list, repr=False)
    references: list[Reference] = field(default_factory=list, repr=False)
    references_anchor: str = ""  # the id of the heading of its reference list, if it has one

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def ancestors(self) -> Iterator[Section]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def top_level(self) -> Section:
        node = self
        while node.parent is not None:
            node = node.parent
        return node


@dataclass(frozen=True)
class SummaryMetadata:
    """What a summary says about itself: its title, audience, source and dates."""

    title: str
    audience: str
    source: str
    last_updated: _dt.date
    attribution: str = ""
    disclaimer: str = ""
    disclaimer_source: str = ""          # whose disclaimer it is, when not NCI's (shown before it)
    edition: str = ""
    # What NCI's PDQ XML adds (empty for a transcribed Markdown summary):
    kind: str = ""                       # SummaryType: Treatment, Screening, Genetics, ...
    language: str = ""
    description: str = ""
    url: str = ""                        # where cancer.gov publishes it (shown, never opened)
    board: str = ""                      # the PDQ editorial board
    topics: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    short_title: str = ""
    first_published: _dt.date | None = None
    other: tuple[tuple[str, str], ...] = ()  # metadata elements this version does not know: (name, text)
    # The summary it is a version of (CDR ids, "" for none): NCI's TranslationOf (the English
    # original of a Spanish summary) and PatientVersionOf (the health professional summary).
    translation_of: str = ""
    patient_version_of: str = ""
    # A drug information summary's drug: its other names ((name, NCI's kind): US brand names,
    # synonyms), its Term's CDR id and the Term's preferred name (the `TerminologyLink`).
    drug_names: tuple[tuple[str, str], ...] = ()
    term_id: str = ""
    term_name: str = ""

    @property
    def last_updated_text(self) -> str:
        """As the source prints it ("May 28, 2015"), independent of the process locale."""
        d = self.last_updated
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


@dataclass
class Summary:
    """One summary: its metadata, its sections in reading order, its rendered HTML."""

    id: str
    folder: Path
    metadata: SummaryMetadata
    sections: list[Section]  # top level, in reading order
    html: str  # the rendered body (sections, citations and cross-references as links)
    # Said once per summary, not errors: e.g. an element this version does not know, shown as text.
    notices: list[str] = field(default_factory=list)
    # Ids the source uses for places that are not anchors themselves (a list, a table) -> the anchor
    # of the first passage there, so a link to them lands in the right place.
    anchor_aliases: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.metadata.title

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()

    def resolve_anchor(self, anchor: str) -> str:
        return self.anchor_aliases.get(anchor, anchor)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.walk() if s.id == section_id), None)

    def sections_of_places(self) -> dict[str, str]:
        """Each place a link or the reader can be at (a heading, a passage, a reference, a
        reference list) -> the id of the section it is in."""
        found: dict[str, str] = {}
        for section in self.walk():
            places = [section.id, *(p.anchor for p in section.paragraphs), *(r.anchor for r in section.references)]
            found.update(dict.fromkeys(places + ([section.references_anchor] if section.references_anchor else []),
                                       section.id))
        return found

    def cited_in(self, section: Section) -> list[Reference]:
        """The references the passages of `section` and its subsections cite, in their list's order
        and with their numbers (what a section needs on paper, not its whole top-level list)."""
        top = section.top_level()
        numbers = {n for s in section.walk() for p in s.paragraphs for c in p.citations
                   if c.section_id == top.id for n in c.numbers}
        return [r for r in top.references if r.number in numbers]

    def references_for(self, section_id: str, numbers: tuple[int, ...]) -> list[Reference]:
        """The references a citation names, from the list of the section it belongs to."""
        section = self.section(section_id)
        if section is None:
            return []
        by_number = {r.number: r for r in section.top_level().references}
        return [by_number[n] for n in numbers if n in by_number]

"""The structure pass: reads the rendered element tree into sections, paragraphs and references.

It runs after python-markdown's `attr_list` and `toc` passes, so every heading already has its id
(an explicit `{#id}` or toc's slug). A heading with the class `references` opens the reference list
of the current top-level section (PDQ numbering restarts in each). Citation links get their target
here, once every list is known, and a citation naming a number its list lacks is an error.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown.treeprocessors import Treeprocessor

from .model import WORD_JOINER, Citation, Paragraph, Reference, Section
from .phrases import QT_TRANSLATE_NOOP, Phrase

_HEADING = re.compile(r"h([1-6])$")
_SPACES = re.compile(r"\s+")


def plain_text(el: etree.Element) -> str:
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def _join_to_word_before(paragraph: etree.Element, links: list[etree.Element]) -> None:
    """A citation marker stays on the line of the word it follows ("metastases.[4]"): at 28 pt "[4]"
    wrapped onto a line of its own. As the PDQ reader does (pdq/body.py), after the paragraph's text
    was taken for the search, so the index's words are as written."""
    for parent in paragraph.iter():
        for i, child in enumerate(parent):
            if not any(child is link for link in links):
                continue
            before = parent[i - 1].tail if i else parent.text
            if before and not before[-1].isspace():
                if i:
                    parent[i - 1].tail = before + WORD_JOINER
                else:
                    parent.text = before + WORD_JOINER


@dataclass
class StructureIssue:
    """A problem found in the tree; the loader turns it into a ContentError with a line number."""

    message: Phrase
    pattern: str  # a regex that finds the offending text in the source, for its line number
    occurrence: int = 0


def heading_pattern(title: str) -> str:
    return rf"^#{{1,6}}[ \t]+{re.escape(title)}[ \t]*(\{{[^}}]*\}})?[ \t#]*$"


def text_pattern(text: str) -> str:
    return re.escape(text)


@dataclass
class Structure:
    """What the Markdown's headings make: the sections, and what is wrong with them."""

    sections: list[Section] = field(default_factory=list)
    issues: list[StructureIssue] = field(default_factory=list)


class StructureTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        structure = Structure()
        self.md.summary_structure = structure
        open_sections: list[Section] = []  # the path from the top level to the current section
        seen_ids: dict[str, Section] = {}
        paragraph_places: set[str] = set()
        titles_seen: dict[str, int] = {}
        references_open = False
        pending: list[tuple[etree.Element, Section]] = []  # citation links, resolved at the end

        for el in root:
            heading = _HEADING.match(el.tag) if isinstance(el.tag, str) else None
            if heading and "references" in el.get("class", "").split():
                if not open_sections:
                    structure.issues.append(StructureIssue(Phrase(QT_TRANSLATE_NOOP("Problems", "a reference list comes before the first section")), heading_pattern(plain_text(el))))
                else:
                    open_sections[0].references_anchor = el.get("id", "")
                references_open = True
                continue
            if heading:
                references_open = False
                title = plain_text(el)
                occurrence = titles_seen.get(title, 0)
                titles_seen[title] = occurrence + 1
                section_id = el.get("id", "")
                if section_id in paragraph_places:  # a heading would take a paragraph's place
                    structure.issues.append(StructureIssue(
                        Phrase(QT_TRANSLATE_NOOP("Problems", "section id '{id}' is also the automatic place of a "
                                                             "paragraph above it; choose another id"), id=section_id),
                        heading_pattern(title), occurrence))
                    continue
                if section_id in seen_ids:
                    structure.issues.append(StructureIssue(
                        Phrase(QT_TRANSLATE_NOOP("Problems", "section id '{id}' is used twice (also by '{title}')"),
                               id=section_id, title=seen_ids[section_id].title),
                        heading_pattern(title), occurrence))
                    continue
                level = int(heading.group(1))
                while open_sections and open_sections[-1].level >= level:
                    open_sections.pop()
                parent = open_sections[-1] if open_sections else None
                section = Section(id=section_id, title=title, level=level, parent=parent)
                (parent.children if parent else structure.sections).append(section)
                open_sections.append(section)
                seen_ids[section_id] = section
                continue
            if not open_sections:
                structure.issues.append(StructureIssue(Phrase(QT_TRANSLATE_NOOP("Problems", "text comes before the first section heading")), text_pattern(plain_text(el)[:40])))
                continue
            current = open_sections[-1]
            if references_open:
                references_open = False
                if el.tag == "ol":
                    self._read_references(el, current.top_level())
                    continue
                structure.issues.append(StructureIssue(
                    Phrase(QT_TRANSLATE_NOOP("Problems", "a References heading must be followed by a numbered list")),
                    text_pattern(plain_text(el)[:40])))
            anchor = el.get("id") or f"{current.id}-p{len(current.paragraphs) + 1}"
            if anchor in seen_ids:  # a heading took the place a paragraph needs: a jump would land wrong
                structure.issues.append(StructureIssue(
                    Phrase(QT_TRANSLATE_NOOP("Problems", "section id '{id}' is also the automatic place of a paragraph "
                                                         "of '{title}'; choose another id"),
                           id=anchor, title=current.title), heading_pattern(seen_ids[anchor].title)))
            paragraph_places.add(anchor)
            el.set("id", anchor)
            links = [a for a in el.iter("a") if a.get("class") == "citation"]
            pending.extend((a, current) for a in links)
            citations = tuple(
                Citation(str(a.text), tuple(int(n) for n in a.get("data-refs").split(",")), current.top_level().id)
                for a in links if a.get("data-refs"))
            current.paragraphs.append(Paragraph(anchor, plain_text(el), citations))
            _join_to_word_before(el, links)

        self._resolve_citations(pending, structure)

    @staticmethod
    def _read_references(ol: etree.Element, top: Section) -> None:
        start = int(ol.get("start", "1"))
        for offset, li in enumerate(ol.findall("li")):
            number = start + offset
            anchor = f"{top.id}-ref-{number}"
            li.set("id", anchor)
            top.references.append(Reference(number, plain_text(li), anchor))

    @staticmethod
    def _resolve_citations(pending: list[tuple[etree.Element, Section]], structure: Structure) -> None:
        markers_seen: dict[str, int] = {}
        for link, section in pending:
            marker = link.text
            occurrence = markers_seen.get(marker, 0)
            markers_seen[marker] = occurrence + 1
            error = link.attrib.pop("data-error", None)
            refs = link.attrib.pop("data-refs", "")
            top = section.top_level()
            if error:
                structure.issues.append(StructureIssue(Phrase(QT_TRANSLATE_NOOP("Problems", "citation {marker}: {error}"),
                                                              marker=marker, error=error), text_pattern(marker), occurrence))
                continue
            known = {r.number for r in top.references}
            missing = [n for n in map(int, refs.split(",")) if n not in known]
            if missing:
                listed = (f"{min(known)}–{max(known)}" if known else
                          Phrase(QT_TRANSLATE_NOOP("Problems", "no references")))
                structure.issues.append(StructureIssue(
                    Phrase(QT_TRANSLATE_NOOP("Problems", "citation {marker} names reference {numbers}, but section "
                                                         "'{title}' lists {listed}"),
                           marker=marker, numbers=", ".join(map(str, missing)), title=top.title, listed=listed),
                    text_pattern(marker), occurrence))
                continue
            link.set("href", f"cite:{top.id}/{refs}")
            link.set("title", "Reference " + refs.replace(",", ", "))

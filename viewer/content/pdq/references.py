"""Reference lists and citation markers, as cancer.gov shows them.

PDQ numbers references per top-level section: `<Reference refidx="3"/>` names the `Citation idx="3"`
of the ReferenceSection in its own top-level section. Adjacent references merge into one marker,
runs of three or more as a range: [1], [2,3], [4-9], [1,3-5].
"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from .. import limits
from ..model import Reference, Section
from ..phrases import QT_TRANSLATE_NOOP, Phrase
from .text import collapse, plain, whole_number
from .xmlsafe import XmlDocument

MAX_REFERENCE = 99_999


def marker_text(numbers: tuple[int, ...]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{numbers[i]}-{numbers[j]}")
        else:
            parts.extend(str(n) for n in numbers[i:j + 1])
        i = j + 1
    return "[" + ",".join(parts) + "]"


def citation_text(element: etree.Element) -> str:
    """A citation's words, with the address of any link in it written out (nothing is opened)."""
    pieces = [element.text or ""]
    for child in element:
        pieces.append(citation_text(child))
        address = (child.get("xref") or "").strip() if child.tag == "ExternalRef" else ""
        if address and plain(child) != address:
            pieces.append(f" ({address})")
        pieces.append(child.tail or "")
    return collapse("".join(pieces)).strip()


class ReferenceLists:
    def __init__(self, doc: XmlDocument):
        self.doc = doc
        self._by_top: dict[str, dict[int, Reference]] = {}
        self._listed = 0  # citations in the whole summary

    def _number(self, element: etree.Element, name: str) -> int:
        found = whole_number(element.get(name), MAX_REFERENCE)
        if not found:
            value = (element.get(name) or "").strip()[:20]
            raise self.doc.error(element, QT_TRANSLATE_NOOP("Problems", "<{tag}> has {name}=\"{value}\", which is not "
                                                                        "a reference number (1 to {most:,}, in the "
                                                                        "digits 0-9)"),
                                 tag=element.tag, name=name, value=value, most=MAX_REFERENCE)
        return found

    def collect(self, top_element: etree.Element, top: Section) -> None:
        """Every Citation of the ReferenceSections in a top-level section, before its text is read."""
        listed: dict[int, Reference] = {}
        for section in top_element.iter("ReferenceSection"):
            for citation in section.findall("Citation"):
                self._listed += 1
                if self._listed > limits.MAX_REFERENCES:
                    raise self.doc.error(citation, QT_TRANSLATE_NOOP("Problems", "lists more than {most:,} references: "
                                                                                 "a summary may list at most {most:,}, "
                                                                                 "so it is not shown"),
                                         most=limits.MAX_REFERENCES)
                number = self._number(citation, "idx")
                if number in listed:
                    raise self.doc.error(citation, QT_TRANSLATE_NOOP("Problems", "citation {number} is listed twice in "
                                                                                 "section '{title}'"),
                                         number=number, title=top.title)
                listed[number] = Reference(number, citation_text(citation), f"{top.id}-ref-{number}",
                                           (citation.get("PMID") or "").strip())
        self._by_top[top.id] = listed
        top.references = list(listed.values())

    def resolve(self, group: list[etree.Element], top: Section) -> tuple[int, ...]:
        listed = self._by_top.get(top.id, {})
        numbers: list[int] = []
        for element in group:
            number = self._number(element, "refidx")
            if number not in listed:
                span = f"{min(listed)}–{max(listed)}" if listed else Phrase(QT_TRANSLATE_NOOP("Problems", "no references"))
                raise self.doc.error(element, QT_TRANSLATE_NOOP("Problems", "Reference {number} names a citation that "
                                                                            "section '{title}' does not list (it lists "
                                                                            "{span})"),
                                     number=number, title=top.title, span=span)
            if number not in numbers:
                numbers.append(number)
        return tuple(numbers)

    def reference(self, citation: etree.Element, top: Section) -> Reference:
        return self._by_top[top.id][self._number(citation, "idx")]

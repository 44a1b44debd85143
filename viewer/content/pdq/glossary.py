"""PDQ dictionary terms (`GlossaryTerm` XML): what a `GlossaryTermRef` in a summary opens.

A term has one definition per audience and dictionary (Patient, Health professional); the popover
shows the one for the summary's own audience when there is one, else the first.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import refused_on_any_failure
from .text import document_id, plain
from .xmlsafe import XmlDocument, parse


@dataclass(frozen=True)
class Definition:
    text: str
    audience: str     # "Patient", "Health professional"
    dictionary: str   # "Cancer.gov", "Genetics"


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    name: str
    pronunciation: str
    definitions: tuple[Definition, ...]
    spanish_name: str = ""
    spanish_definitions: tuple[Definition, ...] = ()  # SpanishTermDefinition: the Spanish dictionary's

    def definition_for(self, audience: str, language: str = "") -> Definition | None:
        """The definition for `audience` ("Health Professional" matches "Health professional") in
        `language` ("Spanish": the Spanish dictionary's, None if it has none; else English)."""
        definitions = self.spanish_definitions if language.casefold() == "spanish" else self.definitions
        wanted = audience.casefold().rstrip("s")
        for definition in definitions:
            if definition.audience.casefold().rstrip("s") == wanted:
                return definition
        return definitions[0] if definitions else None


@refused_on_any_failure
def term_from_document(doc: XmlDocument) -> GlossaryTerm:
    root = doc.root
    term_id = document_id(doc, "GlossaryTerm", "CDR0000045693")
    name_el = root.find("TermName")
    if name_el is None or not plain(name_el):
        raise doc.error(name_el if name_el is not None else root, "has no <TermName>")
    pronunciation = root.find("TermPronunciation")
    spanish = root.find("SpanishTermName")
    return GlossaryTerm(term_id, plain(name_el), plain(pronunciation) if pronunciation is not None else "",
                        _definitions(root, "TermDefinition"), plain(spanish) if spanish is not None else "",
                        _definitions(root, "SpanishTermDefinition"))


def _definitions(root, tag: str) -> tuple[Definition, ...]:
    definitions = []
    for element in root.findall(tag):
        text = element.find("DefinitionText")
        if text is not None and plain(text):
            definitions.append(Definition(plain(text), plain(element.find("Audience")) if element.find("Audience") is not None else "",
                                          plain(element.find("Dictionary")) if element.find("Dictionary") is not None else ""))
    return tuple(definitions)


@refused_on_any_failure
def load_glossary_term(path: Path, data: bytes | None = None) -> GlossaryTerm:
    return term_from_document(parse(Path(path), data))

"""PDQ dictionary terms (`GlossaryTerm` XML): what a `GlossaryTermRef` in a summary opens.

A term has one definition per audience and dictionary (Patient, Health professional), in English
and (`SpanishTermDefinition`) in Spanish; the popover shows the one for the summary's own audience
and language when there is one. Its `MediaLink`s name images in NCI's media, with a caption per
language.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import refused_on_any_failure
from ..phrases import QT_TRANSLATE_NOOP
from ..wording import language_code
from .text import cdr_id, collapse, document_id, plain
from .xmlsafe import XmlDocument, parse


@dataclass(frozen=True)
class Definition:
    """One definition of a dictionary term, for one audience, from one dictionary."""

    text: str
    audience: str     # "Patient", "Health professional"
    dictionary: str   # "Cancer.gov", "Genetics"


@dataclass(frozen=True)
class TermImage:
    """An image a term's entry shows (`MediaLink`): NCI's media id, and its words in one language."""

    media_id: str
    language: str  # "en", "es"; "" when not said
    captions: tuple[tuple[str, str], ...]  # (language or "", caption), as the MediaLink gives them
    alt: str

    def caption_in(self, language: str) -> str:
        """The caption in `language`, else the one in the image's own language or unmarked, else the first."""
        code = language_code(language)
        for wanted in (code, self.language, ""):
            found = next((text for lang, text in self.captions if lang == wanted), None)
            if found is not None:
                return found
        return self.captions[0][1] if self.captions else ""


@dataclass(frozen=True)
class GlossaryTerm:
    """A dictionary term: its name, pronunciation and definitions (in English and Spanish), its images."""

    id: str
    name: str
    pronunciation: str
    definitions: tuple[Definition, ...]
    spanish_name: str = ""
    spanish_definitions: tuple[Definition, ...] = ()
    images: tuple[TermImage, ...] = ()

    def name_in(self, language: str) -> str:
        """The term's name in `language` (a summary's SummaryLanguage), else its English name."""
        return self.spanish_name if language_code(language) == "es" and self.spanish_name else self.name

    def definition_in(self, audience: str, language: str) -> tuple[Definition | None, bool]:
        """The definition for `audience` in `language`, and whether it is the English one instead
        (the entry has none in that language)."""
        if language_code(language) == "es" and self.spanish_definitions:
            return _for_audience(self.spanish_definitions, audience), False
        return self.definition_for(audience), language_code(language) != "en" and bool(self.definitions)

    def image_in(self, language: str) -> TermImage | None:
        """The image whose words are in `language`, else one that names no language, else the first."""
        code = language_code(language)
        return (next((i for i in self.images if i.language == code), None)
                or next((i for i in self.images if not i.language), None)
                or (self.images[0] if self.images else None))

    def definition_for(self, audience: str) -> Definition | None:
        """The definition for `audience` ("Health Professional" matches "Health professional")."""
        return _for_audience(self.definitions, audience)


def _for_audience(definitions: tuple[Definition, ...], audience: str) -> Definition | None:
    wanted = audience.casefold().rstrip("s")
    for definition in definitions:
        if definition.audience.casefold().rstrip("s") == wanted:
            return definition
    return definitions[0] if definitions else None


def _definitions(root, tag: str) -> tuple[Definition, ...]:
    definitions = []
    for element in root.findall(tag):
        text = element.find("DefinitionText")
        if text is not None and plain(text):
            definitions.append(Definition(plain(text), plain(element.find("Audience")) if element.find("Audience") is not None else "",
                                          plain(element.find("Dictionary")) if element.find("Dictionary") is not None else ""))
    return tuple(definitions)


def _images(root) -> tuple[TermImage, ...]:
    """Each MediaLink naming an image, with its captions and their languages."""
    images = []
    for link in root.findall("MediaLink"):
        media_id = cdr_id(link.get("ref"))
        if not media_id:
            continue
        captions = tuple((_language(c.get("language")), plain(c)) for c in link.findall("Caption") if plain(c))
        images.append(TermImage(media_id, _language(link.get("language")), captions, collapse(link.get("alt")).strip()))
    return tuple(images)


def _language(attribute: str | None) -> str:
    """A `language` attribute as a table's code ("en", "es"); "" when it says none."""
    return language_code(attribute) if (attribute or "").strip() else ""


@refused_on_any_failure
def term_from_document(doc: XmlDocument) -> GlossaryTerm:
    root = doc.root
    term_id = document_id(doc, "GlossaryTerm", "CDR0000045693")
    name_el = root.find("TermName")
    if name_el is None or not plain(name_el):
        raise doc.error(name_el if name_el is not None else root, QT_TRANSLATE_NOOP("Problems", "has no <TermName>"))
    definitions = _definitions(root, "TermDefinition")
    pronunciation = root.find("TermPronunciation")
    spanish = root.find("SpanishTermName")
    return GlossaryTerm(term_id, plain(name_el), plain(pronunciation) if pronunciation is not None else "",
                        definitions, plain(spanish) if spanish is not None else "",
                        _definitions(root, "SpanishTermDefinition"), _images(root))


@refused_on_any_failure
def load_glossary_term(path: Path, data: bytes | None = None) -> GlossaryTerm:
    return term_from_document(parse(Path(path), data))

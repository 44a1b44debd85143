"""PDQ `Term` documents (NCI's terminology, the thesaurus behind the drug dictionary): a drug's or a
disease's preferred name, its other names as NCI types them (US brand name, code name,
abbreviation, synonym, chemical structure name, CAS Registry name, NSC or IND code…), its
definition and semantic type. Not reading matter: search uses the names to say a drug the way a
clinician does (`Rocaltrol` for calcitriol), and the reader shows them when a drug name is hovered.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .. import limits
from ..errors import refused_on_any_failure
from ..phrases import QT_TRANSLATE_NOOP
from .text import document_id, plain
from .xmlsafe import XmlDocument, parse

MAX_OTHER_NAMES = 500  # NCI's busiest drug terms have a few dozen; more is not a term but a list
# The semantic types whose names are one drug's: expanded in search and shown on hover. A disease
# or a drug category ("alkylating agent") names a family of things, and is not expanded.
DRUG_TYPES = frozenset({"drug/agent", "drug/agent combination"})


@dataclass(frozen=True)
class OtherName:
    """Another name of a drug, and which kind of name NCI says it is."""

    name: str
    kind: str  # NCI's OtherNameType: "US brand name", "Code name", "Abbreviation", "Synonym", …


@dataclass(frozen=True)
class DrugTerm:
    """One Term document, as much of it as search and the hover need (compact: tens of thousands)."""

    id: str
    preferred_name: str
    other_names: tuple[OtherName, ...] = ()
    definition: str = ""
    semantic_types: tuple[str, ...] = ()
    last_modified: dt.date | None = None

    @property
    def is_drug(self) -> bool:
        return any(t.casefold() in DRUG_TYPES for t in self.semantic_types)


def _date(doc: XmlDocument) -> dt.date | None:
    for name in ("DateLastModified", "DateFirstPublished"):
        element = doc.root.find(name)
        if element is not None:
            try:
                return dt.date.fromisoformat(plain(element)[:10])
            except ValueError:
                raise doc.error(element, QT_TRANSLATE_NOOP("Problems", "<{name}> must be a date like {example}, not "
                                                                       "'{text}'"),
                                name=name, example="2006-07-27", text=plain(element)[:40]) from None
    return None


def _definition(doc: XmlDocument) -> str:
    """The health professional definition (NCI's drug dictionary), else the first."""
    found = []
    for element in doc.root.findall("Definition"):
        text, kind = element.find("DefinitionText"), element.find("DefinitionType")
        if text is not None and plain(text):
            found.append((plain(kind) if kind is not None else "", plain(text)))
    professional = [text for kind, text in found if kind.casefold().startswith("health professional")]
    return (professional or [text for _, text in found] or [""])[0]


@refused_on_any_failure
def drug_term_from_document(doc: XmlDocument) -> DrugTerm:
    root = doc.root
    term_id = document_id(doc, "Term", "CDR0000041919")
    preferred_el = root.find("PreferredName")
    if preferred_el is None or not plain(preferred_el):
        raise doc.error(preferred_el if preferred_el is not None else root,
                        QT_TRANSLATE_NOOP("Problems", "has no <PreferredName>"))
    preferred = plain(preferred_el)
    if len(preferred) > limits.MAX_TITLE_CHARACTERS:
        raise doc.error(preferred_el, QT_TRANSLATE_NOOP("Problems", "has a preferred name of {length:,} characters; "
                                                                    "at most {most} are allowed"),
                        length=len(preferred), most=limits.MAX_TITLE_CHARACTERS)
    elements = root.findall("OtherName")
    if len(elements) > MAX_OTHER_NAMES:
        raise doc.error(elements[MAX_OTHER_NAMES], QT_TRANSLATE_NOOP("Problems", "has more than {most} <OtherName>s"),
                        most=MAX_OTHER_NAMES)
    names: dict[tuple[str, str], None] = {}  # in NCI's order, each once
    for element in elements:
        name_el = element.find("OtherTermName")
        name = plain(name_el) if name_el is not None else ""
        if not name or len(name) > limits.MAX_TITLE_CHARACTERS:
            continue  # an empty or runaway name names nothing a person would type
        kinds = [plain(k) for k in element.findall("OtherNameType") if plain(k)] or ["Other name"]
        for kind in kinds:
            names[(name, kind)] = None
    types = tuple(t for t in (plain(e) for e in root.findall("SemanticType")) if t)
    return DrugTerm(term_id, preferred, tuple(OtherName(n, k) for n, k in names), _definition(doc), types, _date(doc))


@refused_on_any_failure
def load_drug_term(path: Path, data: bytes | None = None) -> DrugTerm:
    return drug_term_from_document(parse(Path(path), data))

"""A PDQ Summary XML document -> the app's one document model (the same `Summary` the Markdown
loader makes), so the tree, search, popovers, print and copy need no second code path."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree
from pathlib import Path

from .. import limits
from ..errors import ContentError, refused_on_any_failure
from ..model import Summary, SummaryMetadata
from ..phrases import NESTED_TOO_DEEPLY, NO_DATE, QT_TRANSLATE_NOOP, TITLE_TOO_LONG, Phrase
from ..wording import words_for
from .body import BodyWriter
from .text import cdr_id, document_id, plain
from .xmlsafe import XmlDocument, parse, read_bytes

AUDIENCES = {"health professionals": "Health Professional", "patients": "Patient"}
# Top-level elements read into the metadata or not meant as text; any other is kept as "other".
KNOWN_METADATA = {"SummaryMetaData", "SummaryTitle", "AltTitle", "SummarySection", "DateLastModified",
                  "DateFirstPublished", "TranslationOf", "PatientVersionOf", "ProfessionalDisclaimer"}
KNOWN_SUMMARY_METADATA = {"SummaryType", "SummaryAudience", "SummaryLanguage", "SummaryDescription", "SummaryURL",
                          "SummaryEditorialBoard", "MainTopics", "SecondaryTopics", "SummaryAbstract",
                          "SummaryKeyWords", "SummaryToggleURL", "PDQBoard", "SummaryAdvisoryBoard"}


def _date(doc: XmlDocument, name: str) -> dt.date | None:
    element = doc.root.find(name)
    if element is None:
        return None
    text = plain(element)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise doc.error(element, QT_TRANSLATE_NOOP("Problems", "<{name}> must be a date like {example}, not '{text}'"),
                        name=name, example="2015-09-24", text=text[:40]) from None


def _texts(parent: etree.Element | None, path: str) -> tuple[str, ...]:
    if parent is None:
        return ()
    return tuple(t for t in (plain(e) for e in parent.findall(path)) if t)


def _relation(root: etree.Element, name: str) -> str:
    """The CDR id a <TranslationOf ref="…"/> or <PatientVersionOf ref="…"/> names; "" if none."""
    element = root.find(name)
    return cdr_id(element.get("ref")) if element is not None else ""


def read_metadata(doc: XmlDocument) -> SummaryMetadata:
    root = doc.root
    meta = root.find("SummaryMetaData")
    title_el = root.find("SummaryTitle")
    if title_el is None or not plain(title_el):
        raise doc.error(title_el if title_el is not None else root, QT_TRANSLATE_NOOP("Problems", "has no <SummaryTitle>"))
    updated = _date(doc, "DateLastModified") or _date(doc, "DateFirstPublished")
    if updated is None:
        raise doc.error(root, NO_DATE)

    def one(name: str) -> str:
        return (_texts(meta, name) or ("",))[0]

    audience_text = one("SummaryAudience")
    audience = AUDIENCES.get(audience_text.lower(), audience_text or "Health Professional")
    url = meta.find("SummaryURL") if meta is not None else None
    board = one("SummaryEditorialBoard")
    short = next((plain(a) for a in root.findall("AltTitle") if a.get("TitleType", "").lower() == "short"), "")
    other = [(child.tag, plain(child)) for child in root if isinstance(child.tag, str)
             and child.tag not in KNOWN_METADATA and plain(child)]
    if meta is not None:
        other += [(child.tag, plain(child)) for child in meta if isinstance(child.tag, str)
                  and child.tag not in KNOWN_SUMMARY_METADATA and plain(child)]
    title = plain(title_el)
    language = one("SummaryLanguage")
    words = words_for(language)  # the source and attribution are said in the summary's language
    if len(title) > limits.MAX_TITLE_CHARACTERS:
        raise doc.error(title_el, TITLE_TOO_LONG, length=len(title), most=limits.MAX_TITLE_CHARACTERS)
    return SummaryMetadata(
        title=title, audience=audience, source=words.publisher, last_updated=updated,
        attribution=words.attribution.format(title=title, audience=words.attribution_audiences.get(audience, audience),
                                             board=f", {board}" if board else ""),
        kind=one("SummaryType"), language=language, description=one("SummaryDescription"),
        url=(url.get("xref") or plain(url)) if url is not None else "", board=board,
        topics=_texts(meta, "MainTopics/TermRef"), keywords=_texts(meta, "SummaryKeyWords/SummaryKeyWord"),
        short_title=short, first_published=_date(doc, "DateFirstPublished"), other=tuple(other),
        translation_of=_relation(root, "TranslationOf"), patient_version_of=_relation(root, "PatientVersionOf"))


def written_body(doc: XmlDocument, writer: BodyWriter, none_written: str) -> tuple[str, list[str]]:
    """The document's sections through `writer`: the HTML, and a notice for each element this
    version does not know (a summary's and a drug page's alike)."""
    try:
        writer.write_sections(doc.root)
        html = writer.finish()
    except RecursionError:
        raise ContentError(doc.path, NESTED_TOO_DEEPLY) from None
    if not writer.sections:
        raise doc.error(doc.root, none_written)
    notices = [Phrase(QT_TRANSLATE_NOOP("Problems", "<{name}> (first at line {line}) is not an element this version "
                                                    "knows; its text is shown as plain text"), name=name, line=line)
               for name, line in writer.unknown.items()]
    return html, notices


@refused_on_any_failure
def summary_from_document(doc: XmlDocument) -> Summary:
    summary_id = document_id(doc, "Summary", "CDR0000062843")
    metadata = read_metadata(doc)
    writer = BodyWriter(doc, summary_id, metadata.language)
    html, notices = written_body(doc, writer, QT_TRANSLATE_NOOP("Problems", "has no <SummarySection> with a title"))
    return Summary(id=summary_id, folder=doc.path, metadata=metadata, sections=writer.sections, html=html,
                   notices=notices, anchor_aliases=writer.aliases)


@refused_on_any_failure
def load_pdq_summary(path: Path, data: bytes | None = None) -> Summary:
    """Read one Summary XML file (or its bytes). Raises ContentError naming file and line."""
    path = Path(path)
    return summary_from_document(parse(path, read_bytes(path) if data is None else data))

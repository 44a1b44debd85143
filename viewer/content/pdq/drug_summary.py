"""A PDQ `DrugInformationSummary` (NCI's drug information pages: imatinib, paclitaxel, …) -> the same
`Summary` model a PDQ Summary becomes, so the tree, reader, search, paper and popovers read it
with no second code path. Its sections, paragraphs, lists, dictionary terms and external links are
written by the summaries' own body writer; what is its own is the metadata (title, audience,
description, the drug's term and US brand names) and the drug's names marked in its text, so that
hovering one shows the drug's term (`term:CDR…`, the `TerminologyLink`).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from html import escape
from pathlib import Path

from .. import limits
from ..errors import refused_on_any_failure
from ..model import Paragraph, Summary, SummaryMetadata
from ..phrases import NO_DATE, QT_TRANSLATE_NOOP, TITLE_TOO_LONG
from .body import BodyWriter
from ..wording import words_for
from .summary import AUDIENCES, _date, written_body
from .text import cdr_id, document_id, plain
from .xmlsafe import XmlDocument, parse, read_bytes

# NCI's drug information summaries carry no language: they are English (cancer.gov's Spanish drug
# pages are not in the licensee export). Their group in the library, named as PDQ names a summary
# type; the words module names it in another language.
LANGUAGE = "English"
KIND = "Drug information"
KNOWN = {"DrugInfoMetaData", "DrugInfoTitle", "Section", "DrugInfoDisclaimer", "DateFirstPublished",
         "DateLastModified"}
KNOWN_META = {"DrugInfoType", "DrugInfoAudience", "DrugInfoDescription", "DrugInfoURL", "FDAApproved",
              "TerminologyLink", "GlossaryLink", "USBrandNames", "Synonyms", "Manufacturers", "PronunciationInfo",
              "FDAExternalRef"}
MAX_NAMES = 200
FACTS = "_drug_facts"   # the facts' passage (NCI's own ids are "_" and a number, or "_FDA…")
MAX_MARKED_NAMES = 20   # of the drug's names, the ones marked in its text (its title, term name, brand names)
MAX_MARKED = 500        # occurrences marked in one page: a real one has a handful; a hostile one stays cheap
_TAG = re.compile(r"(<[^>]*>)")


def _names(meta: etree.Element | None) -> tuple[tuple[str, str], ...]:
    """The drug's other names its summary gives: (name, NCI's kind of name)."""
    if meta is None:
        return ()
    found: dict[tuple[str, str], None] = {}
    for path, kind in (("USBrandNames/USBrandName", "US brand name"), ("Synonyms/Synonym", "Synonym")):
        for element in meta.findall(path):
            name = plain(element)
            if name and len(name) <= limits.MAX_TITLE_CHARACTERS:
                found[(name, kind)] = None
    return tuple(found)[:MAX_NAMES]


def _metadata(doc: XmlDocument) -> SummaryMetadata:
    root = doc.root
    meta = root.find("DrugInfoMetaData")
    title_el = root.find("DrugInfoTitle")
    if title_el is None or not plain(title_el):
        raise doc.error(title_el if title_el is not None else root, QT_TRANSLATE_NOOP("Problems", "has no <DrugInfoTitle>"))
    title = plain(title_el)
    if len(title) > limits.MAX_TITLE_CHARACTERS:
        raise doc.error(title_el, TITLE_TOO_LONG, length=len(title), most=limits.MAX_TITLE_CHARACTERS)
    updated = _date(doc, "DateLastModified") or _date(doc, "DateFirstPublished")
    if updated is None:
        raise doc.error(root, NO_DATE)

    def one(name: str) -> etree.Element | None:
        return meta.find(name) if meta is not None else None

    audience_el, description, url, term = one("DrugInfoAudience"), one("DrugInfoDescription"), one("DrugInfoURL"), \
        one("TerminologyLink")
    audience_text = plain(audience_el) if audience_el is not None else ""
    audience = AUDIENCES.get(audience_text.lower(), audience_text or "Patient")
    disclaimer = root.find("DrugInfoDisclaimer")
    other = [(child.tag, plain(child)) for child in root if isinstance(child.tag, str)
             and child.tag not in KNOWN and plain(child)]
    if meta is not None:
        other += [(child.tag, plain(child)) for child in meta if isinstance(child.tag, str)
                  and child.tag not in KNOWN_META and plain(child)]
    drug_type = one("DrugInfoType")
    words = words_for(LANGUAGE)
    return SummaryMetadata(
        title=title, audience=audience, source=words.publisher, last_updated=updated,
        attribution=words.attribution.format(title=title, audience=words.attribution_audiences.get(audience, audience),
                                             board=""),
        disclaimer=plain(disclaimer) if disclaimer is not None else "",
        kind=KIND, language=LANGUAGE, description=plain(description) if description is not None else "",
        url=((url.get("xref") or plain(url)) if url is not None else ""),
        topics=(plain(drug_type),) if drug_type is not None and plain(drug_type) else (),
        first_published=_date(doc, "DateFirstPublished"), other=tuple(other),
        drug_names=_names(meta), term_id=cdr_id(term.get("ref")) if term is not None else "",
        term_name=plain(term) if term is not None else "")


def _fda_approved(root: etree.Element) -> str:
    found = root.find("DrugInfoMetaData/FDAApproved")
    return plain(found) if found is not None else ""


def _facts(metadata: SummaryMetadata, approved: str) -> list[tuple[str, str]]:
    """The page's facts, shown below its first heading as cancer.gov shows them ("US Brand Name(s):
    Gleevec", "FDA Approved: Yes"): NCI's metadata a clinician reads first, kept in the text so the
    screen, paper, a copy, search and what changed all carry it."""
    words = words_for(metadata.language)
    brands = [name for name, kind in metadata.drug_names if kind == "US brand name"]
    return [(label, value) for label, value in ((words.drug_brand_names, ", ".join(brands)),
                                                (words.drug_fda_approved, approved)) if value]


def facts_html(facts: list[tuple[str, str]]) -> str:
    return "<br>".join(f"<b>{escape(label, quote=False)}:</b> {escape(value, quote=False)}" for label, value in facts)


def mark_drug_names(html: str, names: list[str], term_id: str) -> str:
    """Each whole-word occurrence of the drug's own names in the text (not in a heading, not inside
    another link) as a `term:` link, which shows the drug's term on hover. Only the drug's exact
    names: "paclitaxel" in the nab-paclitaxel page is another drug, and is left alone."""
    wanted = sorted({escape(n, quote=False) for n in names[:MAX_MARKED_NAMES] if n.strip()}, key=len, reverse=True)
    if not wanted or not term_id:
        return html
    marked = 0

    def mark(match: re.Match) -> str:
        nonlocal marked
        marked += 1
        if marked > MAX_MARKED:
            return match.group(1)
        return f'<a class="drug" href="term:{term_id}">{match.group(1)}</a>'

    pattern = re.compile(r"(?<![\w/.=?&-])(" + "|".join(re.escape(n) for n in wanted) + r")(?![\w-])", re.IGNORECASE)
    out, in_link, in_heading = [], 0, 0
    for piece in _TAG.split(html):
        if piece.startswith("<"):
            name = piece[1:].split(None, 1)[0].rstrip(">/").lower() if len(piece) > 2 else ""
            if name == "a":
                in_link += 1
            elif name == "/a":
                in_link = max(0, in_link - 1)
            elif re.fullmatch(r"h[1-6]", name):
                in_heading += 1
            elif re.fullmatch(r"/h[1-6]", name):
                in_heading = max(0, in_heading - 1)
            out.append(piece)
        elif piece and not in_link and not in_heading:
            out.append(pattern.sub(mark, piece) if marked <= MAX_MARKED else piece)
        else:
            out.append(piece)
    return "".join(out)


@refused_on_any_failure
def drug_summary_from_document(doc: XmlDocument) -> Summary:
    root = doc.root
    summary_id = document_id(doc, "DrugInformationSummary", "CDR0000487488")
    metadata = _metadata(doc)
    for section in root.findall("Section"):  # NCI's first section has no title: it is the drug's page
        if section.find("Title") is None:
            title = etree.Element("Title")
            title.text = metadata.title
            section.insert(0, title)
    writer = _DrugBodyWriter(doc, summary_id, metadata.language)
    html, notices = written_body(doc, writer, QT_TRANSLATE_NOOP("Problems", "has no <Section>"))
    names = [metadata.title, metadata.term_name, *(name for name, _ in metadata.drug_names)]
    html = mark_drug_names(html, names, metadata.term_id or summary_id)
    facts = _facts(metadata, _fda_approved(root))
    heading = html.find("</h1>")
    if facts and heading >= 0 and writer.sections:  # below the page's title: a passage of its first section,
        end = heading + len("</h1>")                # searched and compared at an update as the rest is
        html = f'{html[:end]}<p class="drug-facts" id="{FACTS}">{facts_html(facts)}</p>{html[end:]}'
        writer.sections[0].paragraphs.insert(0, Paragraph(FACTS, " ".join(f"{label}: {value}" for label, value in facts)))
    return Summary(id=summary_id, folder=doc.path, metadata=metadata, sections=writer.sections, html=html,
                   notices=notices, anchor_aliases=writer.aliases)


class _DrugBodyWriter(BodyWriter):
    """The summaries' body writer over a drug page's `Section`s (never nested, by NCI's rule)."""

    def write_sections(self, root: etree.Element) -> None:
        for child in root:
            if child.tag == "Section":
                self.section(child, 1)


@refused_on_any_failure
def load_drug_summary(path: Path, data: bytes | None = None) -> Summary:
    path = Path(path)
    return drug_summary_from_document(parse(path, read_bytes(path) if data is None else data))

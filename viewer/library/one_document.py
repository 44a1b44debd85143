"""What one document becomes in an import, against the library's copy: added, updated, unchanged,
repaired (the library's copy had been changed and NCI's is the same as its manifest says), or
refused with its file and line — and `AnotherCopy` when this run has already taken a copy of it
(importer.py settles the two). A figure's image is kept by its format, checked by its first bytes."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from ..content.errors import ContentError
from ..content.model import Summary
from ..content.phrases import CANNOT_BE_READ, COULD_NOT_BE_READ, QT_TRANSLATE_NOOP, Phrase, located, reason_of
from ..content.pdq import READABLE, DrugTerm, drug_term_from_document, parse, readable_from_document, term_from_document
from .copies import AnotherCopy, Taken
from .generation import Generation
from .report import ReportLine, older_than_held
from .sources import Candidate
from .term_import import TermImport

KINDS = ("summaries", "glossary")  # kept as files; Term documents are rows of the index (see terms.py)
TERMS = "terms"
# What a figure's file must start with: the image formats Qt decodes in the bundle.
IMAGE_MAGIC = {b"\xff\xd8\xff": "jpg", b"\x89PNG\r\n\x1a\n": "png", b"GIF87a": "gif", b"GIF89a": "gif"}


def describe(data: bytes, name: str) -> tuple[str, str, str, dt.date | None, Summary | DrugTerm | None]:
    """(kind, id, title, date, summary or term) of a document, after checking it reads as the app
    will read it. Summaries and drug information summaries are reading matter (`summaries/`);
    Term documents are a drug's names, kept in the index."""
    doc = parse(Path(name), data)
    if doc.root.tag in READABLE:
        summary = readable_from_document(doc)
        return "summaries", summary.id, summary.title, summary.metadata.last_updated, summary
    if doc.root.tag == "Term":
        term = drug_term_from_document(doc)
        return TERMS, term.id, term.preferred_name, term.last_modified, term
    if doc.root.tag != "GlossaryTerm":
        raise doc.error(doc.root, QT_TRANSLATE_NOOP("Problems", "is a <{tag}> document; only PDQ Summary, "
                                                                "DrugInformationSummary, GlossaryTerm and Term documents "
                                                                "are imported"), tag=doc.root.tag)
    term = term_from_document(doc)
    date_el = doc.root.find("DateLastModified")
    try:
        date = dt.date.fromisoformat((date_el.text or "").strip()[:10]) if date_el is not None else None
    except ValueError:
        date = None
    return "glossary", term.id, term.name, date, None


def consider(candidate: Candidate, current: Generation | None, files: dict[str, bytes | Path],
              taken: dict[str, Taken], allow_older: bool, catalog: dict,
              latest: dt.date, terms: TermImport) -> ReportLine | AnotherCopy | None:
    try:
        data = candidate.read()
    except (OSError, ValueError) as exc:
        return ReportLine("refused", "", "", located(candidate.name, Phrase(CANNOT_BE_READ, reason=reason_of(exc))))
    if candidate.media:
        return consider_image(candidate, data, files)
    held_term = terms.unchanged(candidate.hint_id, data, candidate.name)
    if held_term is not None:
        return held_term
    # The quick path for a weekly re-import: the same bytes as the library's copy are unchanged.
    if candidate.hint_id and current is not None:
        for kind in KINDS:
            relative = f"{kind}/{candidate.hint_id}.xml"
            if current.manifest.get(relative) == hashlib.sha256(data).hexdigest() and relative not in taken:
                if held_copy(current, relative) is None:  # the library's copy was changed: read on, repair it
                    break
                title = catalog.get(candidate.hint_id, {}).get("title") or title_of(data, candidate.name)
                return ReportLine("unchanged", candidate.hint_id, title, kind=kind)
    try:
        kind, doc_id, title, date, summary = describe(data, candidate.name)
    except ContentError as exc:
        return refused(candidate.name, exc)
    if date is not None and date > latest:
        return ReportLine("refused", doc_id, title, Phrase(QT_TRANSLATE_NOOP(
            "Problems", "{name}: dated {date}, later than today; a date NCI has not reached is a damaged or altered "
                        "file"), name=candidate.name, date=str(date)))
    if kind == TERMS:
        return terms.consider(candidate.name, data, summary, allow_older)
    relative = f"{kind}/{doc_id}.xml"
    if relative in taken:  # another copy earlier in this run: which one the library gets is decided by both
        return AnotherCopy(taken[relative], relative, candidate.name, doc_id, title, date, data)
    held = files.get(relative)
    if isinstance(held, Path):  # the library's copy, checked: a changed one is rewritten from NCI's file
        held_bytes = held_copy(current, relative)
        if held_bytes is None and current.manifest.get(relative) == hashlib.sha256(data).hexdigest():
            taken[relative] = Taken(candidate.name, data, held, date)
            files[relative] = data
            return ReportLine("repaired", doc_id, title, "the library's copy did not match its SHA-256; rewritten",
                              kind, summary=summary)
    else:
        held_bytes = held
    held_on = held_date(relative, doc_id, held_bytes, catalog)
    if held_on is not None and held_on > latest:
        held_on = None  # a date past today (from before such dates were refused) blocks nothing
    if held is not None and held_on and date and date < held_on and not allow_older:
        return ReportLine("refused", doc_id, title, older_than_held(candidate.name, date, held_on))
    if held_bytes == data:
        return ReportLine("unchanged", doc_id, title, kind=kind)
    taken[relative] = Taken(candidate.name, data, held, date)
    files[relative] = data
    if held is None:
        return ReportLine("added", doc_id, title, str(date) if date else "", kind, summary=summary)
    return ReportLine("updated", doc_id, title, f"{held_on or '?'} → {date or '?'}", kind,
                      previous=held_bytes, summary=summary)


def consider_image(candidate: Candidate, data: bytes, files: dict[str, bytes | Path]) -> ReportLine:
    """A figure's image from NCI's Multimedia directory: kept as `media/CDR<id>.<format>`."""
    extension = next((ext for magic, ext in IMAGE_MAGIC.items() if data.startswith(magic)), "")
    if not extension:
        return ReportLine("refused", "", "", located(candidate.name, Phrase(QT_TRANSLATE_NOOP(
            "Problems", "is not a JPEG, PNG or GIF image"))))
    if not candidate.hint_id:
        return ReportLine("refused", "", "", located(candidate.name, Phrase(QT_TRANSLATE_NOOP(
            "Problems", "is not named like NCI's CDR0000748659.jpg"))))
    relative = f"media/{candidate.hint_id}.{extension}"
    older = [name for name in files if name.startswith(f"media/{candidate.hint_id}.")]
    held = files.get(older[0]) if older else None
    try:
        held = held if held is None or isinstance(held, bytes) else held.read_bytes()
    except OSError:  # the library's copy is gone or unreadable: NCI's replaces it
        held = None
    if held == data:
        return ReportLine("unchanged", candidate.hint_id, "figure image")
    for name in older:  # one file per figure, whatever its format was before
        del files[name]
    files[relative] = data
    return ReportLine("updated" if older else "added", candidate.hint_id, "figure image", extension.upper())


def held_copy(current: Generation, relative: str) -> bytes | None:
    """The library's copy, checked against its manifest; None if it is missing, changed or damaged
    (the import then writes the new copy, whatever the manifest said of the old)."""
    try:
        return current.read(relative)
    except (ContentError, OSError):
        return None


def held_date(relative: str, doc_id: str, held_bytes: bytes | None, catalog: dict) -> dt.date | None:
    """The date of the library's copy: the catalog's, else read from it."""
    if held_bytes is None:
        return None
    if relative.startswith("summaries/") and doc_id in catalog:
        try:
            return dt.date.fromisoformat(catalog[doc_id]["last_updated"])
        except (KeyError, TypeError, ValueError):
            pass
    try:
        return describe(held_bytes, relative)[3]
    except ContentError:
        return None  # the held copy is damaged: the new one replaces it


def title_of(content: bytes | Path, name: str) -> str:
    try:
        data = content if isinstance(content, bytes) else content.read_bytes()
        return describe(data, name)[2]
    except (ContentError, OSError):
        return ""


def refused(name: str, exc: Exception) -> ReportLine:
    """A document's refusal, with its file and, where known, its line."""
    if isinstance(exc, ContentError):
        return ReportLine("refused", "", "", located(name, exc.message, exc.line or None))
    said = located(name, Phrase(COULD_NOT_BE_READ, detail=f"{type(exc).__name__}: {exc}"))
    return ReportLine("refused", "", "", said if len(said) <= 300 else said[:300])

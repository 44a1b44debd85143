"""Import into the library: what is new is added, what is newer replaces, what is older is refused,
what NCI's change list removes leaves, and all of it becomes current at once, or none of it does.

`run_import` is the whole job, with no Qt: the command line and the window's import dialog both
call it, and get back the same `ImportReport`, one line per document.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..content.errors import ContentError
from ..content.pdq import load_pdq_summary, parse, summary_from_document, term_from_document
from .changes import compare
from .sources import Candidate, find_documents
from ..content.model import Summary
from ..search.index import IndexWriter
from .store import CATALOG, SEARCH_INDEX, Generation, LibraryStore

KINDS = ("summaries", "glossary")
# What a figure's file must start with: the image formats Qt decodes in the bundle.
IMAGE_MAGIC = {b"\xff\xd8\xff": "jpg", b"\x89PNG\r\n\x1a\n": "png", b"GIF87a": "gif", b"GIF89a": "gif"}


@dataclass
class ReportLine:
    action: str   # added, updated, unchanged, repaired, removed, refused
    doc_id: str
    title: str
    detail: str = ""
    kind: str = ""                            # summaries, glossary, media
    previous: bytes | None = field(default=None, repr=False)  # an updated document's old copy, until recorded
    summary: Summary | None = field(default=None, repr=False)  # an added or updated summary, as read

    def __str__(self) -> str:
        if self.action == "refused":
            return f"refused    {self.detail}"
        what = f"{self.doc_id}  {self.title}" if self.title else self.doc_id
        return f"{self.action:<10} {what}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class ImportReport:
    library: Path
    lines: list[ReportLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    generation: str = ""

    def count(self, action: str) -> int:
        return sum(1 for line in self.lines if line.action == action)

    @property
    def refused(self) -> int:
        return self.count("refused")

    def total(self) -> str:
        counts = ", ".join(f"{self.count(a)} {a}" for a in ("added", "updated", "unchanged", "removed", "refused"))
        counts += f", {self.count('repaired')} repaired" if self.count("repaired") else ""
        state = "cancelled: the library was left as it was" if self.cancelled else f"library {self.library}"
        return f"total: {counts}; {state}"


def _describe(data: bytes, name: str) -> tuple[str, str, str, dt.date | None, Summary | None]:
    """(kind, id, title, date, summary) of a document, after checking it reads as the app will read it."""
    doc = parse(Path(name), data)
    if doc.root.tag == "Summary":
        summary = summary_from_document(doc)
        return "summaries", summary.id, summary.title, summary.metadata.last_updated, summary
    if doc.root.tag != "GlossaryTerm":
        raise doc.error(doc.root, f"is a <{doc.root.tag}> document; only PDQ Summary and GlossaryTerm documents "
                                  "are imported")
    term = term_from_document(doc)
    date_el = doc.root.find("DateLastModified")
    try:
        date = dt.date.fromisoformat((date_el.text or "").strip()[:10]) if date_el is not None else None
    except ValueError:
        date = None
    return "glossary", term.id, term.name, date, None


def run_import(library: Path, paths: list[Path], allow_older: bool = False,
               progress: Callable[[int, int, str], bool] | None = None,
               now: dt.datetime | None = None) -> ImportReport:
    """Import `paths` into the library at `library`. `progress(done, total, label)` is called before
    each document (label: the title of the one just read, else the next file's name) and before
    the switch; returning False cancels, and nothing is changed."""
    store = LibraryStore(library)
    report = ImportReport(Path(library))
    with store.locked():
        current = store.open() if store.exists() else None
        files: dict[str, bytes | Path] = {name: current.folder / name for name in current.manifest} if current else {}
        found = find_documents(paths)
        report.notes.extend(found.skipped)
        for refusal in found.refused:
            where = f"{refusal.name}, line {refusal.line}" if refusal.line else refusal.name
            report.lines.append(ReportLine("refused", "", "", f"{where}: {refusal.reason}"))
        # what changed in each summary at its last update, carried forward while it stays unchanged
        changes: dict = dict((current.info.get("changes") or {}) if current else {})
        catalog = read_catalog(current)
        index = IndexWriter(store.root / f".index-{os.getpid()}.tmp",
                            current.folder / SEARCH_INDEX if current and SEARCH_INDEX in current.manifest else None)
        try:
            return _run(store, report, found, current, files, changes, catalog, index, allow_older, progress, now)
        finally:
            index.discard()


def _run(store: LibraryStore, report: ImportReport, found, current: Generation | None, files: dict, changes: dict,
         catalog: dict, index: IndexWriter, allow_older: bool, progress, now) -> ImportReport:
    """The import itself, with the lock held and the new index being written beside the library."""
    taken: dict[str, tuple[str, dt.date | None]] = {}  # relative name -> (candidate, date) chosen in this run
    total = len(found.candidates)
    label = ""
    for done, candidate in enumerate(found.candidates):
        if progress is not None and progress(done, total, label or Path(candidate.name).name) is False:
            report.cancelled = True
            return report
        try:
            line = _consider(candidate, current, files, taken, allow_older, catalog)
        except Exception as exc:  # noqa: BLE001 (one document's failure, whatever it is, is that document's refusal)
            line = _refused(candidate.name, exc)
        label = line.title if line is not None else ""
        if line is None:
            continue
        report.lines.append(line)
        if line.action == "updated" and line.kind == "summaries":
            _record_changes(line, files, changes)
        if line.summary is not None:  # added or updated: into the index and the catalog
            index.replace(line.summary)
            catalog[line.doc_id] = catalog_entry(line.summary)
            line.summary = None
    for doc_id, source in sorted(found.removed.items()):
        relative = f"summaries/{doc_id}.xml"
        if relative in files:
            title = catalog.pop(doc_id, {}).get("title", "")
            for name in (relative, f"previous/{doc_id}.xml"):
                files.pop(name, None)
            changes.pop(doc_id, None)
            index.remove(doc_id)
            report.lines.append(ReportLine("removed", doc_id, title, f"NCI's change list {Path(source).name}"))
    if progress is not None and progress(total, total, label) is False:
        report.cancelled = True
        return report
    changed = any(line.action in ("added", "updated", "removed", "repaired") for line in report.lines)
    unindexed = _index_missing(files, index)  # a library from before the index, or one whose index was lost
    if changed or current is None or CATALOG not in current.manifest or unindexed:
        files[SEARCH_INDEX] = index.finish()
        files[CATALOG] = json.dumps(catalog, ensure_ascii=False, indent=0).encode("utf-8")
        kept = {k: v for k, v in changes.items() if f"summaries/{k}.xml" in files}
        report.generation = store.commit(files, current, now or dt.datetime.now().astimezone(), {"changes": kept}).name
    else:
        report.generation = current.name
    return report


def _index_missing(files: dict[str, bytes | Path], index: IndexWriter) -> int:
    """Put into the index every summary the library holds that it lacks; how many there were."""
    held = {Path(name).stem: content for name, content in files.items() if name.startswith("summaries/")}
    missing = set(held) - index.ids()
    for summary_id in sorted(missing):
        content = held[summary_id]
        data = content if isinstance(content, bytes) else content.read_bytes()
        try:
            index.replace(load_pdq_summary(Path(f"summaries/{summary_id}.xml"), data))
        except ContentError:
            continue  # a damaged copy is reported when it is read, not indexed
    return len(missing)


def _title_of(content: bytes | Path, name: str) -> str:
    try:
        data = content if isinstance(content, bytes) else content.read_bytes()
        return _describe(data, name)[2]
    except (ContentError, OSError):
        return ""


def _refused(name: str, exc: Exception) -> ReportLine:
    """A document's refusal, with its file and, where known, its line."""
    if isinstance(exc, ContentError):
        where = f"{name}, line {exc.line}" if exc.line else name
        return ReportLine("refused", "", "", f"{where}: {exc.message}")
    return ReportLine("refused", "", "", f"{name}: could not be read ({type(exc).__name__}: {exc})"[:300])


def _consider(candidate: Candidate, current: Generation | None, files: dict[str, bytes | Path],
              taken: dict[str, tuple[str, dt.date | None]], allow_older: bool, catalog: dict) -> ReportLine | None:
    try:
        data = candidate.read()
    except (OSError, ValueError) as exc:
        return ReportLine("refused", "", "", f"{candidate.name}: cannot be read ({exc})")
    if candidate.media:
        return _consider_image(candidate, data, files)
    # The quick path for a weekly re-import: the same bytes as the library's copy are unchanged.
    if candidate.hint_id and current is not None:
        for kind in KINDS:
            relative = f"{kind}/{candidate.hint_id}.xml"
            if current.manifest.get(relative) == hashlib.sha256(data).hexdigest() and relative not in taken:
                if _held_copy(current, relative) is None:  # the library's copy was changed: read on, repair it
                    break
                title = catalog.get(candidate.hint_id, {}).get("title") or _title_of(data, candidate.name)
                return ReportLine("unchanged", candidate.hint_id, title)
    try:
        kind, doc_id, title, date, summary = _describe(data, candidate.name)
    except ContentError as exc:
        return _refused(candidate.name, exc)
    relative = f"{kind}/{doc_id}.xml"
    held = files.get(relative)
    held_bytes = held if isinstance(held, bytes) else (_held_copy(current, relative) if held is not None else None)
    if isinstance(held, Path) and held_bytes is None and current.manifest.get(relative) == hashlib.sha256(data).hexdigest():
        files[relative] = data
        taken[relative] = (candidate.name, date)
        return ReportLine("repaired", doc_id, title, "the library's copy did not match its SHA-256; rewritten", kind,
                          summary=summary)
    held_date = _held_date(relative, doc_id, held_bytes, taken, catalog)
    if held is not None and held_date and date and date < held_date and not allow_older:
        return ReportLine("refused", doc_id, title, f"{candidate.name}: dated {date}, older than the library's "
                                                    f"{held_date}; use --allow-older to import it anyway")
    if held_bytes == data:
        return ReportLine("unchanged", doc_id, title)
    files[relative] = data
    taken[relative] = (candidate.name, date)
    if held is None:
        return ReportLine("added", doc_id, title, str(date) if date else "", kind, summary=summary)
    return ReportLine("updated", doc_id, title, f"{held_date or '?'} → {date or '?'}", kind,
                      previous=held_bytes, summary=summary)


def _held_copy(current: Generation, relative: str) -> bytes | None:
    """The library's copy, checked against its manifest; None if it is missing, changed or damaged
    (the import then writes the new copy, whatever the manifest said of the old)."""
    try:
        return current.read(relative)
    except (ContentError, OSError):
        return None


def _held_date(relative: str, doc_id: str, held_bytes: bytes | None, taken: dict, catalog: dict) -> dt.date | None:
    """The date of the copy held now: chosen earlier in this run, else the catalog's, else read from it."""
    if relative in taken:
        return taken[relative][1]
    if held_bytes is None:
        return None
    if relative.startswith("summaries/") and doc_id in catalog:
        try:
            return dt.date.fromisoformat(catalog[doc_id]["last_updated"])
        except (KeyError, TypeError, ValueError):
            pass
    try:
        return _describe(held_bytes, relative)[3]
    except ContentError:
        return None  # the held copy is damaged: the new one replaces it


def _record_changes(line: ReportLine, files: dict[str, bytes | Path], changes: dict) -> None:
    """Keep the version the update replaces, and what changed between the two, for the reader."""
    relative = f"summaries/{line.doc_id}.xml"
    old_bytes, line.previous = line.previous, None  # the report need not keep it
    try:
        old = load_pdq_summary(Path(relative), old_bytes) if old_bytes is not None else None
    except ContentError:
        old = None
    if old is None or line.summary is None:  # the old copy was damaged: nothing to compare with
        changes.pop(line.doc_id, None)
        files.pop(f"previous/{line.doc_id}.xml", None)
        return
    files[f"previous/{line.doc_id}.xml"] = old_bytes
    changes[line.doc_id] = compare(old, line.summary).to_data()


def _consider_image(candidate: Candidate, data: bytes, files: dict[str, bytes | Path]) -> ReportLine:
    """A figure's image from NCI's Multimedia directory: kept as `media/CDR<id>.<format>`."""
    extension = next((ext for magic, ext in IMAGE_MAGIC.items() if data.startswith(magic)), "")
    if not extension:
        return ReportLine("refused", "", "", f"{candidate.name}: is not a JPEG, PNG or GIF image")
    if not candidate.hint_id:
        return ReportLine("refused", "", "", f"{candidate.name}: is not named like NCI's CDR0000748659.jpg")
    relative = f"media/{candidate.hint_id}.{extension}"
    older = [name for name in files if name.startswith(f"media/{candidate.hint_id}.")]
    held = files.get(older[0]) if older else None
    if held is not None and (held if isinstance(held, bytes) else held.read_bytes()) == data:
        return ReportLine("unchanged", candidate.hint_id, "figure image")
    for name in older:  # one file per figure, whatever its format was before
        del files[name]
    files[relative] = data
    return ReportLine("updated" if older else "added", candidate.hint_id, "figure image", extension.upper())


def catalog_entry(summary: Summary) -> dict:
    """What the library tree and the window need of a summary before it is opened."""
    meta = summary.metadata
    return {"title": meta.title, "kind": meta.kind, "audience": meta.audience, "language": meta.language,
            "last_updated": meta.last_updated.isoformat(), "source": meta.source}


def read_catalog(generation: Generation | None) -> dict:
    """The current catalog; for a summary it lacks (a library from before the catalog), read it now."""
    catalog: dict = {}
    if generation is None:
        return catalog
    if CATALOG in generation.manifest:
        try:
            data = json.loads(generation.read(CATALOG))
            catalog = data if isinstance(data, dict) else {}
        except (ContentError, ValueError, RecursionError):
            catalog = {}
    for name in generation.files("summaries"):
        doc_id = Path(name).stem
        if doc_id not in catalog:
            try:
                catalog[doc_id] = catalog_entry(load_pdq_summary(Path(name), generation.read(name)))
            except ContentError:
                continue
    return catalog

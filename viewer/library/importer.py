"""Import into the library: what is new is added, what is newer replaces, what is older is refused,
what NCI's change list removes leaves, and all of it becomes current at once, or none of it does.

`run_import` is the whole job, with no Qt: the command line and the window's import dialog both
call it, and get back the same `ImportReport`, one line per document.

A date past today (and `FUTURE_MARGIN`) is refused: one would make every genuine update after it
"older". The same document twice in one run (two weeks' archives, say): the newer is imported, the
other reported "skipped", as if the two had been imported in turn; two copies with the same date
and different text are both refused, because nothing says which is NCI's, and the library keeps its
own copy. Every name and title in the report is `printable`: no file name can forge a line of it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
from contextlib import ExitStack
from pathlib import Path
from typing import Callable

from ..content.errors import ContentError
from ..content.phrases import QT_TRANSLATE_NOOP, located
from ..content.pdq import load_pdq_summary
from .changes import SummaryChanges, compare
from .damaged import report_damaged
from .copies import NEWER, OLDER, SAME, AnotherCopy, Taken, read_held, verdict
from .catalog import catalog_entry, read_catalog
from .printable import printable
from .one_document import KINDS, TERMS, consider, held_date, refused, title_of
from .report import ImportReport, ReportLine, contradicted, contradicting
from .sources import find_documents
from .term_import import TermImport
from ..search.index_file import IndexWriter
from .access import who_else_can_change
from .generation import CATALOG, INFO, SEARCH_INDEX, Generation
from .lock import LockWaitCancelled
from .store import LibraryStore, ReadBackFailed

# How far past today a document's date may be: NCI dates in Eastern time, a clinic may be a day
# ahead of it or behind, and a clock a day wrong; 9999-12-31 is not NCI's.
FUTURE_MARGIN = dt.timedelta(days=2)


def run_import(library: Path, paths: list[Path], allow_older: bool = False,
               progress: Callable[[int, int, str], bool] | None = None,
               now: dt.datetime | None = None, on_wait: Callable[[str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import `paths` into the library at `library`. `progress(done, total, label)` is called before
    each document (label: the title of the one just read, else the next file's name) and before
    the switch; returning False cancels, and nothing is changed. `on_wait(message)` is told when
    another import holds the library (by default, `progress` is, with the message as its label);
    `cancelled()` is asked while it waits: a wait of minutes need not outlast a Cancel or a quit."""
    store = LibraryStore(library)
    report = ImportReport(Path(library))
    if on_wait is None and progress is not None:
        on_wait = lambda message: progress(0, 0, message)  # noqa: E731
    _refuse_if_others_could_change(store.root)  # before anything is made there: folders, the lock
    with ExitStack() as held:
        try:
            held.enter_context(store.locked(on_wait, cancelled))
        except LockWaitCancelled:  # cancelled while another import held the library: nothing changed
            report.cancelled = True
            return report
        current, repair = _current_generation(store, report)
        files: dict[str, bytes | Path] = ({name: current.folder / name for name in current.manifest if name != INFO}
                                          if current else {})
        found = find_documents(paths)
        report.notes.extend(printable(note) for note in found.skipped)
        for refusal in found.refused:
            report.lines.append(ReportLine("refused", "", "", located(refusal.name, refusal.reason, refusal.line or None)))
        # what changed in each summary at its last update, carried forward while it stays unchanged
        changes = _change_records(current)
        catalog = read_catalog(current)
        start_from = _checked(current, SEARCH_INDEX, "the search index is made again from the library's summaries "
                              "(the drug terms it held are not kept apart: import NCI's Term files again to restore "
                              "them)", report)
        repair = repair or _checked(current, CATALOG, "the catalog is made again", report) is None
        if catalog.refreshed:  # entries an older version wrote, without the versions' relations
            report.notes.append(f"{catalog.refreshed} summaries' catalog entries were read again from the summaries")
            repair = True
        index = IndexWriter(store.root / f".index-{os.getpid()}.tmp", start_from)
        try:
            return _run(store, report, found, current, files, changes, catalog, index, allow_older, progress, now,
                        repair)  # an index made again lacks every summary: _index_missing puts them in
        finally:
            try:
                index.discard()
            except OSError:  # a temporary file left (the next import removes it): after a switch the
                pass         # import is done, and "cannot be written … Nothing was changed" would deny it


def _current_generation(store: LibraryStore, report: ImportReport) -> tuple[Generation | None, bool]:
    """The generation this import starts from, checked that no one else could have changed it, with
    what a failed or killed run left removed first (its space is needed); and whether CURRENT needs
    repair (it named no complete generation)."""
    try:
        current = store.open_current()
    except ContentError as exc:  # CURRENT is damaged and no generation is whole: a new library
        report.notes.append(f"{exc}; no complete generation could be read, so this import starts a new library")
        current = None
    _refuse_if_others_could_change(store.root, current)
    previous = current.info.get("previous") if current else None
    store.remove_leftovers({current.name, previous} if current and isinstance(previous, str) else
                           {current.name} if current else set(store.generation_names()))
    if current is not None and current.fallback:
        report.notes.append(str(current.problems[0]))  # the file that failed (CURRENT, or the manifest it named)
    return current, current is not None and bool(current.fallback)


def _refuse_if_others_could_change(root: Path, current: Generation | None = None) -> None:
    reason = who_else_can_change(root, current.folder if current else None)
    if reason:
        raise ContentError(root, QT_TRANSLATE_NOOP("Problems", "is not updated, since someone other than the "
                                                               "administrator could have changed it: {reason}. Correct "
                                                               "its permissions (chmod go-w) and check it, or move it "
                                                               "aside and import NCI's full set into a new library"),
                           reason=reason)


def _checked(current: Generation | None, name: str, remedy: str, report: ImportReport) -> Path | None:
    """The current generation's `name`, if it matches the manifest; else None, and the report says so."""
    if current is None or name not in current.manifest:
        return None
    try:
        return current.checked_path(name)
    except ContentError as exc:
        report.notes.append(f"{exc}; {remedy}")
        return None


def _run(store: LibraryStore, report: ImportReport, found, current: Generation | None, files: dict, changes: dict,
         catalog: dict, index: IndexWriter, allow_older: bool, progress, now, repair: bool = False) -> ImportReport:
    """The import itself, with the lock held and the new index being written beside the library.
    `repair`: write a new generation even if no document changed (CURRENT, the index or the
    catalog failed its check)."""
    taken: dict[str, Taken] = {}  # relative name -> the copy chosen in this run
    today = (now or dt.datetime.now().astimezone()).date()
    latest = today + FUTURE_MARGIN if today < dt.date.max - FUTURE_MARGIN else dt.date.max
    total = len(found.candidates)
    label = ""
    terms = TermImport(index)
    for done, candidate in enumerate(found.candidates):
        if progress is not None and progress(done, total, label or Path(candidate.name).name) is False:
            report.cancelled = True
            return report
        try:
            line = consider(candidate, current, files, taken, allow_older, catalog, latest, terms)
            if isinstance(line, AnotherCopy):
                label = line.title
                if not _settle(line, report, files, taken, changes, catalog, index):
                    continue  # the earlier copy stays; this one was reported
                line = consider(candidate, current, files, taken, allow_older, catalog, latest, terms)  # against the library's
        except Exception as exc:  # noqa: BLE001 (one document's failure, whatever it is, is that document's refusal)
            line = refused(candidate.name, exc)
        label = line.title if line is not None else ""
        if line is None:
            continue
        report.lines.append(line)
        if line.action in ("added", "updated", "unchanged", "repaired") and line.kind in KINDS:
            relative = f"{line.kind}/{line.doc_id}.xml"
            taken.setdefault(relative, Taken(candidate.name, None, files.get(relative))).remember(line, files, changes, catalog)
        if line.action == "updated" and line.kind == "summaries":
            _record_changes(line, files, changes)
        if line.summary is not None:  # added or updated: into the index and the catalog
            index.replace(line.summary)
            catalog[line.doc_id] = catalog_entry(line.summary)
            line.summary = None
    _remove_listed(found.removed, files, changes, catalog, index, terms, report)
    if progress is not None and progress(total, total, label) is False:
        report.cancelled = True
        return report
    repair = _drop_missing(files, changes, catalog, index, report) or repair
    report_damaged(files, current, taken, catalog, report)  # told at this import, not first by a reader
    changed = any(line.action in ("added", "updated", "removed", "repaired") for line in report.lines)
    if current is None and not changed:  # nothing to make a library of: none is made (an empty one
        return report                    # would hide every user's own library behind it)
    unindexed = _index_missing(files, index, current)  # a library from before the index, or one whose index was lost
    if changed or repair or current is None or CATALOG not in current.manifest or unindexed:
        files[SEARCH_INDEX] = index.finish()
        files[CATALOG] = json.dumps(catalog, ensure_ascii=False, indent=0).encode("utf-8")
        kept = {k: v for k, v in changes.items() if f"summaries/{k}.xml" in files}
        when = now or dt.datetime.now().astimezone()
        try:
            written = store.commit(files, current, when, {"changes": kept})
        except ReadBackFailed as failed:  # done, but not read back: the report says both, every line kept
            report.generation, report.imported = failed.name, when.replace(microsecond=0)
            report.read_back = failed.problem.with_values(printable)  # a file name cannot forge a line
            return report
    else:
        written = current
    report.generation, report.imported = written.name, written.imported
    return report


def _settle(copy: AnotherCopy, report: ImportReport, files: dict, taken: dict[str, Taken], changes: dict,
            catalog: dict, index: IndexWriter) -> bool:
    """Two copies of one document in one run: the newer is imported and the older reported skipped,
    as if imported in turn; the same text twice is imported once; two that contradict each other
    are both refused, and the library keeps its own. True when `copy` is to be imported (the
    earlier one has then been put back, as if never taken)."""
    earlier, relative = copy.earlier, copy.relative
    if earlier.line is not None and earlier.line.action == "unchanged" and earlier.date is None:
        earlier.date = held_date(relative, copy.doc_id, earlier.content(), catalog)
    found = verdict(copy)
    if found == SAME:
        report.lines.append(ReportLine("skipped", copy.doc_id, copy.title, f"{copy.name}: the same as {earlier.name}"))
        return False
    if found == OLDER:
        report.lines.append(ReportLine("skipped", copy.doc_id, copy.title,
                                       f"{copy.name}, dated {copy.date}: {earlier.name} is newer ({earlier.date})"))
        return False
    earlier.put_back(relative, files, changes, catalog, lambda doc_id, held: _reindex(index, doc_id, held))
    if found == NEWER:
        if earlier.line is not None:
            earlier.line.action = "skipped"
            earlier.line.detail = printable(f"{earlier.name}, dated {earlier.date}: {copy.name} is newer ({copy.date})")
        del taken[relative]
        return True
    if earlier.line is not None and earlier.line.action != "unchanged":  # the library's own copy stays as it is
        earlier.line.action, earlier.line.detail = "refused", contradicted(earlier.name, copy.doc_id, copy.name,
                                                                           earlier.date)
        earlier.line = None  # a later copy is compared with this date: only a newer one is taken
    report.lines.append(ReportLine("refused", copy.doc_id, copy.title, contradicting(
        copy.name, copy.date, copy.doc_id, earlier.name, earlier.date)))
    return False


def _reindex(index: IndexWriter, doc_id: str, held: bytes | Path | None) -> None:
    """The index rows of the library's own copy of a summary again (none if it has none)."""
    try:
        index.replace(load_pdq_summary(Path(f"summaries/{doc_id}.xml"), read_held(held)))
    except (ContentError, OSError, TypeError):  # no copy, or a damaged one: not in the index
        index.remove(doc_id)


def _change_records(current: Generation | None) -> dict:
    """What changed in each summary at its last update, as the library recorded it: well-formed
    records only (a damaged library.json is reported when the library is read, and mended here)."""
    records = current.info.get("changes") if current is not None else None
    if not isinstance(records, dict):
        return {}
    return {str(doc_id): record for doc_id, record in records.items() if SummaryChanges.from_data(record) is not None}


def _index_missing(files: dict[str, bytes | Path], index: IndexWriter, current: Generation | None) -> int:
    """Put into the index every summary the library holds that it lacks; how many there were. A
    stored copy is read checked against the manifest: a changed one is not indexed."""
    held = {Path(name).stem: content for name, content in files.items() if name.startswith("summaries/")}
    missing = set(held) - index.ids()
    for summary_id in sorted(missing):
        content, relative = held[summary_id], f"summaries/{summary_id}.xml"
        try:
            if isinstance(content, bytes):
                data = content
            elif current is not None and content == current.folder / relative:
                data = current.read(relative)
            else:
                data = content.read_bytes()
            index.replace(load_pdq_summary(Path(relative), data))
        except (ContentError, OSError):
            continue  # a damaged copy is reported when it is read, not indexed
    return len(missing)


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


def _drop_missing(files: dict[str, bytes | Path], changes: dict, catalog: dict, index: IndexWriter,
                  report: ImportReport) -> bool:
    """Leave out of the new generation the library's files that are gone or no longer regular
    files (deleted, or a link put in their place): they cannot be carried on, and one of them must
    not stop every import after it. The report says which; True if any was left out."""
    dropped = []
    for name, content in sorted(files.items()):
        if isinstance(content, Path):
            try:
                regular = stat.S_ISREG(os.lstat(content).st_mode)
            except OSError:
                regular = False
            if not regular:
                dropped.append((name, content))
    for name, content in dropped:
        del files[name]
        doc_id = Path(name).stem
        if name.startswith("summaries/"):
            files.pop(f"previous/{doc_id}.xml", None)
            changes.pop(doc_id, None)
            catalog.pop(doc_id, None)
            index.remove(doc_id)
        report.notes.append(printable(f"{content}: listed in the library but missing or not a regular file, so it "
                                      "is left out of the new generation; import NCI's file again to restore it"))
    return bool(dropped)


def _remove_listed(removed: dict[tuple[str, str], str], files: dict, changes: dict, catalog: dict,
                   index: IndexWriter, terms: TermImport, report: ImportReport) -> None:
    """What NCI's change lists remove, each list its own type's documents: a summary with its
    previous version, change record, catalog entry and index rows; a dictionary term; a drug term."""
    for (kind, doc_id), source in sorted(removed.items()):
        detail, relative = f"NCI's change list {Path(source).name}", f"{kind}/{doc_id}.xml"
        if kind == TERMS:
            if (name := terms.remove(doc_id)) is not None:
                report.lines.append(ReportLine("removed", doc_id, name, detail, TERMS))
        elif relative in files and kind == "summaries":
            title = catalog.pop(doc_id, {}).get("title", "")
            for name in (relative, f"previous/{doc_id}.xml"):
                files.pop(name, None)
            changes.pop(doc_id, None)
            index.remove(doc_id)
            report.lines.append(ReportLine("removed", doc_id, title, detail))
        elif relative in files:
            report.lines.append(ReportLine("removed", doc_id, title_of(files.pop(relative), relative), detail, kind))


"""The library as the app reads it: the catalog of the current generation at start (titles, types,
dates), each summary read and checked when it is opened, dictionary terms and figure images when
they are first shown, and the search index that import made."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..content.errors import ContentError
from ..content.loader import Library
from ..content.library import SummaryEntry
from ..content.model import Summary, SummaryMetadata
from ..content.pdq import GlossaryTerm, cdr_id, load_glossary_term, load_pdq_summary
from .access import who_else_can_change
from .changes import SummaryChanges
from .generation import CATALOG, INFO, SEARCH_INDEX, Generation
from .store import LibraryStore


class _CheckedFiles:
    """One kind of the library's files, by CDR id, read (and checked) on first use and kept."""

    kind = ""

    def __init__(self, generation: Generation | None):
        self._generation = generation
        self._ids = generation.ids(self.kind) if generation else set()
        self._read: dict[str, object] = {}
        self.problems: list[ContentError] = []

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._ids

    def get(self, doc_id: str):
        if doc_id not in self._ids or self._generation is None:
            return None
        if doc_id not in self._read:
            name = self._generation.path_of(self.kind, doc_id)
            try:
                self._read[doc_id] = self._make(self._generation.folder / name, self._generation.read(name))
            except ContentError as exc:
                self.problems.append(exc)
                self._read[doc_id] = None
        return self._read[doc_id]

    def _make(self, path: Path, data: bytes):
        return data


class Glossary(_CheckedFiles):
    """The library's dictionary terms: there are thousands; a summary names a few."""

    kind = "glossary"

    def _make(self, path: Path, data: bytes) -> GlossaryTerm:
        return load_glossary_term(path, data)


class MediaFiles(_CheckedFiles):
    """The images of the summaries' figures (bytes; Qt decodes them when shown)."""

    kind = "media"


class PreviousVersions(_CheckedFiles):
    """Each updated summary as it was before its last update, for "what changed"."""

    kind = "previous"

    def _make(self, path: Path, data: bytes) -> Summary:
        return load_pdq_summary(path, data)


def load_library_dir(root: Path) -> Library:
    """Every summary in the library at `root`; a broken one is reported, the rest are shown.
    A folder that holds no library yet is an empty library, not a problem; one that cannot be read,
    or that another user could have changed, is reported and not shown, and the app still opens."""
    library = Library()
    generation = _open_generation(Path(root), library.problems)
    library.glossary = Glossary(generation)
    library.media = MediaFiles(generation)
    library.previous = PreviousVersions(generation)
    if generation is None:
        return library
    library.generation = generation
    library.problems.extend(generation.problems)
    library.changes = _change_records(generation, library.problems)
    catalog = _read_catalog(generation, library.problems)
    for name in generation.files("summaries"):
        summary_id = Path(name).stem
        entry = catalog.get(summary_id)
        if entry is None:
            library.problems.append(ContentError(generation.folder / name, "is not in the library's catalog: "
                                                 "import it again to show it"))
            continue
        library.catalog[summary_id] = entry
    library.catalog = dict(sorted(library.catalog.items(), key=lambda item: item[1].title.casefold()))

    def open_summary(summary_id: str) -> Summary:
        name = generation.path_of("summaries", summary_id)
        return load_pdq_summary(generation.folder / name, generation.read(name))

    library.opener = open_summary
    if SEARCH_INDEX in generation.manifest:
        library.search_index = lambda: generation.checked_path(SEARCH_INDEX)
    return library


def _open_generation(root: Path, problems: list[ContentError]) -> Generation | None:
    """The generation to show (CURRENT's, else the newest complete one), if it can be trusted."""
    store = LibraryStore(root)
    try:
        generation = store.open_current()
        reason = who_else_can_change(root, generation.folder if generation else None)
    except ContentError as exc:
        problems.append(exc)
        return None
    except OSError as exc:  # an unreadable library folder: reported, and the bundled summaries still open
        problems.append(ContentError(root, f"the library cannot be read ({exc.strerror or exc}): ask your IT to "
                                           "run the import again as administrator, which makes it readable"))
        return None
    if reason:
        problems.append(ContentError(root, f"the library is not shown, since its summaries may not be NCI's text: "
                                           f"{reason}. Ask your IT to correct its permissions (only the administrator "
                                           "may write it) and import NCI's files again"))
        return None
    return generation


def _change_records(generation: Generation, problems: list[ContentError]) -> dict[str, SummaryChanges]:
    """What changed in each summary at its last update; a damaged record is left out and said."""
    records = generation.info.get("changes", {})
    records = records if isinstance(records, dict) else {"": records}
    changes = {str(i): c for i, c in ((i, SummaryChanges.from_data(d)) for i, d in records.items()) if c}
    if len(changes) < len(records):
        problems.append(ContentError(generation.folder / INFO, f"has {len(records) - len(changes)} damaged record(s) "
                                                               "of what changed: those are not shown"))
    return changes


def _read_catalog(generation: Generation, problems: list[ContentError]) -> dict[str, SummaryEntry]:
    """Each summary's title, type, audience, language and date, as import wrote them."""
    try:
        data = json.loads(generation.read(CATALOG))
    except ContentError as exc:
        problems.append(exc)
        return {}
    except (ValueError, RecursionError):
        problems.append(ContentError(generation.folder / CATALOG, "is not valid JSON: import again to repair it"))
        return {}
    entries = {}
    for summary_id, item in (data.items() if isinstance(data, dict) else []):
        try:
            metadata = SummaryMetadata(
                title=str(item["title"]), audience=str(item["audience"]), source=str(item["source"]),
                last_updated=dt.date.fromisoformat(item["last_updated"]), kind=str(item.get("kind", "")),
                language=str(item.get("language", "")), translation_of=cdr_id(str(item.get("translation_of", ""))),
                patient_version_of=cdr_id(str(item.get("patient_version_of", ""))))
        except (KeyError, TypeError, ValueError):
            problems.append(ContentError(generation.folder / CATALOG, f"has a damaged entry for {summary_id[:20]}"))
            continue
        entries[str(summary_id)] = SummaryEntry(str(summary_id), metadata)
    return entries

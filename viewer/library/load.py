"""The library as the app reads it: every summary of the current generation, checked and parsed;
dictionary terms and figure images read when they are first shown."""
from __future__ import annotations

from pathlib import Path

from ..content.errors import ContentError
from ..content.loader import Library
from ..content.model import Summary
from ..content.pdq import GlossaryTerm, load_glossary_term, load_pdq_summary
from .changes import SummaryChanges
from .store import Generation, LibraryStore


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
    A folder that holds no library yet is an empty library, not a problem."""
    library = Library()
    store = LibraryStore(root)
    try:
        generation = store.open() if store.exists() else None
    except ContentError as exc:
        library.problems.append(exc)
        generation = None
    except OSError as exc:  # an unreadable library folder: reported, and the bundled summaries still open
        library.problems.append(ContentError(root, f"the library cannot be read ({exc.strerror or exc})"))
        generation = None
    library.glossary = Glossary(generation)
    library.media = MediaFiles(generation)
    library.previous = PreviousVersions(generation)
    if generation is None:
        return library
    library.generation = generation
    library.problems.extend(generation.problems)
    records = generation.info.get("changes") if isinstance(generation.info.get("changes"), dict) else {}
    library.changes = {i: c for i, c in ((i, SummaryChanges.from_data(d)) for i, d in records.items()) if c}
    for name in generation.files("summaries"):
        try:
            library.summaries.append(load_pdq_summary(generation.folder / name, generation.read(name)))
        except ContentError as exc:
            library.problems.append(exc)
        except Exception as exc:  # noqa: BLE001 (whatever goes wrong with one summary is its problem, not the app's)
            library.problems.append(ContentError(generation.folder / name, f"could not be read ({type(exc).__name__}: {exc})"))
    library.summaries.sort(key=lambda s: s.title.casefold())
    return library

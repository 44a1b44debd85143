"""The library as the app reads it: every summary of the current generation, checked and parsed;
glossary terms read when a popover asks for one (there are thousands; a summary names a few)."""
from __future__ import annotations

from pathlib import Path

from ..content.errors import ContentError
from ..content.loader import Library
from ..content.pdq import GlossaryTerm, load_glossary_term, load_pdq_summary
from .store import Generation, LibraryStore


class Glossary:
    """The library's dictionary terms, by CDR id, parsed on first use and kept."""

    def __init__(self, generation: Generation | None):
        self._generation = generation
        self._ids = generation.ids("glossary") if generation else set()
        self._terms: dict[str, GlossaryTerm | None] = {}
        self.problems: list[ContentError] = []

    def __contains__(self, term_id: str) -> bool:
        return term_id in self._ids

    def get(self, term_id: str) -> GlossaryTerm | None:
        if term_id not in self._ids or self._generation is None:
            return None
        if term_id not in self._terms:
            name = self._generation.path_of("glossary", term_id)
            try:
                self._terms[term_id] = load_glossary_term(self._generation.folder / name, self._generation.read(name))
            except ContentError as exc:
                self.problems.append(exc)
                self._terms[term_id] = None
        return self._terms[term_id]


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
    library.glossary = Glossary(generation)
    if generation is None:
        return library
    library.generation = generation
    library.problems.extend(generation.problems)
    for name in generation.files("summaries"):
        try:
            library.summaries.append(load_pdq_summary(generation.folder / name, generation.read(name)))
        except ContentError as exc:
            library.problems.append(exc)
    library.summaries.sort(key=lambda s: s.title.casefold())
    return library

"""The library's catalog: what the tree and the window need of each summary before it is opened
(title, type, audience, language, date, source, and the summaries it is a version of), written by
each import and read at start."""
from __future__ import annotations

import json
from pathlib import Path

from ..content.errors import ContentError
from ..content.model import Summary
from ..content.pdq import load_pdq_summary
from .generation import CATALOG, Generation


# Written since the catalog keeps the versions' relations: an entry without them is read again.
RELATIONS = ("translation_of", "patient_version_of")


class Catalog(dict):
    """Summary id -> its entry; `refreshed`: how many entries were read again from their files
    (missing, or written before the catalog kept relations), so the import writes it anew."""

    refreshed = 0


def catalog_entry(summary: Summary) -> dict:
    """What the library tree and the window need of a summary before it is opened."""
    meta = summary.metadata
    return {"title": meta.title, "kind": meta.kind, "audience": meta.audience, "language": meta.language,
            "last_updated": meta.last_updated.isoformat(), "source": meta.source,
            "translation_of": meta.translation_of, "patient_version_of": meta.patient_version_of}


def read_catalog(generation: Generation | None) -> Catalog:
    """The current catalog; a summary it lacks (a library from before the catalog) or whose entry
    lacks the relations (from before they were kept) is read now."""
    catalog = Catalog()
    if generation is None:
        return catalog
    if CATALOG in generation.manifest:
        try:
            data = json.loads(generation.read(CATALOG))
            catalog.update(data if isinstance(data, dict) else {})
        except (ContentError, ValueError, RecursionError):
            catalog.clear()
    for name in generation.files("summaries"):
        doc_id = Path(name).stem
        entry = catalog.get(doc_id)
        if not isinstance(entry, dict) or any(key not in entry for key in RELATIONS):
            try:
                catalog[doc_id] = catalog_entry(load_pdq_summary(Path(name), generation.read(name)))
                catalog.refreshed += 1
            except ContentError:
                continue
    return catalog

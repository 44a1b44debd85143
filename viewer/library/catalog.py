"""The library's catalog: what the tree and the window need of each summary before it is opened
(title, type, audience, language, date, source), written by each import and read at start."""
from __future__ import annotations

import json
from pathlib import Path

from ..content.errors import ContentError
from ..content.model import Summary
from ..content.pdq import load_pdq_summary
from .store import CATALOG, Generation


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

"""What the app holds: the bundled summaries, read in full at start (a few), and the imported
library's catalog, whose summaries are read when opened (there are hundreds) and kept in a small
cache. Every place that lists summaries uses `entries()`; every place that needs the text, `get`.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import ContentError
from .model import Summary, SummaryMetadata
from .versions import version_groups

OPEN_SUMMARIES_KEPT = 8  # parsed summaries kept in memory: reading moves between a few


@dataclass(frozen=True)
class SummaryEntry:
    """A summary as the library lists it, before it is opened."""

    id: str
    metadata: SummaryMetadata

    @property
    def title(self) -> str:
        return self.metadata.title


@dataclass
class Library:
    """The summaries the window shows: the bundled ones, read in full, and the imported library's, read when opened."""

    summaries: list[Summary] = field(default_factory=list)  # read in full (the bundled ones)
    problems: list[ContentError] = field(default_factory=list)
    prerendered: list[str] = field(default_factory=list)  # ids of summaries not rendered at load
    catalog: dict[str, SummaryEntry] = field(default_factory=dict)  # read when opened (the imported library)
    opener: Callable[[str], Summary] | None = None  # reads one catalog summary, checked; raises ContentError
    search_index: Callable[[], Path] | None = None  # the imported library's index file, checked when asked for
    # The imported library's dictionary terms and figure images (viewer.library.Glossary and
    # MediaFiles: `id in x`, `x.get(id)`), its previous versions, what changed at each summary's last
    # update, and the generation it comes from; None or empty for bundled summaries.
    glossary: Any = None
    media: Any = None
    previous: Any = None
    changes: dict = field(default_factory=dict)
    generation: Any = None
    _open: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _failed: set = field(default_factory=set, repr=False)
    _versions: dict | None = field(default=None, repr=False)  # see versions(); worked out when first asked
    # summaries are opened off the UI thread (ui/common/background.py) while the UI thread asks too
    _lock: Any = field(default_factory=threading.Lock, repr=False)

    def extend(self, other: Library) -> None:
        """Add another library's summaries, catalog, problems and the rest to this one."""
        self.summaries.extend(other.summaries)
        self.problems.extend(other.problems)
        self.catalog.update(other.catalog)
        for name in ("opener", "search_index", "glossary", "media", "previous", "generation"):
            if getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))
        self.changes.update(other.changes)
        self._versions = None

    def entries(self) -> list[SummaryEntry]:
        return [SummaryEntry(s.id, s.metadata) for s in self.summaries] + list(self.catalog.values())

    def versions(self, summary_id: str) -> tuple[str, ...]:
        """Every version of the summary's topic the library holds, itself included, professional
        before patient and English before Spanish (content.versions); () if it has no other."""
        if self._versions is None:
            self._versions = version_groups(self.entries())
        return self._versions.get(summary_id, ())

    def entry(self, summary_id: str) -> SummaryEntry | None:
        """The summary as the library lists it, without reading it."""
        if summary_id in self.catalog:
            return self.catalog[summary_id]
        return next((SummaryEntry(s.id, s.metadata) for s in self.summaries if s.id == summary_id), None)

    def get(self, summary_id: str) -> Summary | None:
        """The summary, read now if it is the library's and not open already; None if it is not
        held or cannot be read (then the reason is in `problems`)."""
        bundled = next((s for s in self.summaries if s.id == summary_id), None)
        if bundled is not None or summary_id not in self.catalog or self.opener is None:
            return bundled
        with self._lock:
            if summary_id in self._open:
                self._open.move_to_end(summary_id)
                return self._open[summary_id]
            if summary_id in self._failed:
                return None
        try:  # read outside the lock: a large summary being read does not hold up the others
            summary = self.opener(summary_id)
        except ContentError as exc:
            with self._lock:
                self._failed.add(summary_id)
                self.problems.append(exc.of_summary(self.catalog[summary_id].title))
            return None
        with self._lock:
            summary = self._open.setdefault(summary_id, summary)  # read twice at once: one copy kept
            while len(self._open) > OPEN_SUMMARIES_KEPT:
                self._open.popitem(last=False)
        return summary

    def imported_date(self, summary_id: str):
        """When the library the summary comes from was last updated; None for a bundled summary."""
        imported = self.generation.imported if self.generation is not None else None
        return imported.date() if imported is not None and summary_id in self.catalog else None

    # What links and figures in a summary may point at (content.links.LinkTargets):
    def has_summary(self, summary_id: str) -> bool:
        return summary_id in self.catalog or any(s.id == summary_id for s in self.summaries)

    def has_term(self, term_id: str) -> bool:
        return self.glossary is not None and term_id in self.glossary

    def has_media(self, media_id: str) -> bool:
        return self.media is not None and media_id in self.media

    def media_bytes(self, media_id: str) -> bytes | None:
        """A figure's image, checked against the library's manifest; None if absent or damaged."""
        return self.media.get(media_id) if self.media is not None else None

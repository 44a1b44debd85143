"""A section's name that tells it from the others of its summary: as much of its path (the titles
from the top level down to it) as it takes, no more.

NCI repeats titles under different parents ("Chemotherapy" under newly diagnosed, recurrent and
metastatic ependymoma), so a title alone names several places. The label is the shortest end of
the path that no other section's path ends with: "Chemotherapy" when it is the only one, else
"… › Recurrent Childhood Ependymoma › Chemotherapy". Search results, "what changed" and bookmarks
all use it, so one place is named the same way everywhere.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from .model import Section, Summary

SEPARATOR = " › "
ELLIPSIS = "…"


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def distinguishing_paths(paths: Iterable[tuple[str, tuple[str, ...]]]) -> dict[str, tuple[str, ...]]:
    """{id: the shortest end of its path no other path ends with} for (id, path) pairs, a path being
    titles from the top down; "…" comes first when a path was shortened to more than its own title. A path that is another's
    whole (two sections of the same title under the same parent) cannot be told apart: it is given whole."""
    paths = list(paths)
    ends = Counter(tuple(_key(t) for t in path[-k:]) for _, path in paths for k in range(1, len(path) + 1))
    labels: dict[str, tuple[str, ...]] = {}
    for section_id, path in paths:
        k = next((k for k in range(1, len(path)) if ends[tuple(_key(t) for t in path[-k:])] == 1), len(path))
        labels[section_id] = ((ELLIPSIS,) if 1 < k < len(path) else ()) + tuple(path[-k:])
    return labels


def section_path(section: Section) -> tuple[str, ...]:
    return tuple(s.title for s in reversed([section, *section.ancestors()]))


def section_labels(summary: Summary) -> dict[str, str]:
    """{section id: its distinguishing label} for every section of `summary`."""
    paths = distinguishing_paths((s.id, section_path(s)) for s in summary.walk())
    return {section_id: SEPARATOR.join(path) for section_id, path in paths.items()}

"""A topic's versions, and where one opens from another.

NCI writes each topic for health professionals and for patients, in English and Spanish, and says
which summary is a version of which: `PatientVersionOf` (the professional summary a patient
summary is written from) and `TranslationOf` (the English original of a Spanish one). A topic's
versions are the summaries these relations join, directly or through one another (a Spanish
patient summary translates the English patient summary, which is a version of the professional
one). Only summaries the library holds are versions: a relation to one it lacks is never offered,
though two held summaries naming the same missing one are still versions of each other.

A version opens at the section corresponding to the one being read, where the two share it:
- in the same language (a patient and a professional summary), a section of the same title. Their
  section ids mean nothing to each other: NCI numbers each document's ids on its own (`_109` is
  "Oral Cancers" in the professional "Unusual Cancers of Childhood" and "General Information" in
  its patient version);
- a translation (same audience, another language) keeps its original's outline, not always its
  ids (cancer.gov's English and Spanish breast cancer patient summaries: nine sections each, in the
  same order, `_125`… against `_1`…): the section at the same place, where every level on the way
  has as many sections in both.
Else an enclosing section that corresponds, else the version's start. Pure Python, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol

from .model import Section, Summary, SummaryMetadata

# NCI writes a topic for two audiences in two languages; relations that join more summaries than
# this are a fault in the data (or a library built to mislead), not a topic: none of them is offered.
MAX_TOPIC_VERSIONS = 12
HEALTH_PROFESSIONAL = "Health Professional"
PATIENT = "Patient"
# A language's name as its readers write it (a Spanish speaker looks for "Español").
ENDONYMS = {"english": "English", "spanish": "Español"}


class Listed(Protocol):
    """A summary as the library lists it (SummaryEntry) or holds it (Summary)."""

    id: str
    metadata: SummaryMetadata

    @property
    def title(self) -> str: ...


def language_name(language: str) -> str:
    """'Spanish' -> 'Español'; an unlisted language as written; none is English (NCI's default)."""
    return ENDONYMS.get((language or "English").casefold(), language)


def is_patient_version(audience: str) -> bool:
    return audience.casefold().rstrip("s") == PATIENT.casefold()


def version_order(entry: Listed) -> tuple:
    """Professional before patient, English before Spanish before others: a topic's versions in a
    stable order (the menu's, the tree's, the cycle's)."""
    meta = entry.metadata
    audience = 1 if is_patient_version(meta.audience) else 0 if meta.audience.casefold().startswith("health") else 2
    language = (meta.language or "English").casefold()
    return (audience, {"english": 0, "spanish": 1}.get(language, 2), language, entry.title.casefold(), entry.id)


def version_groups(entries: Iterable[Listed]) -> dict[str, tuple[str, ...]]:
    """Each held summary with other held versions -> all its topic's held versions (itself too), in
    `version_order`. Summaries without any, or joined with more than MAX_TOPIC_VERSIONS, are left out."""
    parent: dict[str, str] = {}

    def root(doc_id: str) -> str:
        parent.setdefault(doc_id, doc_id)
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]  # halve the path: a chain of relations stays short
            doc_id = parent[doc_id]
        return doc_id

    held: dict[str, Listed] = {}
    for entry in entries:
        held.setdefault(entry.id, entry)
        root(entry.id)
        for other in (entry.metadata.translation_of, entry.metadata.patient_version_of):
            if other:  # (NCI's own files hold a summary naming itself: it joins nothing)
                parent[root(other)] = root(entry.id)
    topics: dict[str, list[Listed]] = {}
    for doc_id, entry in held.items():
        topics.setdefault(root(doc_id), []).append(entry)
    groups: dict[str, tuple[str, ...]] = {}
    for members in topics.values():
        if 1 < len(members) <= MAX_TOPIC_VERSIONS:
            ordered = tuple(e.id for e in sorted(members, key=version_order))
            groups.update(dict.fromkeys(ordered, ordered))
    return groups


@dataclass(frozen=True)
class Correspondence:
    """Where a version opens: `section_id` ("" for its start), whether that is the counterpart of
    the section being read itself (`exact`) or of a section enclosing it, and why: "title" (the
    same title) or "structure" (the same place in a translation's shared outline)."""

    section_id: str = ""
    title: str = ""
    exact: bool = False
    basis: str = ""


def corresponding_section(source: Summary, section_id: str, target: Summary) -> Correspondence:
    """The section of `target` corresponding to `source`'s `section_id`, or to the nearest section
    enclosing it that has one; Correspondence() when none does."""
    section = source.section(section_id)
    if section is None:
        return Correspondence()
    for candidate in (section, *section.ancestors()):
        found, basis = _counterpart(source, candidate, target)
        if found is not None:
            return Correspondence(found.id, found.title, candidate is section, basis)
    return Correspondence()


def best_correspondence(source: Summary, section_id: str, target: Summary,
                        between: Iterable[Summary] = ()) -> Correspondence:
    """As `corresponding_section`, or through another version (`between`) where that finds a
    closer one: a Spanish patient summary and the English professional one share neither language
    nor outline, but the English patient summary shares its outline with the first and its titles
    with the second."""
    best = corresponding_section(source, section_id, target)
    for middle in between:
        if best.exact:
            break
        first = corresponding_section(source, section_id, middle)
        if not first.section_id:
            continue
        second = corresponding_section(middle, first.section_id, target)
        if second.section_id and _closer(target, second, first.exact and second.exact, best):
            best = Correspondence(second.section_id, second.title, first.exact and second.exact, second.basis)
    return best


def _closer(target: Summary, found: Correspondence, exact: bool, best: Correspondence) -> bool:
    if not best.section_id or exact > best.exact:
        return True
    depth = target.section(found.section_id).level
    return exact == best.exact and depth > target.section(best.section_id).level


def _counterpart(source: Summary, section: Section, target: Summary) -> tuple[Section | None, str]:
    same_language = language_name(source.metadata.language) == language_name(target.metadata.language)
    if same_language:
        found = _same_title(section, target)
        if found is not None:
            return found, "title"
    same_audience = is_patient_version(source.metadata.audience) == is_patient_version(target.metadata.audience)
    if same_audience and not same_language:
        found = _same_place(source, section, target)
        if found is not None:
            return found, "structure"
    return None, ""


def _words(title: str) -> str:
    return " ".join(title.casefold().split()).strip(" .:")


def _same_title(section: Section, target: Summary) -> Section | None:
    """The section of `target` titled as `section` is; of several, the one whose enclosing
    sections' titles agree the furthest up (none, if two agree as far)."""
    wanted = _words(section.title)
    if not wanted:
        return None
    candidates = [s for s in target.walk() if _words(s.title) == wanted]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    path = [_words(a.title) for a in section.ancestors()]

    def agreement(candidate: Section) -> int:
        shared = 0
        for mine, theirs in zip(path, (_words(a.title) for a in candidate.ancestors())):
            if mine != theirs:
                break
            shared += 1
        return shared

    scores = sorted(((agreement(c), c) for c in candidates), key=lambda pair: -pair[0])
    return scores[0][1] if scores[0][0] > scores[1][0] else None


def _same_place(source: Summary, section: Section, target: Summary) -> Section | None:
    """The section of `target` at `section`'s place in `source`, if every level on the way there
    has as many sections in both (the outline is shared that far)."""
    path = [section, *section.ancestors()][::-1]
    mine: list[Section] = source.sections
    theirs: list[Section] = target.sections
    found = None
    for node in path:
        if len(mine) != len(theirs):
            return None
        index = next(i for i, s in enumerate(mine) if s is node)
        found = theirs[index]
        mine, theirs = node.children, found.children
    return found

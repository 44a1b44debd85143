"""Summaries rendered at packaging time, so a bundle starts without importing or running Markdown.

The packaging spec loads every bundled summary and writes it as JSON data under a key made from
the bytes of its files; at start-up a summary whose files still hash to that key is read from that
data instead of rendered (about 40 ms less per start). Any change to the files changes the key, and
the summary is rendered from its text as usual.

It is data, never code: nothing is unpickled, and the JSON is read into the model field by field,
its types checked; anything unexpected means "render from the text". The store ships inside the
bundle beside the code (paths.prerendered_dir), never in a resources folder a clinic may point
elsewhere and share, so it is trusted exactly as far as the code is.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .model import Citation, Paragraph, Reference, Section, Summary, SummaryMetadata
from .sha256 import sha256

FORMAT = "5"  # bump when the model's classes change shape
_TEXT_FIELDS = ("title", "audience", "source", "attribution", "disclaimer", "disclaimer_source", "edition", "kind", "language",
                "description", "url", "board", "short_title")


class _Malformed(Exception):
    pass


def key(folder: Path) -> str:
    digest = sha256(FORMAT.encode())
    for file in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def path_for(folder: Path, store: Path) -> Path:
    return store / f"{folder.name}-{key(folder)}.json"


# -- model -> data ----------------------------------------------------------------------------------
def _section_data(section: Section) -> dict:
    return {"id": section.id, "title": section.title, "level": section.level,
            "references_anchor": section.references_anchor,
            "paragraphs": [[p.anchor, p.text, [[c.marker, list(c.numbers), c.section_id] for c in p.citations],
                            p.key_point] for p in section.paragraphs],
            "references": [[r.number, r.text, r.anchor, r.pmid] for r in section.references],
            "children": [_section_data(child) for child in section.children]}


def to_data(summary: Summary) -> dict:
    meta = summary.metadata
    return {"format": FORMAT, "id": summary.id, "html": summary.html, "notices": list(summary.notices),
            "anchor_aliases": dict(summary.anchor_aliases),
            "metadata": {**{name: getattr(meta, name) for name in _TEXT_FIELDS},
                         "last_updated": meta.last_updated.isoformat(),
                         "first_published": meta.first_published.isoformat() if meta.first_published else None,
                         "topics": list(meta.topics), "keywords": list(meta.keywords),
                         "other": [list(pair) for pair in meta.other]},
            "sections": [_section_data(s) for s in summary.sections]}


# -- data -> model, every value checked -------------------------------------------------------------
def _text(value) -> str:
    if not isinstance(value, str):
        raise _Malformed
    return value


def _int(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Malformed
    return value


def _bool(value) -> bool:
    if not isinstance(value, bool):
        raise _Malformed
    return value


def _list(value) -> list:
    if not isinstance(value, list):
        raise _Malformed
    return value


def _section(data, parent: Section | None, depth: int = 0) -> Section:
    if not isinstance(data, dict) or depth > 32:
        raise _Malformed
    section = Section(id=_text(data["id"]), title=_text(data["title"]), level=_int(data["level"]), parent=parent,
                      references_anchor=_text(data["references_anchor"]))
    for anchor, text, citations, key_point in map(_list, _list(data["paragraphs"])):
        section.paragraphs.append(Paragraph(_text(anchor), _text(text), tuple(
            Citation(_text(marker), tuple(_int(n) for n in _list(numbers)), _text(section_id))
            for marker, numbers, section_id in map(_list, _list(citations))), _bool(key_point)))
    for number, text, anchor, pmid in map(_list, _list(data["references"])):
        section.references.append(Reference(_int(number), _text(text), _text(anchor), _text(pmid)))
    section.children = [_section(child, section, depth + 1) for child in _list(data["children"])]
    return section


def from_data(data, folder: Path) -> Summary:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Malformed
    meta = data["metadata"]
    if not isinstance(meta, dict):
        raise _Malformed
    first = meta["first_published"]
    metadata = SummaryMetadata(
        **{name: _text(meta[name]) for name in _TEXT_FIELDS},
        last_updated=dt.date.fromisoformat(_text(meta["last_updated"])),
        first_published=dt.date.fromisoformat(_text(first)) if first is not None else None,
        topics=tuple(map(_text, _list(meta["topics"]))), keywords=tuple(map(_text, _list(meta["keywords"]))),
        other=tuple((_text(k), _text(v)) for k, v in map(_list, _list(meta["other"]))))
    aliases = data["anchor_aliases"]
    if not isinstance(aliases, dict):
        raise _Malformed
    return Summary(id=_text(data["id"]), folder=folder, metadata=metadata,
                   sections=[_section(s, None) for s in _list(data["sections"])], html=_text(data["html"]),
                   notices=[_text(n) for n in _list(data["notices"])],
                   anchor_aliases={_text(k): _text(v) for k, v in aliases.items()})


def load(folder: Path, store: Path) -> Summary | None:
    """The pre-rendered summary for `folder`, if one matches its files exactly and reads as data."""
    try:
        data = json.loads(path_for(folder, store).read_text(encoding="utf-8"))
        summary = from_data(data, folder)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError, _Malformed):
        return None
    return summary if summary.id == folder.name and summary.sections else None


def save(summary: Summary, store: Path) -> Path:
    store.mkdir(parents=True, exist_ok=True)
    target = path_for(summary.folder, store)
    target.write_text(json.dumps(to_data(summary), ensure_ascii=False), encoding="utf-8")
    return target

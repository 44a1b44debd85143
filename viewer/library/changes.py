"""What changed between two versions of a summary: sections added, removed and changed (NCI's
section ids are stable across updates, so a section is the same section by its id), and, in a
changed section, the words inserted and deleted (difflib over words, paragraph by paragraph).

Pure Python over the document model; the window shows the HTML it makes.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from html import escape

from ..content import limits
from ..content.model import Section, Summary

TOO_LONG = " <i>(too long to compare word by word: shown whole)</i>"


@dataclass
class SummaryChanges:
    previous_date: dt.date
    added: list[str] = field(default_factory=list)                    # section ids, in the new version
    removed: list[tuple[str, str]] = field(default_factory=list)       # (id, title) from the old version
    changed: list[str] = field(default_factory=list)                  # section ids whose own text changed

    def to_data(self) -> dict:
        return {"previous_date": self.previous_date.isoformat(), "added": self.added,
                "removed": [list(pair) for pair in self.removed], "changed": self.changed}

    @classmethod
    def from_data(cls, data) -> SummaryChanges | None:
        """None for anything that is not a well-formed record (a hand-edited library.json, say)."""
        try:
            record = cls(dt.date.fromisoformat(data["previous_date"]), [str(x) for x in data["added"]],
                         [(str(i), str(t)) for i, t in data["removed"]], [str(x) for x in data["changed"]])
        except (KeyError, TypeError, ValueError):
            return None
        return record

    @property
    def marked(self) -> set[str]:
        """The sections the tree marks: added or changed."""
        return set(self.added) | set(self.changed)


def _own_text(section: Section) -> tuple[str, list[str]]:
    references = [f"{r.number}. {r.text}" for r in section.references]
    return section.title, [p.text for p in section.paragraphs] + references


def compare(old: Summary, new: Summary) -> SummaryChanges:
    old_sections = {s.id: s for s in old.walk()}
    new_sections = {s.id: s for s in new.walk()}
    return SummaryChanges(
        previous_date=old.metadata.last_updated,
        added=[i for i in new_sections if i not in old_sections],
        removed=[(i, s.title) for i, s in old_sections.items() if i not in new_sections],
        changed=[i for i in new_sections if i in old_sections and _own_text(old_sections[i]) != _own_text(new_sections[i])])


class _Budget:
    """What one report may still compare with difflib, in words (or paragraphs). difflib's time
    grows with the square of what it compares, and on repetitive text far faster (one paragraph of
    60,000 words froze the window for 66 s; 1,000 words of a repeated sentence take 4 s). So the
    common beginning and end are set aside first (linear: most edits leave little between them),
    what is left is compared only up to the limits, and past them shown whole: deleted, inserted."""

    def __init__(self):
        self.left = limits.MAX_WORDS_COMPARED_IN_ALL

    def take(self, a: list, b: list) -> bool:
        wanted = len(a) + len(b)
        if max(len(a), len(b)) > limits.MAX_WORDS_COMPARED or wanted > self.left:
            return False
        self.left -= wanted
        return True


def _opcodes(a: list, b: list, budget: _Budget) -> tuple[list[tuple[str, int, int, int, int]], bool]:
    """difflib's opcodes for `a` -> `b`, and whether all of it was compared (else the middle is one
    replacement)."""
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head:len(a) - tail], b[head:len(b) - tail]
    compared = budget.take(middle_a, middle_b)
    if compared:
        middle = [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in
                  difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False).get_opcodes()]
    else:
        middle = [("replace", head, len(a) - tail, head, len(b) - tail)]
    ops = [("equal", 0, head, 0, head)] + middle + [("equal", len(a) - tail, len(a), len(b) - tail, len(b))]
    return [op for op in ops if op[2] > op[1] or op[4] > op[3]], compared


def _words_html(old: str, new: str, budget: _Budget) -> str:
    """One paragraph: the new words, with deleted words struck through and inserted ones marked."""
    a, b = old.split(), new.split()
    opcodes, compared = _opcodes(a, b, budget)
    pieces = []
    for op, i1, i2, j1, j2 in opcodes:
        if op in ("delete", "replace") and i2 > i1:
            pieces.append(f'<span class="del">{escape(" ".join(a[i1:i2]))}</span>')
        if op in ("insert", "replace") and j2 > j1:
            pieces.append(f'<span class="ins">{escape(" ".join(b[j1:j2]))}</span>')
        if op == "equal":
            pieces.append(escape(" ".join(a[i1:i2])))
    return " ".join(pieces) + ("" if compared else TOO_LONG)


def section_diff_html(old: Section, new: Section, budget: _Budget | None = None) -> str:
    """The changed section's paragraphs, aligned, each with its inserted and deleted words marked."""
    budget = budget or _Budget()
    old_title, old_paras = _own_text(old)
    new_title, new_paras = _own_text(new)
    out = []
    if old_title != new_title:
        out.append(f"<p><b>Title:</b> {_words_html(old_title, new_title, budget)}</p>")
    opcodes, _ = _opcodes(old_paras, new_paras, budget)  # aligning paragraphs: the same cost, the same budget
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            continue
        olds, news = old_paras[i1:i2], new_paras[j1:j2]
        pairs = min(len(olds), len(news)) if op == "replace" else 0
        for k in range(pairs):
            out.append(f"<p>{_words_html(olds[k], news[k], budget)}</p>")
        out += [f'<p><span class="del">{escape(text)}</span></p>' for text in olds[pairs:]]
        out += [f'<p><span class="ins">{escape(text)}</span></p>' for text in news[pairs:]]
    return "".join(out)


def changes_html(changes: SummaryChanges, old: Summary | None, new: Summary) -> str:
    """The whole report: sections added (links), removed (their old titles), changed (links, with
    their inserted and deleted words). Links are `#<section id>` in the new version."""
    new_sections = {s.id: s for s in new.walk()}
    old_sections = {s.id: s for s in old.walk()} if old is not None else {}
    budget = _Budget()
    since = f"{changes.previous_date:%B} {changes.previous_date.day}, {changes.previous_date.year}"
    now = new.metadata.last_updated_text
    parts = [f"<h2>What changed since {escape(since)}</h2>",
             f"<p>The version of {escape(now)} against the one of {escape(since)} this library held before. "
             "Inserted words are <span class='ins'>marked</span>, deleted ones <span class='del'>struck through</span>.</p>"]
    if not (changes.added or changes.removed or changes.changed):
        parts.append("<p>No section's text changed (the summary's date or details did).</p>")
    if changes.added:
        items = "".join(f"<li><a href='#{escape(i)}'>{escape(new_sections[i].title)}</a></li>"
                        for i in changes.added if i in new_sections)
        parts.append(f"<h3>Sections added ({len(changes.added)})</h3><ul>{items}</ul>")
    if changes.removed:
        items = "".join(f"<li><span class='del'>{escape(title)}</span></li>" for _, title in changes.removed)
        parts.append(f"<h3>Sections removed ({len(changes.removed)})</h3><ul>{items}</ul>")
    if changes.changed:
        parts.append(f"<h3>Sections changed ({len(changes.changed)})</h3>")
        for section_id in changes.changed:
            section = new_sections.get(section_id)
            if section is None:
                continue
            parts.append(f"<h4><a href='#{escape(section_id)}'>{escape(section.title)}</a></h4>")
            if section_id in old_sections:
                parts.append(section_diff_html(old_sections[section_id], section, budget))
            else:
                parts.append("<p><i>The earlier version is not in the library: only the section's name is known.</i></p>")
    return "".join(parts)

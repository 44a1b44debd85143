"""What changed between two versions of a summary: sections added, removed and changed (NCI's
section ids are stable across updates, so a section is the same section by its id), and, in a
changed section, the words inserted and deleted (difflib over words, paragraph by paragraph).

Pure Python over the document model; the window shows the HTML it makes.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from html import escape

from ..content import limits
from ..content.model import Section, Summary
from ..content.section_labels import section_labels
from ..content.wording import Words, words_for

ENGLISH = words_for("en")  # the report is said in the summary's language (viewer.content.wording)
TOO_LONG = f" <i>{ENGLISH.changes_too_long}</i>"


@dataclass
class SummaryChanges:
    """What changed in a summary at its last update: its sections added, removed and changed."""

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


# A citation marker ("[48]", "[2,3]", "[4-9]") is a word of its own even when it follows a full stop
# with no space: a changed figure before it ("8.8%.[48]" -> "7.3%.[48]") is then the change, not the marker.
TOKEN = re.compile(r"\[\d[\d,\s\u2013-]*\]|[^\s\[]+|\[")


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


def _tokens(text: str) -> list[tuple[str, bool]]:
    """The words of `text` with their citation markers apart: (token, whether a space came before)."""
    return [(m.group(), m.start() > 0 and text[m.start() - 1].isspace()) for m in TOKEN.finditer(text)]


def _joined(tokens: list[tuple[str, bool]], first: bool = False) -> str:
    return "".join((" " if space and (i or not first) else "") + escape(word) for i, (word, space) in enumerate(tokens))


def _words_html(old: str, new: str, budget: _Budget | None = None, words: Words = ENGLISH) -> str:
    """One paragraph: the new words, with deleted words struck through and inserted ones marked."""
    a, b = _tokens(old), _tokens(new)
    opcodes, compared = _opcodes([w for w, _ in a], [w for w, _ in b], budget or _Budget())
    pieces = []
    for op, i1, i2, j1, j2 in opcodes:
        space = (a[i1][1] if i2 > i1 else b[j1][1]) and bool(pieces)
        lead = " " if space else ""
        if op in ("delete", "replace") and i2 > i1:
            pieces.append(f'{lead}<span class="del">{_joined(a[i1:i2], first=True)}</span>')
            lead = " "  # the deleted words, then the inserted ones: apart, whatever spacing they had
        if op in ("insert", "replace") and j2 > j1:
            pieces.append(f'{lead}<span class="ins">{_joined(b[j1:j2], first=True)}</span>')
        if op == "equal":
            pieces.append(lead + _joined(a[i1:i2], first=True))
    return "".join(pieces) + ("" if compared else f" <i>{escape(words.changes_too_long)}</i>")


def _paragraph_changes(old: Section, new: Section, budget: _Budget | None = None):
    """The changed section's passages, aligned: ("changed", old, new, new index), ("removed", old,
    None, None) and ("added", None, new, new index), in reading order."""
    old_paras, new_paras = _own_text(old)[1], _own_text(new)[1]
    opcodes, _ = _opcodes(old_paras, new_paras, budget or _Budget())  # aligning paragraphs: the same cost
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            continue
        olds, news = old_paras[i1:i2], new_paras[j1:j2]
        pairs = min(len(olds), len(news)) if op == "replace" else 0
        for k in range(pairs):
            yield "changed", olds[k], news[k], j1 + k
        for text in olds[pairs:]:
            yield "removed", text, None, None
        for k, text in enumerate(news[pairs:]):
            yield "added", None, text, j1 + pairs + k


def section_diff_html(old: Section, new: Section, budget: _Budget | None = None, words: Words = ENGLISH) -> str:
    """The changed section's paragraphs, aligned, each with its inserted and deleted words marked."""
    budget = budget or _Budget()
    out = []
    if old.title != new.title:
        out.append(f"<p><b>{escape(words.changes_title)}</b> {_words_html(old.title, new.title, budget, words)}</p>")
    for kind, before, after, _ in _paragraph_changes(old, new, budget):
        if kind == "changed":
            out.append(f"<p>{_words_html(before, after, budget, words)}</p>")
        elif kind == "removed":
            out.append(f'<p><span class="del">{escape(before)}</span></p>')
        else:
            out.append(f'<p><span class="ins">{escape(after)}</span></p>')
    return "".join(out)


def summary_line(changes: SummaryChanges, old: Summary | None, new: Summary) -> str:
    """What changed, in one line: "2 sections changed, 1 added; 3 paragraphs changed, 1 removed."
    (in the summary's language)."""
    words = words_for(new.metadata.language)
    sections = words.change_counts("section", [(len(changes.changed), "changed"), (len(changes.added), "added"),
                                               (len(changes.removed), "removed")])
    if not sections:
        return words.changes_none
    counts = {"changed": 0, "removed": 0, "added": 0}
    budget = _Budget()
    old_sections = {s.id: s for s in old.walk()} if old is not None else {}
    new_sections = {s.id: s for s in new.walk()}
    for section_id in changes.changed:
        if section_id in old_sections and section_id in new_sections:
            for kind, *_ in _paragraph_changes(old_sections[section_id], new_sections[section_id], budget):
                counts[kind] += 1
    passages = words.change_counts("paragraph", [(counts["changed"], "changed"), (counts["removed"], "removed"),
                                                 (counts["added"], "added")])
    return sections + (f"; {passages}" if passages else "") + "."


def changed_passages(changes: SummaryChanges, old: Summary | None, new: Summary) -> set[str]:
    """The anchors of the new version's passages that were added or changed at the last update,
    for marking them in the text: every passage of an added section, and in a changed section
    those its diff adds or changes (all of them when the earlier version is not held)."""
    old_sections = {s.id: s for s in old.walk()} if old is not None else {}
    anchors: set[str] = set()
    budget = _Budget()
    for section in new.walk():
        if section.id in changes.added or (section.id in changes.changed and section.id not in old_sections):
            anchors.update(p.anchor for p in section.paragraphs)
        elif section.id in changes.changed:
            paragraphs = section.paragraphs
            anchors.update(paragraphs[i].anchor for kind, _, _, i in _paragraph_changes(old_sections[section.id], section, budget)
                           if kind != "removed" and i is not None and i < len(paragraphs))
    return anchors


def changes_html(changes: SummaryChanges, old: Summary | None, new: Summary) -> str:
    """The whole report: sections added (links), removed (their old titles), changed (links, with
    their inserted and deleted words). Links are `#<section id>` in the new version."""
    new_sections = {s.id: s for s in new.walk()}
    old_sections = {s.id: s for s in old.walk()} if old is not None else {}
    # named by as much of their path as tells them apart: a summary has several "Chemotherapy"
    new_labels = section_labels(new)
    old_labels = section_labels(old) if old is not None else {}
    budget = _Budget()
    words = words_for(new.metadata.language)  # the report speaks the summary's language
    since, now = words.long_date(changes.previous_date), words.long_date(new.metadata.last_updated)
    marked = words.changes_inserted.format(underlined=f"<span class='ins'>{escape(words.changes_underlined)}</span>",
                                           struck=f"<span class='del'>{escape(words.changes_struck)}</span>")
    parts = [f"<h2>{escape(words.changes_heading.format(date=since))}</h2>",
             f"<p><b>{escape(summary_line(changes, old, new))}</b></p>",
             f"<p>{escape(words.changes_versions.format(now=now, since=since))} {marked}</p>"]
    if not (changes.added or changes.removed or changes.changed):
        parts.append(f"<p>{escape(words.changes_only_details)}</p>")
    if changes.added:
        items = "".join(f"<li><a href='#{escape(i)}'>{escape(new_labels[i])}</a></li>"
                        for i in changes.added if i in new_sections)
        parts.append(f"<h3>{escape(words.changes_sections['added'].format(count=len(changes.added)))}</h3><ul>{items}</ul>")
    if changes.removed:
        items = "".join(f"<li><span class='del'>{escape(old_labels.get(i, title))}</span></li>"
                        for i, title in changes.removed)
        parts.append(f"<h3>{escape(words.changes_sections['removed'].format(count=len(changes.removed)))}</h3>"
                     f"<ul>{items}</ul>")
    if changes.changed:
        parts.append(f"<h3>{escape(words.changes_sections['changed'].format(count=len(changes.changed)))}</h3>")
        for section_id in changes.changed:
            section = new_sections.get(section_id)
            if section is None:
                continue
            parts.append(f"<h4><a href='#{escape(section_id)}'>{escape(new_labels[section_id])}</a></h4>")
            if section_id in old_sections:
                parts.append(section_diff_html(old_sections[section_id], section, budget, words))
            else:
                parts.append(f"<p><i>{escape(words.changes_earlier_missing)}</i></p>")
    return "".join(parts)

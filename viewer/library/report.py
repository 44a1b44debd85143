"""What an import reports: one line per document (added, updated, unchanged, repaired, removed,
refused, skipped) and a total naming the library, its generation and date. The command line prints
it and the window's import dialog shows it; every name in it is `printable`, so no file name can
forge a line of it. An archive of thousands of hostile members does not make thousands of lines:
the first refusals of each kind are listed, then how many more like them (`shown_lines`); the
total counts every one."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..content.model import Summary
from ..content.phrases import QT_TRANSLATE_NOOP, Phrase
from .locations import describe_library
from .printable import printable

REFUSALS_SHOWN_PER_KIND = 20  # refusals listed for each reason; the rest are counted


NONE = Phrase(QT_TRANSLATE_NOOP("Problems", "none"))  # no date


def contradicted(earlier: str, doc_id: str, later: str, date) -> Phrase:
    """An earlier copy's refusal once a later copy in the same import contradicts it."""
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{earlier}: {id} is also in {later} with the same date ({date}) and "
                                                "different text; neither is imported, the library keeps its own copy"),
                  earlier=earlier, id=doc_id, later=later, date=str(date) if date else NONE).with_values(printable)


def contradicting(name: str, date, doc_id: str, earlier: str, earlier_date) -> Phrase:
    """A copy's refusal when an earlier copy in the same import has its date and other text."""
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{name}: dated {date}, contradicting another copy of {id} in this "
                                                "import ({earlier}, dated {earlier_date}); neither is imported, the "
                                                "library keeps its own copy"),
                  name=name, date=str(date) if date else NONE, id=doc_id, earlier=earlier,
                  earlier_date=str(earlier_date) if earlier_date else NONE)


def older_than_held(name: str, date, held_date) -> Phrase:
    # said by File > Import too, which has no such option: the command that does it, for clinic IT
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{name}: dated {date}, older than the library's {held}; not "
                                                "imported (to import it anyway: clinic-viewer import --allow-older)"),
                  name=name, date=str(date), held=str(held_date))


def refusal_kind(detail: str) -> str:
    """What a refusal says without where ("file, line 3: reason"), its numbers alike: its kind."""
    reason = detail.split(": ", 1)[-1]
    return re.sub(r"\d[\d,.]*", "#", reason)[:160]


@dataclass
class ReportLine:
    """What an import did with one document, and why."""

    action: str   # added, updated, unchanged, repaired, removed, refused; skipped (another copy in the run is
    #               used); damaged (a library copy not in this run fails its manifest: damaged.py)
    doc_id: str
    title: str
    detail: str = ""
    kind: str = ""                            # summaries, glossary, media
    previous: bytes | None = field(default=None, repr=False)  # an updated document's old copy, until recorded
    summary: Summary | None = field(default=None, repr=False)  # an added or updated summary, as read

    def __post_init__(self) -> None:  # what the report shows is one line, whatever a file is called
        self.doc_id, self.title = printable(self.doc_id), printable(self.title)
        # a refusal's sentence stays one, for the window to say in its language: its values made printable
        self.detail = self.detail.with_values(printable) if isinstance(self.detail, Phrase) else printable(self.detail)

    def __str__(self) -> str:
        if self.action == "refused":
            return f"refused    {self.detail}"
        what = f"{self.doc_id}  {self.title}" if self.title else self.doc_id
        return f"{self.action:<10} {what}" + (f" ({self.detail})" if self.detail else "")


@dataclass
class ImportReport:
    """What an import did: a line per document, notes, and the generation it wrote."""

    library: Path
    lines: list[ReportLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False
    generation: str = ""
    imported: dt.datetime | None = None  # when that generation was written
    read_back: Phrase | None = None  # the generation written is current, but reading it back failed: why

    def count(self, action: str) -> int:
        return sum(1 for line in self.lines if line.action == action)

    @property
    def refused(self) -> int:
        return self.count("refused")

    def total(self) -> str:
        counts = ", ".join(f"{self.count(a)} {a}" for a in ("added", "updated", "unchanged", "removed", "refused"))
        if self.count("skipped"):
            counts += f", {self.count('skipped')} skipped"
        counts += f", {self.count('repaired')} repaired" if self.count("repaired") else ""
        counts += f", {self.count('damaged')} damaged" if self.count("damaged") else ""
        state = ("cancelled: the library was left as it was" if self.cancelled else
                 f"library {printable(describe_library(self.library, self.generation, self.imported))}")
        return f"total: {counts}; {state}"

    def shown_lines(self) -> list[str]:
        """The lines to print or show: every document's, except that past REFUSALS_SHOWN_PER_KIND
        refusals of one kind, one line says how many more were refused like them."""
        seen: Counter[str] = Counter()
        shown, first_of = [], {}
        for line in self.lines:
            if line.action == "refused":
                kind = refusal_kind(line.detail)
                seen[kind] += 1
                first_of.setdefault(kind, line.detail)
                if seen[kind] > REFUSALS_SHOWN_PER_KIND:
                    continue
            shown.append(str(line))
        for kind, number in seen.items():
            if number > REFUSALS_SHOWN_PER_KIND:
                example = first_of[kind].split(": ", 1)[-1]
                shown.append(f"refused    … and {number - REFUSALS_SHOWN_PER_KIND:,} more like this: {example}")
        return shown

    @property
    def nothing_imported(self) -> bool:
        """Every document was refused (or none was found): nothing was taken into the library."""
        return not any(line.action != "refused" for line in self.lines)

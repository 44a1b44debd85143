"""NCI's preferred citation for a summary, as a clinician pastes it into a note or a letter.

A PDQ summary states its own ("The preferred citation for this PDQ summary is: …", in About This
PDQ Summary), with placeholders for the dates: that text is used, the dates filled in. A summary
that states none is cited in NCI's current form, from its metadata: "PDQ® <board>. PDQ <title>.
Bethesda, MD: National Cancer Institute. Updated <MM/DD/YYYY>. Available at: <url>. Accessed
<MM/DD/YYYY>." (the PMID NCI adds on cancer.gov is not in the distributed XML).
"""
from __future__ import annotations

import datetime as dt
import re

from .model import Summary
from .wording import words_for

INTRODUCTION = re.compile(r"preferred citation for this PDQ summary is|cita preferida para este sumario", re.I)
DATE_SLOT = re.compile(r"<\s*MM/DD/YYYY\s*>")


def us_date(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def _stated(summary: Summary) -> str:
    """The citation the summary states after its introduction, if it states one."""
    paragraphs = [p for s in summary.walk() for p in s.paragraphs]
    for i, paragraph in enumerate(paragraphs[:-1]):
        if INTRODUCTION.search(paragraph.text):
            return " ".join(paragraphs[i + 1].text.split())
    return ""


def preferred_citation(summary: Summary, accessed: dt.date) -> str:
    """The citation with the summary's last-modified date and `accessed` (the day it is copied)."""
    meta = summary.metadata
    stated = _stated(summary)
    if stated and len(DATE_SLOT.findall(stated)) == 2:
        before, between, after = DATE_SLOT.split(stated)
        return f"{before}{us_date(meta.last_updated)}{between}{us_date(accessed)}{after}"
    title = re.sub(r"\s*\(PDQ®?\)\s*$", "", meta.title).strip()
    words = words_for(meta.language)  # pasted beside the summary's words: in their language
    return words.citation.format(board=f"PDQ® {meta.board}. " if meta.board else "", title=title,
                                 updated=us_date(meta.last_updated), accessed=us_date(accessed),
                                 where=words.citation_available.format(url=meta.url) if meta.url else "")

"""A patient handout: the section being read of a patient version (English or Spanish), printed or
exported as a PDF through printing.py at a large size, with NCI's attribution and the summary's
date, the out-of-date notice when it applies, and after it "Words to know" ("Palabras para
saber"): the dictionary's definition of each term the section marks, from the library's
GlossaryTerm documents, in the summary's language.

NCI lets PDQ text be used freely, but a part of a summary may not be called an NCI PDQ summary,
so the handout says it is adapted from one, and where the whole is. Everything the handout adds to
the text is in the summary's language, not the interface's (content/wording).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from html import escape, unescape

from ...content import Library, Section, Summary
from ...content.currency import LIBRARY_STALE_DAYS, SUMMARY_STALE_DAYS
from ...content.versions import is_patient_version
from ...content.wording import Words, words_for
from ..appearance.document_style import ReadingStyle
from .printing import Printout, notice_box, section_html, suggested_file_name

HANDOUT_POINTS = 18  # large print (18 pt is the usual large-print size); larger if the reader reads larger

_GLOSSARY_LINK = re.compile(r'<a\s[^>]*href="glossary:(CDR[0-9]{10})"[^>]*>(.*?)</a>', re.S)


def is_handout_summary(summary: Summary | None) -> bool:
    """A handout is made from a patient version (the professional text is not written for patients)."""
    return summary is not None and is_patient_version(summary.metadata.audience)


def handout_style(style: ReadingStyle) -> ReadingStyle:
    """The reader's font and spacing at large-print size (the reader's own, if larger)."""
    return dataclasses.replace(style, point_size=max(HANDOUT_POINTS, style.point_size))


def _sort_key(name: str) -> str:
    """Alphabetical as a reader expects, accents aside (radiografía beside radio…)."""
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def words_to_know(section_html: str, summary: Summary, library: Library) -> tuple[list[tuple[str, str]], list[str]]:
    """The terms the section marks, each once: (name, definition) from the library's dictionary in
    the summary's language and for patients, alphabetical; and the words of those it lacks."""
    known: dict[str, tuple[str, str]] = {}
    missing: dict[str, str] = {}
    for term_id, inner in _GLOSSARY_LINK.findall(section_html):
        words = " ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split()).strip(" ,.;:")
        term = library.glossary.get(term_id) if library.glossary is not None else None
        definition, in_english = (term.definition_in(summary.metadata.audience, summary.metadata.language)
                                  if term else (None, False))
        if term is not None and definition is not None and not in_english:
            known[term_id] = (term.name_in(summary.metadata.language), definition.text)
        elif words:
            missing.setdefault(words.casefold(), words)
    return sorted(known.values(), key=lambda pair: _sort_key(pair[0])), sorted(missing.values(), key=_sort_key)


def handout(summary: Summary, section: Section, style: ReadingStyle, library: Library,
            imported: dt.date | None = None, today: dt.date | None = None) -> Printout:
    """What printing.py puts on paper for the handout (`style`: handout_style's)."""
    words = words_for(summary.metadata.language)
    return Printout(handout_html(summary, section, style, library, imported, today),
                    suggested_file_name(summary, section).removesuffix(".pdf") + f" - {words.handout_file}.pdf")


def _currency_html(words: Words, meta, imported: dt.date | None, today: dt.date, points: float) -> str:
    """The out-of-date notice for a patient: how old the text is and where the current one is, in
    printing's notice_box; "" when current."""
    notices = []
    if imported is not None and (today - imported).days > LIBRARY_STALE_DAYS:
        notices.append(words.handout_library_stale.format(date=words.long_date(imported)))
    if (today - meta.last_updated).days > SUMMARY_STALE_DAYS:
        notices.append(words.handout_summary_stale.format(date=words.long_date(meta.last_updated)))
    if not notices:
        return ""
    notices.append(words.handout_current_at.format(url=meta.url or words.handout_home))
    return notice_box(words.out_of_date, " ".join(notices), points)


def handout_html(summary: Summary, section: Section, style: ReadingStyle, library: Library,
                 imported: dt.date | None = None, today: dt.date | None = None) -> str:
    """The summary's title and date, the notice when it applies, the section (its own heading
    first), the words to know, and NCI's attribution."""
    today = today or dt.date.today()
    meta = summary.metadata
    words = words_for(meta.language)
    body = section_html(summary, section, style, library)
    updated = words.updated_footer.format(date=words.long_date(meta.last_updated))
    parts = [f"<p><b>{escape(meta.title)}</b><br>{escape(updated)}</p>", _currency_html(words, meta, imported, today, style.point_size)]
    parts.append(body)
    known, missing = words_to_know(body, summary, library)
    if known or missing:
        parts.append(f"<h2>{escape(words.words_to_know)}</h2>")
        parts += [f"<p><b>{escape(name)}:</b> {escape(text)}</p>" for name, text in known]
        if missing:  # said, so no one takes the list for every word the text marks
            one, many = words.handout_not_in_dictionary
            parts.append(f"<p><i>{escape(one if len(missing) == 1 else many.format(count=len(missing)))}</i></p>")
    adapted = words.handout_adapted.format(title=meta.title, date=words.long_date(meta.last_updated),
                                           url=meta.url or words.handout_home)
    parts.append(f"<hr><p><small>{escape(adapted)}</small></p>")
    parts.append(f"<p><small>{escape(words.printed_from.format(date=words.long_date(today)))}</small></p>")
    return "".join(parts)



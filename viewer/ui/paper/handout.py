"""A patient handout: the section being read of a patient version (English or Spanish), printed or
exported as a PDF through printing.py at a large size, with NCI's attribution and the summary's
date, the out-of-date notice when it applies, and after it "Words to know" ("Palabras para
saber"): the dictionary's definition of each term the section marks, from the library's
GlossaryTerm documents, in the summary's language.

NCI lets PDQ text be used freely, but a part of a summary may not be called an NCI PDQ summary,
so the handout says it is adapted from one, and where the whole is. Everything the handout adds to
the text is in the summary's language, not the interface's (WORDS).
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
from ..appearance.document_style import ReadingStyle
from .printing import Printout, section_html, suggested_file_name

HANDOUT_POINTS = 18  # large print (18 pt is the usual large-print size); larger if the reader reads larger

# The words the handout adds, by the summary's language. To join the words module the reader's
# inserted words come from (viewer/content, issue 22 item 6) when it lands.
WORDS = {
    "en": {
        "months": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"),
        "date": "{month} {day}, {year}",
        "updated": "Last updated: {date}",
        "words_to_know": "Words to know",
        "not_in_dictionary": ("The definition of 1 other word the text marks is not in this library's dictionary.",
                              "The definitions of {count} other words the text marks are not in this library's "
                              "dictionary."),
        "out_of_date": "Out of date?",
        "old_summary": "This text was last updated on {date}, more than a year ago, and may not reflect current "
                       "evidence.",
        "old_library": "This copy comes from a library last updated on {date}; NCI may have changed the text since.",
        "current_at": "The current version is at {url}.",
        "adapted": "Adapted from NCI's PDQ® cancer information summary “{title}” (patient version, last updated "
                   "{date}): this handout holds one of its sections; the whole summary is at {url}. PDQ text is "
                   "produced by the National Cancer Institute (NCI) and is in the public domain.",
        "printed": "Printed on {date}.",
        "file": "handout",
        "home": "www.cancer.gov",
    },
    "es": {
        "months": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"),
        "date": "{day} de {month} de {year}",
        "updated": "Actualización: {date}",
        "words_to_know": "Palabras para saber",
        "not_in_dictionary": ("La definición de otra palabra marcada en el texto no está en el diccionario de esta "
                              "biblioteca.",
                              "Las definiciones de otras {count} palabras marcadas en el texto no están en el "
                              "diccionario de esta biblioteca."),
        "out_of_date": "¿Información desactualizada?",
        "old_summary": "Este texto se actualizó por última vez el {date}, hace más de un año, y es posible que no "
                       "refleje la evidencia actual.",
        "old_library": "Esta copia proviene de una biblioteca actualizada por última vez el {date}; es posible que "
                       "el NCI haya cambiado el texto desde entonces.",
        "current_at": "La versión actual está en {url}.",
        "adapted": "Adaptado del sumario del PDQ® sobre el cáncer del Instituto Nacional del Cáncer (NCI) “{title}” "
                   "(versión para pacientes, actualización: {date}): esta hoja contiene una de sus secciones; el "
                   "sumario completo está en {url}. El texto del PDQ lo produce el NCI y es de dominio público.",
        "printed": "Impreso el {date}.",
        "file": "hoja para el paciente",
        "home": "www.cancer.gov/espanol",
    },
}
_GLOSSARY_LINK = re.compile(r'<a\s[^>]*href="glossary:(CDR[0-9]{10})"[^>]*>(.*?)</a>', re.S)


def words_for(summary: Summary) -> dict:
    return WORDS["es"] if summary.metadata.language.casefold() == "spanish" else WORDS["en"]


def is_handout_summary(summary: Summary | None) -> bool:
    """A handout is made from a patient version (the professional text is not written for patients)."""
    return summary is not None and is_patient_version(summary.metadata.audience)


def handout_style(style: ReadingStyle) -> ReadingStyle:
    """The reader's font and spacing at large-print size (the reader's own, if larger)."""
    return dataclasses.replace(style, point_size=max(HANDOUT_POINTS, style.point_size))


def _date(words: dict, day: dt.date) -> str:
    return words["date"].format(month=words["months"][day.month - 1], day=day.day, year=day.year)


def _sort_key(name: str) -> str:
    """Alphabetical as a reader expects, accents aside (radiografía beside radio…)."""
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def words_to_know(section_html: str, summary: Summary, library: Library) -> tuple[list[tuple[str, str]], list[str]]:
    """The terms the section marks, each once: (name, definition) from the library's dictionary in
    the summary's language and for patients, alphabetical; and the words of those it lacks."""
    spanish = summary.metadata.language.casefold() == "spanish"
    known: dict[str, tuple[str, str]] = {}
    missing: dict[str, str] = {}
    for term_id, inner in _GLOSSARY_LINK.findall(section_html):
        words = " ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split()).strip(" ,.;:")
        term = library.glossary.get(term_id) if library.glossary is not None else None
        definition, in_english = (term.definition_in(summary.metadata.audience, summary.metadata.language)
                                  if term else (None, False))
        if term is not None and definition is not None and not in_english:
            known[term_id] = ((term.spanish_name if spanish else "") or term.name, definition.text)
        elif words:
            missing.setdefault(words.casefold(), words)
    return sorted(known.values(), key=lambda pair: _sort_key(pair[0])), sorted(missing.values(), key=_sort_key)


def handout(summary: Summary, section: Section, style: ReadingStyle, library: Library,
            imported: dt.date | None = None, today: dt.date | None = None) -> Printout:
    """What printing.py puts on paper for the handout (`style`: handout_style's)."""
    words = words_for(summary)
    return Printout(handout_html(summary, section, style, library, imported, today),
                    suggested_file_name(summary, section).removesuffix(".pdf") + f" - {words['file']}.pdf")


def handout_html(summary: Summary, section: Section, style: ReadingStyle, library: Library,
                 imported: dt.date | None = None, today: dt.date | None = None) -> str:
    """The summary's title and date, the notice when it applies, the section (its own heading
    first), the words to know, and NCI's attribution."""
    today = today or dt.date.today()
    words = words_for(summary)
    meta = summary.metadata
    body = section_html(summary, section, style, library)
    parts = [f"<p><b>{escape(meta.title)}</b><br>{escape(words['updated'].format(date=_date(words, meta.last_updated)))}</p>"]
    url = meta.url or words["home"]
    notices = []
    if imported is not None and (today - imported).days > LIBRARY_STALE_DAYS:
        notices.append(words["old_library"].format(date=_date(words, imported)))
    if (today - meta.last_updated).days > SUMMARY_STALE_DAYS:
        notices.append(words["old_summary"].format(date=_date(words, meta.last_updated)))
    if notices:  # a ruled box that reads in black and white, as on every printed copy
        notices.append(words["current_at"].format(url=url))
        parts.append("<table class='currency-notice' width='100%' border='2' cellspacing='0' cellpadding='6'><tr><td>"
                     f"<b>{escape(words['out_of_date'])}</b> {escape(' '.join(notices))}</td></tr></table>")
    parts.append(body)
    known, missing = words_to_know(body, summary, library)
    if known or missing:
        parts.append(f"<h2>{escape(words['words_to_know'])}</h2>")
        parts += [f"<p><b>{escape(name)}:</b> {escape(text)}</p>" for name, text in known]
        if missing:  # said, so no one takes the list for every word the text marks
            one, many = words["not_in_dictionary"]
            parts.append(f"<p><i>{escape(one if len(missing) == 1 else many.format(count=len(missing)))}</i></p>")
    adapted = words["adapted"].format(title=meta.title, date=_date(words, meta.last_updated), url=url)
    parts.append(f"<hr><p><small>{escape(adapted)}</small></p>")
    parts.append(f"<p><small>{escape(words['printed'].format(date=_date(words, today)))}</small></p>")
    return "".join(parts)



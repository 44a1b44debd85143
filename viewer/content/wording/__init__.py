"""The words the reader inserts into a summary's own text, in the summary's language, not the
interface's: one table per language (`en.py`, `es.py`), one lookup (`words_for`). A Spanish summary
read in an English interface shows "Bibliografía" in its text and English menus; the interface's
own words go through Qt's tr(), never through here."""
from __future__ import annotations

from .words import Words
from . import en, es

TABLES: dict[str, Words] = {"en": en.WORDS, "es": es.WORDS}
# How PDQ's SummaryLanguage and GlossaryTerm's `language` attributes name the languages.
_NAMES = {"english": "en", "spanish": "es", "español": "es", "espanol": "es", "inglés": "en"}


def language_code(language: str) -> str:
    """'Spanish', 'es', 'es-US', 'español' -> 'es'; English for anything unknown or empty (the
    Markdown summaries, which say no language)."""
    name = (language or "").strip().casefold()
    code = _NAMES.get(name, name.replace("_", "-").split("-")[0])
    return code if code in TABLES else "en"


def words_for(language: str) -> Words:
    """The table for a summary's language (its `metadata.language`)."""
    return TABLES[language_code(language)]


__all__ = ["TABLES", "Words", "language_code", "words_for"]

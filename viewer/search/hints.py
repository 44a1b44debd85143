"""What a search says about itself (what was left out, why nothing was found): sentence templates
and their values, so that the window says them in the interface's language. Each template is
marked for Qt's pyside6-lupdate by the no-op below (this layer has no Qt); the window translates
it (ui/search/search_panel.py), and `said` gives the English, for tests and logs."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


Hint = tuple[str, dict]  # (template, its values)

FIRST_CHARACTERS = QT_TRANSLATE_NOOP("SearchHints", "Only the first {count} characters were searched.")
FIRST_WORDS = QT_TRANSLATE_NOOP("SearchHints", "Only the first {count} words were searched.")
WORD_STARTS = QT_TRANSLATE_NOOP("SearchHints", "Word starts (word*) need {letters} letters, at most {most} in one "
                                               "search; the others were searched as whole words.")
LEFT_OUT = QT_TRANSLATE_NOOP("SearchHints", "Left out as too common: {words} (in “quotes” a phrase keeps them).")
ONLY_EXCLUSIONS = QT_TRANSLATE_NOOP("SearchHints", "Add a word to search for: a search cannot consist of "
                                                   "exclusions only.")
NO_WORD = QT_TRANSLATE_NOOP("SearchHints", "Type a word to search for (letters or digits).")
NOT_RUN = QT_TRANSLATE_NOOP("SearchHints", "That search could not be run; try fewer or simpler words.")
NOT_TOGETHER = QT_TRANSLATE_NOOP("SearchHints", "Each word occurs in the library, but not all of them in one passage.")


def said(hints: list[Hint]) -> str:
    """The hints as one English text."""
    return " ".join(template.format(**values) for template, values in hints)

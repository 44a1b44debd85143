"""How current a summary is, said plainly. NCI refreshes PDQ weekly and says prior weeks'
information "should be considered obsolete"; a clinical reference that silently goes stale is
dangerous. The notices never hide the text: they say how old it is and what to do."""
from __future__ import annotations

import datetime as dt

from .wording import Words, words_for

LIBRARY_STALE_DAYS = 30
SUMMARY_STALE_DAYS = 365
ENGLISH = words_for("en")
WHAT_TO_DO = ENGLISH.what_to_do


def long_date(day: dt.date, words: Words = ENGLISH) -> str:
    return words.long_date(day)


def age_text(day: dt.date, today: dt.date, words: Words = ENGLISH) -> str:
    """'today', '3 days ago', '5 weeks ago', '4 months ago', '11 years ago' (or 'in the future')."""
    return words.age(day, today)


def currency_notices(updated: dt.date, imported: dt.date | None, today: dt.date, words: Words = ENGLISH) -> list[str]:
    """What the reader must be told about how current this summary is, in `words`' language (the
    summary's); [] when it is current."""
    notices = []
    if imported is not None and (today - imported).days > LIBRARY_STALE_DAYS:
        notices.append(words.library_stale.format(date=words.long_date(imported), age=words.age(imported, today),
                                                  what_to_do=words.what_to_do))
    if (today - updated).days > SUMMARY_STALE_DAYS:
        # after the library's notice, what to do is not said a second time (screen and paper alike)
        template = words.summary_stale_too if notices else words.summary_stale
        notices.append(template.format(date=words.long_date(updated), age=words.age(updated, today),
                                       what_to_do=words.what_to_do))
    return notices

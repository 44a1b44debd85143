"""How current a summary is, said plainly. NCI refreshes PDQ weekly and says prior weeks'
information "should be considered obsolete"; a clinical reference that silently goes stale is
dangerous. The notices never hide the text: they say how old it is and what to do."""
from __future__ import annotations

import datetime as dt

LIBRARY_STALE_DAYS = 30
SUMMARY_STALE_DAYS = 365
WHAT_TO_DO = "ask your IT to import the current PDQ distribution from NCI"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def age_text(day: dt.date, today: dt.date) -> str:
    """'today', '3 days ago', '5 weeks ago', '4 months ago', '11 years ago' (or 'in the future')."""
    days = (today - day).days
    if days < 0:
        return "dated in the future"
    if days == 0:
        return "today"
    for unit, size, limit in (("day", 1, 14), ("week", 7, 61), ("month", 30, 730)):
        if days < limit:
            count = max(days // size, 1)
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    years = days // 365
    return f"{years} years ago"


def currency_notices(updated: dt.date, imported: dt.date | None, today: dt.date) -> list[str]:
    """What the reader must be told about how current this summary is; [] when it is current."""
    notices = []
    if imported is not None and (today - imported).days > LIBRARY_STALE_DAYS:
        notices.append(f"The library was last updated on {long_date(imported)} ({age_text(imported, today)}); "
                       f"NCI updates these summaries every week. To read the current text, {WHAT_TO_DO}.")
    if (today - updated).days > SUMMARY_STALE_DAYS:
        notices.append(f"This summary was last updated on {long_date(updated)} ({age_text(updated, today)}). "
                       f"It may not reflect current evidence; to check for a newer version, {WHAT_TO_DO}.")
    return notices

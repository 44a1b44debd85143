"""How current a summary is: its age in words, and the notices when it or the library is stale."""
import datetime as dt

import pytest

from viewer.content.currency import age_text, currency_notices
from viewer.content.wording import words_for

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("day, text", [
    (TODAY, "today"), (dt.date(2026, 11, 24), "1 day ago"), (dt.date(2026, 11, 12), "13 days ago"),
    (dt.date(2026, 10, 28), "4 weeks ago"), (dt.date(2026, 5, 25), "6 months ago"),
    (dt.date(2015, 9, 24), "11 years ago"), (dt.date(2027, 1, 1), "dated in the future")])
def test_age_in_words(day, text):
    assert age_text(day, TODAY) == text


def test_a_current_summary_in_a_current_library_needs_no_notice():
    assert currency_notices(dt.date(2026, 6, 1), dt.date(2026, 11, 20), TODAY) == []


def test_a_library_not_updated_for_over_30_days_says_so_and_what_to_do():
    [notice] = currency_notices(dt.date(2026, 10, 1), dt.date(2026, 10, 20), TODAY)
    assert "last updated on October 20, 2026 (5 weeks ago)" in notice
    assert "ask your IT to import the current PDQ distribution" in notice
    assert currency_notices(dt.date(2026, 10, 1), dt.date(2026, 10, 26), TODAY) == []  # 30 days: still current


def test_a_summary_over_a_year_old_says_so_even_without_a_library():
    [notice] = currency_notices(dt.date(2015, 5, 28), None, TODAY)
    assert "last updated on May 28, 2015 (11 years ago)" in notice and "newer version" in notice


def test_a_summary_is_stale_from_its_366th_day_not_later():
    year_ago = TODAY - dt.timedelta(days=365)
    assert currency_notices(year_ago, None, TODAY) == []  # a year to the day: still current
    [notice] = currency_notices(year_ago - dt.timedelta(days=1), None, TODAY)
    assert "last updated on November 24, 2025 (12 months ago)" in notice


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_stale_summary_in_a_stale_library_says_what_to_do_once(language):
    """Both notices said "ask your IT to import the current PDQ distribution from NCI", one after the
    other, on the screen, in Print Preview and in the PDF (found by the look, a library 3 months old)."""
    words = words_for(language)
    notices = currency_notices(dt.date(2006, 10, 5), dt.date(2026, 8, 1), TODAY, words)
    assert len(notices) == 2 and " ".join(notices).count(words.what_to_do) == 1
    assert words.long_date(dt.date(2006, 10, 5)) in notices[1]  # the summary's own age is still said

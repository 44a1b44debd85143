"""The reader's inserted words, one table per language: dates and ages as each language writes them,
the lookup by a summary's language, and no table left half in English."""
import dataclasses
import datetime as dt

import pytest

from viewer.content.wording import TABLES, language_code, words_for

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("language, code", [("Spanish", "es"), ("spanish", "es"), ("es", "es"), ("es-US", "es"),
                                            ("Español", "es"), ("English", "en"), ("", "en"), ("Klingon", "en")])
def test_a_summary_language_finds_its_table(language, code):
    assert language_code(language) == code
    assert words_for(language).code == code


def test_spanish_dates_and_ages_read_as_cancer_gov_writes_them():
    es = words_for("Spanish")
    assert es.updated_line(dt.date(2006, 8, 21), TODAY) == "Actualización: 21 de agosto de 2006 (hace 20 años)"
    assert es.age(dt.date(2026, 11, 25), TODAY) == "hace 1 día"
    assert es.age(dt.date(2026, 10, 29), TODAY) == "hace 4 semanas"
    assert es.age(dt.date(2026, 5, 26), TODAY) == "hace 6 meses"
    assert es.age(TODAY, TODAY) == "hoy"


def test_english_dates_and_ages_are_as_before():
    en = words_for("English")
    assert en.updated_line(dt.date(2015, 9, 24), TODAY) == "Last updated September 24, 2015 (11 years ago)"
    assert en.age(dt.date(2026, 11, 25), TODAY) == "1 day ago"


def test_no_spanish_word_is_left_in_english():
    """Every word the Spanish table holds differs from the English one (a field copied and left
    untranslated would put English into a Spanish summary)."""
    en, es = TABLES["en"], TABLES["es"]
    same = [f.name for f in dataclasses.fields(es) if f.name != "code" and isinstance(getattr(es, f.name), str)
            and getattr(es, f.name) == getattr(en, f.name)]
    assert same == []
    assert set(es.audiences) == set(en.audiences)
    assert set(es.units) == set(en.units)

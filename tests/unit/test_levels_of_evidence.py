"""Levels of evidence and dictionary terms are marked as NCI marks them, held or not (issue 19, item 10)."""
from __future__ import annotations

import pytest

from viewer.content.levels_of_evidence import EARLIER_SURROGATES, code_in, explain
from viewer.content.links import NoTargets, settle_links


def test_a_code_is_explained_part_by_part_from_ncis_scheme():
    loe = explain("3iiiDiii")
    assert loe.parts == (("Study design", "3iii", "Case series: nonconsecutive cases"),
                         ("Endpoint", "Diii", "Indirect surrogate: progression-free survival"))
    assert loe.note == EARLIER_SURROGATES  # a surrogate's number meant another one before


@pytest.mark.parametrize("code, design, endpoint", [
    ("1iiA", "Randomized, controlled clinical trial: nonblinded treatment delivery",
     "Total mortality (or overall survival from a defined time)"),
    ("2B", "Nonrandomized, controlled clinical trial",
     "Cause-specific mortality (or cause-specific mortality from a defined time)"),
    ("3iC", "Case series: population-based, consecutive series", "Carefully assessed quality of life"),
    ("1iiDiv", "Randomized, controlled clinical trial: nonblinded treatment delivery",
     "Indirect surrogate: tumor response rate"),
])
def test_every_design_and_endpoint_has_its_words(code, design, endpoint):
    loe = explain(code)
    assert [meaning for _, _, meaning in loe.parts] == [design, endpoint]
    assert not loe.note or code.endswith(("Di", "Dii", "Diii", "Div"))


def test_a_code_without_an_endpoint_names_its_design_only():
    assert explain("3iii").parts == (("Study design", "3iii", "Case series: nonconsecutive cases"),)


def test_a_part_outside_the_scheme_says_so_instead_of_guessing():
    assert "not a code in NCI's scheme" in explain("4A").parts[0][2]
    assert "not a subdivision this viewer knows" in explain("2iiA").parts[0][2]
    assert explain("Level") is None and explain("") is None


def test_the_code_is_read_from_the_phrase_as_pdq_writes_it():
    assert code_in("Level of evidence: 3iiiDiii") == "3iiiDiii"
    assert code_in("Level of evidence: 1iiA ") == "1iiA"
    assert code_in("Level of evidence") == ""


def test_a_term_the_library_lacks_stays_a_term_never_plain_text():
    html = '<p>a <a class="glossary" href="glossary:CDR0000045693">gene</a> and ' \
           '<a class="loe" href="glossary:CDR0000335158#3iiiDiii">Level of evidence: 3iiiDiii</a></p>'
    assert settle_links(html, NoTargets()) == html


def test_a_code_in_a_spanish_summary_is_explained_in_spanish():
    from viewer.content.wording import words_for

    english, spanish = words_for("en"), words_for("es")
    loe = explain("1iiDi", spanish)
    assert loe.parts == (("Diseño del estudio", "1ii",
                          "Ensayo clínico controlado aleatorizado: administración del tratamiento sin enmascaramiento"),
                         ("Criterio de valoración", "Di", "Medida indirecta: supervivencia sin complicaciones"))
    assert loe.note == spanish.loe_earlier
    assert "no es un código" in explain("4A", spanish).parts[0][2]
    for english_scheme, spanish_scheme in ((english.loe_designs, spanish.loe_designs),
                                           (english.loe_endpoints, spanish.loe_endpoints)):
        assert {k: set(v[1]) for k, v in english_scheme.items()} == {k: set(v[1]) for k, v in spanish_scheme.items()}

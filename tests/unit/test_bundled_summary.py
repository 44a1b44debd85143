"""The bundled summary is the seed's text, word for word, with its structure."""
import re

import pytest

from viewer.content import load_library
from viewer.paths import summaries_dir

from ..conftest import SHARED

SEED = SHARED / "seed" / "000_6859556c455ae0e2.txt"


@pytest.fixture(scope="module")
def summary():
    library = load_library(summaries_dir())
    assert library.problems == []
    assert len(library.summaries) == 1
    return library.summaries[0]


def test_metadata(summary):
    meta = summary.metadata
    assert meta.title == "Gastrointestinal Carcinoid Tumors Treatment (PDQ®)"
    assert meta.audience == "Health Professional"
    assert meta.source == "National Cancer Institute (NCI)"
    assert meta.last_updated_text == "May 28, 2015"
    assert meta.attribution.startswith("This information is produced and provided by the National Cancer Institute (NCI).")
    assert meta.disclaimer.startswith("This information is not intended to replace the advice of a doctor.")


def test_sections_and_references(summary):
    assert [(s.title, s.level) for s in summary.walk()] == [
        ("Metastatic Gastrointestinal Carcinoid Tumors", 1), ("Current Clinical Trials", 2)]
    top = summary.sections[0]
    assert [r.number for r in top.references] == [1, 2, 3, 4, 5, 6, 7]
    assert top.references[0].text.startswith("Läuffer JM, Zhang T, Modlin IM")
    assert top.references[2].text.startswith("Plöckinger U, Rindi G, Arnold R")
    cited = {n for p in top.paragraphs for c in p.citations for n in c.numbers}
    assert cited == {4}


def _seed_paragraphs() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    body = text[text.index("Although the response"):text.index("WebMD Public Information")]
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        block = re.sub(r"^\s*\d+\.\s+", "", block.strip())
        if block:
            paragraphs.extend(line.strip() for line in re.split(r"\n\s*\d+\.\s+", block))
    return paragraphs


@pytest.mark.skipif(not SEED.exists(), reason="the seed is in ../shared/seed")
def test_every_paragraph_of_the_seed_is_bundled_word_for_word(summary):
    bundled = [p.text for s in summary.walk() for p in s.paragraphs]
    bundled += [r.text for r in summary.sections[0].references]
    bundled += [s.title for s in summary.walk()]
    bundled += [summary.metadata.attribution]
    missing = [p for p in _seed_paragraphs() if p not in bundled]
    assert missing == []
    # 5 + 2 paragraphs, the subsection title, 7 references, the attribution
    assert len(_seed_paragraphs()) == 16
    seed = SEED.read_text(encoding="utf-8")
    assert summary.metadata.disclaimer in seed
    assert summary.sections[0].title in seed


def test_cross_references_to_absent_sections_stay_text_and_are_marked(summary):
    html = summary.html
    assert 'href="#' not in html  # none of the named sections is in this edition
    for name in ("Radionuclides", "Somatostatin Analogs", "Interferons", "Symptomatic Therapy", "Treatment Option Overview"):
        assert f'<span class="xref-missing">{name}</span>' in html
    assert html.count("[section not in this edition]") == 3


def test_citation_links_point_at_their_own_sections_list(summary):
    assert summary.html.count('href="cite:metastatic-gi-carcinoid/4"') == 2
    refs = summary.references_for("metastatic-gi-carcinoid-trials", (4,))
    assert [r.number for r in refs] == [4] and refs[0].text.startswith("Modlin IM, Latich I")


def test_mass_numbers_are_superscript_as_nci_marks_them(summary):
    """Issue 12: "131I-MIBG" should read ¹³¹I-MIBG; the text (search, copy, the seed) is unchanged."""
    assert "<sup>131</sup>I-MIBG" in summary.html and "<sup>177</sup>Lu-octreotate" in summary.html
    paragraph = next(p.text for s in summary.walk() for p in s.paragraphs if "radionuclides" in p.text)
    assert "such as 131I-MIBG and 177Lu-octreotate" in paragraph


@pytest.mark.skipif(not SEED.exists(), reason="the seed is in ../shared/seed")
def test_the_disclaimer_is_kept_word_for_word(summary):
    disclaimer = summary.metadata.disclaimer
    assert disclaimer.startswith("This information is not intended") and disclaimer.endswith(".")
    assert disclaimer in SEED.read_text(encoding="utf-8")


def test_the_disclaimer_says_whose_it_is(summary):
    from viewer.content.render import document_html

    assert "WebMD" in summary.metadata.disclaimer_source and "not from NCI" in summary.metadata.disclaimer_source
    html = document_html(summary)
    assert html.index(summary.metadata.disclaimer_source) < html.index("Healthwise disclaims")

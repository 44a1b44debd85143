"""Loading validates: every problem names the file and the line, and never escapes as a crash."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.content import ContentError, load_library, load_summary

GOOD = """# Treatment {#treatment}

First paragraph.[1] Second claim.[1,2]

## Stage I {#stage-i}

Stage text.[2-3] (Refer to the Stage II section of this summary for more information.)

## Stage II {#stage-ii}

Stage II text. Refer to the Radiation section of the Treatment Overview section of this summary.

## References {.references}

1. Alpha A: First. J 1 (1): 1-2, 2001.
2. Beta B: Second. J 2 (2): 3-4, 2002.
3. Gamma G: Third. J 3 (3): 5-6, 2003.

# Follow-up {#follow-up}

Follow-up text.[1]

## References {.references}

1. Delta D: Only one. J 4 (4): 7-8, 2004.
"""


def test_a_well_formed_summary_loads_into_the_model(make_summary):
    summary = load_summary(make_summary(GOOD))
    assert [(s.id, s.level, s.parent.id if s.parent else None) for s in summary.walk()] == [
        ("treatment", 1, None), ("stage-i", 2, "treatment"), ("stage-ii", 2, "treatment"), ("follow-up", 1, None)]
    first = summary.sections[0]
    assert [c.numbers for c in first.paragraphs[0].citations] == [(1,), (1, 2)]
    assert summary.section("stage-i").paragraphs[0].citations[0].numbers == (2, 3)


def test_citation_numbers_restart_in_every_top_level_section(make_summary):
    summary = load_summary(make_summary(GOOD))
    follow_up = summary.section("follow-up")
    citation = follow_up.paragraphs[0].citations[0]
    assert citation.section_id == "follow-up"
    assert [r.text for r in summary.references_for("follow-up", (1,))] == ["Delta D: Only one. J 4 (4): 7-8, 2004."]
    assert [r.text for r in summary.references_for("stage-i", (1,))] == ["Alpha A: First. J 1 (1): 1-2, 2001."]
    assert 'href="cite:follow-up/1"' in summary.html
    assert 'href="cite:treatment/2,3"' in summary.html


def test_cross_references_to_bundled_sections_become_links(make_summary):
    html = load_summary(make_summary(GOOD)).html
    assert '<a class="xref" href="#stage-ii">Stage II</a>' in html
    # a target that is not bundled stays readable text, marked, never a dead link
    assert '<span class="xref-missing">Radiation</span>' in html
    assert '<span class="xref-missing">Treatment Overview</span>' in html
    assert "[section not in this edition]" in html


def test_a_cross_reference_resolves_against_its_qualifying_parent(make_summary):
    md = """# A {#a}

Refer to the Dosing section of the B section of this summary.

## Dosing {#a-dosing}

x

# B {#b}

y

## Dosing {#b-dosing}

z
"""
    html = load_summary(make_summary(md)).html
    assert '<a class="xref" href="#b-dosing">Dosing</a>' in html
    assert '<a class="xref" href="#b">B</a>' in html


def _error(make_summary, markdown, **metadata) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_summary(make_summary(markdown, **metadata))
    return info.value


def test_an_unknown_citation_number_names_file_line_and_section(make_summary):
    md = GOOD.replace("Stage text.[2-3]", "Stage text.[2-4]")
    error = _error(make_summary, md)
    assert error.line == 7
    assert str(error).startswith("test-summary/summary.md, line 7: citation [2-4] names reference 4")
    assert "'Treatment' lists 1–3" in str(error)


def test_a_number_from_another_sections_list_is_unknown_here(make_summary):
    error = _error(make_summary, GOOD.replace("Follow-up text.[1]", "Follow-up text.[3]"))
    assert error.line == 21 and "'Follow-up' lists 1–1" in error.message


def test_a_malformed_marker_is_an_error_with_its_line(make_summary):
    error = _error(make_summary, GOOD.replace("Stage text.[2-3]", "Stage text.[3-2]"))
    assert error.line == 7 and "runs backwards" in error.message


def test_a_duplicate_section_id_is_an_error_with_its_line(make_summary):
    error = _error(make_summary, GOOD.replace("## Stage II {#stage-ii}", "## Stage II {#stage-i}"))
    assert error.line == 9 and "section id 'stage-i' is used twice" in error.message


def test_text_before_the_first_heading_is_an_error(make_summary):
    error = _error(make_summary, "Loose text.\n\n" + GOOD)
    assert error.line == 1 and "before the first section heading" in error.message


def test_a_summary_without_headings_is_an_error(make_summary):
    error = _error(make_summary, "")
    assert "has no sections" in error.message


def test_malformed_metadata_names_the_line(make_summary, tmp_path):
    folder = make_summary(GOOD)
    (folder / "summary.json").write_text('{\n  "title": "x",\n  "audience": \n}\n', encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_summary(folder)
    assert info.value.line == 4 and "summary.json" in str(info.value) and "not valid JSON" in str(info.value)


@pytest.mark.parametrize("change, complaint", [
    ({"title": ""}, "missing 'title'"),
    ({"last_updated": "May 2015"}, "'last_updated' must be a date"),
    ({"audience": 5}, "'audience' must be text"),
])
def test_bad_metadata_values_are_named(make_summary, change, complaint):
    assert complaint in str(_error(make_summary, GOOD, **change))


def test_missing_and_undecodable_files_are_reported(make_summary):
    folder = make_summary(GOOD)
    (folder / "summary.md").write_bytes(b"# T\n\n\xff\xfe broken")
    with pytest.raises(ContentError, match="not UTF-8"):
        load_summary(folder)
    (folder / "summary.md").unlink()
    with pytest.raises(ContentError, match="summary.md: file is missing"):
        load_summary(folder)


def test_a_library_keeps_the_sound_summaries_and_reports_the_broken(make_summary):
    make_summary(GOOD, name="a-good")
    broken = make_summary(GOOD, name="b-broken")
    (broken / "summary.json").write_text("[]", encoding="utf-8")
    library = load_library(broken.parent)
    assert [s.id for s in library.summaries] == ["a-good"]
    assert len(library.problems) == 1 and "b-broken/summary.json" in str(library.problems[0])


def test_a_missing_library_folder_is_a_problem_not_a_crash(tmp_path):
    library = load_library(tmp_path / "nowhere")
    assert library.summaries == [] and "missing" in str(library.problems[0])


def test_the_seeds_cross_reference_phrasings_parse_into_targets():
    from viewer.content.crossrefs import parse_phrase

    assert parse_phrase("Radionuclides section of the Treatment Option Overview") == [
        ("Radionuclides", ["Treatment Option Overview"]), ("Treatment Option Overview", [])]
    assert parse_phrase("Somatostatin Analogs section and Interferons section of the Treatment Option Overview") == [
        ("Somatostatin Analogs", ["Treatment Option Overview"]), ("Interferons", ["Treatment Option Overview"]),
        ("Treatment Option Overview", [])]


markdown_text = st.text(alphabet=st.sampled_from(list("#[]()-–,{}.*_`>\n 0123456789abcRefr")), max_size=300)


@settings(max_examples=150, deadline=None)
@given(markdown_text)
def test_any_markdown_loads_or_fails_with_a_content_error(text):
    import tempfile
    from pathlib import Path

    from ..conftest import write_summary

    with tempfile.TemporaryDirectory() as root:
        folder = write_summary(Path(root), "fuzz", text)
        try:
            summary = load_summary(folder)
        except ContentError as error:
            assert str(error).startswith("fuzz/summary.md")
            return
        assert summary.sections

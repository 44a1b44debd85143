"""Hostile and malformed input to the core: only the project's own, clearly worded errors."""
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.content import ContentError, limits, load_summary
from viewer.search import SearchIndex

from ..conftest import METADATA, write_summary


def load_or_error(markdown: str = "# A {#a}\n\nText.\n", metadata_text: str | None = None, raw: bytes | None = None):
    with tempfile.TemporaryDirectory() as root:
        folder = write_summary(Path(root), "fuzz", markdown)
        if metadata_text is not None:
            (folder / "summary.json").write_text(metadata_text, encoding="utf-8")
        if raw is not None:
            (folder / "summary.md").write_bytes(raw)
        try:
            return load_summary(folder)
        except ContentError as error:
            assert str(error).startswith("fuzz/"), str(error)
            return error


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "audience", "source", "last_updated", "attribution", "content", "x"]),
                       json_values, max_size=7))
def test_any_metadata_values_load_or_fail_clearly(values):
    load_or_error(metadata_text=json.dumps({**METADATA, **values}))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_metadata_text_loads_or_fails_clearly(text):
    assert isinstance(load_or_error(metadata_text=text), ContentError) or text.strip().startswith("{")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_bytes_as_text_load_or_fail_clearly(raw):
    load_or_error(raw=raw)


@pytest.mark.parametrize("depth", [5, 50, 3000])
def test_deeply_nested_lists_load_or_fail_clearly(depth):
    nested = "".join("    " * i + "- item\n" for i in range(depth))
    result = load_or_error("# A {#a}\n\n" + nested)
    if depth <= 16:
        assert result.sections[0].paragraphs
    else:  # refused at once (python-markdown needed 7 minutes for 3,000 levels)
        assert isinstance(result, ContentError) and result.line == 20 and "levels deep" in result.message


@pytest.mark.parametrize("depth", [100, 5000])
def test_deeply_nested_quotes_and_brackets_load_or_fail_clearly(depth):
    load_or_error("# A {#a}\n\n" + ">" * depth + " text\n\n" + "[" * depth + "4" + "]" * depth + "\n")


def large_summary(sections: int, repeats: int) -> str:
    paragraph = ("Octreotide and lanreotide are somatostatin analogs used for carcinoid syndrome; liver "
                 "metastases may be treated with resection, ablation or embolization. ")
    parts = []
    for s in range(sections):
        body = "\n\n".join(paragraph * repeats + f"Section {s} paragraph {p}.[1]" for p in range(60))
        parts.append(f"# Section {s} {{#s{s}}}\n\n{body}\n\n## References {{.references}}\n\n1. A ref {s}.\n")
    return "\n".join(parts)


def test_a_summary_just_under_the_size_limit_loads_and_is_searchable():
    text = large_summary(60, 3)
    assert 1_500_000 < len(text.encode()) < limits.MAX_MARKDOWN_BYTES
    summary = load_or_error(text)
    assert not isinstance(summary, ContentError), summary
    assert sum(len(s.paragraphs) for s in summary.walk()) == 60 * 60
    hits = SearchIndex.build([summary]).search('"Section 59 paragraph 59"').hits
    assert [h.anchor for h in hits] == ["s59-p60"]


def test_a_five_megabyte_summary_is_refused_with_a_clear_message():
    """It took over 300 s to show (the attack on issue 13): refused at once instead."""
    text = large_summary(60, 9)
    assert len(text.encode()) > 5_000_000
    error = load_or_error(text)
    assert isinstance(error, ContentError) and "a summary may hold at most 2 MB" in error.message

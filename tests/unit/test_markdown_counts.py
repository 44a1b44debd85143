"""Issue 17's remnant: the counts a PDQ summary may not pass (content/limits.py: what makes Qt take
minutes to lay a summary out) apply to a Markdown summary too, refused with the file and the line
that passes one, in linear time; a summary at the counts still loads."""
from __future__ import annotations

import time

import pytest

from viewer.content import ContentError, limits
from viewer.content.loader import load_summary

REFUSED_WITHIN_SECONDS = 2

CASES = {  # name: (Markdown, what the message names, the line that passes the count)
    "sections": ("".join(f"# Section {i} {{#s{i}}}\n\nText.\n\n" for i in range(limits.MAX_SECTIONS + 1)),
                 f"more than {limits.MAX_SECTIONS:,} sections", 4 * limits.MAX_SECTIONS + 1),
    "paragraphs": ("# One {#one}\n\n" + "A paragraph.\n\n" * limits.MAX_PLACES,
                   f"more than {limits.MAX_PLACES:,} places to link to", 3 + 2 * (limits.MAX_PLACES - 1)),
    "list items": ("# One {#one}\n\n" + "- an item\n" * limits.MAX_PLACES,
                   f"more than {limits.MAX_PLACES:,} places to link to", 3 + limits.MAX_PLACES - 1),
    "setext sections": ("".join(f"Section {i}\n---\n\nText.\n\n" for i in range(limits.MAX_SECTIONS + 1)),
                        f"more than {limits.MAX_SECTIONS:,} sections", 5 * limits.MAX_SECTIONS + 2),
    "reference lists": ("# One {#one}\n\nText.\n\n" + "## References {.references}\n\n"
                        * (limits.MAX_REFERENCE_LISTS + 1),
                        f"more than {limits.MAX_REFERENCE_LISTS:,} reference lists",
                        5 + 2 * limits.MAX_REFERENCE_LISTS),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_markdown_summary_past_a_count_is_refused_at_its_line(make_summary, name):
    markdown, message, line = CASES[name]
    folder = make_summary(markdown)
    start = time.perf_counter()
    with pytest.raises(ContentError) as refused:
        load_summary(folder)
    assert time.perf_counter() - start < REFUSED_WITHIN_SECONDS
    assert message in refused.value.message and refused.value.path.name == "summary.md", str(refused.value)
    assert refused.value.line == line, str(refused.value)


def test_a_markdown_summary_at_the_counts_loads(make_summary):
    sections = "".join(f"# Section {i} {{#s{i}}}\n\nText.\n\n" for i in range(limits.MAX_SECTIONS))
    assert len(load_summary(make_summary(sections)).sections) == limits.MAX_SECTIONS

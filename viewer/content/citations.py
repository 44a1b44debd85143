"""Numbered citation markers such as [4], [4,5], [2-4] and [1,3-5].

`parse_citation_numbers` is the grammar; `CitationInlineProcessor` is the python-markdown hook
that turns a marker into a link element. The link's target is filled in later, by the structure
pass, once the reference list of the marker's own top-level section is known.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

#: Longest range a single marker may span; a larger one is a typo, not a citation.
MAX_RANGE = 100
MAX_NUMBER = 9999

# A bracket holding only numbers, commas and ranges; not a Markdown link "[4](…)" or "[4][x]".
CITATION_PATTERN = r"\[(\s*[0-9]+\s*(?:[-\u2013]\s*[0-9]+\s*)?(?:,\s*[0-9]+\s*(?:[-\u2013]\s*[0-9]+\s*)?)*)\](?![(\[])"
_NUMBER = re.compile(r"\s*[0-9]+\s*")


class CitationSyntaxError(ValueError):
    """A marker that looks like a citation but names no sensible set of references."""


def parse_citation_numbers(inner: str) -> tuple[int, ...]:
    """'1,3-5' -> (1, 3, 4, 5). Raises CitationSyntaxError for 0, reversed or huge ranges, repeats."""
    numbers: list[int] = []
    for item in inner.split(","):
        item = item.strip().replace("\u2013", "-")
        if not item:
            raise CitationSyntaxError("empty item in citation")
        low_text, _, high_text = item.partition("-")
        if not _NUMBER.fullmatch(low_text) or (high_text and not _NUMBER.fullmatch(high_text)):
            raise CitationSyntaxError(f"'{item}' is not a number or a range")
        low = int(low_text)
        high = int(high_text) if high_text else low
        if low < 1 or high > MAX_NUMBER:
            raise CitationSyntaxError(f"reference numbers run from 1 to {MAX_NUMBER}, not {item}")
        if high < low:
            raise CitationSyntaxError(f"range {item} runs backwards")
        if high - low >= MAX_RANGE:
            raise CitationSyntaxError(f"range {item} is longer than {MAX_RANGE}")
        for number in range(low, high + 1):
            if number in numbers:
                raise CitationSyntaxError(f"reference {number} is named twice")
            numbers.append(number)
    return tuple(numbers)


class CitationInlineProcessor(InlineProcessor):
    """Turns a marker into <a class="citation" data-refs="4,5">[4,5]</a> (or data-error)."""

    def handleMatch(self, m, data):  # noqa: N802 (python-markdown's name)
        el = etree.Element("a")
        el.set("class", "citation")
        el.text = AtomicString(m.group(0))
        try:
            el.set("data-refs", ",".join(map(str, parse_citation_numbers(m.group(1)))))
        except CitationSyntaxError as exc:
            el.set("data-error", str(exc))
        return el, m.start(0), m.end(0)

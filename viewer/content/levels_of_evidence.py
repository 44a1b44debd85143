"""What a PDQ level-of-evidence code for a treatment study says ("3iiiDiii": the study's design and
the endpoint it measured), for a level whose dictionary entry the library does not hold.

Source: NCI, "Levels of Evidence for Adult and Pediatric Cancer Treatment Studies (PDQ®)–Health
Professional Version" (https://www.cancer.gov/publications/pdq/levels-evidence/treatment): study
designs 1–3 and endpoints A–D, each in descending order of strength. The scheme is data, one table
per language (viewer.content.wording: the summary's language explains it); its words follow NCI's
categories.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .wording import Words, words_for

ENGLISH = words_for("en")  # the scheme's words are in each language's table (viewer.content.wording)
NCI_SUMMARY = ENGLISH.loe_summary
STUDY_DESIGNS = ENGLISH.loe_designs  # strength of study design: the number, then its subdivision
ENDPOINTS = ENGLISH.loe_endpoints    # strength of endpoints: the letter, then its subdivision

# NCI's earlier scheme had no event-free survival among the surrogates (Di disease-free survival,
# Dii progression-free survival, Diii tumor response rate): PDQ's own term CDR0000335158, first
# published in 2003, defines 3iiiDiii as a case series "with tumor response rate as an endpoint".
EARLIER_SURROGATES = ENGLISH.loe_earlier

_CODE = re.compile(r"([1-9])(i{1,3}|iv)?(?:([A-Z])(i{1,3}|iv|v)?)?")
_CODE_AT_END = re.compile(r"(\d[ivx]*(?:[A-Z][ivx]*)?)\s*$")


@dataclass(frozen=True)
class Explanation:
    """A level-of-evidence code explained: each part's name, code and meaning, and a caution if any."""

    code: str
    parts: tuple[tuple[str, str, str], ...]  # (what, its code, what it means), e.g. ("Study design", "3iii", "…")
    note: str = ""                           # a caution that goes with it (the earlier scheme)


def code_in(text: str) -> str:
    """The code a level-of-evidence phrase ends with: "Level of evidence: 3iiiDiii" -> "3iiiDiii"."""
    match = _CODE_AT_END.search(text)
    return match.group(1) if match else ""


def explain(code: str, words: Words = ENGLISH) -> Explanation | None:
    """Each part of `code` in `words`' language (the summary's); a part the scheme lacks says so
    rather than guessing. None for something that is not a level-of-evidence code at all."""
    match = _CODE.fullmatch(code.strip())
    if match is None:
        return None
    design, design_sub, endpoint, endpoint_sub = match.groups()
    parts = [(words.loe_design, design + (design_sub or ""), _meaning(words, words.loe_designs, design, design_sub))]
    if endpoint:
        parts.append((words.loe_endpoint, endpoint + (endpoint_sub or ""),
                      _meaning(words, words.loe_endpoints, endpoint, endpoint_sub)))
    note = words.loe_earlier if endpoint == "D" and endpoint_sub else ""
    return Explanation(code.strip(), tuple(parts), note)


def _meaning(words: Words, scheme: dict, main: str, sub: str | None) -> str:
    if main not in scheme:
        return words.loe_not_a_code
    said, subdivisions = scheme[main]
    if not sub:
        return said
    if sub not in subdivisions:
        return words.loe_not_a_subdivision.format(words=said, sub=sub)
    return f"{said}: {subdivisions[sub]}"

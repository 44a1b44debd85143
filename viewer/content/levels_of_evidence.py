"""What a PDQ level-of-evidence code for a treatment study says ("3iiiDiii": the study's design and
the endpoint it measured), for a level whose dictionary entry the library does not hold.

Source: NCI, "Levels of Evidence for Adult and Pediatric Cancer Treatment Studies (PDQ®)–Health
Professional Version" (https://www.cancer.gov/publications/pdq/levels-evidence/treatment): study
designs 1–3 and endpoints A–D, each in descending order of strength. The scheme is data here, in
one place; its words follow NCI's categories.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

NCI_SUMMARY = "Levels of Evidence for Adult and Pediatric Cancer Treatment Studies (PDQ®)"

# Strength of study design: the number, then its subdivision.
STUDY_DESIGNS = {
    "1": ("Randomized, controlled clinical trial", {"i": "double-blinded", "ii": "nonblinded treatment delivery"}),
    "2": ("Nonrandomized, controlled clinical trial", {}),
    "3": ("Case series", {"i": "population-based, consecutive series", "ii": "consecutive cases (not population-based)",
                          "iii": "nonconsecutive cases"}),
}

# Strength of endpoints: the letter, then its subdivision.
ENDPOINTS = {
    "A": ("Total mortality (or overall survival from a defined time)", {}),
    "B": ("Cause-specific mortality (or cause-specific mortality from a defined time)", {}),
    "C": ("Carefully assessed quality of life", {}),
    "D": ("Indirect surrogate", {"i": "event-free survival", "ii": "disease-free survival",
                                 "iii": "progression-free survival", "iv": "tumor response rate"}),
}

# NCI's earlier scheme had no event-free survival among the surrogates (Di disease-free survival,
# Dii progression-free survival, Diii tumor response rate): PDQ's own term CDR0000335158, first
# published in 2003, defines 3iiiDiii as a case series "with tumor response rate as an endpoint".
EARLIER_SURROGATES = ("Codes written under NCI's earlier scheme number the surrogates without event-free "
                      "survival: Di disease-free survival, Dii progression-free survival, Diii tumor response rate.")

_CODE = re.compile(r"([1-9])(i{1,3}|iv)?(?:([A-Z])(i{1,3}|iv|v)?)?")
_CODE_AT_END = re.compile(r"(\d[ivx]*(?:[A-Z][ivx]*)?)\s*$")


@dataclass(frozen=True)
class Explanation:
    code: str
    parts: tuple[tuple[str, str, str], ...]  # (what, its code, what it means), e.g. ("Study design", "3iii", "…")
    note: str = ""                           # a caution that goes with it (the earlier scheme)


def code_in(text: str) -> str:
    """The code a level-of-evidence phrase ends with: "Level of evidence: 3iiiDiii" -> "3iiiDiii"."""
    match = _CODE_AT_END.search(text)
    return match.group(1) if match else ""


def explain(code: str) -> Explanation | None:
    """Each part of `code` in words; a part the scheme lacks says so rather than guessing. None for
    something that is not a level-of-evidence code at all."""
    match = _CODE.fullmatch(code.strip())
    if match is None:
        return None
    design, design_sub, endpoint, endpoint_sub = match.groups()
    parts = [("Study design", design + (design_sub or ""), _meaning(STUDY_DESIGNS, design, design_sub))]
    if endpoint:
        parts.append(("Endpoint", endpoint + (endpoint_sub or ""), _meaning(ENDPOINTS, endpoint, endpoint_sub)))
    note = EARLIER_SURROGATES if endpoint == "D" and endpoint_sub else ""
    return Explanation(code.strip(), tuple(parts), note)


def _meaning(scheme: dict, main: str, sub: str | None) -> str:
    if main not in scheme:
        return "not a code in NCI's scheme as this viewer knows it"
    words, subdivisions = scheme[main]
    if not sub:
        return words
    if sub not in subdivisions:
        return f"{words}; “{sub}” is not a subdivision this viewer knows"
    return f"{words}: {subdivisions[sub]}"

"""Text that would display differently from what is stored is refused, in every format.

Bidirectional override, embedding and isolate characters (U+202A-U+202E, U+2066-U+2069) reorder
the characters around them on screen: "Octreotide \u202egm 005\u202c" displays as "Octreotide
500 mg" (Trojan Source, CVE-2021-42574). Clinical text is shown as stored or not at all, so a
summary holding one is refused with the file and line. (PDQ is English and Spanish: its text never
needs them. The plain direction marks U+200E/U+200F reorder nothing and are allowed.)
"""
from __future__ import annotations

import re

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def find_bidi_control(text: str) -> tuple[int, str] | None:
    """(1-based line, 'U+202E') of the first reordering control in `text`, if any."""
    match = BIDI_CONTROLS.search(text or "")
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1, f"U+{ord(match.group()):04X}"


def refusal(code: str) -> str:
    return (f"holds a bidirectional control character ({code}), which makes text display differently from "
            "what is stored, so it is not shown")

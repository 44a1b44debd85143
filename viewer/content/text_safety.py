"""Text that would display differently from what is stored is refused, in every format: the
bidirectional controls below, and control characters such as NUL, which display as nothing.

Bidirectional override, embedding and isolate characters (U+202A-U+202E, U+2066-U+2069) reorder
the characters around them on screen: "Octreotide \u202egm 005\u202c" displays as "Octreotide
500 mg" (Trojan Source, CVE-2021-42574). Clinical text is shown as stored or not at all, so a
summary holding one is refused with the file and line. (PDQ is English and Spanish: its text never
needs them. The plain direction marks U+200E/U+200F reorder nothing and are allowed.)
"""
from __future__ import annotations

import re

# Reordering controls, and C0 controls other than tab and line breaks (a NUL displays as nothing):
# neither can be shown as it is stored. XML cannot carry the C0 ones at all.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def find_bidi_control(text: str) -> tuple[int, str] | None:
    """(1-based line, 'U+202E') of the first reordering control in `text`, if any."""
    match = BIDI_CONTROLS.search(text or "")
    if match is None:
        return None
    return text.count("\n", 0, match.start()) + 1, f"U+{ord(match.group()):04X}"


def refusal(code: str) -> str:
    kind = "a bidirectional control character" if int(code[2:], 16) > 0x7f else "a control character"
    return f"holds {kind} ({code}), which makes text display differently from what is stored, so it is not shown"

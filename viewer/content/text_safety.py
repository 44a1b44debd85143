"""What is shown is what is stored, in every format: on screen, on the clipboard, on paper and in
the index. Two kinds of character would break that, and each is handled where a summary is read.

Refused (the summary is not shown; its file and line are named): what changes the order of what
is shown. "Give \u200f2.5 - 25 mg/kg" displays exactly as "Give 25 - 2.5 mg/kg": one right-to-left
mark (U+200F) turns the numbers around it (Trojan Source, CVE-2021-42574, is the same with the
override U+202E). So: the marks U+200E, U+200F and U+061C, the embeddings, overrides and isolates
(U+202A-U+202E, U+2066-U+2069), and every right-to-left letter (Hebrew, Arabic, …: a visible one
reorders the numbers after it just as the mark does). PDQ is English and Spanish, and the bundled
summaries English: their text never needs any of them. Isolating each paragraph's direction would
not help: the example above reorders inside one left-to-right paragraph. Also refused: control
characters (C0 other than tab and line breaks, DEL, C1), which display as nothing or as boxes.

Dropped (the summary is shown without them): what is merely invisible and reorders nothing: the
zero-width space, non-joiner and joiner, the word joiner and invisible operators, the soft
hyphen, the byte-order mark inside text, variation selectors, Hangul fillers, tag characters and
the other format characters (Unicode category Cf) not refused above. A stray zero-width space, which
word processors leave behind, must not cost a clinic a genuine summary; and text without it is
found by search and copied as it reads. (The joiners shape Arabic and Indic scripts and emoji
sequences; English and Spanish text shows the same without them.)
"""
from __future__ import annotations

import re
import unicodedata

from .phrases import QT_TRANSLATE_NOOP, Phrase

# Reorders (bidirectional marks, embeddings, overrides, isolates), or controls: refused.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Letters that set a right-to-left direction for what follows them (Unicode bidirectional classes).
_RIGHT_TO_LEFT = {"R", "AL"}
# Invisible and reordering nothing: Unicode's format characters (category Cf, Unicode 15) other
# than those refused above, and the invisible characters of other categories (combining grapheme
# joiner, Hangul fillers, Khmer inherent vowels, Mongolian and other variation selectors).
INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f"
    "\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
    "\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef]")


def without_invisible(text: str) -> str:
    """`text` without the characters that show as nothing and reorder nothing."""
    return INVISIBLE.sub("", text) if text else text


def find_bidi_control(text: str) -> tuple[int, str] | None:
    """(1-based line, 'U+202E') of the first character that reorders text or is a control, if any."""
    if not text:
        return None
    found = [match.start()] if (match := _REFUSED.search(text)) else []
    if not text.isascii():  # right-to-left letters: each distinct character looked up once
        found += [text.index(c) for c in set(text) if c > "\x7f" and unicodedata.bidirectional(c) in _RIGHT_TO_LEFT]
    if not found:
        return None
    first = min(found)
    return text.count("\n", 0, first) + 1, f"U+{ord(text[first]):04X}"


def refusal(code: str) -> Phrase:
    point = int(code[2:], 16)
    if point <= 0x9f:
        kind = QT_TRANSLATE_NOOP("Problems", "a control character")
    elif _REFUSED.match(chr(point)):
        kind = QT_TRANSLATE_NOOP("Problems", "a bidirectional control character")
    else:
        kind = QT_TRANSLATE_NOOP("Problems", "a right-to-left letter")
    return Phrase(QT_TRANSLATE_NOOP("Problems", "holds {kind} ({code}), which makes text display differently from "
                                                "what is stored, so it is not shown"), kind=Phrase(kind), code=code)

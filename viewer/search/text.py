"""Words as FTS5's unicode61 tokenizer sees them: runs of letters and digits, diacritics folded.

Python needs the same view of the text to build queries, suggestions and the word list that
SQLite uses, so that what one side calls a word the other does too.
"""
from __future__ import annotations

import re
import unicodedata

# Letters and digits in any script; '_' is a word character for Python's \w but not for unicode61.
_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def fold(text: str) -> str:
    """Lower case without diacritics: 'Plöckinger' -> 'plockinger'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return _WORD.findall(fold(text))


def strip_control(text: str) -> str:
    return _CONTROL.sub(" ", text)

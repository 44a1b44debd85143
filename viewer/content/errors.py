"""The one error the content core raises: it names the file and, where known, the line."""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Callable, TypeVar

from .phrases import COULD_NOT_BE_READ, NESTED_TOO_DEEPLY, Phrase, located

T = TypeVar("T")


class ContentError(Exception):
    """A summary that cannot be shown as written.

    Its message is meant for the person who reads it in the app: which file, which line,
    what is wrong. Nothing else (no traceback) should reach the user. The message is a template
    marked for translation and its `values` (phrases.py): str() is its English, `said()` the
    sentence the window says in the interface's language.
    """

    def __init__(self, path: Path | str, message: str, line: int | None = None, **values):
        self.path = Path(path)
        self.message = message if isinstance(message, Phrase) else Phrase(message, **values)
        self.line = line
        self.title = ""  # the summary's, when known: what a clinician looks for, before its file
        super().__init__(str(self))

    def of_summary(self, title: str) -> ContentError:
        """This error, said with the title of the summary it is about."""
        self.title = title
        return self

    def said(self) -> Phrase:
        """"file, line 3: reason" as a sentence to translate; its English is str(self)."""
        where = f"{self.path.parent.name}/{self.path.name}" if self.path.parent.name else self.path.name
        return located(f"“{self.title}”, {where}" if self.title else where, self.message, self.line)

    def __str__(self) -> str:
        return str(self.said())


def line_of(text: str, pattern: str, occurrence: int = 0) -> int | None:
    """1-based line of the `occurrence`-th match of the regex `pattern` in `text`, if any."""
    for i, match in enumerate(re.finditer(pattern, text, re.MULTILINE)):
        if i == occurrence:
            return text.count("\n", 0, match.start()) + 1
    return None


def refused_on_any_failure(read: Callable[..., T]) -> Callable[..., T]:
    """For a function that reads one document (its first argument: the path, or a parsed document
    with a `path`): whatever goes wrong inside it, foreseen or not, leaves as a ContentError naming
    the file. One odd file is that file's refusal, never an exception that ends a whole import or
    the window that opened it."""

    @functools.wraps(read)
    def guarded(source, *args, **kwargs):
        try:
            return read(source, *args, **kwargs)
        except ContentError:
            raise
        except RecursionError:
            raise ContentError(getattr(source, "path", source), NESTED_TOO_DEEPLY) from None
        except Exception as exc:  # noqa: BLE001 (the point: nothing unforeseen escapes one document)
            detail = f"{type(exc).__name__}: {exc}"[:200]
            raise ContentError(getattr(source, "path", source), COULD_NOT_BE_READ, detail=detail) from exc

    return guarded

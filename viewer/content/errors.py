"""The one error the content core raises: it names the file and, where known, the line."""
from __future__ import annotations

import re
from pathlib import Path


class ContentError(Exception):
    """A summary that cannot be shown as written.

    Its message is meant for the person who reads it in the app: which file, which line,
    what is wrong. Nothing else (no traceback) should reach the user.
    """

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = Path(path)
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path.parent.name}/{self.path.name}" if self.path.parent.name else self.path.name
        if self.line is not None:
            where += f", line {self.line}"
        return f"{where}: {self.message}"


def line_of(text: str, pattern: str, occurrence: int = 0) -> int | None:
    """1-based line of the `occurrence`-th match of the regex `pattern` in `text`, if any."""
    for i, match in enumerate(re.finditer(pattern, text, re.MULTILINE)):
        if i == occurrence:
            return text.count("\n", 0, match.start()) + 1
    return None

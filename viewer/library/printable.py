"""Names and texts as an import report shows them: on one line, and never able to act on a terminal.

A file or archive member may be named anything: a newline forges a line of the report ("added …",
"total: … library OK"), an escape sequence recolours or rewrites the terminal, a direction mark
reverses what follows. Whatever is not printable is shown as Python's repr shows it (`\\n`, `\\x1b`,
`\\u202e`), so the report says exactly what the name holds; doing it twice changes nothing.
"""
from __future__ import annotations

NAME_LIMIT = 300  # characters of one name shown; a long name read from an archive is cut


def printable(text: str, limit: int | None = None) -> str:
    """`text` with every non-printable character written as its escape, cut at `limit` characters."""
    shown = text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    if limit is not None and len(shown) > limit:
        return f"{shown[:limit]}… ({len(shown) - limit} more characters)"
    return shown

"""Links within a summary (`SummaryRef href="CDR…#_id"` to its own id) point at an anchor the reader
has (the id itself, or the passage an id on a list or table names), or are marked: never dead."""
from __future__ import annotations

import re
from html import escape, unescape

_INTERNAL_LINK = re.compile(r'<a class="xref" href="#([^"]*)">(.*?)</a>', re.S)
MISSING_TARGET_NOTE = " [place not found in this summary]"


def resolve_internal_links(html: str, anchors: dict[str, None], aliases: dict[str, str]) -> str:
    """Links within the summary point at an anchor the reader has, or are marked: never dead."""
    def replace(match: re.Match) -> str:
        target = unescape(match.group(1))
        if target == "top" and "top" not in anchors:
            target = next(iter(anchors), "")
        target = aliases.get(target, target)
        if target in anchors:
            return f'<a class="xref" href="#{escape(target)}">{match.group(2)}</a>'
        return (f'<span class="xref-missing">{match.group(2)}</span>'
                f'<span class="xref-note">{MISSING_TARGET_NOTE}</span>')

    return _INTERNAL_LINK.sub(replace, html)

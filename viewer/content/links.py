"""Links whose target depends on the library, settled when the text is shown, not when it is read.

A PDQ summary links to other summaries (`pdq:CDR…#_id`) and to dictionary terms (`glossary:CDR…`).
Whether the target is there depends on what this library holds, so the converter writes the links
and this pass keeps those whose target is present. A missing summary's words stay readable, marked
"not in this library" (never a dead link); a missing term's words become plain text.
"""
from __future__ import annotations

import re
from typing import Callable

NOT_IN_LIBRARY = " [not in this library]"
_SUMMARY_LINK = re.compile(r'<a class="summary-ref" href="pdq:(CDR\d+)#([^"]*)">(.*?)</a>', re.S)
_GLOSSARY_LINK = re.compile(r'<a class="glossary" href="glossary:(CDR\d+)">(.*?)</a>', re.S)


def settle_links(html: str, has_summary: Callable[[str], bool], has_term: Callable[[str], bool]) -> str:
    if "pdq:" not in html and "glossary:" not in html:
        return html

    def summary_link(match: re.Match) -> str:
        if has_summary(match.group(1)):
            return match.group(0)
        return (f'<span class="xref-missing">{match.group(3)}</span>'
                f'<span class="xref-note">{NOT_IN_LIBRARY}</span>')

    def glossary_link(match: re.Match) -> str:
        return match.group(0) if has_term(match.group(1)) else match.group(2)

    return _GLOSSARY_LINK.sub(glossary_link, _SUMMARY_LINK.sub(summary_link, html))


def parse_summary_link(href: str) -> tuple[str, str]:
    """'pdq:CDR0000062680#_12' -> ('CDR0000062680', '_12')."""
    target, _, anchor = href.removeprefix("pdq:").partition("#")
    return target, anchor

"""Links whose target depends on the library, settled when the text is shown, not when it is read.

A PDQ summary links to other summaries (`pdq:CDR…#_id`) and to dictionary terms (`glossary:CDR…`),
and its figures name images (`CDR….jpg` in NCI's Multimedia). Whether a target is there depends
on what this library holds, so the converter writes the links and this pass keeps those whose
target is present. A missing summary's words stay readable, marked "not in this library" (never a
dead link); a missing image stays a framed note. A dictionary term stays marked as a term either
way, as NCI marks it: its popover gives the definition, or says plainly that the library lacks it.
"""
from __future__ import annotations

import re
from typing import Protocol

from .wording import Words, words_for

NOT_IN_LIBRARY = " " + words_for("en").not_in_library
_SUMMARY_LINK = re.compile(r'<a class="summary-ref" href="pdq:(CDR\d+)#([^"]*)">(.*?)</a>', re.S)
_FIGURE = re.compile(r'<p class="figure-note" id="([^"]*)"><!--figure:(CDR\d+)-->.*?</p>', re.S)


class LinkTargets(Protocol):
    def has_summary(self, summary_id: str) -> bool: ...
    def has_term(self, term_id: str) -> bool: ...
    def has_media(self, media_id: str) -> bool: ...


class NoTargets:
    """Nothing outside the summary itself (a summary shown without a library)."""

    def has_summary(self, summary_id: str) -> bool:
        return False

    def has_term(self, term_id: str) -> bool:
        return False

    def has_media(self, media_id: str) -> bool:
        return False


def settle_links(html: str, targets: LinkTargets, words: Words | None = None) -> str:
    """`words`: the summary's language's (the note after a missing summary's words); English if None."""
    note = f" {words.not_in_library}" if words is not None else NOT_IN_LIBRARY
    if "pdq:" not in html and "<!--figure:" not in html:
        return html

    def summary_link(match: re.Match) -> str:
        if targets.has_summary(match.group(1)):
            return match.group(0)
        return (f'<span class="xref-missing">{match.group(3)}</span>'
                f'<span class="xref-note">{note}</span>')

    def figure(match: re.Match) -> str:
        if not targets.has_media(match.group(2)):
            return match.group(0)
        return f'<p class="figure-image" id="{match.group(1)}"><img src="{media_url(match.group(2))}" /></p>'

    html = _SUMMARY_LINK.sub(summary_link, html)
    return _FIGURE.sub(figure, html)


def media_url(media_id: str) -> str:
    return f"media:{media_id}"


def media_ids(html: str) -> list[str]:
    """The images a settled text shows, for a document that must be given them (printing)."""
    return re.findall(r'<img src="media:(CDR\d+)"', html)


def parse_summary_link(href: str) -> tuple[str, str]:
    """'pdq:CDR0000062680#_12' -> ('CDR0000062680', '_12')."""
    target, _, anchor = href.removeprefix("pdq:").partition("#")
    return target, anchor

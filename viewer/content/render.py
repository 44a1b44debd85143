"""The whole document as the reader shows it: the summary body, then attribution and disclaimer."""
from __future__ import annotations

from html import escape

from .links import LinkTargets, NoTargets, settle_links
from .model import Summary
from .wording import words_for


def disclaimer_html(meta) -> str:
    """The disclaimer word for word, after whose it is when it is not NCI's own."""
    source = f'<span class="provenance">{escape(meta.disclaimer_source)}</span> ' if meta.disclaimer_source else ""
    return source + escape(meta.disclaimer)


def document_html(summary: Summary, targets: LinkTargets | None = None) -> str:
    """`targets`: what the library holds of what the summary links to (see links.py)."""
    meta = summary.metadata
    words = words_for(meta.language)
    tail = []
    if meta.attribution:
        tail.append(f'<p class="attribution" id="attribution">{escape(meta.attribution)}</p>')
    tail.append(f'<p class="updated">{escape(words.updated_footer.format(date=words.long_date(meta.last_updated)))}</p>')
    if meta.disclaimer:
        tail.append(f'<p class="disclaimer" id="disclaimer">{disclaimer_html(meta)}</p>')
    body = settle_links(summary.html, targets or NoTargets(), words)
    return f"<html><body>{body}<hr/>{''.join(tail)}</body></html>"

"""The whole document as the reader shows it: the summary body, then attribution and disclaimer."""
from __future__ import annotations

from html import escape

from .model import Summary


def document_html(summary: Summary) -> str:
    meta = summary.metadata
    tail = []
    if meta.attribution:
        tail.append(f'<p class="attribution" id="attribution">{escape(meta.attribution)}</p>')
    tail.append(f'<p class="updated">Last Updated: {escape(meta.last_updated_text)}</p>')
    if meta.disclaimer:
        tail.append(f'<p class="disclaimer" id="disclaimer">{escape(meta.disclaimer)}</p>')
    return f"<html><body>{summary.html}<hr/>{''.join(tail)}</body></html>"

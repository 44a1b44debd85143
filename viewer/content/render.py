"""The whole document as the reader shows it: the summary body, then attribution and disclaimer."""
from __future__ import annotations

from html import escape
from typing import Callable

from .links import settle_links
from .model import Summary


def _absent(_: str) -> bool:
    return False


def document_html(summary: Summary, has_summary: Callable[[str], bool] = _absent,
                  has_term: Callable[[str], bool] = _absent) -> str:
    """`has_summary`/`has_term`: whether the library holds a linked summary or dictionary term."""
    meta = summary.metadata
    tail = []
    if meta.attribution:
        tail.append(f'<p class="attribution" id="attribution">{escape(meta.attribution)}</p>')
    tail.append(f'<p class="updated">Last Updated: {escape(meta.last_updated_text)}</p>')
    if meta.disclaimer:
        tail.append(f'<p class="disclaimer" id="disclaimer">{escape(meta.disclaimer)}</p>')
    body = settle_links(summary.html, has_summary, has_term)
    return f"<html><body>{body}<hr/>{''.join(tail)}</body></html>"

"""Which addresses point outside the bundle. Kept apart from the Markdown extension so the
window can ask without importing Markdown (a pre-rendered start-up never needs it)."""
from __future__ import annotations

from urllib.parse import urlsplit


def is_external(address: str) -> bool:
    parts = urlsplit(address.strip())
    return bool(parts.netloc) or parts.scheme.lower() in ("http", "https", "ftp", "mailto", "tel", "data", "file")

"""What the parts of the body writer (runs, figures, tables, lists) may ask of it: the one BodyWriter
(body.py) is passed to them, and they see it through this, so body.py imports them and nothing
imports body.py back."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Protocol

from ..wording import Words
from .xmlsafe import XmlDocument


class Writer(Protocol):
    doc: XmlDocument
    language: str
    words: Words  # the summary's language's (viewer.content.wording): every word the writer adds
    out: list[str]  # the HTML written so far
    unknown: dict[str, int]  # element name -> line it first appears on (named in a content notice)

    def begin_passage(self, own_id: str = "") -> str: ...

    def claim_anchor(self, own_id: str = "") -> str: ...

    def end_passage(self) -> None: ...

    def emit_text(self, text: str) -> None: ...

    def note_id(self, element_id: str | None) -> None: ...

    def flow(self, el: etree.Element, container: str = "", own_id: str = "", nested_level: int = 0) -> None: ...

    def block(self, el: etree.Element, nested_level: int = 0) -> None: ...

    def count(self, what: str, element: etree.Element | None, limit: int, how_many: int = 1) -> None: ...

"""Lists (`ItemizedList`, `OrderedList`): NCI's list styles as CSS, each item a run of the body (a
passage, or several when it holds blocks), its title above it. An unknown element among the items
is written as an item and named in the content notice."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

from .. import limits
from .text import attr

if TYPE_CHECKING:
    from .writer import Writer

STYLES = {"bullet": "disc", "dash": "square", "simple": "none", "arabic": "decimal", "lalpha": "lower-alpha",
          "ualpha": "upper-alpha", "lroman": "lower-roman", "uroman": "upper-roman"}


class ListWriter:
    def __init__(self, writer: Writer):
        self.writer = writer

    def write(self, el: etree.Element) -> None:
        w = self.writer
        w.note_id(el.get("id"))
        title = el.find("ListTitle")
        if title is not None:
            w.block(title)
        ordered = el.tag == "OrderedList"
        style = STYLES.get(attr(el, "Style").lower(), "decimal" if ordered else "disc")
        tag = "ol" if ordered else "ul"
        compact = " compact" if attr(el, "Compact").lower() != "no" else ""
        w.out.append(f'<{tag} class="pdq{compact}" style="list-style-type: {style};">')
        for item in el:
            if isinstance(item.tag, str) and item.tag != "ListTitle":
                w.count("list items", item, limits.MAX_LIST_ITEMS)
            if item.tag == "ListItem":
                w.flow(item, container="li", own_id=item.get("id", ""))
            elif item.tag != "ListTitle" and isinstance(item.tag, str):
                w.unknown.setdefault(item.tag, w.doc.line(item) or 0)
                w.flow(item, container="li")
        w.out.append(f"</{tag}>")

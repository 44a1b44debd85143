"""Figures (`MediaLink`, `EmbeddedVideo`): a framed block with the caption and the image's
description. The image itself is NCI's Multimedia file: when the library holds it,
content.links.settle_links shows it in place of the note this writes; otherwise the note says
plainly that the figure is not in this library. Nothing is ever fetched."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from html import escape
from typing import TYPE_CHECKING

from .text import attr, cdr_id, collapse

if TYPE_CHECKING:
    from .writer import Writer

class FigureWriter:
    def __init__(self, writer: Writer):
        self.writer = writer

    def write(self, el: etree.Element) -> None:
        w = self.writer
        w.note_id(el.get("id"))
        missing = w.words.video_missing if el.tag == "EmbeddedVideo" else w.words.figure_missing
        captions = [c for c in el.findall("Caption") if self._in_language(c)] or el.findall("Caption")
        w.out.append('<table class="figure" width="100%" border="1" cellspacing="0" cellpadding="8"><tr><td>')
        # The note is the viewer's, not NCI's text: no passage. When the library holds the image,
        # links.settle_links shows it here instead (the comment names it).
        anchor = w.claim_anchor()
        image = cdr_id(attr(el, "ref"))
        named = f"<!--figure:{image}-->" if image and el.tag == "MediaLink" else ""
        # the caption below says which figure it is; NCI's internal id only where nothing else does
        described = any("".join(c.itertext()).strip() for c in captions) or collapse(el.get("alt")).strip()
        which = "" if described else f": {escape(attr(el, 'ref') or w.words.no_reference)}"
        w.out.append(f'<p class="figure-note" id="{escape(anchor)}">{named}[{missing}{which}]</p>')
        for element in [el.find("VideoTitle")] + captions:
            if element is not None:
                w.flow(element, own_id="")
        alt = collapse(el.get("alt")).strip()
        if alt:
            described = w.begin_passage()
            w.out.append(f'<p class="figure-alt" id="{escape(described)}">')
            w.emit_text(w.words.image_description.format(alt=alt))
            w.out.append("</p>")
            w.end_passage()
        w.out.append("</td></tr></table>")

    def _in_language(self, caption: etree.Element) -> bool:
        language = (caption.get("language") or "").lower()
        wanted = {"english": "en", "spanish": "es"}.get(self.writer.language.lower(), self.writer.language.lower()[:2])
        return not language or not wanted or language.startswith(wanted)

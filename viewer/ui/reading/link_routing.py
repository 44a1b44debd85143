"""Where the text's links lead, and what it may load: a citation or term opens its popover, a link
to another summary or a place in this one navigates, a web address is only named (the app is
offline). Of what the HTML asks to load, only a figure's image from the library is given, checked
against its manifest; anything else is refused before Qt opens it. A mixin of the reader's
QTextBrowser, whose signals it emits."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage

from ...content.addresses import is_external
from ...content.links import parse_summary_link


class LinkRouting:
    def _route_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("cite:"):
            self.citationActivated.emit(text, self._link_rect(text))
        elif text.startswith(("glossary:", "term:")):  # term: a drug's name, shown like a dictionary term
            self.glossaryActivated.emit(text, self._link_rect(text))
        elif text.startswith("pdq:"):
            self.summaryLinkActivated.emit(*parse_summary_link(text))
        elif text.startswith("#"):
            self.crossReferenceActivated.emit(text[1:])
        elif is_external(text):
            self.externalLinkActivated.emit(text)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        """Only a figure's image from the library is loaded: checked against the library's manifest
        and scaled down to fit the reading column. Anything else the text names (a web address, a
        local path such as /dev/zero or a pipe, a network share) is refused before Qt opens it."""
        if url.scheme() == "media":
            media_bytes = getattr(self._targets, "media_bytes", None)
            data = media_bytes(url.path()) if media_bytes else None
            image = QImage.fromData(data) if data else QImage()
            if image.isNull():
                return None
            room = max(self.width() - 48, 120)
            return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation) if image.width() > room else image
        self.blocked_resources.append(url.toString())
        return None

"""The lines above the text: the summary's title, its type and audience, its date and source, and
any content notice (an element this version shows only as plain text)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..content import Summary


class SummaryHeader(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="summaryHeader", wordWrap=True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName("Summary details")
        self.setAccessibleDescription("The summary's title, audience, last-updated date and source.")

    def show_summary(self, summary: Summary) -> None:
        meta = summary.metadata
        kind = f"{escape(meta.kind)} · " if meta.kind else ""
        edition = f"<br><i>{escape(meta.edition)}</i>" if meta.edition else ""
        notices = ""
        if summary.notices:
            notices = ("<br><span style='font-size: small'>Content notice: "
                       + escape("; ".join(summary.notices)) + "</span>")
        self.setText(
            f"<span style='font-size: large; font-weight: 600'>{escape(meta.title)}</span><br>"
            f"{kind}{escape(meta.audience)} Version · Last updated {escape(meta.last_updated_text)}"
            f" · Source: {escape(meta.source)}{edition}{notices}")
        self.setAccessibleDescription(
            f"{meta.title}. {meta.kind + '. ' if meta.kind else ''}{meta.audience} Version. "
            f"Last updated {meta.last_updated_text}. Source: {meta.source}. " + " ".join(summary.notices))

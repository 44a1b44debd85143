"""Copying from the reader: the selected text with its source ("Source: <summary>, <section>, last
updated <date>"), as a clinician would cite it; and the clipboard kept safe at quit."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ...content.wording import words_for

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData


class CopyWithSource:
    """For the reader (a QTextBrowser that knows its summary and the sections of its anchors)."""

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """Copied text carries its source, as a clinician would cite it."""
        selection = self.textCursor().selection()
        # (the word joiners that keep markers on their line, the breaks allowed after a marker's commas)
        text = selection.toPlainText().replace("\u2060", "").replace("\u200b", "").strip()
        source = self.source_line(self.textCursor().selectionStart())
        if not (text and source):
            return super().createMimeDataFromSelection()
        from PySide6.QtCore import QMimeData  # (set up at the first copy, not at start)

        mime = QMimeData()  # Qt's own fills itself lazily from the selection and would drop the source
        mime.setText(f"{text}\n\n{source}")
        mime.setHtml(f"{selection.toHtml()}<p>{escape(source)}</p>")
        _hand_over_clipboard_at_quit()
        return mime

    def source_line(self, position: int) -> str:
        if self.summary is None:
            return ""
        block_number = self.document().findBlock(position).blockNumber()
        section_id = next((self._section_of.get(a) for n, a in reversed(self._anchors)
                           if n <= block_number and self._section_of.get(a)), self.summary.sections[0].id)
        section = self.summary.section(section_id)
        meta = self.summary.metadata
        words = words_for(meta.language)  # pasted beside the summary's words: in their language
        return words.copied_source.format(title=meta.title, section=section.title if section else "",
                                          date=words.long_date(meta.last_updated))


_HANDOVER = []  # connected once


def _hand_over_clipboard_at_quit() -> None:
    """The clipboard holds mime data made in Python (the copy with its source); Qt would free it
    after Python has shut down, which crashed the viewer at exit. At quit, the same text goes back
    in an object Qt makes itself, so the copy outlives the viewer and nothing is freed late."""
    if _HANDOVER:
        return
    app = QGuiApplication.instance()

    def hand_over() -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if text:
            clipboard.setText(text)

    app.aboutToQuit.connect(hand_over)
    _HANDOVER.append(hand_over)


def copy_citation(summary, today=None) -> str:
    """NCI's preferred citation of `summary` onto the clipboard; what to tell the reader."""
    import datetime as dt

    from ...content.citing import preferred_citation

    if summary is None:
        return QCoreApplication.translate("CopyCitation", "Open a summary first: its citation is copied.")
    citation = preferred_citation(summary, today or dt.date.today())
    QGuiApplication.clipboard().setText(citation)
    return QCoreApplication.translate("CopyCitation", "Citation copied: {citation}").format(citation=citation)

"""The lines above the text: the summary's title, then its type, audience, date (with its age) and
source on one line; an "About this edition" button that opens the edition's note and any content
notice (an element this version shows only as plain text); and, below, the currency notice when
the summary or the library is out of date. Two compact lines at any text size (its font is capped);
the notice is set at the text's size (up to NOTICE_MAX_POINTS), never smaller than the lines above it:
it is a licence matter (NCI allows the "PDQ" name only on current content), not a footnote."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...content import Summary
from ...content.currency import currency_notices
from ...content.wording import words_for
from ..common.core_text import said
from ..common.key_names import key_name
from .versions_link import VersionsLink

NOTICE_MAX_POINTS = 24  # as large as the tree beside the text; larger, it would push the text off a small screen

NOTICE_STYLE = ("QLabel { color: #1a1a1a; background-color: #fff1d6; border: 2px solid #b35c00;"
                " border-radius: 4px; padding: 4px 6px; }")  # text on it: 15:1
EDITION_STYLE = ("QLabel { color: #1a1a1a; background-color: #eef3f8; border: 1px solid #4a6a8a;"
                 " border-radius: 4px; padding: 4px 6px; }")  # text 15:1, border 5.6:1 on it


class SummaryHeader(QWidget):
    """Labels `summaryHeader` (title, date, source), `editionNote` (opened by the `aboutEdition`
    button) and `currencyNotice` (shown when stale), and the `whatChanged` button when the
    summary changed at its last update.

    Signals:
        whatChangedRequested(): the reader asked what changed.
        citationRequested(): the reader asked for NCI's preferred citation of the summary.
    """

    whatChangedRequested = Signal()
    citationRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.details = QLabel(objectName="summaryHeader", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Summary details"))
        self.details.setAccessibleDescription(self.tr("The summary's title, audience, last-updated date and source."))
        self.notice = QLabel(objectName="currencyNotice", wordWrap=True)
        self.notice.setAccessibleName(self.tr("How current this summary is"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A note card with its own colours, the same in every theme: a widget with a style sheet does
        # not follow later palette changes, so its text colour must not come from the palette.
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setVisible(False)
        self.library_note, self._library_note_text, self._library_note_short = "", "", ""
        self._notices: list[str] = []
        self._words = words_for("")  # the open summary's language's: its date line and notice
        self._compact, self._room = False, None
        self.edition_note = QLabel(objectName="editionNote", wordWrap=True)
        self.edition_note.setAccessibleName(self.tr("About this edition"))
        self.edition_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edition_note.setStyleSheet(EDITION_STYLE)
        self.edition_note.setVisible(False)
        self.edition_button = QToolButton(objectName="aboutEdition", text=self.tr("About this edition"), checkable=True)
        self.edition_button.setAccessibleDescription(self.tr("Shows or hides what this edition of the summary holds"))
        self.edition_button.toggled.connect(self.edition_note.setVisible)
        self.edition_button.setVisible(False)
        self.changes_button = QPushButton(objectName="whatChanged")
        self.changes_button.setAccessibleDescription(self.tr("Sections added, removed and changed at the last update"))
        self.changes_button.clicked.connect(self.whatChangedRequested)
        self.changes_button.setVisible(False)
        # short: the title's line needs the room
        self.cite_button = QToolButton(objectName="copyCitation", text=self.tr("Cite"))
        self.cite_button.setAccessibleName(self.tr("Copy citation"))
        self.cite_button.setToolTip(self.tr("Copy NCI's preferred citation of this summary ({key})").format(
            key=key_name("Ctrl+Shift+C")))
        self.cite_button.setAccessibleDescription(self.tr("Copies NCI's preferred citation of this summary, with its date"))
        self.cite_button.clicked.connect(self.citationRequested)
        self.cite_button.setVisible(False)  # until a summary is shown: nothing to cite while one opens
        self.versions_link = VersionsLink()  # the same topic for another audience or language (shown by its owner)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.details, 1)
        top.addWidget(self.edition_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.versions_link)
        layout.addWidget(self.edition_note)
        layout.addWidget(self.notice)

    def set_library_note(self, html: str, text: str = "", short: str = "") -> None:
        """A line said before the currency notice, about the library itself (e.g. that none has been
        imported yet and where File ▸ Import is; `short`: in a short window); "" for none. Shown
        from the next summary shown."""
        self.library_note, self._library_note_text, self._library_note_short = html, text, short or html

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # a label with a style sheet keeps the font it had when styled: give it the header's
            self.edition_note.setFont(self.font())
            self.notice.setFont(self._notice_font(self.notice.font()))

    def set_notice_font(self, text_font: QFont) -> None:
        """The currency notice follows the reading text's size (`text_font`), up to NOTICE_MAX_POINTS."""
        self.notice.setFont(self._notice_font(text_font))

    def _notice_font(self, text_font: QFont) -> QFont:
        font = QFont(text_font)
        font.setPointSize(max(min(text_font.pointSize(), NOTICE_MAX_POINTS), self.font().pointSize()))
        return font

    def set_compact(self, compact: bool, room: int | None = None) -> None:
        """In a short window (`compact`), or when the whole notice would take more than `room`
        pixels of height, each notice's first sentence only (the whole on hover and for screen
        readers): the sections and the text need the height."""
        self._compact, self._room = compact, room
        self._show_notices()

    def _notice_html(self, brief: bool) -> str:
        out_of_date = self._words.out_of_date
        notices = [n.split(". ")[0].rstrip(".") + "." for n in self._notices] if brief else self._notices
        lines = [self._library_note_short if brief else self.library_note] if self.library_note else []
        if notices:
            lines.append(f"<b>{escape(out_of_date)}</b> " + " ".join(escape(n) for n in notices))
        return "<br>".join(lines)

    def _show_notices(self) -> None:
        """The library's note (where the summaries come from), then the currency notices: whole,
        or in brief when the window is short or the whole would not fit its room."""
        self.notice.setText(self._notice_html(brief=False))
        width = self.notice.width() if self.notice.isVisible() else self.width()
        brief = self._compact or (self._room is not None and self.notice.heightForWidth(width) > self._room)
        if brief:
            self.notice.setText(self._notice_html(brief=True))
        self.notice.setToolTip(" ".join([self._library_note_text, *self._notices]).strip() if brief else "")

    def text(self) -> str:
        return self.details.text()

    def show_summary(self, summary: Summary, imported: dt.date | None = None, changes=None,
                     today: dt.date | None = None) -> None:
        """`imported`: when the library the summary comes from was last updated (None: bundled).
        `changes`: what changed at its last update (library.changes.SummaryChanges), if it was updated."""
        today = today or dt.date.today()
        self._words = words = words_for(summary.metadata.language)
        if changes is not None:
            self.changes_button.setText(words.what_changed_since.format(date=words.long_date(changes.previous_date)))
            self.changes_button.setAccessibleName(self.changes_button.text().rstrip("…"))
        self.changes_button.setVisible(changes is not None)
        self.cite_button.setVisible(True)
        self._notices = currency_notices(summary.metadata.last_updated, imported, today, words)
        self._show_notices()
        self.notice.setAccessibleDescription(" ".join([self._library_note_text, *self._notices]).strip())
        self.notice.setVisible(bool(self._notices or self.library_note))
        self._show_details(summary, today)

    def _show_details(self, summary: Summary, today: dt.date) -> None:
        meta = summary.metadata
        line = self._words.details(meta, today)
        self.details.setText(
            f"<span style='font-size: large; font-weight: 600'>{escape(meta.title)}</span><br>"
            + " · ".join(escape(part) for part in line))
        notes = [f"<p>{escape(meta.edition)}</p>"] if meta.edition else []
        notices = [said(notice) for notice in summary.notices]  # about the file: in the interface's language
        if notices:
            label = self.tr("Content notice:")
            notes.append(f"<p><b>{escape(label)}</b> " + escape("; ".join(notices)) + "</p>")
        self.edition_note.setText("".join(notes))
        self.edition_note.setAccessibleDescription(" ".join([meta.edition, *notices]).strip())
        self.edition_button.setVisible(bool(notes))
        self.edition_button.setChecked(False)  # a new summary: its note closed until asked for
        self.edition_note.setVisible(False)
        self.details.setAccessibleDescription(". ".join([meta.title, *line]) + ". " + " ".join(notices))


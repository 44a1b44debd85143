"""What changed in a summary at its last update: the sections added, removed and changed, with
the words inserted and deleted, and NCI's own "Changes to This Summary" one click away.

Signals:
    sectionRequested(str, str): summary id and section id the reader chose to go to.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ...content import Summary
from ...library.changes import SummaryChanges, changes_html
from ..appearance.document_style import ReadingStyle
from ..common.prepared_document import PreparedDocument, build_document

# Underlined and struck through as word processors mark them, so they read without colour (and in
# every theme); the tints only help.
DIFF_STYLE = (".ins { background-color: #c8f0c8; color: #000000; text-decoration: underline; }"
              " .del { background-color: #f6caca; color: #000000; text-decoration: line-through; }")
MOST_OF_SCREEN = 0.85
COLUMNS, LINES = 90, 34  # the dialog's text area, in average characters and lines of the text's size


class ChangesDialog(QDialog):
    sectionRequested = Signal(str, str)

    def __init__(self, summary: Summary, changes: SummaryChanges, previous: Summary | None,
                 style: ReadingStyle, parent=None, document: PreparedDocument | None = None):
        """`document`: the comparison, made off the UI thread (diff_document_maker); else it is made here."""
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.setWindowTitle(self.tr("What Changed — {title}").format(title=summary.title))
        self.summary = summary
        self.view = QTextBrowser(objectName="changesView")
        self.view.setAccessibleName(self.tr("What changed"))
        self.view.setOpenLinks(False)
        self.view.setFont(style.font(self.view.font()))
        self.view.document().setDefaultStyleSheet(style.css() + DIFF_STYLE)
        if document is not None:
            document.setParent(self.view)
            self.view.setDocument(document)
        else:
            self.view.setHtml(changes_html(changes, previous, summary))
        self.view.anchorClicked.connect(self._go)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        ncis = next((s for s in summary.sections if s.title.startswith("Changes to This Summary")), None)
        if ncis is not None:
            button = buttons.addButton(self.tr("NCI's “{title}”").format(title=ncis.title), QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName("ncisChanges")
            button.clicked.connect(lambda: self._go(QUrl(f"#{ncis.id}")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.fit_to_text()

    @staticmethod
    def diff_document_maker(style: ReadingStyle) -> Callable[[str], PreparedDocument]:
        """The comparison's HTML into the view's document, as work for a worker thread."""
        font, css = style.font(QGuiApplication.font()), style.css() + DIFF_STYLE
        return lambda html: build_document(html, css, font)

    def fit_to_text(self) -> None:
        """A reading column of the text's size, as far as the screen allows (at 40 pt: the screen)."""
        metrics = self.view.fontMetrics()
        room = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(int(room.width() * MOST_OF_SCREEN), max(820, metrics.averageCharWidth() * COLUMNS + 60)),
                    min(int(room.height() * MOST_OF_SCREEN), max(640, metrics.lineSpacing() * LINES)))

    def _go(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("#"):
            self.sectionRequested.emit(self.summary.id, target[1:])
            self.accept()

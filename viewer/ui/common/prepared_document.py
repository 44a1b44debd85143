"""A text document built off the UI thread: Qt's HTML import is what takes seconds for a large
summary (and is quadratic in its places; see content/limits.py), and it runs in a worker into a
document of its own, which the view then adopts (QTextEdit.setDocument) on the UI thread.

Nothing is loaded while the document is built in the worker: every resource the HTML asks for is
refused there (a figure is the reader's to load, checked against the library's manifest, once the
view has adopted the document and hands it its `resource_loader`)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QTextDocument


class PreparedDocument(QTextDocument):
    def __init__(self):
        super().__init__()
        self.resource_loader: Callable[[int, QUrl], object] | None = None  # the view's, once adopted

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return self.resource_loader(kind, url) if self.resource_loader is not None else None


def build_document(html: str, css: str, font: QFont, finish: Callable[[QTextDocument], None] | None = None,
                   margin: float | None = None) -> PreparedDocument:
    """In a worker: `html` parsed into a new document set as the view would set it (its style
    sheet, font, document margin, then `finish`), handed over to the UI thread."""
    document = PreparedDocument()
    document.setUndoRedoEnabled(False)  # a view's document, not an editor's
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    if margin is not None:
        document.setDocumentMargin(margin)
    document.setHtml(html)
    if finish is not None:
        finish(document)
    document.moveToThread(QCoreApplication.instance().thread())
    return document

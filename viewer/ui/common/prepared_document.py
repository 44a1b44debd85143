"""A text document built off the UI thread: Qt's HTML import is what takes seconds for a large
summary (and is quadratic in its places; see content/limits.py), and it runs in a worker into a
document of its own, which the view then adopts (QTextEdit.setDocument) on the UI thread.

PySide holds Python's GIL for the whole of one setHtml, so a large summary's import, though in the
worker, kept the UI thread's Python (painting, timers) waiting for seconds. The HTML is imported in
pieces instead (html_pieces), each parsed on its own and copied onto the end of the document, so the
GIL is free between them; the document is the one setHtml gives (tests/ui/test_prepared_document.py
compares them, block by block, over real summaries and the largest the limits allow).

Nothing is loaded while the document is built in the worker: every resource the HTML asks for is
refused there (a figure is the reader's to load, checked against the library's manifest, once the
view has adopted the document and hands it its `resource_loader`)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QTextBlock, QTextCursor, QTextDocument, QTextDocumentFragment, QTextList

from .html_pieces import Piece, TablePiece, of_nci_size, pieces


class Superseded(Exception):
    """A newer request made this document's import pointless: it stopped between two pieces."""


class PreparedDocument(QTextDocument):
    def __init__(self):
        super().__init__()
        self.resource_loader: Callable[[int, QUrl], object] | None = None  # the view's, once adopted
        self.of_nci_size = True  # imported at once (as every real summary is), not in pieces

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        return self.resource_loader(kind, url) if self.resource_loader is not None else None


def build_document(html: str, css: str, font: QFont, finish: Callable[[QTextDocument], None] | None = None,
                   margin: float | None = None, stop: Callable[[], bool] | None = None) -> PreparedDocument:
    """In a worker: `html` parsed into a new document set as the view would set it (its style
    sheet, font, document margin, then `finish`), handed over to the UI thread. `stop`: asked
    between pieces; once it says so, Superseded is raised (a newer text size was asked for)."""
    document = _styled(css, font)
    if margin is not None:
        document.setDocumentMargin(margin)
    document.of_nci_size = import_html(document, html, stop)
    if finish is not None:
        finish(document)
    document.moveToThread(QCoreApplication.instance().thread())
    return document


def _styled(css: str, font: QFont) -> PreparedDocument:
    document = PreparedDocument()
    document.setUndoRedoEnabled(False)  # a view's document, not an editor's
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    return document


def import_html(document: QTextDocument, html: str, stop: Callable[[], bool] | None = None) -> bool:
    """`html` into the empty `document` as setHtml would, a piece at a time; whether it was of NCI's
    size (imported at once). `stop`: see build_document."""
    parts = pieces(html)
    if len(parts) == 1:  # small, or not what our writers produce: as it is
        document.setHtml(html)
        return of_nci_size(html)
    document.setHtml(parts.pop(0).source())  # (never a list's or table's: those follow a block)
    top_list = None  # the list the pieces of a list continue
    for piece in parts:
        if stop is not None and stop():
            raise Superseded
        if isinstance(piece, TablePiece):
            _append_table(document, piece)
        else:
            top_list = _append(document, piece, top_list if piece.before else None)
    return False


def _append(document: QTextDocument, piece: Piece, continued: QTextList | None) -> QTextList | None:
    """One piece parsed in a document of its own (Qt's import as setHtml does it), then copied
    onto the end of `document`. The copy starts at the block break before the piece's first
    block, so Qt's copy starts that block with its own format (a copy starting inside a block
    would merge it into the document's last block), and it ends before the context after it."""
    scratch = _styled(document.defaultStyleSheet(), document.defaultFont())
    scratch.setHtml(piece.source(lead_in=True))
    start, end = scratch.begin().length() - 1, scratch.characterCount() - 1  # after the lead-in
    if piece.before:
        items = scratch.begin().textList()
        start = items.item(1).position() - 1
        if piece.after:
            end = items.item(items.count() - 1).position() - 1
    elif piece.after:
        items = scratch.begin().next().textList()
        end = items.item(items.count() - 1).position() - 1
    selection = QTextCursor(scratch)
    selection.setPosition(start)
    selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    last = document.lastBlock()
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertFragment(QTextDocumentFragment(selection))
    if not piece.list_open:
        return None
    if continued is None:
        return last.next().textList()
    _join(continued, last.next())  # the items continue the list its first piece began, numbered on
    return continued


def _join(into: QTextList, block: QTextBlock) -> None:
    """The blocks of the list `block` is in, from `block` on, made items of `into`."""
    copied = block.textList()
    if copied is None or into is None:
        return
    index = copied.objectIndex()
    while block.isValid():
        if block.textList() is not None and block.textList().objectIndex() == index:
            into.add(block)
        block = block.next()


def _append_table(document: QTextDocument, piece: TablePiece) -> None:
    """A large table as Qt's import makes it: the table of its rows and columns made at once (from
    its skeleton: sizes, widths, spans), then each run of rows parsed as a table of its own and its
    cells' formats and contents copied into the table's, a cell at a time."""
    skeleton = _styled(document.defaultStyleSheet(), document.defaultFont())
    skeleton.setHtml(piece.skeleton)
    shape = skeleton.rootFrame().childFrames()[0]
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    table = cursor.insertTable(shape.rows(), shape.columns(), shape.format())
    for row, column, cell in _cells(shape):
        if cell.rowSpan() > 1 or cell.columnSpan() > 1:
            table.mergeCells(row, column, cell.rowSpan(), cell.columnSpan())
    for first_row, source in piece.runs:
        run = _styled(document.defaultStyleSheet(), document.defaultFont())
        run.setHtml(source)
        for row, column, cell in _cells(run.rootFrame().childFrames()[0]):
            _copy_cell(cell, table.cellAt(first_row + row, column))


def _cells(table):
    """(row, column, cell) of each cell of `table` where it starts."""
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() == row and cell.column() == column:
                yield row, column, cell


def _copy_cell(source, target) -> None:
    target.setFormat(source.format())  # its padding and borders; the spans stay the table's
    block = source.firstCursorPosition().block()
    cursor = target.firstCursorPosition()
    cursor.setBlockFormat(block.blockFormat())
    cursor.setBlockCharFormat(block.charFormat())
    if source.lastPosition() > source.firstPosition():
        contents = QTextCursor(source.firstCursorPosition())
        contents.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertFragment(QTextDocumentFragment(contents))

"""Issue 17, finding 3: a summary's HTML is imported off the UI thread in pieces (PySide holds the
GIL through one setHtml: the window froze for seconds while the worker imported the largest
summaries the limits allow), and the pieces make the very document setHtml makes: block by block,
format by format, for NCI's real summaries and for hostile ones, with pieces of the size the app
uses and with tiny ones (every list and table split).

    pytest tests/ui/test_prepared_document.py
"""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtGui import QFont, QTextDocument, QTextFormat

from tests.conftest import PDQ, REPO
from tests.unit.pdq_xml import section, summary_xml, table
from tests.unit.test_pdq_freezes import worst_allowed
from viewer.content.loader import load_summary
from viewer.content.pdq import load_pdq_summary
from viewer.content.render import document_html
from viewer.ui.appearance.document_style import ReadingStyle
from viewer.ui.common import html_pieces, prepared_document
from viewer.ui.common.html_pieces import TablePiece, pieces
from viewer.ui.common.prepared_document import import_html

REAL = sorted((PDQ / "summaries").glob("*.xml")) + sorted((PDQ / "distribution" / "Summary").glob("*.xml"))
CSS = ReadingStyle(point_size=11).css()


def hostile() -> dict[str, str]:
    """Shapes where a piece boundary could change what Qt makes, beside the limits' worst cases."""
    rows = "".join(f'<tr><td id="a{i}">x{i}</td><td id="b{i}">y</td></tr>' for i in range(300))
    empty_last = "".join(f'<tr><td id="a{i}">x{i}</td><td id="b{i}"></td></tr>' for i in range(300))
    spans = "".join(f'<tr><td rowspan="{3 if i % 3 == 0 else 1}">s{i}</td><td>t{i}</td></tr>'
                    if i % 3 == 0 else f"<tr><td>t{i}</td></tr>" for i in range(300))
    items = "".join(f'<li id="i{i}">item {i}</li>' for i in range(800))
    body = {
        "table-then-rule": f"<p>a</p><table border=\"1\"><thead><tr><th>H</th><th>I</th></tr></thead><tbody>{rows}</tbody></table><hr/><p>b</p>",
        "table-ending-in-an-empty-cell": f"<p>a</p><table>{empty_last}</table><p>b</p>",
        "row-spans": f"<p>a</p><table border=\"1\">{spans}</table><p>b</p>",
        "list-first": f"<ul>{items}</ul><p>b</p>",
        "list-then-list": f"<p>a</p><ol>{items}</ol><ul>{items}</ul><p>b</p>",
        "list-ending-empty": f"<p>a</p><ul>{items}<li></li></ul><h2 id=\"h\">b</h2><p>c</p>",
        "nested-lists": "<p>a</p><ul>" + "".join(f"<li>o{i}<ul><li>n{i}</li></ul></li>" for i in range(400)) + "</ul><p>b</p>",
        "paragraphs-in-items": "<p>a</p><ol>" + "".join(f"<li><p>p{i}</p><p>q{i}</p></li>" for i in range(400)) + "</ol>",
        "list-in-cells": "<p>a</p><table>" + "".join(f"<tr><td><ul><li>c{i}</li></ul></td></tr>" for i in range(300)) + "</table><p>b</p>",
        "empty-paragraphs": "".join(f'<p id="e{i}"></p><p>t{i}</p>' for i in range(600)),
        "anchor-before-text": "".join(f'<p><a id="x{i}"></a></p><p>t{i}</p><h3>h{i}</h3>' for i in range(600)),
        "stray-text": "text at the top<p>a</p>" * 300,
    }
    return {name: f"<html><body>{html}</body></html>" for name, html in body.items()}


def documents() -> dict[str, str]:
    """Every document the comparison covers: its HTML as the reader makes it."""
    html = {path.name: document_html(load_pdq_summary(path.name, path.read_bytes())) for path in REAL}
    markdown = REPO / "resources" / "summaries" / "gi-carcinoid-treatment-hp"
    html["bundled-markdown"] = document_html(load_summary(markdown))
    html.update({f"worst-{name}": document_html(load_pdq_summary(f"{name}.xml", data))
                 for name, data in worst_allowed().items()})
    html["worst-table-rows-with-spans"] = document_html(load_pdq_summary(
        "t.xml", summary_xml(section(table(600, more_rows="1")))))
    html.update(hostile())
    return html


def signature(document: QTextDocument) -> list:
    """What the reader sees of a document and can link to: every block's text, block and character
    formats, list and table place, and every fragment's text and format (objects by content, not
    by their numbers in the document)."""
    def props(fmt) -> dict:
        return {key: value for key, value in fmt.properties().items() if key != QTextFormat.Property.ObjectIndex}

    out = []
    block = document.begin()
    while block.isValid():
        items = block.textList()
        cell = None
        frame = document.frameAt(block.position())
        table = frame if hasattr(frame, "cellAt") else None
        if table is not None:
            found = table.cellAt(block.position())
            cell = (found.row(), found.column(), found.rowSpan(), found.columnSpan(), props(found.format()),
                    props(table.format()), table.rows(), table.columns())
        fragments = []
        it = block.begin()
        while not it.atEnd():
            fragments.append((it.fragment().text(), props(it.fragment().charFormat())))
            it += 1
        out.append((block.text(), props(block.blockFormat()), props(block.charFormat()), cell,
                    None if items is None else (props(items.format()), items.itemNumber(block), items.count()),
                    fragments))
        block = block.next()
    return out


def whole(html: str) -> QTextDocument:
    document = prepared_document._styled(CSS, QFont())
    document.setHtml(html)
    return document


def in_pieces(html: str) -> QTextDocument:
    document = prepared_document._styled(CSS, QFont())
    import_html(document, html)
    return document


@pytest.mark.timeout(240)
@pytest.mark.parametrize("tiny", [False, True], ids=["as-the-app-splits", "every-piece-tiny"])
def test_the_pieces_make_the_document_setHtml_makes(qapp, monkeypatch, tiny):
    """As the app splits: the limits' worst cases and the hostile shapes are split, NCI's real
    summaries are imported whole. With tiny pieces, every document is split wherever it may be
    (the real summaries' lists and tables too)."""
    if tiny:
        monkeypatch.setattr(html_pieces, "PIECE_CHARACTERS", 200)
        monkeypatch.setattr(html_pieces, "WHOLE_PLACES", 0)
        monkeypatch.setattr(html_pieces, "WHOLE_CHARACTERS", 0)
    assert len(REAL) >= 12, "the real summaries in ../shared/pdq are read"
    split = set()
    for name, html in documents().items():
        expected, made = whole(html), in_pieces(html)
        if len(pieces(html)) > 1:
            split.add(name)
        assert made.toHtml() == expected.toHtml(), name
        assert made.toPlainText() == expected.toPlainText() and made.blockCount() == expected.blockCount(), name
        assert signature(made) == signature(expected), name
    real = {path.name for path in REAL} | {"bundled-markdown"}
    assert split & real == (real if tiny else set())
    assert {"worst-paragraphs", "worst-list-items", "worst-table-rows", "worst-references"} <= split


def test_what_a_piece_cannot_carry_stays_whole(monkeypatch):
    """A list or table in a table's cells, text between blocks at the top, a first element that is
    a large list: not split where Qt's import would start them differently."""
    monkeypatch.setattr(html_pieces, "WHOLE_PLACES", 0)
    documents = hostile()
    assert not any(isinstance(p, TablePiece) for p in pieces(documents["list-in-cells"]))
    assert len(pieces(documents["stray-text"])) == 1
    assert not pieces(documents["list-first"])[0].list_open
    # and a table whose last cell is empty runs on into what follows (Qt's import leaves its block open)
    assert not any(isinstance(p, TablePiece) for p in pieces(documents["table-ending-in-an-empty-cell"]))


def test_the_worst_allowed_summaries_reach_qt_a_few_places_at_a_time(qapp, monkeypatch):
    """What Qt is given at once is bounded (its import is quadratic in places, and holds the GIL):
    no setHtml of a piece holds more than a couple of pieces' places."""
    given: list[str] = []
    parse = QTextDocument.setHtml
    monkeypatch.setattr(prepared_document.PreparedDocument, "setHtml",
                        lambda self, html: (given.append(html), parse(self, html))[1], raising=False)
    for name in ("paragraphs", "list-items", "table-rows", "references", "sections"):
        given.clear()
        in_pieces(document_html(load_pdq_summary(f"{name}.xml", worst_allowed()[name])))
        assert len(given) > 10, name
        assert max(html.count(" id=") for html in given) <= 3 * html_pieces.PIECE_PLACES, name


@pytest.mark.timeout(60)
def test_the_import_gives_other_threads_the_gil_between_pieces(qapp):
    """While a worker imports the largest reference list the limits allow, a Python thread (as the
    UI thread's paint and timers are) keeps running: it ran at least once for every few pieces.
    Imported by one setHtml, it ran before and after, about twice."""
    html = document_html(load_pdq_summary("references.xml", worst_allowed()["references"]))
    count = len(pieces(html))
    done = threading.Event()
    ran = 0

    def build() -> None:
        try:
            in_pieces(html)
        finally:
            done.set()

    worker = threading.Thread(target=build)
    worker.start()
    while not done.is_set():
        ran += 1
        time.sleep(0.001)  # wants the GIL back a thousand times a second, as a 5 ms timer does
    worker.join()
    assert count > 30
    assert ran >= count // 4, (ran, count)


def test_adopting_a_prepared_summary_walks_none_of_it_and_fits_nothing_again(qtbot, monkeypatch):
    """On the UI thread, adopting the document lays it out once (setDocument): the worker already
    fitted the root frame to the view's column (a new frame format lays out a 1,000-row table
    again: 80 ms) and indexed its places (a walk over every block and fragment: 45 ms)."""
    from viewer.ui.reading import column, reader

    view = reader.ReaderView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    first = load_pdq_summary("paragraphs.xml", worst_allowed()["paragraphs"])
    view.show_summary(first, view.document_maker()(first))  # a summary open before, as in the window
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    summary = load_pdq_summary("table-rows.xml", worst_allowed()["table-rows"])
    prepared = view.document_maker()(summary)
    margins = prepared.rootFrame().frameFormat().leftMargin(), prepared.rootFrame().frameFormat().rightMargin()
    walked = []
    monkeypatch.setattr(reader, "anchor_index", lambda document: walked.append(document) or [])
    view.show_summary(summary, prepared)
    assert view.document() is prepared and walked == []
    fitted = view.document().rootFrame().frameFormat()
    assert (fitted.leftMargin(), fitted.rightMargin()) == margins and margins[0] > column.MIN_MARGIN
    assert view.current_anchor() == "_1" and len(view._anchors) > 2_900


def test_adopting_a_prepared_summary_lays_it_out_at_the_views_width_only(qtbot):
    """Qt lays a document out when a view takes it, at the document's own size: a prepared one has
    none, so its text was laid out at an unbounded width and then again at the view's (a third of
    what showing the first summary at start cost). It is laid out at the view's width only."""
    from viewer.ui.reading import reader

    view = reader.ReaderView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    summary = load_pdq_summary("paragraphs.xml", worst_allowed()["paragraphs"])
    prepared = view.document_maker()(summary)
    widths = []
    prepared.documentLayoutChanged.connect(lambda: prepared.documentLayout().documentSizeChanged.connect(
        lambda size: widths.append(size.width())))
    view.show_summary(summary, prepared)
    assert view.document() is prepared and widths
    # the first at the view's width before its scroll bar shows (then narrower by the bar), none at its own
    assert widths[0] == view.width() - 2 * view.frameWidth() and min(widths) == view.viewport().width()

"""Issue 17's last remnant: on the largest text the limits allow (4,985 references of a real
citation's length in one list), a change of text size made the text again on the UI thread (40
presses of Ctrl+= took seconds), and finding the reading place, or new column margins, laid the
whole text out there. Now the text is made again in a worker, the newest size winning, the view
keeps running meanwhile, and the reader stays on the same passage; the place and the margins lay
out no more of the text than they need (benchmarks/ui_blocking.py measures the stalls).

    pytest tests/ui/test_large_text_size.py
"""
from __future__ import annotations

import dataclasses
import threading
import time

import pytest
from PySide6.QtCore import QSizeF, QTimer
from PySide6.QtGui import QTextDocument

from tests.unit.pdq_xml import section, summary_xml
from viewer.content.pdq import load_pdq_summary
from viewer.ui.common import prepared_document
from viewer.ui.common.background import until_idle
from viewer.ui.reading import column
from viewer.ui.reading.hit_highlighter import HitHighlighter
from viewer.ui.reading.reader import ReaderView

REFERENCES = 4_985
CITATION = ("Smith J, Jones K, Brown L, et al.: Outcome of patients with metastatic disease treated with "
            "combination therapy: a randomized trial in {i} centres. J Clin Oncol 23 (12): 1234-40, 2005.")
DEEP = "_1-ref-3000"  # a reference far down the list


@pytest.fixture(scope="module")
def long_references():
    listed = "".join(f'<Citation idx="{i}">{CITATION.format(i=i)}</Citation>' for i in range(1, REFERENCES + 1))
    return load_pdq_summary("long.xml", summary_xml(section(
        f'<Para id="_p1">Cited.<Reference refidx="1"/></Para><ReferenceSection>{listed}</ReferenceSection>')))


def shown(qtbot, summary) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_summary(summary, view.document_maker()(summary))  # as the window opens it
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    return view


def larger(view: ReaderView, points: int = 2) -> ReadingStyle:
    return dataclasses.replace(view.text_style, point_size=view.text_style.point_size + points)


def settled(view: ReaderView) -> None:
    until_idle(view.restyling)
    deadline = time.monotonic() + 30
    while view._laying_to_place and time.monotonic() < deadline:
        until_idle(view.restyling, seconds=0.05)


@pytest.mark.timeout(120)
def test_a_size_change_is_made_in_a_worker_while_the_view_keeps_running(qtbot, long_references, monkeypatch):
    view = shown(qtbot, long_references)
    before = view.document()
    made_in = []
    build = prepared_document.build_document
    monkeypatch.setattr("viewer.ui.reading.reader.build_document",
                        lambda *a, **k: (made_in.append(threading.current_thread()), build(*a, **k))[1])
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    style = larger(view)
    view.set_style(style)
    assert view.document() is before  # nothing was made on the UI thread: the old text stays meanwhile
    assert before.defaultFont().pointSize() != style.point_size
    until_idle(view.restyling)
    timer.stop()
    assert view.document() is not before and view.document().defaultFont().pointSize() == style.point_size
    assert view.font().pointSize() == style.point_size
    assert made_in and threading.main_thread() not in made_in
    assert len(ticks) >= 10, len(ticks)  # the event loop ran while the text was made (on the UI thread: none)


@pytest.mark.timeout(120)
def test_a_held_key_makes_the_last_size_only_and_stops_one_half_made(qtbot, long_references, monkeypatch):
    view = shown(qtbot, long_references)
    finished = []
    build = prepared_document.build_document
    monkeypatch.setattr("viewer.ui.reading.reader.build_document",
                        lambda *a, **k: (lambda d: finished.append(d) or d)(build(*a, **k)))
    adopted = []
    view.rendered.connect(lambda: adopted.append(view.document()))
    for _ in range(8):
        view.set_style(larger(view, 1))
        time.sleep(0.05)  # a key's repeat, while the worker is at it
    settled(view)
    assert len(finished) == 1 and adopted == finished  # the first stopped between pieces, the rest never started
    assert view.document().defaultFont().pointSize() == view.text_style.point_size


@pytest.mark.timeout(120)
def test_the_reader_stays_on_the_passage_it_was_reading(qtbot, long_references):
    """The new text is laid out down to the place a slice at a time, the old one's picture left on
    screen meanwhile (laid out at once, 0.4 s at 40 pt for the last references)."""
    view = shown(qtbot, long_references)
    assert view.scroll_to(DEEP)
    assert view.current_anchor() == DEEP
    after_adopting = []

    def one_turn_later() -> None:
        deep = view.document().findBlockByNumber(view.anchor_block(DEEP))
        after_adopting.append((view.viewport().updatesEnabled(), deep.layout().lineCount()))
    view.rendered.connect(lambda: QTimer.singleShot(0, one_turn_later))
    view.set_style(larger(view, 6))
    settled(view)
    assert after_adopting == [(False, 0)]  # frozen, and not yet laid out down to the place
    assert view.current_anchor() == DEEP
    assert view.viewport().updatesEnabled()
    view.set_style(larger(view, -6))  # and back, the same way
    settled(view)
    assert view.current_anchor() == DEEP


@pytest.mark.timeout(120)
def test_hit_marks_follow_the_text_made_again(qtbot, long_references):
    view = shown(qtbot, long_references)
    marks = HitHighlighter(view)
    marks.show_hits([("_1-ref-10", ("Smith",)), (DEEP, ("Clin",))], "_1-ref-10")
    assert marks.count == 2
    view.set_style(larger(view))
    settled(view)
    assert marks.count == 2 and len(view.extraSelections()) == 2
    assert view.extraSelections()[1].cursor.document() is view.document()
    assert view.extraSelections()[1].cursor.selectedText() == "Clin"


@pytest.mark.timeout(120)
def test_a_resize_while_the_text_is_made_again_does_not_lay_the_old_one_out(qtbot, long_references):
    view = shown(qtbot, long_references)
    old = view.document()
    width = old.pageSize().width()
    view.set_style(larger(view))
    view.resize(700, 700)
    assert old.pageSize().width() == width  # not laid out again: the new text comes at the new width
    settled(view)
    assert view.document().pageSize().width() == view.viewport().width() != width


@pytest.mark.timeout(120)
def test_finding_the_place_lays_out_the_text_down_to_it_only(qtbot, long_references):
    """Qt lays a long text out lazily; the reader's place asked every anchor's top, which laid all
    of it out on the UI thread (0.3 s here, more at large sizes)."""
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_summary(long_references, view.document_maker()(long_references))
    view.verticalScrollBar().setValue(200)  # no event loop between: Qt has laid out a screenful or so
    assert view.current_anchor().startswith("_1-ref-")
    assert view.reading_place() is not None
    assert view.document().lastBlock().layout().lineCount() == 0  # the end not laid out yet


def test_new_column_margins_lay_a_long_text_out_lazily_and_the_same(qapp, long_references):
    """A new frame format on a text laid out to its end makes Qt lay all of it out again at once
    (each resize of the window on the largest text: 0.2 s); the margins are laid out lazily instead,
    from the top, as a new width is, to the same layout."""
    from viewer.content.render import document_html

    html = document_html(long_references)
    documents = []
    for lazily in (True, False):
        document = QTextDocument()
        document.setHtml(html)
        document.setPageSize(QSizeF(800, -1))
        document.documentLayout().documentSize()  # laid out to its end, at the default margins
        if lazily:
            column.set_column_margins(document, 120)
            assert document.lastBlock().layout().position().x() < 100  # its end not laid out again yet
        else:
            frame = document.rootFrame()
            fmt = frame.frameFormat()
            fmt.setLeftMargin(120), fmt.setRightMargin(120), fmt.setTopMargin(column.MIN_MARGIN)
            fmt.setBottomMargin(column.MIN_MARGIN)
            frame.setFrameFormat(fmt)
            assert document.lastBlock().layout().position().x() >= 120  # all laid out again at once
        documents.append(document)
    rects = [[d.documentLayout().blockBoundingRect(d.findBlockByNumber(n)) for n in range(0, d.blockCount(), 37)]
             for d in documents]
    assert rects[0] == rects[1] and documents[0].size() == documents[1].size()


@pytest.mark.timeout(120)
def test_the_text_made_again_is_fitted_to_the_width_before_it_is_shown(qtbot, long_references, monkeypatch):
    """The new size's fonts resize the view after the text was asked for: its new margins are set
    while it is not yet shown (free), not after (a new layout of it all: a 1,000-row table again)."""
    from viewer.ui.reading import reader

    view = shown(qtbot, long_references)
    fitted = []
    fit = reader.set_column_margins

    def spy(document, side):
        before = document.rootFrame().frameFormat().leftMargin()
        fit(document, side)
        if document.rootFrame().frameFormat().leftMargin() != before:
            fitted.append(document is view.document())
    monkeypatch.setattr(reader, "set_column_margins", spy)
    monkeypatch.setattr(column, "set_column_margins", spy)
    view.set_style(larger(view))
    view.resize(700, 700)  # while it is made
    settled(view)
    assert fitted and True not in fitted  # in the worker and at the switch, never once it was the view's
    side = view.document().rootFrame().frameFormat().leftMargin()
    assert side == view._column_fit(view.document().defaultFont(), 0.0)[0] and side < 120

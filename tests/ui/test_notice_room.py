"""At 40 pt in a window 760 px high, the pane beside the text cuts none of its sentences: the
out-of-date notice above the text gives way (said in brief) when the pane would otherwise cut one,
then the rows of the tree kept beside the results (they scroll; a cut sentence cannot).
Spanish runs longer: its search sentence needs three lines where English needs two (issue 20)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from viewer.ui.common import i18n

from .test_pdq_window import EPENDYMOMA
from .test_reader_window import open_window, until_shown
from .test_search_window import type_query


@pytest.fixture(params=["es", "en"])
def window(request, qtbot, qsettings, pdq_library):
    qsettings.setValue("view/language", request.param)
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    yield window
    i18n.install("en")


def cut(label: QLabel) -> bool:
    return label.height() < label.heightForWidth(label.width())


@pytest.mark.parametrize("width, height", [(1100, 760), (1366, 740)])  # (a laptop's screen, maximised)
def test_at_40_pt_the_notice_then_the_tree_give_way_so_the_search_sentence_is_whole(qtbot, window, width, height):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    while window.font_size.size < 40:
        window.font_size.larger()
    notice = window.findChild(QLabel, "currencyNotice")
    assert "ask your IT" in notice.text()  # with room, the notice is said whole

    type_query(qtbot, window, "radiation")
    results = window.search_panel.results
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)  # the first result opened, its hits marked
    until_shown(qtbot, window)
    status, counter = window.search_panel.status, window.search_panel.counter
    qtbot.waitUntil(lambda: counter.isVisible() and results.isVisible())
    qtbot.waitUntil(lambda: not cut(status) and not cut(counter), timeout=2000)
    assert status.text().count(".") >= 2  # the long sentence: "… best first. More: …"
    assert "ask your IT" not in notice.text() and "ask your IT" in notice.toolTip()  # brief; the whole on hover
    assert "September 24, 2015" in notice.text()  # shorter, never gone
    assert window.notice_room.cut_short() == []
    assert window.height() == height  # trying what fits never made the window taller
    metrics = window.tree.fontMetrics()
    assert window.tree.viewport().height() >= metrics.lineSpacing()  # where the reader is, still in sight

    fits = []
    window.notice_room._later.timeout.connect(lambda: fits.append(1))
    qtbot.wait(300)
    assert fits == []  # settled: fitting the notice does not ask for another fitting

    window.search_panel.box.clear()  # no sentence in the pane: the notice is whole again
    qtbot.waitUntil(lambda: "ask your IT" in notice.text(), timeout=2000)


def test_in_a_small_window_the_results_give_way_too_and_the_window_keeps_its_size(qtbot, window):
    """900x520 at 14 pt: once the tree is down to one row, the results may be as short as one line
    (they scroll). And trying what fits never makes the window taller than the reader made it."""
    window.resize(900, 520)
    qtbot.waitUntil(lambda: window.height() == 520)
    while window.font_size.size < 14:
        window.font_size.larger()
    type_query(qtbot, window, "ependymoma")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    until_shown(qtbot, window)
    status = window.search_panel.status
    qtbot.waitUntil(lambda: window.search_panel.counter.isVisible())
    # the fitting runs a turn after the counter's text changes: asserted at once, the counter was
    # sometimes still cut (one CI run); a fitting that cannot make room still fails this
    qtbot.waitUntil(lambda: not cut(status) and window.notice_room.cut_short() == [], timeout=2000)
    assert window.height() == 520


def radiation_results_at_40_pt(qtbot, window, width: int, height: int):
    """The window at `width` x `height`, reading Ependymoma at 40 pt, its search for "radiation"
    shown; the results' list."""
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    while window.font_size.size < 40:
        window.font_size.larger()
    type_query(qtbot, window, "radiation")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    return results


def test_while_results_are_shown_they_get_more_of_the_pane_than_the_tree(qtbot, window):
    """At 40 pt in 1900x1000 the results had 214 px to the tree's 357: not one whole result."""
    results = radiation_results_at_40_pt(qtbot, window, 1900, 1000)
    qtbot.waitUntil(lambda: results.height() > window.tree.height(), timeout=2000)


def test_a_longer_sentence_never_grows_the_window_before_the_fitting_makes_room(qtbot, window, monkeypatch):
    """The fitting runs a turn after the pane changes; Qt lays the window out at once. A search's
    sentence that needed more than the window had grew a 520 px window to 535 in between (one CI run
    in five): held back here, the fitting cannot make room, and the window must still keep its size."""
    window.resize(900, 520)
    qtbot.waitUntil(lambda: window.height() == 520)
    while window.font_size.size < 40:
        window.font_size.larger()
    qtbot.waitUntil(lambda: window.height() == 520)
    monkeypatch.setattr(window.notice_room, "fit", lambda: None)
    window.notice_room._later.timeout.disconnect()
    type_query(qtbot, window, "ependymoma")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    until_shown(qtbot, window)
    qtbot.waitUntil(lambda: window.search_panel.counter.isVisible())
    qtbot.wait(100)  # every layout the search asked for, done
    assert window.layout().totalMinimumSize().height() > 520  # a layout that enforced it would have grown
    assert window.height() == 520


def test_at_40_pt_in_a_laptop_window_the_results_show_a_whole_title(qtbot, window):
    """1366x740 at 40 pt: the results had 59 px, not one title whole, while the tree kept three
    rows and the notice was said whole. The notice, then the tree, give way to them too."""
    from viewer.ui.shell.library_pane import RESULTS_LINES_WANTED

    results = radiation_results_at_40_pt(qtbot, window, 1366, 740)
    wanted = RESULTS_LINES_WANTED * results.fontMetrics().lineSpacing() + 2 * results.frameWidth()
    qtbot.waitUntil(lambda: results.height() >= wanted, timeout=2000)
    assert window.notice_room.cut_short() == [] and window.height() == 740
    assert window.tree.viewport().height() >= window.tree.fontMetrics().lineSpacing()  # where the reader is, in sight

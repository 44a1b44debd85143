"""The tree's rows are measured once for what sets their size: with 358 summaries, Qt asking every
row's size at each of a start's layouts (each title's words measured every time) made the start
1.4x that of a library of one (benchmarks/library.py's target: 1.1x)."""
from __future__ import annotations

from PySide6.QtGui import QFont

from viewer.library.load import load_library_dir
from viewer.ui.navigation import title_rows
from viewer.ui.navigation.toc_panel import SectionTree


def _tree(qtbot, pdq_library) -> SectionTree:
    library = load_library_dir(pdq_library)
    tree = SectionTree()
    qtbot.addWidget(tree)
    tree.set_summaries(library.entries(), library.get)
    tree.resize(300, 400)
    tree.show()
    qtbot.waitExposed(tree)
    tree.executeDelayedItemsLayout()
    return tree


def _measured(monkeypatch) -> list[str]:
    measured, measure = [], title_rows.title_lines
    monkeypatch.setattr(title_rows, "title_lines", lambda text, *rest: (measured.append(text), measure(text, *rest))[1])
    return measured


def test_a_title_is_measured_again_only_when_its_width_or_font_changes(qtbot, pdq_library, monkeypatch):
    tree = _tree(qtbot, pdq_library)
    heights = [tree.visualRect(tree.model().index(0, 0)).height()]
    measured = _measured(monkeypatch)
    tree.scheduleDelayedItemsLayout()
    tree.executeDelayedItemsLayout()  # a layout at the same width and font, as a start has several
    assert measured == []
    tree.resize(180, 400)  # narrower: titles wrap again
    tree.executeDelayedItemsLayout()
    assert measured
    font = QFont(tree.font())
    font.setPointSize(24)
    measured.clear()
    tree.setFont(font)  # larger: measured again, and the rows grow
    tree.executeDelayedItemsLayout()
    assert measured and tree.visualRect(tree.model().index(0, 0)).height() > heights[0]


def test_a_change_of_height_alone_lays_no_row_out_again(qtbot, pdq_library, monkeypatch):
    asked, ask = [], title_rows.WrappingTitles.sizeHint  # (PySide takes the override when the tree is made)
    monkeypatch.setattr(title_rows.WrappingTitles, "sizeHint", lambda self, *args: (asked.append(1), ask(self, *args))[1])
    tree = _tree(qtbot, pdq_library)
    model = tree.model()
    last = model.index(model.rowCount() - 1, 0)
    tree.visualRect(last)  # every row above it has its height
    assert asked
    asked.clear()
    tree.resize(300, 250)
    tree.executeDelayedItemsLayout()
    tree.visualRect(last)  # (asks the heights of the rows laid out again)
    assert asked == []

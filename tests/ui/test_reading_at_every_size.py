"""Reading the real PDQ summaries at 12 and 40 pt: the out-of-date notice, heading levels, the
tree, tables, typesetting, small windows and focus (issue 19, "Reading")."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel

from .test_pdq_window import EPENDYMOMA, PROSTATE
from .test_print_and_pdf import pdf_text
from .test_reader_window import open_window

UNUSUAL = "CDR0000062872"


@pytest.fixture
def window(qtbot, qsettings, pdq_library):
    return open_window(qtbot, qsettings, library_dir=pdq_library)


def set_size(window, points: int) -> None:
    while window.font_size.size < points:
        window.font_size.larger()
    while window.font_size.size > points:
        window.font_size.smaller()
    assert window.font_size.size == points


def section_id(window, summary_id: str, title: str) -> str:
    return next(s.id for s in window.library.get(summary_id).walk() if s.title == title)


# -- 6: the out-of-date notice ---------------------------------------------------------------------
def test_the_out_of_date_notice_grows_with_the_text(window):
    window.navigate_to((EPENDYMOMA, ""))  # updated in 2015: stale
    notice = window.findChild(QLabel, "currencyNotice")
    assert notice.isVisible()
    sizes = {}
    for points in (12, 40):
        set_size(window, points)
        sizes[points] = notice.fontInfo().pointSizeF()
        assert sizes[points] >= window.header.details.fontInfo().pointSizeF()  # never the smallest line
        assert sizes[points] >= window.tree.fontInfo().pointSizeF()
    assert sizes[12] >= 12 and sizes[40] > sizes[12]


@pytest.mark.parametrize("whole", [True, False])
def test_every_export_of_a_stale_summary_carries_its_age_and_the_notice(window, tmp_path, whole):
    window.navigate_to((EPENDYMOMA, section_id(window, EPENDYMOMA, "Surgery")))
    path = window.export_to_pdf(whole=whole, path=str(tmp_path / "ependymoma.pdf"))
    text = pdf_text(path)
    assert re.search(r"LastupdatedSeptember24,2015\(\d+yearsago\)", text)
    assert "Outofdate?ThissummarywaslastupdatedonSeptember24,2015" in text
    assert "askyourITtoimportthecurrentPDQdistribution" in text


# -- 7: heading levels ---------------------------------------------------------------------------
def heading_looks(document) -> dict[int, set[tuple[float, bool, bool]]]:
    """Each heading level's look in `document`: (points, bold, italic) of its text."""
    from PySide6.QtGui import QFont

    looks: dict[int, set] = {}
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and block.text().strip():
            it = block.begin()
            font = it.fragment().charFormat().font()
            looks.setdefault(level, set()).add(
                (font.pointSizeF(), font.weight() >= QFont.Weight.Bold, font.italic()))
        block = block.next()
    return looks


def assert_levels_distinct(looks, body_points: float) -> None:
    assert {1, 2, 3, 4} <= set(looks), looks
    for level, seen in looks.items():
        assert len(seen) == 1, (level, seen)  # one look for one level
    ordered = [next(iter(looks[level])) for level in sorted(looks)]
    assert len(set(ordered)) == len(ordered), ordered  # no two levels alike
    sizes = [points for points, _, _ in ordered]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[1] > sizes[2], sizes  # the top levels by size
    assert all(points > body_points or bold for points, bold, _ in ordered)  # every level above the text


@pytest.mark.parametrize("points", [12, 40])
def test_each_heading_level_looks_different_on_screen_and_on_paper(window, points):
    from viewer.ui.paper.printing import print_document

    window.navigate_to((EPENDYMOMA, ""))  # levels 1 to 4
    set_size(window, points)
    assert_levels_distinct(heading_looks(window.reader.document()), points)
    paper = print_document(window.summary, None, window.reader.text_style, window.library)
    assert_levels_distinct(heading_looks(paper), points)

"""Paper is white whatever the screen's theme: every word printed is dark enough to read on it."""
import pytest
from PySide6.QtGui import QTextFormat

from viewer.content.pdq.readable import load_pdq_summary
from viewer.ui.appearance.document_style import ReadingStyle
from viewer.ui.appearance.themes import THEMES, contrast_ratio
from viewer.ui.paper.printing import Printout, print_document, section_html

from ..conftest import PDQ

# NCI's 2015 ependymoma summary: PMIDs, levels of evidence, a figure's note and its description
EPENDYMOMA = PDQ / "summaries" / "CDR0000062843-childhood-ependymoma-HP-2015.xml"


def faint_on_paper(document) -> list[tuple[str, str]]:
    """(colour, text) of each run whose colour reads below 4.5:1 on white paper (WCAG AA)."""
    faint = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and fragment.text().strip():
                colour = fmt.foreground().color().name()
                if contrast_ratio(colour, "#ffffff") < 4.5:
                    faint.append((colour, fragment.text()))
            it += 1
        block = block.next()
    return faint


@pytest.fixture(scope="module")
def ependymoma():
    return load_pdq_summary(EPENDYMOMA)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_no_word_is_printed_in_the_screen_theme_s_pale_colours(qapp, ependymoma, theme):
    """In High Contrast the PMIDs, the levels of evidence without a dictionary entry and a figure's
    note were printed in its white (#ffffff) on white paper, and in Dark in its pale grey: on paper
    and in the PDF they were not there to read."""
    colours = THEMES[theme]
    style = ReadingStyle(point_size=12, link=colours.link, muted=colours.muted)
    for section in (None, ependymoma.sections[0]):  # the whole summary, and one section's cut
        document = print_document(ependymoma, section, style)
        assert "PMID" in document.toPlainText()
        assert faint_on_paper(document) == [], (theme, section and section.title)
    # the patient handout's way: a section cut with its colours inline, then printed (handout.py)
    section = ependymoma.sections[0]
    cut = Printout(section_html(ependymoma, section, style, None))
    assert faint_on_paper(print_document(ependymoma, section, style, printout=cut)) == [], theme


def dark_pixels_of_first_page(window, qtbot) -> int:
    """Print Preview's first page as drawn on the screen: how many of its pixels are dark (text)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QGraphicsView

    window.actions["printPreview"].trigger()
    dialog = window.findChild(QPrintPreviewDialog, "printPreview")
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 2, timeout=10_000)
    pages.setCurrentPage(1)
    pages.fitInView()
    view = pages.findChild(QGraphicsView)
    first = min(view.scene().items(), key=lambda item: (item.sceneBoundingRect().top(), -item.sceneBoundingRect().height()))
    shown = view.viewport().grab(view.mapFromScene(first.sceneBoundingRect()).boundingRect()).toImage()
    dialog.close()  # (deleted on close: the next preview is a new dialog)
    qtbot.waitUntil(lambda: window.findChild(QPrintPreviewDialog, "printPreview") is None)
    return sum(shown.pixelColor(x, y).lightness() < 100 for x in range(shown.width()) for y in range(shown.height()))


def test_print_preview_shows_the_first_page_s_title_and_date_in_every_theme(qtbot, qsettings):
    """In High Contrast page 1's title and date were white on the white page in Print Preview (and
    Dark's pale grey): the preview plays the pages back with the theme's text colour as its pen."""
    from .test_reader_window import open_window

    window = open_window(qtbot, qsettings)
    window.resize(700, 900)
    window.appearance.set_theme("light")
    light = dark_pixels_of_first_page(window, qtbot)
    window.appearance.set_theme("high-contrast")
    high_contrast = dark_pixels_of_first_page(window, qtbot)
    assert light > 1000
    assert abs(high_contrast - light) <= light * 0.02, (light, high_contrast)

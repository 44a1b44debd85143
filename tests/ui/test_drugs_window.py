"""Drug information in the real window: the drug pages in their own group of the tree, opened like
any summary and reached from a summary's link; a search widened by a brand name saying so; a drug's
name hovered showing its term."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from viewer.library import run_import

from ..unit.test_drugs import CALCITRIOL, DIMESNA, DRUG_SUMMARIES, TERMS
from .test_pdq_window import open_link
from .test_reader_window import open_window, tree_item_rect, until_shown
from .test_search_window import type_query

IMATINIB = "CDR0000487488"


@pytest.fixture(scope="module")
def drug_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("drug-window")
    linking = root / "CDR1.xml"
    linking.write_text(
        '<Summary id="CDR0000000001"><SummaryMetaData><SummaryType>Treatment</SummaryType></SummaryMetaData>'
        '<SummaryTitle>A Summary Naming Drugs</SummaryTitle><SummarySection id="_1"><Title>Start</Title>'
        '<Para id="_2">See <DrugSummaryRef href="CDR0000487488">imatinib mesylate</DrugSummaryRef>; '
        'calcitriol was given with <GlossaryTermRef href="CDR0000999999">dimesna</GlossaryTermRef>.</Para>'
        '</SummarySection><DateLastModified>2024-01-01</DateLastModified></Summary>')
    glossary = root / "G.xml"  # a dictionary entry for a drug's name (made here: none of NCI's shared ones is)
    glossary.write_text('<GlossaryTerm id="CDR0000999999"><TermName>dimesna</TermName><TermDefinition>'
                        '<DefinitionText>A drug that protects the bladder.</DefinitionText><Audience>Health '
                        'professional</Audience></TermDefinition></GlossaryTerm>')
    report = run_import(root / "lib", [linking, glossary, *DRUG_SUMMARIES, *TERMS])
    assert report.refused == 0, [str(line) for line in report.lines]
    return root / "lib"


@pytest.fixture
def window(qtbot, qsettings, drug_library):
    return open_window(qtbot, qsettings, library_dir=drug_library)


def test_drug_pages_are_their_own_group_and_open_like_any_summary(qtbot, window):
    index, _ = tree_item_rect(window, "Imatinib Mesylate")
    assert index.parent().data().startswith("Drug information")  # (with the audience, when the library has several)
    assert index.parent().model().rowCount(index.parent()) == 4  # the four drug pages, and no Term
    window.navigate_to((IMATINIB, ""))
    until_shown(qtbot, window)
    assert window.summary.title == "Imatinib Mesylate"
    text = window.reader.toPlainText()
    assert "Imatinib mesylate is approved by the Food and Drug Administration (FDA)" in text
    assert "Information from the FDA" in text and "Important: The drug information on this Web page" in text
    assert {h for h, _ in window.reader.link_rects("term:")} == {"term:CDR0000037862"}


def test_a_summary_links_to_a_drug_page_in_the_library(qtbot, window):
    window.navigate_to(("CDR0000000001", "_2"))
    until_shown(qtbot, window)
    [(href, rect)] = window.reader.link_rects("pdq:")
    assert href == f"pdq:{IMATINIB}#"
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    until_shown(qtbot, window)
    assert window.summary.id == IMATINIB


def test_a_search_by_brand_name_finds_the_drug_and_says_what_it_also_matched(qtbot, window):
    type_query(qtbot, window, "Gleevec")
    status = window.search_panel.status.text()
    assert "results. Also matched: imatinib mesylate (“Gleevec”: US brand name of imatinib mesylate)." in status
    hits = window.search_panel._hits
    assert any(h.summary_id == IMATINIB and "imatinib mesylate" in h.snippet_text().lower() for h in hits)
    type_query(qtbot, window, "calcitriol")
    assert "Also matched its other names: Rocaltrol," in window.search_panel.status.text()
    assert window.search_panel._hits[0].summary_id == "CDR0000000001"
    type_query(qtbot, window, "Rocaltrol")
    assert "Also matched: calcitriol" in window.search_panel.status.text()
    assert window.search_panel._hits[0].anchor == "_2"


def test_hovering_a_drug_name_shows_its_preferred_name_other_names_and_definition(qtbot, window):
    window.navigate_to((IMATINIB, ""))
    until_shown(qtbot, window)
    rect = next(r for h, r in window.reader.link_rects("term:"))
    qtbot.mouseMove(window.reader.viewport(), QPoint(2, 2))
    qtbot.mouseMove(window.reader.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.popover.isVisible() and window.popover.hover_preview, timeout=3000)
    text = window.popover.plain_text()
    assert text.startswith("imatinib mesylate\nOther names: Gleevec (US brand name)")
    assert "definition is not in this library" in text  # NCI's Term for imatinib is not in the shared files
    assert window.popover.accessibleName() == "Drug: imatinib mesylate"


def test_a_dictionary_term_that_is_a_drugs_name_shows_the_drugs_other_names(qtbot, window):
    window.navigate_to(("CDR0000000001", "_2"))
    until_shown(qtbot, window)
    popover = open_link(qtbot, window, "glossary:CDR0000999999")
    until_shown(qtbot, window)
    text = popover.plain_text()
    assert text.startswith("dimesna\nA drug that protects the bladder.")
    assert "Other names: Tavocept (US brand name); BNP7787 (Code name)" in text
    qtbot.keyClick(popover, Qt.Key.Key_Escape)


def test_the_term_popover_with_the_term_imported(qtbot, window):
    from viewer.content.wording import words_for
    from viewer.ui.reading.drug_term_text import drug_term

    info = window.searcher.index().term_info("CDR0000041919")
    name, html, plain = drug_term(info, words_for("English"))
    assert name == "Drug: calcitriol" and "<b>Other names:</b> Rocaltrol <small>(US brand name)</small>" in html
    assert plain.splitlines()[2].startswith("A synthetic physiologically-active analog of vitamin D")
    assert drug_term(None, words_for("English"))[0] == "Drug not in this library"
    assert drug_term(info, words_for("Spanish"))[0] == "Medicamento: calcitriol"  # the summary's language
    assert CALCITRIOL.exists() and DIMESNA.exists()

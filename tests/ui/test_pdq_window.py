"""Real PDQ summaries in the real window: tree, text, links, popovers, search, paper."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from viewer.content.links import NOT_IN_LIBRARY
from viewer.content.pdq import parse
from viewer.library import run_import

from ..conftest import PDQ, PDQ_SUMMARIES
from .test_reader_window import open_window, tree_item_rect, until_shown

EPENDYMOMA = "CDR0000062843"
PROSTATE = "CDR0000299612"
UNUSUAL = "CDR0000062872"
MARKER = re.compile(r"\[\d[\d,\-]*\]")
BLOCKS = {"Para", "ItemizedList", "OrderedList", "ListItem", "Table", "entry", "ListTitle", "MediaLink", "Note"}


@pytest.fixture
def window(qtbot, qsettings, pdq_library):
    return open_window(qtbot, qsettings, library_dir=pdq_library)


def expected_text(element) -> str:
    """What a reader shows for an element: its words, block children on their own lines, and the
    address written out after a web link's words."""
    parts = [element.text or ""]
    for child in element:
        inner = expected_text(child)
        address = child.get("xref", "") if child.tag == "ExternalRef" else ""
        if address and " ".join("".join(child.itertext()).split()) != address:
            inner += f" ({address})"
        parts += [f" {inner} " if child.tag in BLOCKS else inner, child.tail or ""]
    return "".join(parts)


def normalised(text: str) -> str:
    """Markers and the viewer's own "[not in this library]" notes out, white space as one space."""
    text = " ".join(MARKER.sub("", text.replace(NOT_IN_LIBRARY, "").replace("\u2060", "").replace("\u200b", "")).split())
    return re.sub(r" (?=[.,;:!?)\]])", "", text)


def test_each_summary_is_a_tree_item_with_its_sections_below(window):
    for path in PDQ_SUMMARIES:
        root = parse(path).root
        title = " ".join("".join(root.find("SummaryTitle").itertext()).split())
        index, _ = tree_item_rect(window, title)
        window.tree.expand(index)  # the arrow beside it: its sections are read in
        first = root.find("SummarySection/Title")
        assert index.model().index(0, 0, index).data() == " ".join("".join(first.itertext()).split())


def test_activating_a_section_in_the_tree_shows_it(qtbot, window):
    _, rect = tree_item_rect(window, "Childhood Ependymoma Treatment (PDQ®)")
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # opens it
    until_shown(qtbot, window)
    index, rect = tree_item_rect(window, "Treatment of Recurrent Childhood Ependymoma")
    window.tree.scrollTo(index)
    _, rect = tree_item_rect(window, "Treatment of Recurrent Childhood Ependymoma")
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.summary.id == EPENDYMOMA
    assert window.reader.current_section_id() == "_61"
    assert window.header.text().count("Childhood Ependymoma Treatment (PDQ®)") == 1
    assert "Last updated September 24, 2015" in window.header.text()


@pytest.mark.parametrize("path", PDQ_SUMMARIES, ids=lambda p: p.name.split("-")[0])
def test_every_para_list_item_and_table_cell_is_in_the_readers_text(qtbot, window, path):
    doc = parse(path)
    window.navigate_to((f"CDR{int(doc.root.get('id')[3:]):010d}", ""))
    until_shown(qtbot, window)
    shown = normalised(window.reader.toPlainText())
    metadata = set(doc.root.find("SummaryMetaData").iter())
    checked = 0
    for element in doc.root.iter():
        if element.tag in ("Para", "ListItem", "entry") and element not in metadata:
            words = normalised(expected_text(element))
            assert words in shown, f"line {doc.line(element)}: {words[:120]}"
            checked += 1
    assert checked > 150


def test_every_link_within_a_summary_navigates(qtbot, window):
    for summary_id in (EPENDYMOMA, PROSTATE, "CDR0000062872"):
        window.navigate_to((summary_id, ""))
        until_shown(qtbot, window)
        links = [href for href, _ in window.reader.link_rects("#")]
        assert links
        for href in links:
            assert window.reader.anchor_block(href[1:]) >= 0, href
    window.navigate_to((EPENDYMOMA, "_346"))  # Table 1, in "Treatment Option Overview": a table of links
    until_shown(qtbot, window)
    href, rect = next((h, r) for h, r in window.reader.link_rects("#") if window.reader.viewport().rect().contains(r.center()))
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current_anchor() == href[1:] or window.reader.current_section_id() == href[1:]
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.current_section_id() == "_42"  # and Back returns


def test_a_citation_popover_shows_full_references_with_their_pmids(qtbot, window):
    window.navigate_to((EPENDYMOMA, "_267"))
    until_shown(qtbot, window)
    href, rect = window.reader.link_rects("cite:")[0]
    assert href == "cite:_1/1,2"
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    popover = window.popover
    qtbot.waitUntil(popover.isVisible)
    assert popover.plain_text().startswith("1. Louis DN, Ohgaki H, Wiestler OD, et al., eds.: WHO Classification")
    assert "2. Louis DN" in popover.plain_text() and popover.plain_text().endswith("PMID 17618441")
    assert "PMID" in popover.text.text() and "<a " not in popover.text.text()  # text, never a live link
    qtbot.keyClick(popover, Qt.Key.Key_Escape)


def test_a_glossary_term_opens_its_definition_for_the_summarys_audience(qtbot, window):
    window.navigate_to((PROSTATE, ""))
    until_shown(qtbot, window)
    held = {h for h, _ in window.reader.link_rects("glossary:") if window.library.has_term(h.removeprefix("glossary:"))}
    assert held == {"glossary:CDR0000045693"}  # the one shared term this summary names
    popover = open_link(qtbot, window, "glossary:CDR0000045693")
    assert popover.plain_text().startswith("gene (jeen)\nThe basic unit of heredity")  # Health professional
    assert popover.accessibleName() == "Definition of gene"
    assert "Genetics dictionary" in popover.text.text()
    qtbot.keyClick(popover, Qt.Key.Key_Escape)


def scroll_to_link(reader, href: str):
    """The first link to `href`, scrolled into view (the reader may refit its column once the
    layout reaches a wide table: scrolled again until it stays); its rectangle."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        rect = next(r for h, r in reader.link_rects("glossary:") if h == href)
        reader.verticalScrollBar().setValue(reader.verticalScrollBar().value() + rect.top() - 40)
        QApplication.processEvents()
        rect = next(r for h, r in reader.link_rects("glossary:") if h == href)
        if reader.anchorAt(rect.center()) == href:
            return rect
    raise AssertionError(f"{href} does not stay in view")


def open_link(qtbot, window, href: str):
    """Click the first link to `href`, scrolled into view, as a reader would; the popover it opens."""
    reader = window.reader
    rect = scroll_to_link(reader, href)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(window.popover.isVisible)
    return window.popover


def test_terms_and_summaries_not_in_the_library_are_marked_never_dead_links(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    assert not window.reader.link_rects("pdq:")       # no summary it names is here
    text = window.reader.toPlainText()
    assert "Childhood Brain and Spinal Cord Tumors Treatment Overview [not in this library]" in text
    assert "conformal radiation therapy" in text      # the clinical text as it was
    # its dictionary terms (none in the shared glossary) are marked as terms, as NCI marks them,
    # and say so when opened: never plain text, never a link that does nothing
    terms = {h for h, _ in window.reader.link_rects("glossary:")}
    assert len(terms) > 5 and not any(window.library.has_term(h.removeprefix("glossary:")) for h in terms)
    # resting the pointer on one says so (a preview), and so does a click
    rect = scroll_to_link(window.reader, sorted(terms)[0])
    qtbot.mouseMove(window.reader.viewport(), QPoint(2, 2))
    qtbot.mouseMove(window.reader.viewport(), rect.center())
    qtbot.waitUntil(lambda: window.popover.isVisible() and window.popover.hover_preview, timeout=3000)
    assert window.popover.plain_text().startswith("Definition not in this library\n")
    popover = open_link(qtbot, window, sorted(terms)[0])
    assert popover.plain_text().startswith("Definition not in this library\n")
    assert popover.accessibleName() == "Definition not in this library"
    qtbot.keyClick(popover, Qt.Key.Key_Escape)


@pytest.fixture
def window_with_a_level(qtbot, qsettings, tmp_path):
    """The real summaries and one level of evidence's dictionary entry from NCI's distribution."""
    library = tmp_path / "lib"
    run_import(library, [*PDQ_SUMMARIES, PDQ / "distribution" / "GlossaryTerm" / "CDR335158.xml"])
    return open_window(qtbot, qsettings, library_dir=library)


def test_a_level_of_evidence_opens_its_dictionary_entry_or_ncis_meaning_of_its_code(qtbot, window_with_a_level):
    window = window_with_a_level
    window.navigate_to((UNUSUAL, ""))
    until_shown(qtbot, window)
    levels = [h for h, _ in window.reader.link_rects("glossary:") if "#" in h]
    assert len(levels) >= 20  # Unusual Cancers' 21 levels of evidence, each a link
    assert "[Level of evidence: 3iiiDiii]" in window.reader.toPlainText()  # the text as NCI wrote it
    words = window.reader.document().find("Level of evidence: 3iiA")
    fmt = words.charFormat()
    assert fmt.isAnchor() and fmt.foreground().color().name() == window.reader.text_style.link  # a term, not grey
    held = open_link(qtbot, window, "glossary:CDR0000335158#3iiiDiii")
    assert held.plain_text() == ("Level of evidence 3iiiDiii\nNonconsecutive case series with tumor response rate "
                                 "as an endpoint. See Levels of Evidence for Cancer Treatment Studies: Definition "
                                 "and Use (PDQ®) for more information.")
    qtbot.keyClick(held, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not held.isVisible())
    missing = open_link(qtbot, window, "glossary:CDR0000335144#3iiA")
    assert missing.accessibleName() == "Level of evidence 3iiA"
    assert missing.plain_text().splitlines()[1:3] == [
        "Study design 3ii: Case series: consecutive cases (not population-based).",
        "Endpoint A: Total mortality (or overall survival from a defined time)."]
    assert ("The full explanation is in NCI's summary “Levels of Evidence for Adult and Pediatric Cancer Treatment "
            "Studies (PDQ®)”. This level's dictionary entry is not in this library.") in missing.plain_text()
    qtbot.keyClick(missing, Qt.Key.Key_Escape)


def test_a_link_to_another_summary_in_the_library_opens_it_there(qtbot, qsettings, tmp_path, pdq_library):
    linking = tmp_path / "CDR1.xml"
    linking.write_text(
        '<Summary id="CDR0000000001"><SummaryMetaData><SummaryType>Treatment</SummaryType></SummaryMetaData>'
        '<SummaryTitle>A Linking Summary</SummaryTitle><SummarySection id="_1"><Title>Start</Title>'
        '<Para id="_2">See <SummaryRef href="CDR0000062843#_35">the classification</SummaryRef>.</Para>'
        '</SummarySection><DateLastModified>2024-01-01</DateLastModified></Summary>')
    library = tmp_path / "lib"
    run_import(library, [*PDQ_SUMMARIES, linking])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to(("CDR0000000001", "_2"))
    until_shown(qtbot, window)
    [(href, rect)] = window.reader.link_rects("pdq:")
    assert href == "pdq:CDR0000062843#_35"
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    until_shown(qtbot, window)
    assert window.summary.id == EPENDYMOMA and window.reader.current_section_id() == "_35"
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    until_shown(qtbot, window)
    assert window.summary.id == "CDR0000000001"


def test_a_figure_is_a_framed_placeholder_with_its_caption(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    text = window.reader.toPlainText()
    assert "[Figure not in this library]" in text  # its caption below says which (issue 19: not NCI's id)
    assert "CDR0000748659" not in text
    assert "Image description: Drawing of the inside of the brain" in text
    assert not window.reader.blocked_resources  # and nothing was fetched for it


def test_search_finds_and_marks_words_in_pdq_text_and_tables(qtbot, window):
    results = window.search("myxopapillary")
    hits = [h for h in results.hits if h.summary_id == EPENDYMOMA]
    assert hits
    window.search_panel.box.setText("myxopapillary")
    window.open_result(hits[0])
    until_shown(qtbot, window)
    assert window.highlighter.count > 3
    table_cell = window.search("preirradiation")
    assert table_cell.hits and table_cell.hits[0].summary_id == EPENDYMOMA


def test_the_whole_summary_exports_to_pdf_with_its_table_and_references(qtbot, window, tmp_path):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    path = window.export_to_pdf(whole=True, path=str(tmp_path / "ependymoma.pdf"))
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    for words in ("Table1.StandardTreatmentOptionsforChildhoodEpendymoma", "Preirradiationchemotherapy",
                  "[Levelofevidence:3iiiA]", "PMID17618441", "ChangestoThisSummary(09/24/2015)"):
        assert words in text, words


def test_summary_details_show_the_metadata(qtbot, window):
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.actions["summaryDetails"].trigger()
    box = window.findChild(QDialog, "summaryDetailsDialog")
    qtbot.waitUntil(box.isVisible)
    for words in ("PDQ Pediatric Treatment Editorial Board", "childhood ependymoma", "Treatment",
                  "cancer.gov/types/brain/hp/child-ependymoma-treatment-pdq", "CDR0000062843"):
        assert words in box.text(), words
    box.close()


def test_summary_details_at_40_pt_scroll_within_the_screen_with_close_in_reach(qtbot, window):
    """At 40 pt the details were 1,149 px high on a 1,000 px screen: the last rows and Close beyond it."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    window.font_size.set_size(40)
    window.actions["summaryDetails"].trigger()
    box = window.findChild(QDialog, "summaryDetailsDialog")
    qtbot.waitUntil(box.isVisible)
    room = QRect(0, 0, 800, 450)  # less than the details need at 40 pt (a long summary's need more)
    box.fit_to(room)
    assert box.height() <= room.height() and box.width() <= room.width()
    scroll = box.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.widget().height() > scroll.viewport().height())  # the rest scrolls, not cut
    assert "CDR0000062843" in box.text()
    assert box.findChild(QDialogButtonBox).isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_copy_carries_the_pdq_source(qtbot, window):
    window.navigate_to((EPENDYMOMA, "_3"))
    until_shown(qtbot, window)
    window.reader.selectAll()
    window.reader.copy()
    copied = QGuiApplication.clipboard().text()
    assert "Source: Childhood Ependymoma Treatment (PDQ®)" in copied
    assert re.search(r"\[\d+,\d+", copied)  # a marker of several references, as printed
    assert "\u200b" not in copied and "\u2060" not in copied  # nothing invisible from the layout


def write_wide_jpeg(path):
    """A 1,600 x 900 JPEG, wider than any reading column or page: a figure for the library."""
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QColor, QImage

    picture = QImage(1600, 900, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    picture.save(buffer, "JPG")
    path.write_bytes(bytes(data))
    return path


def test_a_figure_the_library_holds_is_shown_and_printed(qtbot, qsettings, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = write_wide_jpeg(tmp_path / "CDR748659.jpg")
    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0], image])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, "_35"))
    until_shown(qtbot, window)
    text = window.reader.toPlainText()
    assert "Figure not in this library" not in text
    assert "Image description: Drawing of the inside of the brain" in text
    shown = window.reader.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("media:CDR0000748659"))
    assert not shown.isNull() and shown.width() <= window.reader.width()  # scaled into the column
    path = window.export_to_pdf(whole=True, path=str(tmp_path / "with-figure.pdf"))
    assert sum(len(page.images) for page in PdfReader(path).pages) >= 1


def test_the_header_says_how_old_the_summary_is_and_warns_when_stale(qtbot, qsettings, tmp_path):
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:1], now=dt.datetime.now().astimezone() - dt.timedelta(days=40))
    window = open_window(qtbot, qsettings, library_dir=library)
    window.resize(1100, 760)  # (a short window shows each notice's first sentence: test_reading_at_every_size)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    notice = window.findChild(QLabel, "currencyNotice")
    assert notice.isVisible()
    assert "The library was last updated on" in notice.text() and "(5 weeks ago)" in notice.text()
    assert "This summary was last updated on September 24, 2015" in notice.text()
    assert "ask your IT to import the current PDQ distribution" in notice.text()
    assert re.search(r"Last updated September 24, 2015 \(\d+ years ago\)", window.header.text())
    assert "Dramatic improvements" in window.reader.toPlainText()  # the text is never hidden
    window.navigate_to(("gi-carcinoid-treatment-hp", ""))  # the bundled 2015 section: the truth, said too
    until_shown(qtbot, window)
    assert "May 28, 2015" in notice.text() and "library was last updated" not in notice.text()


def test_what_changed_at_an_update_is_shown_marked_and_navigable(qtbot, qsettings, tmp_path):
    import datetime as dt

    from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser

    from ..unit.test_changes import newer_ependymoma

    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0]], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    run_import(library, [newer_ependymoma(tmp_path)])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    button = window.findChild(QPushButton, "whatChanged")
    assert button.isVisible() and button.text() == "What changed since September 24, 2015…"
    index, _ = tree_item_rect(window, "General Information About Childhood Ependymoma")
    assert "changed in the update from September 24, 2015" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.library_commands.comparing.busy)  # compared off the UI thread
    dialog = window.findChild(QDialog, "changesDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert not window.statusBar().currentMessage().startswith("Comparing")  # done: not said beside it
    view = dialog.findChild(QTextBrowser, "changesView")
    text = view.toPlainText()
    assert "Sections added (1)" in text and "Sections removed (1)" in text and "Sections changed (1)" in text
    assert "Dramatic improvements Remarkable gains in survival" in " ".join(text.split())  # struck, then inserted
    ncis = dialog.findChild(QPushButton, "ncisChanges")
    assert ncis.text().startswith("NCI's “Changes to This Summary")
    qtbot.mouseClick(ncis, Qt.MouseButton.LeftButton)
    assert window.reader.current_section_id() == "_79" and not dialog.isVisible()


def test_a_changed_library_index_is_reported_and_not_searched(qtbot, qsettings, tmp_path):
    from viewer.library import LibraryStore

    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:1])
    index = library / LibraryStore(library).current_name() / "index" / "search.sqlite"
    index.write_bytes(index.read_bytes() + b"\0")
    window = open_window(qtbot, qsettings, library_dir=library)
    assert not [h for h in window.search("ependymoma").hits if h.summary_id == EPENDYMOMA]
    assert "search.sqlite: does not match its SHA-256" in window.problems.text()
    window.navigate_to((EPENDYMOMA, ""))  # the summaries themselves are checked apart, and still open
    until_shown(qtbot, window)
    assert "Dramatic improvements" in window.reader.toPlainText()


def test_a_figure_on_paper_fits_the_page(qtbot, qsettings, tmp_path):
    """Seen in a PDF turned into PNGs: a 1,600-pixel figure ran off the right edge of the page."""
    from PySide6.QtCore import QSizeF

    from viewer.ui.paper.printing import print_document

    write_wide_jpeg(tmp_path / "CDR748659.jpg")
    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0], tmp_path / "CDR748659.jpg"])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    document = print_document(window.summary, None, window.reader.text_style, window.library)
    document.setPageSize(QSizeF(624, 864))  # Letter's text area at 96 dpi (6.5 x 9 in)
    assert document.idealWidth() <= 624


def test_what_changed_can_be_marked_in_the_text_and_reads_without_colour(qtbot, qsettings, tmp_path):
    import datetime as dt

    from PySide6.QtGui import QTextCharFormat
    from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser

    from ..unit.test_changes import newer_ependymoma

    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[0]], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    run_import(library, [newer_ependymoma(tmp_path)])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, "_87"))
    until_shown(qtbot, window)

    def dashed(anchor: str) -> bool:
        block = window.reader.document().findBlockByNumber(window.reader.anchor_block(anchor))
        return any(f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
                   for f in block.textFormats())

    assert not dashed("_87")
    window.actions["markChanges"].trigger()
    assert dashed("_87") and dashed("_998") and not dashed("_88")
    assert window.statusBar().currentMessage().startswith("2 passages added or changed")
    window.font_size.larger()  # re-rendered at another size: the marks stay
    assert dashed("_87")
    window.actions["markChanges"].trigger()
    assert not dashed("_87")

    window.font_size.set_size(40)
    qtbot.mouseClick(window.findChild(QPushButton, "whatChanged"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.library_commands.comparing.busy)  # compared off the UI thread
    dialog = window.findChild(QDialog, "changesDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.width() > 820 or dialog.height() > 640  # it follows the text's size
    view = dialog.findChild(QTextBrowser, "changesView")
    assert "1 section changed, 1 added, 1 removed; 1 paragraph changed." in view.toPlainText()
    inserted = view.document().find("Remarkable")
    assert inserted.charFormat().fontUnderline()  # inserted words read without colour
    dialog.close()


def test_copy_is_named_for_what_the_popover_shows(qtbot, window):
    """A screen reader heard "Copy reference" on a definition and on "not in this library"."""
    window.navigate_to((PROSTATE, ""))
    until_shown(qtbot, window)
    named = {"glossary": open_link(qtbot, window, "glossary:CDR0000045693").copy_button.accessibleName()}
    qtbot.keyClick(window.popover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.popover.isVisible())
    href, rect = window.reader.link_rects("cite:")[0]
    window.show_citation(href, rect)
    qtbot.waitUntil(window.popover.isVisible)
    named["cite"] = window.popover.copy_button.accessibleName()
    qtbot.keyClick(window.popover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.popover.isVisible())
    window.navigate_to((EPENDYMOMA, ""))  # which names terms the library lacks
    until_shown(qtbot, window)
    missing = sorted(h for h, _ in window.reader.link_rects("glossary:") if "#" not in h)[0]
    named["missing"] = open_link(qtbot, window, missing).copy_button.accessibleName()
    assert named == {"glossary": "Copy definition", "cite": "Copy reference", "missing": "Copy this notice"}

"""The reader speaks the summary's language: every word it inserts into NCI's Spanish breast cancer
summary (CDR0000256668, read from ../shared) is Spanish — the header's line and the currency notice,
reference headings and the tree's rows for them, notes after links the library lacks, the footer,
the printed page's header, references, page numbers and the line a copy carries — while an English
summary reads exactly as before. The interface's own words (menus, buttons) are not checked here:
they follow the interface's language (Qt's tr())."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument

from viewer.content.pdq import load_pdq_summary, parse
from viewer.content.render import document_html
from viewer.content.wording import TABLES
from viewer.library import run_import
from viewer.ui.paper.printing import print_html

from ..conftest import PDQ, PDQ_SUMMARIES
from .test_pdq_window import open_link
from .test_reader_window import open_window, tree_item_rect, until_shown

SPANISH_BREAST = PDQ / "distribution" / "Summary" / "CDR256668.xml"
SPANISH_ID = "CDR0000256668"
EPENDYMOMA = "CDR0000062843"
REFERENCE_LISTS = 7   # the Spanish summary's ReferenceSections
LEVELS = 82           # its LOERefs, written "Grado de comprobación: …"
# The app's name and PubMed's: the same in every language.
NAMES = {"clinic", "reference", "viewer", "pmid"}
WORD = re.compile(r"[^\W\d_]+")


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, tuple):
        return [s for v in value for s in _strings(v)]
    return []


def table_strings(code: str) -> list[str]:
    table = TABLES[code]
    return [s for f in dataclasses.fields(table) for s in _strings(getattr(table, f.name))]


def english_phrases() -> set[str]:
    """Every piece of the English table between its placeholders that has a word of three letters
    or more: "References", "not in this library", "Last updated", "ago", "Source", …"""
    pieces = {p.strip(" ([]).,;:·—") for s in table_strings("en") for p in re.split(r"\{[a-z_]+\}", s)}
    return {p for p in pieces if re.search(r"[A-Za-z]{3,}", p) and not p.startswith("www.")}  # words, not addresses


def inserted_words(shown: str, source_words: set[str]) -> set[str]:
    """Words shown that are neither the summary's own nor the Spanish table's: what the reader
    added in some other language."""
    allowed = source_words | {w.casefold() for s in table_strings("es") for w in WORD.findall(s)} | NAMES
    return {w for w in WORD.findall(shown) if w.casefold() not in allowed}


def _found(phrase: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def english_in(shown: str, source: str) -> list[str]:
    """The reader's English phrases shown, but for those the summary's own text holds too (its
    references are in English: "August", "year") and the app's name."""
    shown = shown.replace("Clinic Reference Viewer", "")
    return sorted(p for p in english_phrases() | {"Level of evidence"} if _found(p, shown) and not _found(p, source))


@pytest.fixture(scope="module")
def source_text() -> str:
    return " ".join(" ".join(parse(SPANISH_BREAST).root.itertext()).split())


@pytest.fixture(scope="module")
def source_words(source_text) -> set[str]:
    """The summary's words, and its attributes' (a web link's address is written out after it)."""
    addresses = " ".join(v for element in parse(SPANISH_BREAST).root.iter() for v in element.attrib.values())
    return {w.casefold() for w in WORD.findall(f"{source_text} {addresses}")}


def test_the_readers_english_words_are_not_in_the_spanish_summarys_own_text(source_text):
    """So each is checked: a word the summary itself holds could not be told from an inserted one."""
    assert not [p for p in ("References", "not in this library", "Last updated", "Last Updated", "Out of date?",
                            "Source", "Version", "Level of evidence") if _found(p, source_text)]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    root = tmp_path_factory.mktemp("spanish-library")
    report = run_import(root, [SPANISH_BREAST, *PDQ_SUMMARIES, PDQ / "distribution" / "GlossaryTerm"])
    assert report.refused == 0, [str(line) for line in report.lines]
    return root


def tree_rows(index) -> list[str]:
    model = index.model()
    rows = []
    for row in range(model.rowCount(index)):
        child = model.index(row, 0, index)
        rows += [child.data(), *tree_rows(child)]
    return rows


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_english_phrases_checked_are_the_readers_own():
    """The check below looks for these (a sanity check of what it derives from the English table)."""
    assert {"References", "not in this library", "Last updated", "Out of date?", "ago", "Source",
            "Figure not in this library", "Page", "Health Professional Version"} <= english_phrases()


def test_the_spanish_text_has_only_spanish_words_of_the_readers_own(qapp, source_text, source_words):
    summary = load_pdq_summary(SPANISH_BREAST)
    text = plain(document_html(summary))  # links to summaries the library lacks: all of them here
    assert text.count("Bibliografía") == REFERENCE_LISTS
    assert text.count("[no está en esta biblioteca]") >= 10
    assert len(re.findall(r"\[Grados? de comprobación ?: [^\]]+\]", text)) == LEVELS  # as NCI wrote them (one "Grados"), once each
    assert "Actualización: 21 de agosto de 2006" in text
    assert "Fuente: Cáncer del seno (mama), versión para profesionales de salud, Instituto Nacional del Cáncer" in text
    assert english_in(text, source_text) == []
    assert inserted_words(text, source_words) == set()
    assert {s.title for s in summary.walk()} & {"(untitled section)"} == set()


def test_the_header_notice_tree_paper_and_copy_of_a_spanish_summary_are_spanish(qtbot, qsettings, library,
                                                                                 source_text, source_words, tmp_path):
    window = open_window(qtbot, qsettings, library_dir=library)
    window.resize(1400, 900)
    window.navigate_to((SPANISH_ID, ""))
    until_shown(qtbot, window)
    header = window.header.text()
    age = dt.date.today().year - 2006 - (dt.date.today() < dt.date(dt.date.today().year, 8, 21))
    assert f"Actualización: 21 de agosto de 2006 (hace {age} años)" in header
    assert "Tratamiento · Versión para profesionales de salud" in header
    assert "Fuente: Instituto Nacional del Cáncer (NCI), PDQ®" in header
    notice = window.header.notice.text()  # a 2006 summary: out of date
    assert notice.startswith("<b>¿Desactualizado?</b> Este sumario se actualizó por última vez el 21 de agosto de 2006")
    shown = " ".join([plain(header), plain(notice), window.header.details.accessibleDescription(),
                      window.reader.toPlainText(),
                      window.reader.source_line(window.reader.document().find("Varios factores").position())])
    summary_row, _ = tree_item_rect(window, "Cáncer del seno (mama)")
    rows = tree_rows(summary_row)
    assert rows.count("Bibliografía") == REFERENCE_LISTS  # the tree names the lists as the text does
    shown += " " + " ".join(rows)
    assert english_in(shown, source_text) == []
    assert inserted_words(shown, source_words) == set()

    pdf = window.export_to_pdf(whole=True, path=str(tmp_path / "seno.pdf"))
    pages = PdfReader(pdf).pages
    printed = " ".join(" ".join(page.extract_text() for page in [pages[0], pages[1], pages[-1]]).split())
    assert "Página 2 de" in printed and "Page 2 of" not in printed and "Actualización: 21 de agosto de 2006" in printed
    assert english_in(printed, source_text) == []
    # the words themselves from what was laid out (a PDF's text cuts some words in two)
    section = next(s for s in window.summary.walk() if s.parent is not None and window.summary.cited_in(s))
    laid_out = plain(print_html(window.summary, section, window.reader.text_style, window.library,
                                window.library.imported_date(SPANISH_ID)))
    assert f"Bibliografía ({section.top_level().title})" in laid_out
    assert english_in(laid_out, source_text) == [] and inserted_words(laid_out, source_words) == set()


@pytest.fixture
def spanish_locale():
    """A Spanish-speaking desktop: the summary's words must not follow it (the interface's do)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("es_MX"))
    yield
    QLocale.setDefault(before)


def test_an_english_summary_reads_as_before(qtbot, qsettings, library, spanish_locale):
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((EPENDYMOMA, ""))
    until_shown(qtbot, window)
    assert re.search(r"Treatment · Health Professional Version · Last updated September 24, 2015 \(\d+ years ago\)"
                     r" · Source: National Cancer Institute \(NCI\), PDQ®", window.header.text())
    assert "<b>Out of date?</b> This summary was last updated on September 24, 2015" in window.header.notice.text()
    text = window.reader.toPlainText()
    assert "\nReferences\n" in text and "Last Updated: September 24, 2015" in text
    assert "Source: Childhood Ependymoma Treatment (PDQ®), Health Professional version, National Cancer Institute" in text
    spanish = {w for s in table_strings("es") for w in WORD.findall(s) if len(w) > 3} - {
        w for s in table_strings("en") for w in WORD.findall(s)}
    assert not [w for w in WORD.findall(text + window.header.text()) if w in spanish and w in {
        "Bibliografía", "Actualización", "Fuente", "Versión", "biblioteca", "Desactualizado"}]


def test_a_level_of_evidence_in_a_spanish_summary_is_explained_in_spanish(qtbot, qsettings, library, source_text):
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((SPANISH_ID, ""))
    until_shown(qtbot, window)
    levels = sorted({h for h, _ in window.reader.link_rects("glossary:") if "#" in h})
    assert "glossary:CDR0000335128#1iiDi" in levels  # its dictionary entry is not in the library
    popover = open_link(qtbot, window, "glossary:CDR0000335128#1iiDi")
    until_shown(qtbot, window)
    assert popover.accessibleName() == "Grado de comprobación 1iiDi"
    assert popover.plain_text().splitlines()[1:3] == [
        "Diseño del estudio 1ii: Ensayo clínico controlado aleatorizado: administración del tratamiento sin "
        "enmascaramiento.", "Criterio de valoración Di: Medida indirecta: supervivencia sin complicaciones."]
    assert english_in(popover.plain_text(), source_text) == []


def test_what_changed_in_a_spanish_summary_is_said_in_spanish(qtbot, source_text, source_words):
    from viewer.library.changes import changes_html, compare
    from viewer.ui.reading.summary_header import SummaryHeader

    new = load_pdq_summary(SPANISH_BREAST)
    text = SPANISH_BREAST.read_bytes().decode("utf-16")
    earlier = (text.replace("2006-08-21", "2006-05-02").replace("Casos nuevos: 212.920.", "Casos nuevos: 211.240.")
               .replace('<SummarySection id="_12">', '<SummarySection id="_12x">', 1))
    old = load_pdq_summary(SPANISH_BREAST, earlier.encode("utf-8"))
    changes = compare(old, new)
    assert changes.changed and changes.added and changes.removed
    report = plain(changes_html(changes, old, new))
    assert report.startswith("Cambios desde el 2 de mayo de 2006\n")
    assert "1 sección modificada, 1 agregada, 1 eliminada; 1 párrafo modificado." in report
    assert "Secciones agregadas (1)" in report and "Las palabras agregadas están subrayadas" in report
    assert english_in(report, source_text) == [] and inserted_words(report, source_words) == set()
    header = SummaryHeader()
    qtbot.addWidget(header)
    header.show_summary(new, None, changes)
    assert header.changes_button.text() == "Cambios desde el 2 de mayo de 2006…"


def test_a_spanish_summarys_citation_and_reference_popover_are_spanish(qtbot, qsettings, library, source_text):
    from PySide6.QtCore import QRect

    from viewer.content.citing import preferred_citation

    summary = load_pdq_summary(SPANISH_BREAST)
    citation = preferred_citation(summary, dt.date(2026, 11, 26))
    assert citation == ("PDQ Cáncer del seno (mama). Bethesda, MD: National Cancer Institute. Actualización: 08/21/2006. "
                        "Disponible en: http://cancer.gov/espanol/pdq/tratamiento/seno/HealthProfessional. "
                        "Fecha de acceso: 11/26/2026.")
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to((SPANISH_ID, ""))
    until_shown(qtbot, window)
    window.popover.show_citation(window.summary, "cite:_1/1,2", QRect(100, 100, 20, 10))
    assert window.popover.accessibleName() == "Referencias 1, 2"
    assert english_in(window.popover.accessibleName(), source_text) == []

"""A patient handout (issue 22 item 2): from a patient version, English or Spanish, the section
being read at a large size, NCI's attribution and the summary's date, the currency notice when it
applies, and the dictionary's definitions of the terms the section marks ("Words to know" /
"Palabras para saber"), every added word in the summary's language."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from pypdf import PdfReader

from viewer.library import run_import
from viewer.ui.paper.handout import handout_html, handout_style

from ..conftest import PDQ, PDQ_GLOSSARY
from ..unit.versions_xml import HP_ID, HP_UNUSUAL, PATIENT_ID, PATIENT_UNUSUAL
from .test_print_and_pdf import pdf_text, visible_text, words
from .test_reader_window import open_window, until_shown

SPANISH_GIST = "CDR0000710915"  # a real Spanish patient summary; its section _28 marks "radiografía de tórax"


@pytest.fixture(scope="module")
def handout_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("handout") / "library"
    glossary = PDQ_GLOSSARY + sorted((PDQ / "distribution" / "GlossaryTerm").glob("*.xml"))
    report = run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL, PDQ / "distribution" / "Summary" / "CDR710915.xml", *glossary])
    assert report.refused == 0, [str(line) for line in report.lines]
    return root


@pytest.fixture
def window(qtbot, qsettings, handout_library):
    return open_window(qtbot, qsettings, library_dir=handout_library)


def body_points(path) -> float:
    """The size most of the PDF's second page is set in (points)."""
    sizes: Counter = Counter()

    def measure(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * tm[3] * cm[3], 1)] += len(text)
    PdfReader(str(path)).pages[1].extract_text(visitor_text=measure)
    return sizes.most_common(1)[0][0]


def test_an_english_handout_has_the_section_its_words_explained_and_nci_named(qtbot, window, tmp_path):
    window.navigate_to((PATIENT_ID, "_31"))  # "Thymomas and Thymic Carcinoma", which marks "chest x-ray"
    until_shown(qtbot, window)
    path = window.paper.handout(to_pdf=True, path=str(tmp_path / "handout.pdf"))
    text = pdf_text(path)
    assert words("Thymomas and Thymic Carcinoma") in text
    assert words("are usually discovered during a routine chest x-ray") in text
    assert words("Tumors of the Heart") not in text  # the next section is not on it
    assert words("Words to know chest x-ray: An x-ray of the structures inside the chest.") in text
    assert words("Last updated: October 27, 2006") in text
    assert words("Adapted from NCI's PDQ® cancer information summary “Unusual Cancers of Childhood”") in text
    assert words("the whole summary") in text  # (a page may begin between these)
    assert words("is at http://cancer.gov/cancertopics/pdq/treatment/unusual-cancers-childhood/Patient") in text
    assert words("Out of date? This text was last updated on October 27, 2006") in text  # 20 years old
    assert text.index(words("Words to know")) > text.index(words("routine chest x-ray"))  # after the section


def test_a_spanish_handout_is_in_spanish_with_the_spanish_definitions(qtbot, window, tmp_path):
    window.navigate_to((SPANISH_GIST, "_28"))
    until_shown(qtbot, window)
    path = window.paper.handout(to_pdf=True, path=str(tmp_path / "hoja.pdf"))
    text = pdf_text(path)
    assert words("Estadios de los tumores del estroma gastrointestinal") in text
    assert words("Palabras para saber radiografía de tórax: Radiografía de las estructuras ubicadas adentro del tórax.") in text
    assert words("Actualización: 30 de septiembre de 2011") in text
    assert words("¿Información desactualizada? Este texto se actualizó por última vez el 30 de septiembre de 2011") in text
    assert words("Adaptado del sumario del PDQ®") in text and words("Página 2 de") in text
    for english in ("Words to know", "Last updated", "Adapted from", "Page", "An x-ray of the structures", "Printed on"):
        assert words(english) not in text, english


def test_the_handout_is_large_print_whatever_the_readers_size(qtbot, window, tmp_path):
    window.navigate_to((PATIENT_ID, "_31"))
    until_shown(qtbot, window)
    window.font_size.set_size(10)
    assert body_points(window.paper.handout(to_pdf=True, path=str(tmp_path / "a.pdf"))) == 18
    window.font_size.set_size(24)  # a reader who reads larger gets it larger
    assert body_points(window.paper.handout(to_pdf=True, path=str(tmp_path / "b.pdf"))) == 24


def test_the_currency_notice_only_when_it_applies(qtbot, window):
    window.navigate_to((PATIENT_ID, "_31"))
    until_shown(qtbot, window)
    summary, section = window.summary, window.summary.section("_31")
    style = handout_style(window.reader.text_style)
    current = handout_html(summary, section, style, window.library, imported=dt.date(2006, 11, 1), today=dt.date(2006, 11, 2))
    assert "Out of date?" not in current
    stale_library = handout_html(summary, section, style, window.library, imported=dt.date(2006, 11, 1),
                                 today=dt.date(2006, 12, 15))
    assert "Out of date?" in stale_library and "library last updated on November 1, 2006" in stale_library


def test_the_handout_is_offered_from_patient_versions_only(qtbot, window, tmp_path):
    window.navigate_to((HP_ID, "_29"))
    until_shown(qtbot, window)
    assert not window.actions["exportHandout"].isEnabled() and not window.actions["printHandout"].isEnabled()
    assert window.paper.handout(to_pdf=True, path=str(tmp_path / "no.pdf")) is None
    assert not (tmp_path / "no.pdf").exists()
    window.navigate_to((PATIENT_ID, "_31"))
    until_shown(qtbot, window)
    assert window.actions["exportHandout"].isEnabled() and window.actions["printHandout"].isEnabled()


def test_the_pdf_is_offered_under_a_name_saying_what_it_is(qtbot, window):
    from viewer.ui.paper.handout import handout

    window.navigate_to((SPANISH_GIST, "_28"))
    until_shown(qtbot, window)
    summary = window.summary
    printout = handout(summary, summary.section("_28"), window.reader.text_style, window.library)
    assert printout.file_name == ("Tumores del estroma gastrointestinal - Tratamiento (PDQ®) - "
                                  "Estadios de los tumores del estroma gastrointestinal - hoja para el paciente.pdf")
    assert visible_text  # (the page text helper is the print tests')


def test_a_term_has_its_spanish_definition_from_the_spanish_fields():
    from viewer.content.pdq import load_glossary_term

    term = load_glossary_term(PDQ / "distribution" / "GlossaryTerm" / "CDR304687.xml")
    assert term.spanish_name == "radiografía de tórax"
    assert term.definition_in("Patients", "Spanish")[0].text.startswith("Radiografía de las estructuras ubicadas")
    assert term.definition_in("Patients", "English")[0].text.startswith("An x-ray of the structures")
    minimal = load_glossary_term(PDQ / "distribution" / "GlossaryTerm" / "CDR350231.xml")  # no Spanish definition
    assert minimal.definition_in("Patients", "Spanish")[1]  # the English one instead, said so


def test_printing_the_handout_prints_the_same_pages(qtbot, window, tmp_path, monkeypatch):
    """Ctrl+Alt+H goes through the printer dialog; here the dialog is accepted onto a PDF printer."""
    from PySide6.QtPrintSupport import QPrinter

    from viewer.ui.paper import printing

    printed = tmp_path / "printed.pdf"

    def accepted(parent, summary, section, style, targets=None, imported=None, printout=None):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printing.render_to(printer, summary, section, style, targets, imported, printout)

    monkeypatch.setattr(printing, "print_with_dialog", accepted)
    window.navigate_to((SPANISH_GIST, "_28"))
    until_shown(qtbot, window)
    window.actions["printHandout"].trigger()
    text = pdf_text(printed)
    assert words("Palabras para saber radiografía de tórax") in text and words("Página 2 de") in text

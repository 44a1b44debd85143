"""A PDF of many pages holds the whole text: at 40 pt the Spanish breast cancer summary runs past 600 pages."""
from pypdf import PdfReader

from viewer.library import run_import

from ..conftest import PDQ
from .test_reader_window import open_window, until_shown


def spanish_breast_cancer_at_40_pt(qtbot, qsettings, tmp_path):
    """A window reading the Spanish breast cancer summary (over 1,100 A4 pages at 40 pt) at 40 pt."""
    library = tmp_path / "lib"
    run_import(library, [PDQ / "distribution" / "Summary" / "CDR256668.xml"])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to(("CDR0000256668", ""))
    until_shown(qtbot, window)
    window.font_size.set_size(40)
    return window


def test_a_summary_of_over_600_pages_at_40_pt_is_exported_to_its_last_line(qtbot, qsettings, tmp_path):
    """At Qt's own 1200 dpi the layout stopped at 2**23 of its units (598 A4 pages): the PDF ended at
    "Cuadro 2", without the table, the rest of the text, the attribution or the disclaimer."""
    window = spanish_breast_cancer_at_40_pt(qtbot, qsettings, tmp_path)
    reader = PdfReader(window.export_to_pdf(whole=True, path=str(tmp_path / "seno.pdf")))
    assert len(reader.pages) > 600
    last = "".join(" ".join(page.extract_text() for page in reader.pages[-3:]).split())
    assert "ImpresoconClinicReferenceViewer" in last  # the line printed last, on the last page
    assert "dominiopúblico" in last  # the attribution before it


def test_a_printout_that_would_still_be_cut_is_refused_and_says_why(qtbot, qsettings, tmp_path, monkeypatch):
    """Past Qt's 2**23 units even at 300 dpi (here: Qt's own 1200 again, so the same summary passes
    them), nothing is written or printed cut short: the export says why and keeps what was there."""
    from PySide6.QtWidgets import QMessageBox

    from viewer.ui.paper import printing

    window = spanish_breast_cancer_at_40_pt(qtbot, qsettings, tmp_path)
    monkeypatch.setattr(printing, "PDF_DPI", 1200)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    target = tmp_path / "seno.pdf"
    target.write_bytes(b"%PDF- the one saved before")
    assert window.export_to_pdf(whole=True, path=str(target)) is None
    assert target.read_bytes() == b"%PDF- the one saved before" and len(said) == 1
    assert "longer than can be laid out on paper" in said[0] and "one section at a time" in said[0]
    assert list(tmp_path.glob(".seno.pdf.*")) == []  # no partial file left

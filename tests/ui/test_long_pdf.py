"""A PDF of many pages holds the whole text: at 40 pt the Spanish breast cancer summary runs past 600 pages."""
from pypdf import PdfReader

from viewer.library import run_import

from ..conftest import PDQ
from .test_reader_window import open_window, until_shown


def test_a_summary_of_over_600_pages_at_40_pt_is_exported_to_its_last_line(qtbot, qsettings, tmp_path):
    """At Qt's own 1200 dpi the layout stopped at 2**23 of its units (598 A4 pages): the PDF ended at
    "Cuadro 2", without the table, the rest of the text, the attribution or the disclaimer."""
    library = tmp_path / "lib"
    run_import(library, [PDQ / "distribution" / "Summary" / "CDR256668.xml"])
    window = open_window(qtbot, qsettings, library_dir=library)
    window.navigate_to(("CDR0000256668", ""))
    until_shown(qtbot, window)
    window.font_size.set_size(40)
    reader = PdfReader(window.export_to_pdf(whole=True, path=str(tmp_path / "seno.pdf")))
    assert len(reader.pages) > 600
    last = "".join(" ".join(page.extract_text() for page in reader.pages[-3:]).split())
    assert "ImpresoconClinicReferenceViewer" in last  # the line printed last, on the last page
    assert "dominiopúblico" in last  # the attribution before it

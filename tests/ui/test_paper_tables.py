"""A table on paper: its header rows repeated on each page it runs on, unless they would fill the page."""
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

from viewer.ui.paper.paper_pages import locale_page_size, paint_pages, portrait_layout

# The header of the Spanish breast cancer summary's "Cuadro 1", whose words at 40 pt made a header
# one page tall: Qt repeated it on every page and printed the rows over it (a 12-row table: 26 pages)
HEADER = ("<thead><tr><th>Grupo</th><th>Riesgo bajo: tiene todos los factores enumerados</th>"
          "<th>Riesgo intermedio: riesgo clasificado entre las dos</th>"
          "<th>Riesgo alto: tiene por lo menos 1 de los factores</th></tr></thead>")


def printed_pages(qtbot, tmp_path, points: int, rows: int) -> list[str]:
    """Each page's text, without white space (extractors split words as they please)."""
    body = "".join(f"<tr><td>row{i}</td><td>cell{i}a</td><td>cell{i}b</td><td>cell{i}c</td></tr>" for i in range(rows))
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSize(points)
    document.setDefaultFont(font)
    document.setHtml(f"<h1>Cuadro</h1><table border='1' width='100%'>{HEADER}<tbody>{body}</tbody></table><p>end</p>")
    path = tmp_path / f"table-{points}.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(portrait_layout(locale_page_size()))
    pages = paint_pages(document, writer, "Cuadro")
    del writer  # the PDF is finished when the writer goes
    texts = ["".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]
    assert len(texts) == pages
    return texts


def test_at_40_pt_a_header_taller_than_a_third_of_the_page_is_printed_once_and_no_row_is_under_it(qtbot, tmp_path):
    pages = printed_pages(qtbot, tmp_path, 40, rows=12)
    text = "".join(pages)
    assert sum("alto" in page for page in pages) == 1, pages  # printed once, not at the top of every page
    for i in range(12):  # every row is printed
        assert f"row{i}" in text and f"cell{i}c" in text, i
    assert len(pages) <= 4, len(pages)  # (repeated, the header filled 24 pages with nothing else)


@pytest.mark.parametrize("points", [12, 16])
def test_a_short_header_is_repeated_on_each_page_the_table_runs_on(qtbot, tmp_path, points):
    pages = printed_pages(qtbot, tmp_path, points, rows=120)
    assert len(pages) >= 3
    assert all("Grupo" in page for page in pages[1:-1]), pages  # every page the table runs on begins with it


def test_the_spanish_breast_cancer_summary_at_40_pt_prints_its_table_header_once(qtbot, qsettings, tmp_path):
    """The whole summary on paper at 40 pt: Cuadro 1's header was printed on four pages, the rows over
    it, after a page with an empty frame. (Measured with Qt's layout of the cells, the first form of
    this fix crashed Qt on this summary's tables: nothing of a cell's layout is asked.)"""
    from .test_long_pdf import spanish_breast_cancer_at_40_pt

    window = spanish_breast_cancer_at_40_pt(qtbot, qsettings, tmp_path)
    path = window.export_to_pdf(whole=True, path=str(tmp_path / "seno.pdf"))
    pages = ["".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
    assert sum("Riesgobajo:" in page or "bajo:tien" in page for page in pages) == 1

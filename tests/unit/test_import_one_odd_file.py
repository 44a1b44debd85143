"""Issue 17, finding 1: one odd file is that file's refusal, with its file and line; the good
files beside it are imported. Numbers in attributes are ASCII digits, and bounded."""
from __future__ import annotations

import pytest

from viewer.content import ContentError
from viewer.content.pdq import load_pdq_summary
from viewer.content.pdq.tables import TableWriter
from viewer.library import load_library_dir, one_document, run_import

from ..conftest import PDQ_SUMMARIES
from .pdq_xml import cited, section, summary_xml, table

GENUINE = PDQ_SUMMARIES[:2]  # CDR0000062843, CDR0000062872
ODD = {
    "utf-7": summary_xml(section("<Para>x</Para>"), encoding="UTF-7"),
    "shift-jis": summary_xml(section("<Para>x</Para>"), encoding="Shift_JIS"),
    "unknown-encoding": summary_xml(section("<Para>x</Para>"), encoding="x-no-such-encoding"),
    "colnum-superscript": summary_xml(section(table(2, colnum="\u00b2"))),
    "morerows-superscript": summary_xml(section(table(2, more_rows="\u00b2"))),
    "morerows-5000-digits": summary_xml(section(table(2, more_rows="9" * 5000))),
    "colnum-5000-digits": summary_xml(section(table(2, colnum="9" * 5000))),
    "refidx-superscript": summary_xml(section(cited(2, refidx="\u00b2"))),
    "refidx-5000-digits": summary_xml(section(cited(2, refidx="9" * 5000))),
    "idx-superscript": summary_xml(section(cited(2, idx_of=lambda i: "\u00b2" if i == 2 else str(i)))),
    "idx-arabic-indic": summary_xml(section(cited(2, idx_of=lambda i: "\u0661" if i == 1 else str(i)))),
    "idx-5000-digits": summary_xml(section(cited(2, idx_of=lambda i: "9" * 5000 if i == 2 else str(i)))),
}
# Spans and column numbers in odd digits are not numbers: the table is shown without them.
SHOWN = {"colnum-superscript", "morerows-superscript", "morerows-5000-digits", "colnum-5000-digits"}


@pytest.mark.parametrize("name", sorted(ODD))
def test_an_odd_file_is_its_own_refusal_and_the_rest_is_imported(tmp_path, name):
    odd = tmp_path / f"{name}.xml"
    odd.write_bytes(ODD[name])
    report = run_import(tmp_path / "lib", [GENUINE[0], odd, GENUINE[1]])
    assert report.count("added") == (3 if name in SHOWN else 2), [str(line) for line in report.lines]
    if name not in SHOWN:
        [refused] = [line for line in report.lines if line.action == "refused"]
        assert refused.detail.startswith(f"{odd}, line "), refused.detail
        assert "Traceback" not in refused.detail
    library = load_library_dir(tmp_path / "lib")
    assert {"CDR0000062843", "CDR0000062872"} <= set(library.catalog) and not library.problems


def test_a_number_in_odd_digits_is_refused_with_its_element_line():
    error = pytest.raises(ContentError, load_pdq_summary, "odd.xml", ODD["refidx-superscript"]).value
    assert "refidx=\"\u00b2\"" in error.message and "digits 0-9" in error.message
    assert error.line == 3  # the SummarySection's line: the Para and Reference are on it


def test_a_span_in_odd_digits_is_no_span():
    summary = load_pdq_summary("odd.xml", ODD["morerows-superscript"])
    assert "rowspan" not in summary.html and summary.sections[0].paragraphs


def test_an_unforeseen_failure_inside_the_reader_is_that_documents_refusal(tmp_path, monkeypatch):
    """Whatever goes wrong while one document is read leaves as a ContentError naming the file."""
    write = TableWriter.write

    def broken(self, table_element):
        if self.writer.doc.path.name == "with-a-table.xml":
            raise KeyError("nobody foresaw this")
        return write(self, table_element)

    monkeypatch.setattr(TableWriter, "write", broken)
    odd = tmp_path / "with-a-table.xml"
    odd.write_bytes(summary_xml(section(table(2))))
    error = pytest.raises(ContentError, load_pdq_summary, odd).value
    assert error.path == odd and "KeyError" in error.message
    report = run_import(tmp_path / "lib", [odd, GENUINE[1]])
    assert report.count("added") == 1 and report.refused == 1


def test_the_importers_step_refuses_one_document_whatever_it_raises(tmp_path, monkeypatch):
    """The per-document step of the import itself: any exception is that document's refusal."""
    describe = one_document.describe

    def describe_or_fail(data, name):
        if name.endswith("odd.xml"):
            raise MemoryError("one document too many")
        return describe(data, name)

    monkeypatch.setattr(one_document, "describe", describe_or_fail)
    odd = tmp_path / "odd.xml"
    odd.write_bytes(summary_xml(section("<Para>x</Para>")))
    report = run_import(tmp_path / "lib", [GENUINE[0], odd, GENUINE[1]])
    assert report.count("added") == 2
    [refused] = [line for line in report.lines if line.action == "refused"]
    assert refused.detail.startswith(f"{odd}: could not be read (MemoryError")

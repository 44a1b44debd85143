"""Issue 17 in the import report: a failed import blames permissions only when it was one (finding 1);
what a re-import repaired is counted (finding 6)."""
from __future__ import annotations

from viewer.ui.library.import_dialog import report_html


def test_only_a_permission_error_says_that_only_it_can_update_the_library():
    assert "only be updated by your IT" in report_html(PermissionError(13, "Permission denied", "/lib"))
    words = report_html(ValueError("multi-byte encodings are not supported"))
    assert "only be updated" not in words and "administrator" not in words
    assert "ValueError: multi-byte encodings are not supported" in words


def test_the_report_counts_what_was_repaired(tmp_path):
    from viewer.library.importer import ImportReport, ReportLine

    report = ImportReport(tmp_path, [ReportLine("repaired", "CDR0000062843", "Ependymoma", "rewritten")])
    assert "1 repaired" in report_html(report) and "1 repaired" in report.total()

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


def test_a_read_back_failure_after_the_switch_is_said_in_the_interfaces_language(qapp, tmp_path):
    import errno

    from viewer.library.importer import ImportReport
    from viewer.library.store import ReadBackFailed
    from viewer.ui.common import i18n

    manifest = tmp_path / "v000002" / "MANIFEST.sha256"
    failed = ReadBackFailed("v000002", OSError(errno.EIO, "Input/output error", str(manifest)))
    report = ImportReport(tmp_path, generation="v000002", read_back=failed.problem)
    assert "<b>Afterwards:</b> the import is done" in report_html(report) and str(manifest) in report_html(report)
    i18n.install("es")
    try:
        words = report_html(report)
    finally:
        i18n.install("en")
    assert "<b>Después:</b> la importación está hecha" in words and f"{manifest}: Input/output error" in words


def test_the_report_names_what_is_damaged_in_the_library_in_the_interfaces_language(qapp, tmp_path):
    from viewer.library.importer import ImportReport, ReportLine
    from viewer.ui.common import i18n

    report = ImportReport(tmp_path, [ReportLine("damaged", "CDR0000062843", "Childhood Ependymoma", "no match")])
    words = report_html(report)
    assert "1 damaged" in words and "<b>Damaged in the library</b>" in words
    assert "<li>CDR0000062843 Childhood Ependymoma</li>" in words
    i18n.install("es")
    try:
        words = report_html(report)
    finally:
        i18n.install("en")
    assert "Damaged" not in words and "1 dañado" in words and "CDR0000062843 Childhood Ependymoma" in words

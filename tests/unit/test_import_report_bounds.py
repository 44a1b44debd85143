"""Issue 17's remnant: an archive with many hostile members gave one report line each (thousands, in
the terminal and in the window's details). The first refusals of each kind are listed, then one
line says how many more were refused like them; the totals still count every one."""
from __future__ import annotations

import io
import tarfile

from viewer.library import run_import
from viewer.library.report import REFUSALS_SHOWN_PER_KIND, ImportReport, ReportLine

from ..conftest import PDQ_SUMMARIES
from .test_library import cli

BROKEN = 150   # members that are not XML
LINKS = 30     # members that are links


def hostile_archive(path):
    with tarfile.open(path, "w:gz") as archive:
        genuine = PDQ_SUMMARIES[0].read_bytes()
        info = tarfile.TarInfo("Summary/CDR0000062843.xml")
        info.size = len(genuine)
        archive.addfile(info, io.BytesIO(genuine))
        for i in range(BROKEN):
            data = b"<Summary id='CDR%d'><unclosed>" % i
            info = tarfile.TarInfo(f"Summary/CDR{i:010d}.xml")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for i in range(LINKS):
            info = tarfile.TarInfo(f"Summary/CDR{900000 + i:010d}.xml")
            info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
            archive.addfile(info)
    return path


def test_the_command_line_lists_the_first_refusals_of_each_kind_and_counts_the_rest(tmp_path):
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(hostile_archive(tmp_path / "hostile.tar.gz")))
    lines = out.splitlines()
    refused = [line for line in lines if line.startswith("refused ")]
    assert status == 1 and any(line.startswith("added ") for line in lines)
    assert len(refused) <= 2 * (REFUSALS_SHOWN_PER_KIND + 1) < BROKEN
    assert any(f"… and {BROKEN - REFUSALS_SHOWN_PER_KIND:,} more like this" in line for line in refused), refused
    assert any(f"… and {LINKS - REFUSALS_SHOWN_PER_KIND:,} more like this" in line for line in refused), refused
    assert f"{BROKEN + LINKS} refused" in lines[-1]  # the total counts every one


def test_the_windows_details_are_bounded_as_printed(qapp, tmp_path):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from viewer.ui.library.import_dialog import show_report

    report = run_import(tmp_path / "lib", [hostile_archive(tmp_path / "hostile.tar.gz")])
    assert report.refused == BROKEN + LINKS
    parent = QWidget()
    show_report(parent, report)
    details = parent.findChild(QMessageBox, "importReport").detailedText().splitlines()
    assert len(details) <= 2 * (REFUSALS_SHOWN_PER_KIND + 1) + 2
    assert details[-1] == report.total() and f"{BROKEN + LINKS} refused" in details[-1]
    assert any(f"… and {BROKEN - REFUSALS_SHOWN_PER_KIND:,} more like this" in line for line in details)
    parent.deleteLater()


def test_refusals_of_different_kinds_are_each_listed_and_a_few_are_all_listed():
    report = ImportReport(library=__import__("pathlib").Path("/lib"))
    report.lines += [ReportLine("refused", "", "", f"f{i}.xml, line {i}: holds more than {i:,} sections") for i in range(3)]
    report.lines += [ReportLine("refused", "", "", f"g{i}.xml: dated 2999-01-0{i % 9 + 1}, later than today")
                     for i in range(REFUSALS_SHOWN_PER_KIND + 5)]
    shown = report.shown_lines()
    assert sum(line.startswith("refused    f") for line in shown) == 3  # few of a kind: every one
    assert sum(line.startswith("refused    g") for line in shown) == REFUSALS_SHOWN_PER_KIND
    assert shown[-1] == "refused    … and 5 more like this: dated 2999-01-01, later than today"

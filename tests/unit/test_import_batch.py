"""One import run as a whole: dates past today, the same document twice, a run that imports nothing,
and the command line's contract (a missing PATH, a reader that stops early)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from viewer.library import LibraryStore, load_library_dir, run_import
from viewer.library.importer import FUTURE_MARGIN, ReportLine
from viewer.search import SearchIndex

from ..conftest import PDQ_SUMMARIES, REPO
from .test_library import cli, edited, ids

EPENDYMOMA, UNUSUAL, PROSTATE = PDQ_SUMMARIES
ID = "CDR0000062843"


def version(folder: Path, name: str, date: str, word: str) -> Path:
    """The ependymoma summary as NCI might send it on `date`, with `word` in paragraph _87."""
    root = etree.fromstring(EPENDYMOMA.read_bytes())
    root.find("DateLastModified").text = date
    for para in root.iter("Para"):
        if para.get("id") == "_87":
            para.text = para.text.replace("Dramatic improvements", f"Dramatic {word}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(etree.tostring(root, encoding="utf-8", xml_declaration=True))
    return path


def hits(library: Path, word: str) -> int:
    index = SearchIndex.build([])
    index.attach(load_library_dir(library).search_index())
    return len(index.search(word).hits)


def actions(report) -> list[str]:
    return [line.action for line in report.lines]


# -- dates past today ---------------------------------------------------------------------------

def test_a_date_past_today_is_refused_so_genuine_updates_still_come_in(tmp_path):
    library = tmp_path / "lib"
    future = tmp_path / "CDR62843.xml"
    future.write_bytes(edited(EPENDYMOMA, "9999-12-31"))
    status, out, _ = cli("--library", str(library), str(future))
    assert status == 1 and "dated 9999-12-31, later than today" in out
    status, out, _ = cli("--library", str(library), str(EPENDYMOMA))  # NCI's genuine copy
    assert status == 0 and f"added      {ID}" in out


def test_the_margin_past_today_is_two_days(tmp_path):
    """NCI dates in US Eastern time; a clinic may be a day ahead, its clock a day wrong."""
    assert FUTURE_MARGIN == dt.timedelta(days=2)
    dated = dt.date(2015, 9, 24)  # the shared ependymoma summary's date
    at = lambda day: dt.datetime.combine(day, dt.time(12), dt.timezone.utc)  # noqa: E731
    assert actions(run_import(tmp_path / "a", [EPENDYMOMA], now=at(dated - FUTURE_MARGIN))) == ["added"]
    late = run_import(tmp_path / "b", [EPENDYMOMA], now=at(dated - FUTURE_MARGIN - dt.timedelta(days=1)))
    assert actions(late) == ["refused"] and "later than today" in late.lines[0].detail


def test_a_library_already_holding_a_date_past_today_takes_the_genuine_update(tmp_path):
    """A 9999-12-31 copy imported before such dates were refused must not make NCI's updates 'older'."""
    library = tmp_path / "lib"
    future = tmp_path / "future" / "CDR62843.xml"
    future.parent.mkdir()
    future.write_bytes(edited(EPENDYMOMA, "9999-12-31"))
    run_import(library, [future], now=dt.datetime(9999, 12, 30, tzinfo=dt.timezone.utc))  # a library from before
    report = run_import(library, [EPENDYMOMA])
    assert actions(report) == ["updated"], [str(line) for line in report.lines]
    assert load_library_dir(library).get(ID).metadata.last_updated == dt.date(2015, 9, 24)


# -- the same document twice in one run ---------------------------------------------------------

@pytest.fixture
def held(tmp_path):
    """A library holding the ependymoma summary of 2015-09-24."""
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    return library


@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_the_newer_of_two_copies_is_imported_and_the_previous_version_is_the_librarys(held, tmp_path, order):
    """Two weeks' archives in one run: the later one wins whatever the order, the other is reported
    skipped, and "what changed" compares with the version the library held, not the skipped one."""
    march = version(tmp_path / "week10", "CDR62843.xml", "2016-03-01", "Zanzibarian")
    june = version(tmp_path / "week23", "CDR62843.xml", "2016-06-01", "Quixotic")
    report = run_import(held, [march, june] if order == "older first" else [june, march])
    lines = {line.action: str(line) for line in report.lines}
    assert sorted(lines) == ["skipped", "updated"], list(lines)
    assert "(2015-09-24 → 2016-06-01)" in lines["updated"]
    assert "week10/CDR62843.xml, dated 2016-03-01" in lines["skipped"] and "is newer (2016-06-01)" in lines["skipped"]
    loaded = load_library_dir(held)
    assert loaded.get(ID).metadata.last_updated == dt.date(2016, 6, 1)
    assert loaded.previous.get(ID).metadata.last_updated == dt.date(2015, 9, 24)  # the library's, never March's
    assert loaded.changes[ID].previous_date == dt.date(2015, 9, 24)
    assert hits(held, "Quixotic") == 1 and hits(held, "Zanzibarian") == 0  # the skipped copy left no trace
    assert "total: 0 added, 1 updated, 0 unchanged, 0 removed, 0 refused, 1 skipped" in report.total()


def test_the_same_text_twice_is_imported_once(tmp_path):
    copy = tmp_path / "copy" / "CDR62843.xml"
    copy.parent.mkdir()
    copy.write_bytes(EPENDYMOMA.read_bytes())
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(EPENDYMOMA), str(copy))
    assert status == 0 and out.count("added ") == 1
    assert f"skipped    {ID}  Childhood Ependymoma Treatment (PDQ®) ({copy}: the same as {EPENDYMOMA})" in out


def test_two_copies_with_the_same_date_and_different_text_are_both_refused(held, tmp_path):
    """Nothing says which is NCI's: neither is imported, and the library keeps its own copy."""
    one = version(tmp_path / "a", "CDR62843.xml", "2016-03-01", "Zanzibarian")
    two = version(tmp_path / "b", "CDR62843.xml", "2016-03-01", "Quixotic")
    before = LibraryStore(held).current_name()
    status, out, _ = cli("--library", str(held), str(one), str(two))
    assert status == 1 and out.count("refused ") == 2, out
    assert "with the same date (2016-03-01) and different text" in out and "the library keeps its own copy" in out
    assert LibraryStore(held).current_name() == before  # nothing else changed: no new generation
    assert load_library_dir(held).get(ID).metadata.last_updated == dt.date(2015, 9, 24)
    # with something else in the run, the contradiction is put back in the index and catalog too
    report = run_import(held, [one, two, PROSTATE])
    assert actions(report) == ["refused", "refused", "added"]
    loaded = load_library_dir(held)
    assert loaded.get(ID).metadata.last_updated == dt.date(2015, 9, 24) and ID not in loaded.changes
    assert hits(held, "Zanzibarian") == 0 and hits(held, "Quixotic") == 0 and hits(held, "Dramatic improvements")


def test_the_librarys_own_copy_beside_a_newer_one_is_reported_skipped(held, tmp_path):
    march = version(tmp_path / "week10", "CDR62843.xml", "2016-03-01", "Zanzibarian")
    report = run_import(held, [EPENDYMOMA, march])
    assert actions(report) == ["skipped", "updated"], [str(line) for line in report.lines]
    assert load_library_dir(held).previous.get(ID).metadata.last_updated == dt.date(2015, 9, 24)


# -- a run that imports nothing -----------------------------------------------------------------

def test_a_run_where_everything_is_refused_makes_no_library_and_says_so(tmp_path):
    junk = tmp_path / "junk.xml"
    junk.write_text("<x/>")
    report = run_import(tmp_path / "lib", [junk])
    assert actions(report) == ["refused"] and report.nothing_imported
    assert not (tmp_path / "lib" / "CURRENT").exists()  # an empty library would hide a user's own
    assert not run_import(tmp_path / "lib", [junk, PROSTATE]).nothing_imported


def test_a_path_that_does_not_exist_is_a_usage_error_before_the_library_is_touched(tmp_path):
    library = tmp_path / "lib"
    status, out, err = cli("--library", str(library), str(PROSTATE), str(tmp_path / "typo.tar.gz"))
    assert status == 2 and not out
    assert "usage: clinic-viewer import" in err and "typo.tar.gz does not exist" in err
    assert not library.exists()


def test_report_lines_are_one_printable_line_whatever_they_are_given():
    line = ReportLine("refused", "", "", "a.xml\nadded      CDR1  Forged\x1b[2J")
    assert str(line) == "refused    a.xml\\nadded      CDR1  Forged\\x1b[2J"
    assert ReportLine("added", "CDR1", "Title\u202e reversed").title == "Title\\u202e reversed"


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    """`clinic-viewer import … | head`: a traceback for BrokenPipeError ended every such run."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written: every write meets a broken pipe
    try:
        result = subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(tmp_path / "lib"),
                                 str(PROSTATE)], stdout=write_end, stderr=subprocess.PIPE, cwd=REPO, timeout=120)
    finally:
        os.close(write_end)
    assert result.stderr == b"" and result.returncode == 0
    assert ids(load_library_dir(tmp_path / "lib")) == {"CDR0000299612"}  # the import itself was done

"""Issue 17, finding 6: the import takes only what the app can show (one size limit for both), and
a re-import of the genuine distribution repairs a library file that no longer matches its SHA-256."""
from __future__ import annotations

import shutil

import pytest

from viewer.content import limits
from viewer.library import LibraryStore, load_library_dir, run_import

from ..conftest import PDQ_SUMMARIES
from .pdq_xml import section, summary_xml
from .test_library import cli

EPENDYMOMA = "CDR0000062843"


def test_a_summary_past_the_apps_size_limit_is_refused_at_import(tmp_path):
    words = "<Para>" + "Words of a long summary. " * 40 + "</Para>\n"
    big = tmp_path / "big.xml"
    big.write_bytes(summary_xml(section(words * (limits.MAX_PDQ_SUMMARY_BYTES // len(words) + 50))))
    assert limits.MAX_PDQ_SUMMARY_BYTES < big.stat().st_size < 16 * 2**20
    report = run_import(tmp_path / "lib", [big, PDQ_SUMMARIES[0]])
    [refused] = [line for line in report.lines if line.action == "refused"]
    assert f"{limits.MAX_PDQ_SUMMARY_BYTES // 2**20} MB" in refused.detail
    assert str(big) in refused.detail and report.count("added") == 1


def damage(library, doc_id: str = EPENDYMOMA) -> None:
    """Change the library's copy after import, as a disk error or a hand would."""
    generation = LibraryStore(library).open()
    stored = generation.folder / f"summaries/{doc_id}.xml"
    data = stored.read_bytes().replace(b"Dramatic improvements", b"Dramatic IMPROVEMENTS", 1)
    stored.unlink()  # not through a hard link shared with the previous generation
    stored.write_bytes(data)


@pytest.mark.parametrize("name", ["CDR62843.xml", "ependymoma.xml"])  # with NCI's name (the quick path) and without
def test_a_reimport_of_the_genuine_file_repairs_a_damaged_library_copy(tmp_path, name):
    genuine = tmp_path / "from-nci" / name
    genuine.parent.mkdir()
    shutil.copyfile(PDQ_SUMMARIES[0], genuine)
    library = tmp_path / "lib"
    run_import(library, [genuine, PDQ_SUMMARIES[1]])
    damage(library)
    opened = load_library_dir(library)
    assert opened.get(EPENDYMOMA) is None and "SHA-256" in str(opened.problems)
    report = run_import(library, [genuine, PDQ_SUMMARIES[1]])
    [repaired] = [line for line in report.lines if line.action == "repaired"]
    assert repaired.doc_id == EPENDYMOMA and "did not match its SHA-256" in str(repaired)
    assert report.count("unchanged") == 1 and "1 repaired" in report.total()
    healed = load_library_dir(library)
    assert healed.get(EPENDYMOMA) is not None and not healed.problems
    assert EPENDYMOMA in healed.catalog
    again = run_import(library, [genuine])
    assert [line.action for line in again.lines] == ["unchanged"]


def test_an_import_without_the_damaged_document_tells_it_and_keeps_the_copy_as_it_was(tmp_path):
    """A week's change list (or the glossary alone) does not bring every summary: a library copy
    damaged since was carried on unsaid, and the first to learn of it was a clinician opening it."""
    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:2])
    damage(library)
    held = (LibraryStore(library).open().folder / f"summaries/{EPENDYMOMA}.xml").read_bytes()
    status, out, _ = cli("--library", str(library), str(PDQ_SUMMARIES[2]))
    assert status == 1  # IT's script learns it too
    [line] = [line for line in out.splitlines() if line.startswith("damaged")]
    assert EPENDYMOMA in line and "Childhood Ependymoma Treatment" in line and "SHA-256" in line
    assert "import NCI's file for it again" in line and "1 damaged" in out.splitlines()[-1]
    generation = LibraryStore(library).open()
    assert (generation.folder / f"summaries/{EPENDYMOMA}.xml").read_bytes() == held  # nothing made to look intact
    opened = load_library_dir(library)
    assert opened.get(EPENDYMOMA) is None and "SHA-256" in str(opened.problems)  # the reader says why, as before
    report = run_import(library, [PDQ_SUMMARIES[0]])  # NCI's file for it: repaired, no longer damaged
    assert [line.action for line in report.lines] == ["repaired"]
    assert not run_import(library, [PDQ_SUMMARIES[2]]).count("damaged")

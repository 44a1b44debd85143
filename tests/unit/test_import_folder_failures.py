"""A folder of NCI's layout that cannot be listed is that folder's refusal, by its name: the rest is
imported, and nothing is skipped unsaid (an unreadable folder, one gone since it was listed, a
failing disk)."""
from __future__ import annotations

import errno
import os
import shutil

import pytest

from viewer.library import run_import

from ..conftest import PDQ_SUMMARIES


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOENT, errno.EIO])
def test_a_folder_that_cannot_be_listed_is_refused_by_name_and_the_rest_imported(tmp_path, monkeypatch, code):
    summary = tmp_path / "pdq" / "Summary"
    (summary / "2025").mkdir(parents=True)
    shutil.copy(PDQ_SUMMARIES[0], summary)
    shutil.copy(PDQ_SUMMARIES[1], summary / "2025")
    listing = os.scandir

    def failing(path="."):
        if os.fspath(path).endswith("2025"):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", failing)
    report = run_import(tmp_path / "lib", [tmp_path / "pdq"])
    assert report.count("added") == 1, [str(line) for line in report.lines]
    refusals = [str(line) for line in report.lines if line.action == "refused"]
    assert len(refusals) == 1 and str(summary / "2025") in refusals[0] and os.strerror(code) in refusals[0], refusals
    assert report.generation  # what could be read is imported


@pytest.mark.parametrize("damage", ["deleted", "linked-out"])
def test_a_library_file_gone_or_linked_out_is_left_out_and_stops_no_import(tmp_path, damage):
    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:2])
    generation = library / (library / "CURRENT").read_text().strip()
    lost, kept = sorted((generation / "summaries").iterdir())
    lost_id = lost.stem
    lost.unlink()
    outside = tmp_path / "private.txt"
    if damage == "linked-out":  # a link in its place: its target is neither linked in nor made 0644
        outside.write_bytes(b"not the library's")
        outside.chmod(0o600)
        lost.symlink_to(outside)
    report = run_import(library, PDQ_SUMMARIES[2:3])  # a weekly update that does not hold it
    assert report.count("added") == 1 and report.generation != generation.name, [str(l) for l in report.lines]
    assert any(str(lost) in note and "left out" in note for note in report.notes), report.notes
    written = library / report.generation
    assert not os.path.lexists(written / "summaries" / f"{lost_id}.xml")
    assert lost_id not in (written / "index" / "catalog.json").read_text()
    assert (written / "summaries" / kept.name).is_file()
    if damage == "linked-out":
        assert outside.stat().st_mode & 0o777 == 0o600 and outside.stat().st_nlink == 1


def test_a_figure_image_gone_from_the_library_is_restored_by_importing_nci_s_again(tmp_path):
    image = tmp_path / "pdq" / "Media" / "CDR0000748659.jpg"
    image.parent.mkdir(parents=True)
    image.write_bytes(b"\xff\xd8\xff\xe0 a figure")
    library = tmp_path / "lib"
    first = run_import(library, [tmp_path / "pdq"])
    (library / first.generation / "media" / image.name).unlink()
    report = run_import(library, [tmp_path / "pdq"])
    assert report.count("refused") == 0, [str(line) for line in report.lines]
    assert (library / report.generation / "media" / image.name).read_bytes() == image.read_bytes()


@pytest.mark.parametrize("kind", ["pipe", "socket"])
def test_a_document_that_is_not_a_regular_file_is_refused_by_name(tmp_path, kind):
    """A pipe or a socket named like a document in Summary/ was skipped without a line in the report."""
    import socket

    summary = tmp_path / "pdq" / "Summary"
    summary.mkdir(parents=True)
    shutil.copy(PDQ_SUMMARIES[0], summary)
    odd = summary / "CDR2.xml"
    if kind == "pipe":
        os.mkfifo(odd)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(odd))
    report = run_import(tmp_path / "lib", [tmp_path / "pdq"])
    refusals = [str(line) for line in report.lines if line.action == "refused"]
    assert len(refusals) == 1 and str(odd) in refusals[0] and "not a regular file" in refusals[0], refusals
    assert report.count("added") == 1 and report.generation

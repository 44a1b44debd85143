"""Hostile archives and folders given to `clinic-viewer import`: links are refused, never followed;
names cannot forge the report or reach the terminal; an archive is used only once it is read whole
and its CRC checked; a header or change list of any declared size costs bounded memory and time."""
from __future__ import annotations

import gzip
import io
import os
import subprocess
import sys
import tarfile
import time
import tracemalloc
from pathlib import Path

import pytest

from viewer.library import load_library_dir, run_import
from viewer.library.archive import MAX_HEADER, MAX_TRAILER

from ..conftest import PDQ_SUMMARIES
from .test_library import cli, file_member, ids, make_archive, nci_layout

EPENDYMOMA, UNUSUAL, PROSTATE = PDQ_SUMMARIES
ACTIONS = ("added ", "updated ", "unchanged ", "removed ", "refused ", "skipped ", "note ", "total: ")
FORGED = ("Summary/CDR5.xml\nadded      CDR0000000001  Forged (2099-01-01)\n"
          "total: 9 added, 0 updated, 0 unchanged, 0 removed, 0 refused; library OK\x1b[2J\u202e\x9b31m.xml")


def assert_report_cannot_be_forged(out: str) -> None:
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    lines = out.splitlines()
    assert all(line.startswith(ACTIONS) for line in lines), lines  # every line is one the import wrote
    assert not any(line.startswith("added      CDR0000000001") for line in lines)
    assert sum(line.startswith("total: ") for line in lines) == 1 and lines[-1].startswith("total: ")
    assert "\\x1b[2J" in out and "\\u202e" in out and "\\n" in out  # shown escaped, as repr shows them


def test_a_linked_change_list_is_refused_and_never_read(tmp_path):
    """Summary.YYYYWW -> a file only root may read: its lines must not be printed as "refused" lines."""
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$TOP-SECRET-HASH:19000:0:99999:7:::\n")
    layout = nci_layout(tmp_path / "week")
    (layout / "Summary.202547").symlink_to(secret)
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(layout))
    assert status == 1 and "TOP-SECRET" not in out
    assert "Summary.202547: is a symbolic link" in out and out.count("added ") == 5


def test_a_linked_summary_folder_is_not_walked(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "CDR62843.xml").write_bytes(EPENDYMOMA.read_bytes())
    layout = tmp_path / "week"
    (layout / "GlossaryTerm").mkdir(parents=True)
    (layout / "Summary").symlink_to(elsewhere)
    (layout / "GlossaryTerm" / "inner").symlink_to(elsewhere)  # a linked folder deeper down, too
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(layout))
    assert status == 1, out
    assert "week/Summary: is a symbolic link" in out and "GlossaryTerm/inner: is a symbolic link" in out
    assert "CDR0000062843" not in out and not ids(load_library_dir(tmp_path / "lib"))


def test_member_and_file_names_cannot_forge_report_lines_or_reach_the_terminal(tmp_path):
    link = tarfile.TarInfo(FORGED.replace("CDR5", "CDR6"))
    link.type, link.linkname = tarfile.SYMTYPE, "CDR299612.xml"
    archive = make_archive(tmp_path / "forged.tar.gz", [
        file_member(FORGED, b"<Summary id='CDR5'>not a summary</Summary>"),  # refused as content: named
        (link, None),                                                         # refused as a link: named
        file_member("Summary/CDR299612.xml", PROSTATE.read_bytes())])
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1 and out.count("refused ") == 2 and "added      CDR0000299612" in out
    assert_report_cannot_be_forged(out)

    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / FORGED.replace("/", "_")).write_bytes(b"<x/>")
    (folder / "Summary.202547").write_text("CDR1.xml:gone\x1b[2J\u202e\nCDR2.xml: removed\n")
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(folder))
    assert status == 1 and out.count("refused ") == 2
    assert_report_cannot_be_forged(out)


def test_a_bad_crc_refuses_the_whole_archive(tmp_path):
    """Text altered inside the gzip stream (stored, so it still inflates) is caught by the CRC,
    which gzip checks only at the end of the stream: nothing of the archive is imported."""
    data = EPENDYMOMA.read_bytes()
    archive = tmp_path / "altered.tar.gz"
    with gzip.open(archive, "wb", compresslevel=0) as stream, tarfile.open(fileobj=stream, mode="w") as tar:
        for name, member in (("Summary/CDR62843.xml", data), ("Summary/CDR299612.xml", PROSTATE.read_bytes())):
            info, payload = file_member(name, member)
            tar.addfile(info, io.BytesIO(payload))
    raw = archive.read_bytes()
    at = raw.index(b"Dramatic improvements")
    archive.write_bytes(raw[:at] + b"Dramatic IMPROVEMENTS" + raw[at + len(b"Dramatic improvements"):])
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive), str(UNUSUAL))
    assert status == 1 and "altered.tar.gz: is damaged (CRC check failed" in out, out
    assert "nothing of it is imported" in out and out.count("added ") == 1  # the rest of the batch is
    assert ids(load_library_dir(tmp_path / "lib")) == {"CDR0000062872"}


def test_absolute_and_escaping_members_are_refused_even_holding_genuine_summaries(tmp_path):
    """What the extraction filter (and the absolute-path check beside it) refuses is genuine XML
    here: were either gone, these would be imported."""
    archive = make_archive(tmp_path / "hostile.tar.gz", [
        file_member("/Summary/CDR62843.xml", EPENDYMOMA.read_bytes()),
        file_member("../escape/CDR62872.xml", UNUSUAL.read_bytes()),
        file_member("Summary/../../CDR62872.xml", UNUSUAL.read_bytes()),
        file_member("Summary/CDR299612.xml", PROSTATE.read_bytes())])
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1
    assert "/Summary/CDR62843.xml: has an absolute path" in out
    assert "../escape/CDR62872.xml: is refused: OutsideDestinationError" in out
    assert "Summary/../../CDR62872.xml: is refused: OutsideDestinationError" in out
    assert ids(load_library_dir(tmp_path / "lib")) == {"CDR0000299612"}


def test_a_damaged_header_part_way_refuses_the_archive_rather_than_ending_it(tmp_path):
    """tarfile takes a member header that fails its checksum for the end of the archive: the
    members after it were dropped without a word. What follows is read, and is not padding."""
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as inner:
        for name, path in (("Summary/CDR299612.xml", PROSTATE), ("Summary/CDR62843.xml", EPENDYMOMA)):
            inner.addfile(*_member(name, path.read_bytes()))
    raw = bytearray(tar.getvalue())
    raw[raw.index(b"Summary/CDR62843.xml") + 148] ^= 1  # the second header's checksum field
    archive = tmp_path / "cut.tar"
    archive.write_bytes(raw)
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1 and "cut.tar: is damaged (data follow where its tar data end" in out, out
    assert "added " not in out


def huge_header_archive(path, kind: bytes, size: int):
    """An archive whose first header declares an extended header (pax or GNU long name) of `size`
    bytes, all present in the (well compressed) stream, then a genuine summary."""
    info = tarfile.TarInfo("././@LongLink")
    info.type, info.size = kind, size
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(info.tobuf(format=tarfile.GNU_FORMAT))
        block = b"a" * (1 << 20)
        for _ in range(size // len(block)):
            out.write(block)
        out.write(b"\0" * (-size % 512))
        tar = io.BytesIO()
        with tarfile.open(fileobj=tar, mode="w") as inner:
            inner.addfile(*_member("Summary/CDR299612.xml", PROSTATE.read_bytes()))
        out.write(tar.getvalue())
    return path


def _member(name, data):
    info, payload = file_member(name, data)
    return info, io.BytesIO(payload)


@pytest.mark.parametrize("kind", [tarfile.XHDTYPE, tarfile.GNUTYPE_LONGNAME])
def test_a_huge_extended_header_is_refused_before_it_is_read(tmp_path, kind):
    """tarfile reads a pax header or GNU long name whole: 6 GB declared took 6.3 GB. Bound: a header
    larger than MAX_HEADER is refused with memory that stays under 8 MB, in under 10 s."""
    archive = huge_header_archive(tmp_path / "huge.tar.gz", kind, 32 * 2**20)
    tracemalloc.start()
    started = time.monotonic()
    try:
        report = run_import(tmp_path / "lib", [archive])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 10
    assert peak < 8 * 2**20, f"{peak / 2**20:.0f} MB"
    assert [line.action for line in report.lines] == ["refused"]
    assert f"declares {32 * 2**20:,} bytes (at most {MAX_HEADER // 1024} KB" in report.lines[0].detail
    batch = run_import(tmp_path / "lib", [archive, UNUSUAL])
    assert [line.action for line in batch.lines] == ["refused", "added"]  # the rest of the batch is imported


def test_an_archive_of_many_members_is_read_in_bounded_memory(tmp_path):
    """tarfile keeps every member's header it has read: 100,000 members (0.9 MB of tar.gz) held
    49 MB. Bound: reading 10,000 members of documents this viewer does not read costs under 1 MB
    more than reading 1,000 (what the first read of a run sets up is measured apart), in under 60 s
    (about 5 s on a quiet 2-core machine, under tracemalloc; the bound is for a quadratic reading,
    which takes minutes, not for a loaded machine)."""
    def archive_of(count: int):
        path = tmp_path / f"many-{count}.tar.gz"
        with tarfile.open(path, "w:gz", compresslevel=1) as tar:
            for n in range(count):
                tar.addfile(tarfile.TarInfo(f"GeneticsProfessional/CDR{n:010d}.xml"), io.BytesIO(b""))
        return path

    def peak_reading(*paths) -> list[int]:
        # in a process of its own: tracemalloc counts every thread's allocations, and a window an
        # earlier test left (its workers) must not count as the archive's
        script = """if True:
            import gc, sys, tracemalloc
            from pathlib import Path
            from viewer.library.sources import find_documents
            peaks = []
            for path in sys.argv[1:]:
                gc.collect()
                tracemalloc.start()
                found = find_documents([Path(path)])
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                assert not found.candidates and not found.refused
            print(*peaks)
        """
        done = subprocess.run([sys.executable, "-c", script, *map(str, paths)], capture_output=True, text=True,
                              timeout=120, cwd=Path(__file__).resolve().parents[2])
        assert done.returncode == 0, done.stderr
        return [int(peak) for peak in done.stdout.split()]

    small, large = archive_of(1_000), archive_of(10_000)
    started = time.monotonic()
    _, large_peak, small_peak = peak_reading(small, large, small)  # the first read sets up what any read needs
    growth = large_peak - small_peak
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"{elapsed:.1f} s"
    assert growth < 2**20, f"{growth / 2**20:.1f} MB more for 9,000 more members"


def _sparse_archive(path, blocks: int):
    """An old-GNU sparse member whose map goes on for `blocks` extension blocks of 21 entries each
    (tarfile reads them all into a list before anything else), then a genuine summary."""
    info = tarfile.TarInfo("Summary/CDR1.xml")
    info.type = tarfile.GNUTYPE_SPARSE
    header = bytearray(info.tobuf(format=tarfile.GNU_FORMAT))
    header[482] = 1  # "isextended": an extension block follows
    header[148:156] = b" " * 8
    header[148:155] = b"%06o\0" % sum(header)
    extension = bytearray(b"".join(tarfile.itn(n + 1, 12, tarfile.GNU_FORMAT) * 2 for n in range(21)) + b"\0" * 8)
    extension[504] = 1
    last = bytearray(extension)
    last[504] = 0
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(bytes(header) + bytes(extension) * (blocks - 1) + bytes(last))
        tar = io.BytesIO()
        with tarfile.open(fileobj=tar, mode="w") as inner:
            inner.addfile(*_member("Summary/CDR299612.xml", PROSTATE.read_bytes()))
        out.write(tar.getvalue())
    return path


def import_measured(library, archive):
    """The import's report and the peak of the memory Python allocated while it ran."""
    tracemalloc.start()
    try:
        report = run_import(library, [archive])
        return report, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_sparse_map_is_refused_before_it_is_read(tmp_path):
    """10,000 extension blocks (5 MB, 50 KB compressed) became 210,000 tuples. Bound: refused with
    memory under 2 MB."""
    archive = _sparse_archive(tmp_path / "sparse.tar.gz", 10_000)
    report, peak = import_measured(tmp_path / "lib", archive)
    assert peak < 2 * 2**20, f"{peak / 2**20:.1f} MB"
    assert [line.action for line in report.lines] == ["refused"]
    assert "it holds a sparse file, which no NCI archive does" in report.lines[0].detail


def test_a_pax_sparse_map_is_refused_before_it_is_read(tmp_path):
    """GNU's pax sparse format 1.0 keeps its map in the member's data, read whole into a list:
    200,000 numbers took about 10 MB. Bound: refused with memory under 2 MB."""
    archive = tmp_path / "pax-sparse.tar.gz"
    records = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.name": "Summary/CDR1.xml",
               "GNU.sparse.realsize": "10"}
    data = b"100000\n" + b"1\n" * 200_000
    info = tarfile.TarInfo("Summary/GNUSparseFile.0/CDR1.xml")
    info.size = len(data)
    with gzip.open(archive, "wb", compresslevel=1) as out:
        out.write(tarfile.TarInfo._create_pax_generic_header(records, tarfile.XHDTYPE, "utf-8"))
        out.write(info.tobuf(format=tarfile.USTAR_FORMAT) + data + b"\0" * (-len(data) % 512) + b"\0" * 1024)
    report, peak = import_measured(tmp_path / "lib", archive)
    assert peak < 2 * 2**20, f"{peak / 2**20:.1f} MB"
    assert [line.action for line in report.lines] == ["refused"]
    assert "it holds a sparse file, which no NCI archive does" in report.lines[0].detail


def test_a_sparse_member_with_its_map_in_the_pax_header_is_refused(tmp_path):
    """GNU's pax sparse 0.0 map is small (in the header) but still a sparse file: refused, though it
    holds a genuine summary, and the rest of the archive imported."""
    data = EPENDYMOMA.read_bytes()
    records = {"GNU.sparse.numblocks": "1", "GNU.sparse.offset": "0", "GNU.sparse.numbytes": str(len(data)),
               "GNU.sparse.size": str(len(data))}
    info = tarfile.TarInfo("Summary/CDR62843.xml")
    info.size = len(data)
    archive = tmp_path / "sparse00.tar.gz"
    with gzip.open(archive, "wb", compresslevel=1) as out:
        out.write(tarfile.TarInfo._create_pax_generic_header(records, tarfile.XHDTYPE, "utf-8"))
        out.write(info.tobuf(format=tarfile.USTAR_FORMAT) + data + b"\0" * (-len(data) % 512))
        tar = io.BytesIO()
        with tarfile.open(fileobj=tar, mode="w") as inner:
            inner.addfile(*_member("Summary/CDR299612.xml", PROSTATE.read_bytes()))
        out.write(tar.getvalue())
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1 and "Summary/CDR62843.xml: is a sparse file" in out, out
    assert ids(load_library_dir(tmp_path / "lib")) == {"CDR0000299612"}


def test_global_pax_headers_are_bounded_all_together(tmp_path):
    """Each pax global header adds to every later member's: many, each under the per-header bound,
    would grow without end. Bound: 64 KB in all."""
    archive = tmp_path / "global.tar.gz"
    with gzip.open(archive, "wb", compresslevel=1) as out:
        for n in range(3):
            records = {f"note.{n}.{k}": "x" * 1000 for k in range(30)}  # 30 KB per header, each under 64 KB
            out.write(tarfile.TarInfo._create_pax_generic_header(records, tarfile.XGLTYPE, "utf-8"))
        tar = io.BytesIO()
        with tarfile.open(fileobj=tar, mode="w") as inner:
            inner.addfile(*_member("Summary/CDR299612.xml", PROSTATE.read_bytes()))
        out.write(tar.getvalue())
    report = run_import(tmp_path / "lib", [archive])
    assert [line.action for line in report.lines] == ["refused"]
    assert "its global pax headers hold more than 64 KB" in report.lines[0].detail


def test_data_after_the_end_of_the_tar_is_bounded(tmp_path):
    archive = tmp_path / "padded.tar.gz"
    with gzip.open(archive, "wb", compresslevel=1) as out:
        tar = io.BytesIO()
        with tarfile.open(fileobj=tar, mode="w") as inner:
            inner.addfile(*_member("Summary/CDR299612.xml", PROSTATE.read_bytes()))
        out.write(tar.getvalue())
        out.write(b"\0" * (MAX_TRAILER + 2**20))
    started = time.monotonic()
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert time.monotonic() - started < 10
    assert status == 1 and "follow the end of its tar data" in out and "added " not in out


def test_a_huge_sparse_change_list_is_refused_not_read(tmp_path):
    """A 3 GB sparse Summary.YYYYWW raised MemoryError. Bound: refused by its size, in under 5 s."""
    layout = nci_layout(tmp_path / "week")
    with open(layout / "Summary.202547", "wb") as sparse:
        sparse.truncate(64 * 2**20)
    started = time.monotonic()
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(layout))
    assert time.monotonic() - started < 20  # the import of the five summaries beside it included
    assert status == 1 and "Summary.202547: is larger than 8 MB" in out and out.count("added ") == 5


def test_a_change_list_of_junk_is_reported_in_a_bounded_number_of_lines(tmp_path):
    layout = nci_layout(tmp_path / "week", "202547", "".join(f"junk line {n}\n" for n in range(500)))
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(layout))
    assert status == 1 and out.count("refused ") == 21 and "and 480 more lines that are not changes" in out


def test_a_file_replaced_by_a_link_or_a_pipe_is_refused_when_read(tmp_path):
    """The walk saw a regular file; by the time it is read it is a link (or a pipe, which would
    block the import forever): the file opened is checked, not its name."""
    from viewer.library.sources import _read_regular

    target = tmp_path / "CDR1.xml"
    target.symlink_to(EPENDYMOMA)
    with pytest.raises(OSError):
        _read_regular(target, 2**20)
    pipe = tmp_path / "CDR2.xml"
    os.mkfifo(pipe)
    with pytest.raises(ValueError, match="not a regular file"):
        _read_regular(pipe, 2**20)

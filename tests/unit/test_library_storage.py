"""How the library is stored: a run killed inside the switch-over, the flushes before it, one import
at a time, a full disk, a damaged CURRENT or index, and the previous generation kept. Each test
reaches its moment by fault injection (viewer.library.faults, a monkeypatch, RLIMIT_FSIZE), never
by a sleep; each finishes within a few seconds (subprocesses are bounded by their timeouts)."""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from viewer.library import LibraryStore, load_library_dir, lock as lock_module, run_import
from viewer.library.faults import ENV as FAULT
from viewer.search import SearchIndex

from ..conftest import PDQ_SUMMARIES, REPO
from .test_library import cli, ids

EPENDYMOMA, UNUSUAL, PROSTATE = PDQ_SUMMARIES
BOUND = 60  # seconds any subprocess here may take before the test fails


def import_process(library: Path, *paths: Path, fault: str = "", **kwargs) -> subprocess.Popen:
    env = {**os.environ, FAULT: fault} if fault else dict(os.environ)
    return subprocess.Popen([sys.executable, "-m", "viewer", "import", "--library", str(library), *map(str, paths)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def wait_for(path: Path, process: subprocess.Popen, what: str) -> None:
    """Until `path` exists; fails if `process` ends first or BOUND passes."""
    deadline = time.monotonic() + BOUND
    while not path.exists():
        if process.poll() is not None:
            pytest.fail(f"{what}: the process ended first ({process.returncode}): {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{what}: not reached in {BOUND} s")
        time.sleep(0.02)


def leftovers(library: Path) -> list[str]:
    return sorted(p.name for p in library.iterdir() if p.name.endswith(".tmp")) + \
        sorted(p.name for p in library.glob("v*/**/.*.tmp"))


def generations(library: Path) -> list[str]:
    return sorted(p.name for p in library.iterdir() if p.name.startswith("v"))


# --- killed inside the switch-over ---------------------------------------------------------------

@pytest.mark.parametrize("step, whole", [("written", "old"), ("switching", "old"), ("switched", "new")])
def test_an_import_killed_inside_the_switch_over_leaves_a_whole_library(tmp_path, step, whole):
    """The process ends at once (os._exit, as a kill) at each step of the switch: the library is the
    old one or the new one, whole, and the next import cleans up and works."""
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    process = import_process(library, UNUSUAL, fault=f"{step}:exit")
    process.communicate(timeout=BOUND)
    assert process.returncode == 9  # it stopped at the step, not before or after
    loaded = load_library_dir(library)
    assert not loaded.problems
    expected = {"CDR0000062843"} | ({"CDR0000062872"} if whole == "new" else set())
    assert ids(loaded) == expected
    assert all(loaded.get(i) is not None for i in expected)
    assert LibraryStore(library).current_name() == ("v000001" if whole == "old" else "v000002")
    status, out, _ = cli("--library", str(library), str(PROSTATE))
    assert status == 0, out
    assert "CDR0000299612" in ids(load_library_dir(library)) and not load_library_dir(library).problems
    assert len(generations(library)) <= 2 and not leftovers(library)


# --- flushed before the switch, CURRENT replaced in one rename -----------------------------------

@pytest.mark.parametrize("links", [True, False], ids=["linked", "copied"])
def test_every_file_and_folder_is_flushed_before_current_is_renamed_into_place(tmp_path, monkeypatch, links):
    """Unchanged files are hard links to the old generation's (flushed when written), or copies
    where links are not allowed (flushed now)."""
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    if not links:
        monkeypatch.setattr(os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EXDEV, "cross-device")))
    old = LibraryStore(library).open()
    old_inodes = {p.stat().st_ino for p in old.folder.rglob("*") if p.is_file()}
    events: list[tuple[str, int, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.fstat(fd).st_ino, ""))
        return real_fsync(fd)

    def replace(src, dst, *args, **kwargs):
        events.append(("replace", os.stat(src).st_ino, str(dst)))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    report = run_import(library, [UNUSUAL])
    new = library / report.generation
    switch = next(i for i, (kind, _, dst) in enumerate(events) if kind == "replace" and Path(dst) == library / "CURRENT")
    flushed_before = {ino for kind, ino, _ in events[:switch] if kind == "fsync"}
    # CURRENT is a new file, flushed, renamed over the old one; then the folder holding it is flushed
    assert events[switch][1] in flushed_before and (library / "CURRENT").stat().st_ino == events[switch][1]
    assert library.stat().st_ino in {ino for kind, ino, _ in events[switch:] if kind == "fsync"}
    for path in [new, *new.rglob("*")]:
        if path.is_dir() or path.stat().st_ino not in old_inodes:  # a linked old file was flushed by its import
            assert path.stat().st_ino in flushed_before, f"{path.relative_to(library)} not flushed before the switch"


# --- one import at a time ---------------------------------------------------------------------------

def test_a_second_import_waits_for_the_first_and_both_are_kept(tmp_path):
    """A holds the lock (held at the 'locked' step); B must wait (it reaches 'lock-wait') and runs
    after A: the library ends with both documents, not only the one written last."""
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    hold, waiting = tmp_path / "release", tmp_path / "b-waits"
    first = import_process(library, UNUSUAL, fault=f"locked:hold={hold}")
    try:
        wait_for(Path(f"{hold}.reached"), first, "the first import taking the lock")
        second = import_process(library, PROSTATE, fault=f"lock-wait:touch={waiting}")
        wait_for(waiting, second, "the second import waiting for the lock")
        hold.touch()
        assert first.wait(timeout=BOUND) == 0
        _, err = second.communicate(timeout=BOUND)
        assert second.returncode == 0, err
        assert "waiting for the import that holds the library's lock (process " in err
    finally:
        hold.touch()
        first.kill()
    assert ids(load_library_dir(library)) == {"CDR0000062843", "CDR0000062872", "CDR0000299612"}


def test_an_import_gives_up_on_a_lock_held_too_long_and_says_who_holds_it(tmp_path, monkeypatch):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    hold = tmp_path / "release"
    holder = import_process(library, UNUSUAL, fault=f"locked:hold={hold}")
    try:
        wait_for(Path(f"{hold}.reached"), holder, "the first import taking the lock")
        monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 0.5)
        result = []
        waiter = threading.Thread(target=lambda: result.append(cli("--library", str(library), str(PROSTATE))))
        waiter.start()
        waiter.join(timeout=10)
        assert not waiter.is_alive(), "the import still waits for the lock after 10 s"
        status, out, err = result[0]
        assert status == 1 and f"held by another import (process {holder.pid}" in err, err
        assert "nothing was changed" in err
    finally:
        hold.touch()
        holder.communicate(timeout=BOUND)
        if "waiter" in locals():
            waiter.join(timeout=BOUND)
    assert ids(load_library_dir(library)) == {"CDR0000062843", "CDR0000062872"}


# --- the previous generation ---------------------------------------------------------------------

def test_the_previous_generation_is_kept_for_a_window_still_reading_it(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    shown = load_library_dir(library)  # a window open on v000001
    run_import(library, [UNUSUAL])
    store = LibraryStore(library)
    assert store.previous(store.open()).name == "v000001"
    assert shown.get("CDR0000062843") is not None and not shown.problems  # still read, after the switch
    run_import(library, [PROSTATE])
    assert generations(library) == ["v000002", "v000003"]  # two are kept, not more


# --- a full disk ---------------------------------------------------------------------------------

FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from viewer.library.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_full_disk_while_the_index_is_built_is_told_and_changes_nothing(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    index_size = (library / "v000001" / "index" / "search.sqlite").stat().st_size
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(index_size + 65536), "--library", str(library),
                             str(UNUSUAL), str(PROSTATE)], cwd=REPO, capture_output=True, text=True, timeout=BOUND)
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr and "the search index could not be written" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert generations(library) == ["v000001"] and not leftovers(library)
    assert ids(load_library_dir(library)) == {"CDR0000062843"}
    assert cli("--library", str(library), str(UNUSUAL), str(PROSTATE))[0] == 0


def test_no_space_in_the_final_write_leaves_no_half_generation(tmp_path, monkeypatch):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    real_fsync = os.fsync

    def fsync(fd):  # the disk fills as the new generation's manifest is flushed
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".MANIFEST.sha256.tmp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    status, out, err = cli("--library", str(library), str(UNUSUAL))
    assert status == 1 and "No space left on device" in err and "Nothing was changed" in err
    assert generations(library) == ["v000001"] and not leftovers(library)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert ids(load_library_dir(library)) == {"CDR0000062843"}
    assert cli("--library", str(library), str(UNUSUAL))[0] == 0


def test_what_a_killed_run_left_is_removed_before_the_next_writes(tmp_path, monkeypatch):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    (library / "v000007" / "summaries").mkdir(parents=True)  # a killed run's half generation
    (library / "v000007" / "summaries" / "CDR1.xml").write_bytes(b"x" * 100_000)
    for name in (".CURRENT.tmp", ".index-99999.tmp"):
        (library / name).write_bytes(b"x" * 100_000)
    seen = []
    real = LibraryStore._write_generation

    def write_generation(self, folder, *args):
        seen.append((generations(library), leftovers(library)))
        return real(self, folder, *args)

    monkeypatch.setattr(LibraryStore, "_write_generation", write_generation)
    assert cli("--library", str(library), str(UNUSUAL))[0] == 0
    # by the time the new generation is written, only the current one and this run's own index are there
    assert seen == [(["v000001", "v000002"], [f".index-{os.getpid()}.tmp"])]
    assert generations(library) == ["v000001", "v000002"] and not leftovers(library)


# --- a damaged CURRENT ---------------------------------------------------------------------------

def break_current(library: Path, how: str) -> None:
    current = library / "CURRENT"
    if how == "folder":
        current.unlink()
        current.mkdir()
        (current / "x").write_text("v000001")
    elif how == "missing":
        current.unlink()
    elif how == "damaged-generation":
        (library / "v000002" / "MANIFEST.sha256").write_text("not a manifest\n")
    else:
        current.write_bytes(how.encode("latin-1"))


@pytest.mark.parametrize("how", ["v000099", "junk\xff", "../../etc", "folder", "missing", "damaged-generation"])
def test_a_broken_current_falls_back_to_the_newest_complete_generation_and_import_repairs_it(tmp_path, how):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    run_import(library, [UNUSUAL])
    (library / "v000003" / "summaries").mkdir(parents=True)  # a killed run's: no manifest, not complete
    break_current(library, how)
    newest = "v000001" if how == "damaged-generation" else "v000002"
    loaded = load_library_dir(library)
    assert ids(loaded) == ({"CDR0000062843"} if newest == "v000001" else {"CDR0000062843", "CDR0000062872"})
    assert "CURRENT" in str(loaded.problems[0]) and f"the newest complete generation, {newest}" in str(loaded.problems[0])
    status, out, _ = cli("--library", str(library), str(EPENDYMOMA))  # nothing new, but CURRENT is repaired
    assert status == 0 and newest in out
    [note] = [line for line in out.splitlines() if line.startswith("note ") and "CURRENT" in line]
    # the file that failed: the manifest of the generation CURRENT names, the folder it names, or CURRENT
    failed = {"damaged-generation": "v000002/MANIFEST.sha256", "v000099": "lib/v000099"}.get(how, "lib/CURRENT")
    assert note.split(None, 1)[1].startswith(f"{failed}: "), note
    repaired = load_library_dir(library)
    assert not repaired.problems and ids(repaired) == ids(loaded)
    assert repaired.generation.name != newest and LibraryStore(library).current_name() == repaired.generation.name


def test_with_no_complete_generation_left_the_app_says_so_and_an_import_starts_afresh(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    (library / "v000001" / "MANIFEST.sha256").write_text("damaged\n")
    (library / "CURRENT").write_text("junk")
    loaded = load_library_dir(library)
    assert not loaded.entries() and "CURRENT: names 'junk'" in str(loaded.problems)
    status, out, _ = cli("--library", str(library), str(PROSTATE))
    assert status == 0 and "no complete generation could be read, so this import starts a new library" in out
    assert ids(load_library_dir(library)) == {"CDR0000299612"} and not load_library_dir(library).problems


# --- the index an import starts from --------------------------------------------------------------

def plant(index: Path) -> None:
    db = sqlite3.connect(index)
    db.execute("INSERT INTO passages VALUES ('CDR0000062843', '_1', '_1', 'paragraph', '', "
               "'Octreotide 5000 mg every hour')")
    db.commit()
    db.close()


@pytest.mark.parametrize("damage", ["planted", "truncated", "deleted"])
def test_the_next_import_rebuilds_a_changed_or_damaged_index_rather_than_blessing_it(tmp_path, damage):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    index = library / "v000001" / "index" / "search.sqlite"
    if damage == "planted":
        plant(index)
    elif damage == "truncated":
        index.write_bytes(index.read_bytes()[:5000])
    else:
        index.unlink()
    report = run_import(library, [PROSTATE])
    assert any("search.sqlite" in note and "made again" in note for note in report.notes), report.notes
    loaded = load_library_dir(library)
    assert not loaded.problems
    search = SearchIndex.build([])
    search.attach(loaded.search_index())
    assert not search.search("octreotide").hits
    assert search.search("ependymoma").hits and search.search("prostate").hits  # the old summary re-indexed too


def test_a_tampered_index_is_rebuilt_even_when_no_document_changed(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    plant(library / "v000001" / "index" / "search.sqlite")
    report = run_import(library, [EPENDYMOMA])
    assert report.count("unchanged") == 1 and report.generation == "v000002"
    search = SearchIndex.build([])
    search.attach(load_library_dir(library).search_index())
    assert not search.search("octreotide").hits


def test_a_changed_catalog_is_made_again_even_when_no_document_changed(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    catalog = library / "v000001" / "index" / "catalog.json"
    catalog.write_bytes(catalog.read_bytes().replace(b"Childhood Ependymoma", b"Give 10x the dose", 1))
    assert "catalog.json: does not match its SHA-256" in str(load_library_dir(library).problems)
    report = run_import(library, [EPENDYMOMA])
    assert report.generation == "v000002" and any("catalog is made again" in note for note in report.notes)
    loaded = load_library_dir(library)
    assert not loaded.problems and loaded.catalog["CDR0000062843"].title.startswith("Childhood Ependymoma")


def test_a_rebuilt_index_holds_only_stored_text_that_matches_the_manifest(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    stored = library / "v000001" / "summaries" / "CDR0000062843.xml"
    stored.write_bytes(stored.read_bytes().replace(b"Dramatic improvements", b"Octreotide improvements", 1))
    (library / "v000001" / "index" / "search.sqlite").write_bytes(b"damaged")
    run_import(library, [PROSTATE])
    search = SearchIndex.build([])
    search.attach(load_library_dir(library).search_index())
    assert not search.search("octreotide").hits and search.search("prostate").hits


def test_the_machines_library_is_at_one_fixed_place_whatever_roots_environment_says(monkeypatch):
    from viewer.library import locations

    monkeypatch.delenv(locations.MACHINE_ENV, raising=False)
    monkeypatch.delenv(locations.ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_DIRS", "/root/.local/share/flatpak/exports/share:/usr/local/share:/usr/share")
    monkeypatch.setattr(locations.sys, "platform", "linux")
    monkeypatch.setattr(locations.os, "geteuid", lambda: 0)
    assert locations.library_to_import_into() == Path("/var/lib/clinic-viewer/library")
    assert locations.shared_libraries()[0] == Path("/var/lib/clinic-viewer/library")


# --- the report names the library, its generation and date ----------------------------------------

def test_the_report_names_the_library_its_generation_and_date(tmp_path):
    library = tmp_path / "lib"
    status, out, _ = cli("--library", str(library), str(EPENDYMOMA))
    when = LibraryStore(library).open().imported
    assert f"library {library}, generation v000001 of {when:%Y-%m-%d %H:%M}" in out.splitlines()[-1]
    assert "the viewer shows the library at " in out and f"CLINIC_VIEWER_LIBRARY={library}" in out


def test_a_clean_up_that_fails_after_the_switch_reports_the_import_done_not_undone(tmp_path, monkeypatch):
    """Once CURRENT names the new generation the import has happened: a failure to remove the older
    generations was reported as "cannot be written … Nothing was changed" (found reading the code)."""
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    assert cli("--library", str(library), str(UNUSUAL))[0] == 0  # two generations: the next removes one
    remove = LibraryStore.remove_leftovers

    def failing(self, keep):  # after the switch only (an import also tidies up before it begins)
        if self.current_name() != "v000003":
            return remove(self, keep)
        raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(library / "v000001"))
    monkeypatch.setattr(LibraryStore, "remove_leftovers", failing)
    status, out, err = cli("--library", str(library), str(PROSTATE))
    assert status == 0 and "Nothing was changed" not in out + err, out + err
    assert LibraryStore(library).current_name() == "v000003"
    assert "CDR0000299612" in ids(load_library_dir(library))
    monkeypatch.setattr(LibraryStore, "remove_leftovers", remove)
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0  # the next one tidies up
    assert len(generations(library)) <= 2 and not leftovers(library)


def manifest_unreadable_once_current(library: Path, name: str, monkeypatch) -> list[Path]:
    """Reading generation `name`'s manifest fails once, with an I/O error, but only after CURRENT names
    it: the read-back right after the switch (before it, the import reads the generation it starts
    from, and no other). The list holds the manifest once it has failed."""
    read_text, failed = Path.read_text, []

    def read(self, *args, **kwargs):
        if (self == library / name / "MANIFEST.sha256" and not failed
                and LibraryStore(library).current_name() == name):
            failed.append(self)
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(self))
        return read_text(self, *args, **kwargs)
    monkeypatch.setattr(Path, "read_text", read)
    return failed


def test_a_read_back_that_fails_after_the_switch_reports_the_import_done_and_what_failed(tmp_path, monkeypatch):
    """Once CURRENT names the new generation the import has happened: a failure reading it back (its
    manifest) was reported as "the library cannot be updated", every line of the report lost."""
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    failed = manifest_unreadable_once_current(library, "v000002", monkeypatch)
    status, out, err = cli("--library", str(library), str(PROSTATE))
    assert failed  # (the fault was met, after the switch)
    assert "cannot be updated" not in err and "Nothing was changed" not in out + err, err
    assert "added      CDR0000299612  Genetics of Prostate Cancer" in out  # the report's lines kept
    assert f"library {library}, generation v000002 of " in out.splitlines()[-1]
    assert status == 1 and err.startswith("clinic-viewer import: the import is done") and err.count("\n") == 1
    assert "v000002/MANIFEST.sha256: cannot be read (Input/output error" in err  # the file that failed
    assert LibraryStore(library).current_name() == "v000002"
    assert generations(library) == ["v000001", "v000002"]  # nothing removed: the older one stays to fall back on
    assert {"CDR0000062843", "CDR0000299612"} <= ids(load_library_dir(library))  # read now (the fault passed)


def test_a_temporary_index_that_cannot_be_removed_after_the_switch_does_not_undo_the_report(tmp_path, monkeypatch):
    """The last step of an import, after the switch: removing its temporary index file. Its failure
    was reported as "cannot be written … Nothing was changed"; the next import removes the file."""
    from viewer.search.index_file import IndexWriter

    library = tmp_path / "lib"
    discard = IndexWriter.discard

    def failing(self):
        discard(self)
        self.path.write_bytes(b"left")  # as if it could not be removed
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self.path))
    monkeypatch.setattr(IndexWriter, "discard", failing)
    status, out, err = cli("--library", str(library), str(EPENDYMOMA))
    assert status == 0 and "Nothing was changed" not in out + err, out + err
    assert LibraryStore(library).current_name() == "v000001" and leftovers(library)
    monkeypatch.setattr(IndexWriter, "discard", discard)
    assert cli("--library", str(library), str(PROSTATE))[0] == 0 and not leftovers(library)

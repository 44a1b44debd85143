"""The library and `clinic-viewer import`: NCI's layout, archives, change lists, versions, integrity.
(A run killed half-way, a full disk, a damaged CURRENT and permissions: test_library_storage.py.)"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

from viewer.library import LibraryStore, load_library_dir, run_import
from viewer.library.cli import main as import_main

from ..conftest import PDQ_GLOSSARY, PDQ_SUMMARIES, REPO

EPENDYMOMA, UNUSUAL, PROSTATE = PDQ_SUMMARIES
IDS = {"CDR0000062843", "CDR0000062872", "CDR0000299612"}


def ids(library) -> set[str]:
    """The summaries a library lists (read when opened)."""
    return {entry.id for entry in library.entries()}


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = import_main(list(args), out, err)
    return status, out.getvalue(), err.getvalue()


def count(out: str, action: str) -> int:
    return sum(1 for line in out.splitlines() if line.startswith(action + " "))


def nci_layout(root: Path, week: str = "", changes: str = "") -> Path:
    """NCI's directory layout, made from the shared files: Summary/CDR<id>.xml, GlossaryTerm/…"""
    (root / "Summary").mkdir(parents=True)
    (root / "GlossaryTerm").mkdir()
    (root / "GeneticsProfessional").mkdir()  # a type this viewer does not read
    (root / "GeneticsProfessional" / "CDR1.xml").write_text("<GENETICSPROFESSIONAL/>")
    for path in PDQ_SUMMARIES:
        (root / "Summary" / f"CDR{int(path.name[3:13])}.xml").write_bytes(path.read_bytes())
    for path in PDQ_GLOSSARY:
        (root / "GlossaryTerm" / f"CDR{int(path.name[16:26])}.xml").write_bytes(path.read_bytes())
    if week:
        (root / f"Summary.{week}").write_text(changes)
    return root


def edited(path: Path, date: str, extra: str = "") -> bytes:
    """A copy of a shared summary with another DateLastModified (and, optionally, a changed word)."""
    raw = path.read_bytes()
    data = raw.decode("utf-16") if raw.startswith(b"\xff\xfe") else raw.decode("utf-8-sig")
    start = data.index("<DateLastModified>") + len("<DateLastModified>")
    data = data[:start] + date + data[start + 10:]
    if extra:
        data = data.replace("Dramatic improvements", extra, 1)
    return data.encode("utf-8")


def test_import_files_then_again_unchanged(tmp_path):
    library = tmp_path / "lib"
    status, out, _ = cli("--library", str(library), *map(str, PDQ_SUMMARIES + PDQ_GLOSSARY))
    assert status == 0, out
    assert count(out, "added") == 5 and "total: 5 added, 0 updated, 0 unchanged, 0 removed, 0 refused" in out
    assert "added      CDR0000062843  Childhood Ependymoma Treatment (PDQ®) (2015-09-24)" in out
    loaded = load_library_dir(library)
    assert ids(loaded) == IDS and not loaded.problems
    assert loaded.get("CDR0000062843").title == "Childhood Ependymoma Treatment (PDQ®)"
    assert loaded.glossary.get("CDR0000045693").name == "gene"
    status, out, _ = cli("--library", str(library), *map(str, PDQ_SUMMARIES))
    assert status == 0 and count(out, "unchanged") == 3
    assert LibraryStore(library).current_name() == "v000001"  # nothing changed: no new generation


def test_the_command_line_contract_in_a_fresh_process(tmp_path):
    library = tmp_path / "lib"
    result = subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(library), str(EPENDYMOMA)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0 and "added" in result.stdout, result.stderr
    usage = subprocess.run([sys.executable, "-m", "viewer", "import"], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert usage.returncode == 2 and "usage: clinic-viewer import" in usage.stderr
    env = {**os.environ, "CLINIC_VIEWER_LIBRARY": str(tmp_path / "by-env")}
    by_env = subprocess.run([sys.executable, "-m", "viewer", "import", str(PROSTATE)], capture_output=True, text=True,
                            cwd=REPO, timeout=120, env=env)
    assert by_env.returncode == 0 and (tmp_path / "by-env" / "CURRENT").is_file()


def test_refused_documents_are_named_with_file_and_line_and_the_rest_imported(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(edited(EPENDYMOMA, "2015-09-24").replace(b'refidx="3"', b'refidx="300"', 1))
    other = tmp_path / "other.xml"
    other.write_text('<?xml version="1.0"?>\n<Protocol id="CDR5"/>')
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(bad), str(other), str(PROSTATE))
    assert status == 1
    line = next(line for line in out.splitlines() if "bad.xml" in line)
    assert line.startswith("refused") and ", line " in line and "Reference 300 names a citation" in line
    assert "other.xml, line 2: is a <Protocol> document" in out
    assert "added      CDR0000299612" in out
    assert ids(load_library_dir(tmp_path / "lib")) == {"CDR0000299612"}


def test_a_folder_in_ncis_layout_with_its_weekly_change_list(tmp_path):
    library = tmp_path / "lib"
    status, out, _ = cli("--library", str(library), str(nci_layout(tmp_path / "week1")))
    assert status == 0 and count(out, "added") == 5, out
    assert "GeneticsProfessional documents are not read" in out
    week2 = nci_layout(tmp_path / "week2", "202547", "CDR62872.xml:removed\n299612.xml:modified\nCDR62843.xml:dropped\n")
    (week2 / "Summary" / "CDR299612.xml").write_bytes(edited(PROSTATE, "2007-01-05", "x"))
    status, out, _ = cli("--library", str(library), str(week2))
    assert status == 0, out
    assert "updated    CDR0000299612  Genetics of Prostate Cancer (2006-10-03 → 2007-01-05)" in out
    assert "removed    CDR0000062872  Unusual Cancers of Childhood Treatment (PDQ®) (NCI's change list Summary.202547)" in out
    assert "removed    CDR0000062843" in out
    assert ids(load_library_dir(library)) == {"CDR0000299612"}


def test_older_versions_are_refused_unless_allowed(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(EPENDYMOMA))[0] == 0
    older = tmp_path / "CDR62843.xml"
    older.write_bytes(edited(EPENDYMOMA, "2008-02-01"))
    status, out, _ = cli("--library", str(library), str(older))
    assert status == 1 and "dated 2008-02-01, older than the library's 2015-09-24; not imported" in out
    assert "clinic-viewer import --allow-older" in out  # the whole command: File > Import says it too
    status, out, _ = cli("--library", str(library), "--allow-older", str(older))
    assert status == 0 and "updated    CDR0000062843" in out and "(2015-09-24 → 2008-02-01)" in out


def make_archive(path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for info, data in members:
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def file_member(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info, data


def test_ncis_tar_gz_is_read_in_place_with_its_change_list(tmp_path):
    layout = nci_layout(tmp_path / "full", "202548", "CDR62843.xml:added\n")
    archive = tmp_path / "full.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(layout, arcname=".")
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 0 and count(out, "added") == 5, out
    assert not list((tmp_path / "lib").glob("**/Summary"))  # nothing unpacked: only the library's own layout


def test_hostile_archive_members_are_refused_and_the_rest_imported(tmp_path):
    link = tarfile.TarInfo("Summary/link.xml")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    hard = tarfile.TarInfo("Summary/hard.xml")
    hard.type, hard.linkname = tarfile.LNKTYPE, "../../etc/passwd"
    device = tarfile.TarInfo("Summary/dev.xml")
    device.type = tarfile.CHRTYPE
    archive = make_archive(tmp_path / "hostile.tar.gz", [
        file_member("/abs/Summary/CDR1.xml", b"<x/>"),
        file_member("../escape/CDR2.xml", b"<x/>"),
        (link, None), (hard, None), (device, None),
        file_member("Summary/CDR299612.xml", PROSTATE.read_bytes()),
    ])
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1
    refused = [line for line in out.splitlines() if line.startswith("refused")]
    assert len(refused) == 5, out
    for name in ("/abs/Summary/CDR1.xml", "../escape/CDR2.xml", "link.xml", "hard.xml", "dev.xml"):
        assert any(name in line for line in refused), name
    assert "added      CDR0000299612" in out
    assert not (tmp_path / "escape").exists()


def test_a_damaged_archive_imports_nothing_of_it(tmp_path):
    archive = make_archive(tmp_path / "a.tar.gz", [file_member(f"Summary/CDR{n}.xml", PROSTATE.read_bytes()) for n in (1, 2)])
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    status, out, _ = cli("--library", str(tmp_path / "lib"), str(archive))
    assert status == 1 and "damaged" in out
    assert not ids(load_library_dir(tmp_path / "lib"))


def test_a_changed_or_added_file_in_the_library_is_reported_not_shown(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", str(library), *map(str, PDQ_SUMMARIES))[0] == 0
    folder = library / LibraryStore(library).current_name() / "summaries"
    target = folder / "CDR0000062843.xml"
    target.write_bytes(target.read_bytes().replace(b"Dramatic improvements", b"Dramatic IMPROVEMENTS"))
    (folder / "CDR0000000009.xml").write_bytes(PROSTATE.read_bytes())
    loaded = load_library_dir(library)
    assert ids(loaded) == IDS  # the catalog lists what was imported; the added file is not in it
    assert "CDR0000000009.xml: is not listed in the library's MANIFEST.sha256" in str(loaded.problems)
    assert loaded.get("CDR0000062843") is None  # checked when read: changed, so not shown
    # named by its title first: what a clinician looks for (the banner said only the file)
    assert ("“Childhood Ependymoma Treatment (PDQ®)”, summaries/CDR0000062843.xml: does not match its SHA-256"
            in " | ".join(str(p) for p in loaded.problems))
    assert loaded.get("CDR0000062872").title.startswith("Unusual Cancers")


def test_a_symlinked_library_file_is_not_read(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", str(library), str(PROSTATE))[0] == 0
    target = library / LibraryStore(library).current_name() / "summaries" / "CDR0000299612.xml"
    target.unlink()
    target.symlink_to(PROSTATE)
    loaded = load_library_dir(library)
    assert loaded.get("CDR0000299612") is None
    assert "not a regular file inside the library" in str(loaded.problems[-1])


def test_a_cancelled_import_changes_nothing(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA])
    report = run_import(library, [PROSTATE, UNUSUAL], progress=lambda done, total, name: done < 1)
    assert report.cancelled and "cancelled" in report.total()
    assert ids(load_library_dir(library)) == {"CDR0000062843"}


def test_figure_images_from_ncis_multimedia_folder_are_imported_and_checked(tmp_path):
    layout = nci_layout(tmp_path / "week")
    (layout / "Multimedia").mkdir()
    (layout / "Multimedia" / "CDR748659.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"jpeg bytes" * 100)
    (layout / "Multimedia" / "CDR5.jpg").write_bytes(b"<script>not an image</script>")
    (layout / "Multimedia" / "CDR6.mp3").write_bytes(b"ID3 audio")
    library = tmp_path / "lib"
    status, out, _ = cli("--library", str(library), str(layout))
    assert status == 1 and "added      CDR0000748659  figure image (JPG)" in out
    assert "CDR5.jpg: is not a JPEG, PNG or GIF image" in out and "CDR6" not in out
    loaded = load_library_dir(library)
    assert loaded.has_media("CDR0000748659") and loaded.media_bytes("CDR0000748659").startswith(b"\xff\xd8")
    stored = library / LibraryStore(library).current_name() / "media" / "CDR0000748659.jpg"
    stored.write_bytes(b"\xff\xd8\xff changed")
    assert load_library_dir(library).media_bytes("CDR0000748659") is None  # damaged: not shown


def test_a_site_library_is_copied_checked_and_a_damaged_one_refused(tmp_path):
    from viewer.library.site import main as site_main

    library = tmp_path / "lib"
    assert cli("--library", str(library), str(PROSTATE), *map(str, PDQ_GLOSSARY))[0] == 0
    shipped = tmp_path / "bundle" / "library"
    assert site_main([str(library), str(shipped)]) == 0
    loaded = load_library_dir(shipped)
    assert ids(loaded) == {"CDR0000299612"} and loaded.has_term("CDR0000045693")
    assert loaded.get("CDR0000299612") is not None
    stored = library / LibraryStore(library).current_name() / "summaries" / "CDR0000299612.xml"
    stored.write_bytes(stored.read_bytes() + b" ")
    assert site_main([str(library), str(tmp_path / "again")]) == 1
    assert site_main([str(tmp_path / "no-library"), str(tmp_path / "x")]) == 1


def test_a_library_without_its_index_gets_one_at_the_next_import(tmp_path):
    """A library from before the catalog and index (or one whose index was lost): importing the
    same files again makes them, with every summary in the index, not only the new ones."""
    from viewer.search import SearchIndex

    library = tmp_path / "lib"
    run_import(library, [PROSTATE])
    generation = LibraryStore(library).open()
    listing = generation.folder / "MANIFEST.sha256"
    listing.write_text("".join(line + "\n" for line in listing.read_text().splitlines() if "index/" not in line))
    for name in ("index/catalog.json", "index/search.sqlite"):
        (generation.folder / name).unlink()
    assert "import it again" in str(load_library_dir(library).problems)
    report = run_import(library, [PROSTATE])
    assert report.count("unchanged") == 1 and report.generation != generation.name
    loaded = load_library_dir(library)
    assert not loaded.problems and ids(loaded) == {"CDR0000299612"}
    index = SearchIndex.build([])
    index.attach(loaded.search_index())
    assert index.search("prostate").hits

"""A summary's SHA-256 manifest: a changed, added or missing file is reported, not shown."""
import pytest

from viewer.content import ContentError, load_library, load_summary, manifest
from viewer.paths import summaries_dir


def test_every_bundled_summary_has_a_matching_manifest():
    folders = [p for p in summaries_dir().iterdir() if p.is_dir()]
    assert folders
    for folder in folders:
        manifest.verify(folder, required=True)


@pytest.fixture
def checked(make_summary):
    folder = make_summary("# A {#a}\n\nThe dose is 5 mg.\n")
    manifest.write(folder)
    return folder


def test_a_tampered_text_is_refused_with_a_reason(checked):
    (checked / "summary.md").write_text("# A {#a}\n\nThe dose is 50 mg.\n", encoding="utf-8")
    with pytest.raises(ContentError, match="summary.md: does not match its SHA-256 in MANIFEST.sha256"):
        load_summary(checked)
    library = load_library(checked.parent)
    assert library.summaries == [] and "changed or damaged" in str(library.problems[0])


def test_added_and_missing_files_are_reported(checked):
    (checked / "extra.md").write_text("x", encoding="utf-8")
    with pytest.raises(ContentError, match="extra.md: is not listed"):
        load_summary(checked)
    (checked / "extra.md").unlink()
    (checked / "summary.json").unlink()
    with pytest.raises(ContentError, match="summary.json: is listed in MANIFEST.sha256 but missing"):
        load_summary(checked)


def test_a_malformed_manifest_names_its_line(checked):
    (checked / manifest.MANIFEST).write_text("not a checksum\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_summary(checked)
    assert info.value.line == 1 and "sha256  filename" in info.value.message


def test_a_manifest_is_required_where_the_caller_says_so(make_summary):
    folder = make_summary("# A {#a}\n\nText.\n")
    assert load_summary(folder).sections  # test libraries need none
    library = load_library(folder.parent, require_manifest=True)
    assert library.summaries == [] and "MANIFEST.sha256: is missing" in str(library.problems[0])


def test_a_prerendered_copy_does_not_bypass_the_check(checked, tmp_path):
    from viewer.content import prerendered

    store = tmp_path / "store"
    prerendered.save(load_summary(checked), store)
    (checked / "summary.md").write_text("# A {#a}\n\nThe dose is 50 mg.\n", encoding="utf-8")
    library = load_library(checked.parent, store, require_manifest=True)
    assert library.summaries == [] and "changed or damaged" in str(library.problems[0])


def test_the_window_refuses_a_bundled_summary_without_its_manifest(qtbot, qsettings, tmp_path, monkeypatch):
    """The bundled summaries must carry a manifest (create_window's require_manifest)."""
    import shutil

    from viewer import paths
    from viewer.app import create_window

    resources = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), resources)
    (resources / "summaries" / "gi-carcinoid-treatment-hp" / "MANIFEST.sha256").unlink()
    monkeypatch.setenv(paths.RESOURCES_ENV, str(resources))
    window = create_window(qsettings, library_dir=tmp_path / "none")
    qtbot.addWidget(window)
    assert window.library.summaries == [] and "MANIFEST.sha256: is missing" in window.problems.text()

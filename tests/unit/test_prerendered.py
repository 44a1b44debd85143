"""Summaries rendered at packaging time are used only while their files are unchanged."""
from viewer.content import load_library, load_summary, prerendered


def test_a_prerendered_summary_is_used_while_its_files_are_unchanged(make_summary, tmp_path):
    folder = make_summary("# A {#a}\n\nText.[1]\n\n## References {.references}\n\n1. Ref.\n")
    store = tmp_path / "store"
    prerendered.save(load_summary(folder), store)
    library = load_library(folder.parent, store)
    assert library.prerendered == ["test-summary"]
    assert library.summaries[0].html == load_summary(folder).html
    assert library.summaries[0].folder == folder
    assert library.summaries[0].section("a").top_level().references[0].text == "Ref."


def test_an_edited_summary_is_rendered_from_its_text(make_summary, tmp_path):
    folder = make_summary("# A {#a}\n\nOld text.\n")
    store = tmp_path / "store"
    prerendered.save(load_summary(folder), store)
    (folder / "summary.md").write_text("# A {#a}\n\nNew text.\n", encoding="utf-8")
    library = load_library(folder.parent, store)
    assert library.prerendered == []
    assert "New text." in library.summaries[0].html


def test_damaged_or_malformed_data_is_ignored_and_the_text_rendered(make_summary, tmp_path):
    import json

    folder = make_summary("# A {#a}\n\nText.\n")
    store = tmp_path / "store"
    path = prerendered.save(load_summary(folder), store)
    good = json.loads(path.read_text())
    for bad in (b"not json", json.dumps({**good, "sections": "x"}).encode(), json.dumps({**good, "format": "1"}).encode(),
                json.dumps({**good, "id": "another"}).encode(), b"[" * 100_000):
        path.write_bytes(bad)
        library = load_library(folder.parent, store)
        assert library.prerendered == [] and library.summaries[0].sections[0].id == "a"


def test_a_pickle_in_the_store_is_never_unpickled(make_summary, tmp_path):
    """Finding 1 of the attack: the store held pickles, and unpickling runs code."""
    import pickle

    folder = make_summary("# A {#a}\n\nText.\n")
    store = tmp_path / "store"
    target = prerendered.path_for(folder, store)
    marker = tmp_path / "code-ran"

    class Exploit:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    store.mkdir()
    for name in (target, target.with_suffix(".pickle")):
        name.write_bytes(pickle.dumps(Exploit()))
    library = load_library(folder.parent, store)
    assert not marker.exists()
    assert library.prerendered == [] and "Text." in library.summaries[0].html


def test_the_store_is_not_used_for_summaries_from_another_resources_folder(monkeypatch):
    from pathlib import Path

    from viewer import paths

    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)
    assert paths.prerendered_dir() == Path(paths.__file__).resolve().parent.parent / "prerendered"  # beside the code
    monkeypatch.setenv(paths.RESOURCES_ENV, "/srv/shared/clinic-viewer")
    assert paths.prerendered_dir() is None


def test_pdq_summaries_round_trip_through_the_data(tmp_path):
    from viewer.content.pdq import load_pdq_summary

    from ..conftest import PDQ_SUMMARIES

    summary = load_pdq_summary(PDQ_SUMMARIES[0])
    again = prerendered.from_data(prerendered.to_data(summary), summary.folder)
    assert again.html == summary.html and again.metadata == summary.metadata
    assert [(s.id, s.paragraphs, s.references) for s in again.walk()] == [(s.id, s.paragraphs, s.references) for s in summary.walk()]
    assert again.anchor_aliases == summary.anchor_aliases


def test_starting_from_prerendered_summaries_never_imports_markdown(make_summary, tmp_path):
    """The window's modules must not pull Markdown in: that is what pre-rendering saves."""
    import subprocess
    import sys

    from ..conftest import REPO

    folder = make_summary("# A {#a}\n\nText.[1]\n\n## References {.references}\n\n1. Ref.\n")
    store = tmp_path / "store"
    prerendered.save(load_summary(folder), store)
    code = (f"import sys; from viewer.content import load_library; import viewer.ui.shell.main_window, viewer.app;"
            f"lib = load_library(r'{folder.parent}', r'{store}'); assert lib.prerendered, lib.problems;"
            f"print('markdown' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False", out.stderr

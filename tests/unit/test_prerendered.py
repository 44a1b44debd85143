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


def test_a_damaged_pickle_is_ignored(make_summary, tmp_path):
    folder = make_summary("# A {#a}\n\nText.\n")
    store = tmp_path / "store"
    prerendered.save(load_summary(folder), store).write_bytes(b"not a pickle")
    library = load_library(folder.parent, store)
    assert library.prerendered == [] and library.summaries[0].sections[0].id == "a"


def test_starting_from_prerendered_summaries_never_imports_markdown(make_summary, tmp_path):
    """The window's modules must not pull Markdown in: that is what pre-rendering saves."""
    import subprocess
    import sys

    from ..conftest import REPO

    folder = make_summary("# A {#a}\n\nText.[1]\n\n## References {.references}\n\n1. Ref.\n")
    store = tmp_path / "store"
    prerendered.save(load_summary(folder), store)
    code = (f"import sys; from viewer.content import load_library; import viewer.ui.main_window, viewer.app;"
            f"lib = load_library(r'{folder.parent}', r'{store}'); assert lib.prerendered, lib.problems;"
            f"print('markdown' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.stdout.strip() == "False", out.stderr

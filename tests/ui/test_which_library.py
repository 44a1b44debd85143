"""Which library is read is never invisible: `--self-test` names it (folder, generation, date), and a
user whose own library is hidden by the machine's is told so in the window."""
from __future__ import annotations

import io

from viewer.app import create_window
from viewer.library import LibraryStore, locations, run_import
from viewer.selftest import run_self_test

from ..conftest import PDQ_SUMMARIES


def test_the_self_test_names_the_library_its_generation_and_date(qapp, tmp_path, monkeypatch):
    library = tmp_path / "lib"
    run_import(library, [PDQ_SUMMARIES[2]])
    monkeypatch.setenv("CLINIC_VIEWER_LIBRARY", str(library))
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    when = LibraryStore(library).open().imported
    assert f"library: {library}, generation v000001 of {when:%Y-%m-%d %H:%M}\n" in out.getvalue()


def test_the_self_test_says_when_there_is_no_library(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("CLINIC_VIEWER_LIBRARY", str(tmp_path / "none"))
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert f"library: {tmp_path / 'none'} (no imported library there)\n" in out.getvalue()


def test_a_users_own_library_hidden_by_the_machines_is_said_in_the_window(qtbot, qsettings):
    run_import(locations.machine_library(), [PDQ_SUMMARIES[0]])
    run_import(locations.user_library(), [PDQ_SUMMARIES[2]])
    try:
        window = create_window(qsettings)
        qtbot.addWidget(window)
        assert window.state.library_dir == locations.machine_library()
        assert "CDR0000062843" in {e.id for e in window.library.entries()}
        assert any("your own library is not shown: this computer's library at" in str(p)
                   for p in window.library.problems)
        assert "your own library is not shown" in window.problems.text()
    finally:
        import shutil

        shutil.rmtree(locations.machine_library())
        shutil.rmtree(locations.user_library())


def test_that_sentence_follows_the_interface_s_language_when_it_is_switched(qtbot, qsettings):
    """It is said in the interface's language: after View ▸ Language ▸ Español, in Spanish (it had
    been translated once, when the library was read, and stayed English in the rebuilt window)."""
    from .test_language_switch import choose

    from viewer.ui.common import i18n

    run_import(locations.machine_library(), [PDQ_SUMMARIES[0]])
    run_import(locations.user_library(), [PDQ_SUMMARIES[2]])
    try:
        window = create_window(qsettings)  # (not qtbot's: the switch deletes it)
        spanish = choose(qtbot, window, "es")
        assert "no se muestra su propia biblioteca" in spanish.problems.text()
        spanish.close()
        spanish.deleteLater()
    finally:
        import shutil

        i18n.install("en")
        shutil.rmtree(locations.machine_library())
        shutil.rmtree(locations.user_library())  # (the next test's window would read it)

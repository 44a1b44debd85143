"""A window left open while clinic IT imports from the command line (another process, usually root)
reads the new library where the reader was. Without it, after two imports the window's generation
is gone and every summary opened from it fails."""
from __future__ import annotations

import subprocess
import sys

from viewer.library.store import LibraryStore

from ..conftest import PDQ_SUMMARIES, REPO
from .test_reader_window import open_window, until_shown


def cli_import(library, *paths) -> None:
    """`clinic-viewer import`, as IT runs it: another process."""
    subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(library), *map(str, paths)],
                   cwd=REPO, check=True, capture_output=True, timeout=120)


def test_a_window_left_open_follows_the_imports_made_from_outside(qtbot, qsettings, tmp_path):
    library = tmp_path / "lib"
    first, second, third = PDQ_SUMMARIES[:3]
    cli_import(library, first)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    shown_first = window.current_location()
    held = len(window.library.entries())  # (the bundled summary, and the library's one)
    generation = window.library.generation.name

    cli_import(library, second)  # the next week's import
    qtbot.waitUntil(lambda: len(window.library.entries()) == held + 1, timeout=10_000)
    until_shown(qtbot, window)
    assert window.current_location()[0] == shown_first[0]  # where the reader was
    assert "updated by an import" in window.statusBar().currentMessage()

    cli_import(library, third)  # and the one after: the window's first generation is removed
    qtbot.waitUntil(lambda: len(window.library.entries()) == held + 2, timeout=10_000)
    until_shown(qtbot, window)
    assert generation not in LibraryStore(library).generation_names()
    for entry in window.library.entries():  # every summary still opens
        window.navigate_to((entry.id, ""))
        until_shown(qtbot, window)
        assert window.summary is not None and window.summary.id == entry.id

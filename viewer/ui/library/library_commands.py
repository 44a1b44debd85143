"""The window's library commands: import PDQ summaries (then show the new library), and show what
changed in the open summary. Kept apart from main_window, which only assembles and wires."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


def import_chosen(window: MainWindow, folder: bool) -> None:
    from .import_dialog import choose_paths

    paths = choose_paths(window, folder)
    if paths:
        start_import(window, paths)


def start_import(window: MainWindow, paths: list[Path]):
    """Import `paths` into the library the window shows, off the UI thread; the ImportRun."""
    from .import_dialog import ImportRun, show_report

    run = ImportRun(window.library_dir, paths, window)
    window.import_run = run  # kept while it runs

    def finished(result) -> None:
        show_report(window, result)
        if not isinstance(result, Exception) and not result.cancelled:
            reload_library(window)
        window.import_run = None

    run.finished.connect(finished)
    run.start()
    return run


def reload_library(window: MainWindow) -> None:
    """After an import: the new library, the search index made again, the reader where it was."""
    if window.load_library is None:
        return
    place = window.current_location()
    window.set_library(window.load_library())
    window.search_engine = None
    window.summary = None
    if not window.library.has_summary(place[0]) and window.library.entries():  # the summary was removed
        place = (window.library.entries()[0].id, "")
    window.show_location(place)
    window.prepare_search()


def show_what_changed(window: MainWindow) -> None:
    """Sections added, removed and changed at the open summary's last update, words marked."""
    summary = window.summary
    changes = window.library.changes.get(summary.id) if summary else None
    if changes is None:
        window.statusBar().showMessage("This summary has not changed since it was first imported.", 8000)
        return
    from .changes_view import ChangesDialog  # when first asked for

    previous = window.library.previous.get(summary.id) if window.library.previous is not None else None
    dialog = ChangesDialog(summary, changes, previous, window.reader.text_style, window)
    dialog.sectionRequested.connect(lambda summary_id, section_id: window.navigate_to((summary_id, section_id)))
    dialog.open()

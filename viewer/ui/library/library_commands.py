"""The window's library commands: import PDQ summaries (then show the new library), and show what
changed in the open summary. They act on the reading state, not on the window.

Signals:
    libraryReloaded(object): the library was read again after an import; the (summary id, anchor)
        to return to.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..common.reading_state import ReadingState

if TYPE_CHECKING:
    from ..appearance.document_style import ReadingStyle
    from .import_dialog import ImportRun


class LibraryCommands(QObject):
    libraryReloaded = Signal(object)

    def __init__(self, state: ReadingState, parent: QWidget, say: Callable[[str, int], None],
                 text_style: Callable[[], ReadingStyle]):
        """`say`: a message for the status bar (and its time on screen); `text_style`: the reader's."""
        super().__init__(parent)
        self.state = state
        self._parent = parent
        self._say = say
        self._text_style = text_style
        self.run: ImportRun | None = None  # the import under way, kept while it runs

    def connect_actions(self, actions: dict) -> None:
        """File ▸ Import… and Go ▸ What Changed… (actions.py), acting on this."""
        actions["importFiles"].triggered.connect(lambda: self.import_chosen(folder=False))
        actions["importFolder"].triggered.connect(lambda: self.import_chosen(folder=True))
        actions["whatChanged"].triggered.connect(self.show_what_changed)

    def import_chosen(self, folder: bool) -> None:
        from .import_dialog import choose_paths

        paths = choose_paths(self._parent, folder)
        if paths:
            self.start_import(paths)

    def start_import(self, paths: list[Path]) -> ImportRun:
        """Import `paths` into the library the window shows, off the UI thread; the ImportRun."""
        from .import_dialog import ImportRun, show_report

        run = ImportRun(self.state.library_dir, paths, self._parent)
        self.run = run

        def finished(result) -> None:
            show_report(self._parent, result)
            if not isinstance(result, Exception) and not result.cancelled:
                self.reload_library()
            self.run = None

        run.finished.connect(finished)
        run.start()
        return run

    def reload_library(self) -> None:
        """After an import: the new library shown, the reader where it was."""
        place = self.state.reload_library()
        if place is not None:
            self.libraryReloaded.emit(place)

    def show_what_changed(self) -> None:
        """Sections added, removed and changed at the open summary's last update, words marked."""
        summary, library = self.state.summary, self.state.library
        changes = library.changes.get(summary.id) if summary else None
        if changes is None:
            self._say(self.tr("This summary has not changed since it was first imported."), 8000)
            return
        from .changes_view import ChangesDialog  # when first asked for

        previous = library.previous.get(summary.id) if library.previous is not None else None
        dialog = ChangesDialog(summary, changes, previous, self._text_style(), self._parent)
        dialog.sectionRequested.connect(lambda summary_id, section_id: self.state.request((summary_id, section_id)))
        dialog.open()

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

from ..common.background import LatestWins
from ..common.reading_state import ReadingState

REPORT_MAX_POINTS = 16  # the import report follows the text's size up to the window header's

if TYPE_CHECKING:
    from ..appearance.document_style import ReadingStyle
    from .import_dialog import ImportRun
    from .library_watcher import LibraryWatcher


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
        self.watcher: LibraryWatcher | None = None  # imports made from outside the window
        self.comparing = LatestWins(self)  # "what changed" is compared off the UI thread
        self.removed_title = ""  # the summary being read, when the last import removed it

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
            show_report(self._parent, result, min(self._text_style().point_size, REPORT_MAX_POINTS))
            if not isinstance(result, Exception) and not result.cancelled:
                self.reload_library()
            self.run = None

        run.finished.connect(finished)
        run.start()
        return run

    def reload_library(self) -> None:
        """After an import: the new library shown, the reader where it was (or, when the import
        removed the summary being read, its title kept in `removed_title` to say so)."""
        read = self.state.summary
        place = self.state.reload_library()
        self.removed_title = read.title if read is not None and place is not None and place[0] != read.id else ""
        if self.watcher is not None:
            self.watcher.seen()
        if place is not None:
            self.libraryReloaded.emit(place)

    def follow_outside_imports(self) -> None:
        """Read the library again when another process (clinic IT's `clinic-viewer import`) updates
        it (see library_watcher.py). Started after the first paint: nothing at start-up waits on it."""
        if self.state.library_dir is None or self.state.load_library is None or self.watcher is not None:
            return
        from .library_watcher import LibraryWatcher

        self.watcher = LibraryWatcher(self.state.library_dir, self.reload_library, lambda: self.run is not None, self)
        self.watcher.reloaded.connect(self._say_reloaded)

    def _say_reloaded(self) -> None:
        if self.removed_title:  # not "where you were": NCI withdrew the summary being read
            self._say(self.tr("The library was updated by an import, which removed “%1”, the summary you were "
                              "reading; another is shown.").replace("%1", self.removed_title), 60000)
        else:
            self._say(self.tr("The library was updated by an import; its summaries are shown, where you were."), 15000)

    def show_what_changed(self) -> None:
        """Sections added, removed and changed at the open summary's last update, words marked."""
        summary, library = self.state.summary, self.state.library
        changes = library.changes.get(summary.id) if summary else None
        if changes is None:
            self._say(self.tr("This summary has not changed since it was first imported."), 8000)
            return
        from ...content import ContentError
        from ...library.changes import changes_html
        from .changes_view import ChangesDialog  # when first asked for

        style = self._text_style()
        make_document = ChangesDialog.diff_document_maker(style)

        def compare():  # in the worker (difflib is bounded, but seconds on a hostile update)
            previous = library.previous.get(summary.id) if library.previous is not None else None
            return make_document(changes_html(changes, previous, summary))

        def compared(document) -> None:
            if isinstance(document, Exception):  # this summary's problem, said where problems are
                library.problems.append(ContentError(summary.id, self.tr("what changed could not be compared (%1)")
                                                     .replace("%1", f"{type(document).__name__}: {document}")))
                self.state.problems_grew()
                return
            self._say("", 1)  # "Comparing …" is done: it stayed beside the open dialog for seconds
            dialog = ChangesDialog(summary, changes, None, style, self._parent, document=document)
            dialog.sectionRequested.connect(lambda summary_id, section_id: self.state.request((summary_id, section_id)))
            dialog.open()

        self._say(self.tr("Comparing “%1” with its previous version…").replace("%1", summary.title), 4000)
        self.comparing.submit(compare, compared)

"""The window's paper commands: print or export to PDF the summary or the section being read.
The documents themselves are made in printing.py; this decides what goes on paper and says where
it went."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...settings import Settings
from ..common.reading_state import ReadingState

if TYPE_CHECKING:
    from ...content import Section
    from ..reading.reader import ReaderView


class PaperCommands:
    def __init__(self, state: ReadingState, reader: ReaderView, settings: Settings, parent: QWidget,
                 say: Callable[[str, int], None]):
        self.state, self.reader, self.settings = state, reader, settings
        self._parent = parent
        self._say = say

    def connect_actions(self, actions: dict) -> None:
        """File ▸ Print…, Print Preview… and Export… (actions.py), acting on this."""
        actions["printSummary"].triggered.connect(lambda: self.print_text(whole=True))
        actions["printSection"].triggered.connect(lambda: self.print_text(whole=False))
        actions["printPreview"].triggered.connect(lambda: self.preview(whole=True))
        actions["exportSummary"].triggered.connect(lambda: self.export_to_pdf(whole=True))
        actions["exportSection"].triggered.connect(lambda: self.export_to_pdf(whole=False))

    def _scope(self, whole: bool) -> Section | None:
        """None for the whole summary, else the section being read."""
        if whole or self.state.summary is None:
            return None
        return self.state.summary.section(self.reader.current_section_id())

    def export_to_pdf(self, whole: bool, path: str | None = None) -> str | None:
        summary = self.state.summary
        if summary is None:
            return None
        from .printing import save_pdf  # only when someone exports (its dialogs cost start-up time)

        path = save_pdf(self._parent, summary, self._scope(whole), self.reader.text_style, path, self.state.library,
                        folder=self.settings.export_folder, imported=self.state.library.imported_date(summary.id))
        if path:
            self.settings.export_folder = str(Path(path).parent)  # the dialog starts there next time
            self._say(QCoreApplication.translate("PaperCommands", "Saved {file} in {folder}").format(
                file=Path(path).name, folder=Path(path).parent), 8000)
        return path

    def preview(self, whole: bool) -> None:
        summary = self.state.summary
        if summary is None:
            return
        from .printing import preview  # only when someone asks

        preview(self._parent, summary, self._scope(whole), self.reader.text_style, self.state.library)

    def print_text(self, whole: bool) -> None:
        summary = self.state.summary
        if summary is None:
            return
        from .printing import print_with_dialog  # only when someone prints

        print_with_dialog(self._parent, summary, self._scope(whole), self.reader.text_style, self.state.library,
                          self.state.library.imported_date(summary.id))

"""The window's paper commands: print or export to PDF the summary or the section being read.
The documents themselves are made in printing.py; this decides what goes on paper and says where
it went."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...content.versions import is_patient_version
from ...settings import Settings
from ..common.reading_state import ReadingState
from ..reading.versions_link import filled

if TYPE_CHECKING:
    from ...content import Section
    from ..reading.reader import ReaderView

NOT_A_PATIENT_VERSION = QT_TRANSLATE_NOOP("PaperCommands", "A handout is made from a patient version (Go ▸ Versions of This Summary)")


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
        actions["printHandout"].triggered.connect(lambda: self.handout(to_pdf=False))
        actions["exportHandout"].triggered.connect(lambda: self.handout(to_pdf=True))
        self.state.summaryChanged.connect(lambda summary: self._enable_handout(actions, summary))
        self._enable_handout(actions, self.state.summary)

    @staticmethod
    def _enable_handout(actions: dict, summary) -> None:
        """A handout is made from a patient version (handout.py is read when one is first made)."""
        for name in ("printHandout", "exportHandout"):
            actions[name].setEnabled(summary is not None and is_patient_version(summary.metadata.audience))

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

        preview(self._parent, summary, self._scope(whole), self.reader.text_style, self.state.library,
                self.state.library.imported_date(summary.id))

    def print_text(self, whole: bool) -> None:
        summary = self.state.summary
        if summary is None:
            return
        from .printing import print_with_dialog  # only when someone prints

        print_with_dialog(self._parent, summary, self._scope(whole), self.reader.text_style, self.state.library,
                          self.state.library.imported_date(summary.id))

    def handout(self, to_pdf: bool, path: str | None = None) -> str | None:
        """The section being read of a patient version as a large-print handout (handout.py):
        printed, or saved as a PDF (at `path`, or where the reader chooses); the PDF's path."""
        from .handout import handout, handout_style, is_handout_summary
        from .printing import print_with_dialog, save_pdf

        summary, library = self.state.summary, self.state.library
        section = self._scope(whole=False)
        if not is_handout_summary(summary) or section is None:
            self._say(QCoreApplication.translate("PaperCommands", NOT_A_PATIENT_VERSION), 8000)
            return None
        style = handout_style(self.reader.text_style)
        imported = library.imported_date(summary.id)
        printout = handout(summary, section, style, library, imported)
        if not to_pdf:
            print_with_dialog(self._parent, summary, section, style, library, imported, printout)
            return None
        path = save_pdf(self._parent, summary, section, style, path, library, folder=self.settings.export_folder,
                        imported=imported, printout=printout)
        if path:
            self.settings.export_folder = str(Path(path).parent)
            self._say(filled(QCoreApplication.translate("PaperCommands", "Saved the handout %1 in %2"),
                             Path(path).name, str(Path(path).parent)), 8000)
        return path

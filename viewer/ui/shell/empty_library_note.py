"""The note above the text while no PDQ library has been imported: only the bundled sample is
there, so the first window says where the summaries come from (File ▸ Import, or IT's weekly
import), rather than leaving a new reader with one 2015 sample and its out-of-date notice."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel

from ...content import Library

NOTE_STYLE = ("QLabel { color: #1a1a1a; background-color: #eef3f8; border: 1px solid #4a6a8a;"
              " border-radius: 4px; padding: 6px; }")  # text 15:1, border 5.6:1 on it


class EmptyLibraryNote(QLabel):
    def __init__(self, import_keys: str = "", parent=None):
        super().__init__(parent, objectName="emptyLibraryNote", wordWrap=True)
        self.setAccessibleName("The library is empty")
        self.setStyleSheet(NOTE_STYLE)  # its own colours in every theme, like the edition note
        keys = f" ({escape(import_keys)})" if import_keys else ""
        self.setText("<b>No PDQ summaries have been imported yet.</b> What is shown is the sample bundled with "
                     f"the viewer. <b>File ▸ Import PDQ Summaries…</b>{keys} imports NCI's PDQ files or archive; "
                     "your IT can import NCI's weekly distribution for every user of this computer "
                     "(<tt>clinic-viewer import</tt>).")
        self.setAccessibleDescription(self.text().replace("<b>", "").replace("</b>", "").replace("<tt>", "")
                                      .replace("</tt>", ""))
        self.setVisible(False)

    def show_for(self, library: Library) -> None:
        """Shown while there is no imported library, and nothing says why (a library that could not
        be read is named in the problems banner instead)."""
        self.setVisible(library.generation is None and not library.catalog and not library.problems)

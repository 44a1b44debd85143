"""Go ▸ Recently Opened (and Ctrl+H): the summaries opened last, newest first, each reopened at the
section where the reader left it. Kept per user in the settings.

Signals:
    recentActivated(str, str): summary id and section id to open.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...settings import Settings
from ..common.reading_state import ReadingState

KEPT = 10


class RecentSummaries(QObject):
    recentActivated = Signal(str, str)

    def __init__(self, settings: Settings, state: ReadingState, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.state = state
        self.menu = QMenu("Recently &Opened", parent, objectName="recentMenu")
        self.menu.aboutToShow.connect(self.refresh)
        state.summaryChanged.connect(lambda summary: self.visited(summary.id, ""))

    def visited(self, summary_id: str, section_id: str) -> None:
        """`summary_id` is being read (at `section_id`, once known): first in the list."""
        places = self.settings.recent
        section_id = section_id or next((s for i, s in places if i == summary_id), "") or "_start"
        self.settings.recent = [(summary_id, section_id)] + [p for p in places if p[0] != summary_id][:KEPT - 1]

    def section_entered(self, section_id: str) -> None:
        if self.state.summary is not None and section_id:
            self.visited(self.state.summary.id, section_id)

    def refresh(self) -> None:
        self.menu.clear()
        places = [p for p in self.settings.recent if self.state.library.has_summary(p[0])]
        if not places:
            empty = self.menu.addAction("No summaries opened yet")
            empty.setEnabled(False)
        for number, (summary_id, section_id) in enumerate(places, start=1):
            entry = next((e for e in self.state.library.entries() if e.id == summary_id), None)
            title = entry.title if entry is not None else summary_id
            prefix = f"&{number % 10} " if number <= 10 else ""
            action = QAction(prefix + title.replace("&", "&&"), self.menu)
            action.setObjectName(f"recent:{summary_id}")
            action.triggered.connect(lambda _=False, place=(summary_id, section_id):
                                     self.recentActivated.emit(place[0], "" if place[1] == "_start" else place[1]))
            self.menu.addAction(action)

    def pop_up(self, widget) -> None:
        """The menu at the top of `widget` (the reader), from the keyboard."""
        self.refresh()
        self.menu.popup(widget.mapToGlobal(widget.rect().topLeft()))

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
        self.menu = QMenu(self.tr("Recently &Opened"), parent, objectName="recentMenu")
        self.menu.aboutToShow.connect(self.refresh)
        self._place: tuple[str, str] | None = None  # the summary being read and its section, saved when left
        state.summaryChanged.connect(self._opened)

    def _opened(self, summary) -> None:
        self.save()  # the summary left, at the section it was left at
        held = next((s for i, s in self.settings.recent if i == summary.id), "")
        self._place = (summary.id, held or "_start")
        self.save()

    def section_entered(self, section_id: str) -> None:
        """Kept in memory while reading (this runs as the text scrolls); saved when it matters."""
        if self._place is not None and section_id:
            self._place = (self._place[0], section_id)

    def save(self) -> None:
        """The summary being read first in the list, at its section (also called at close)."""
        if self._place is not None:
            places = self.settings.recent
            self.settings.recent = [self._place] + [p for p in places if p[0] != self._place[0]][:KEPT - 1]

    def refresh(self) -> None:
        self.save()
        self.menu.clear()
        titles = {entry.id: entry.title for entry in self.state.library.entries()}
        places = [p for p in self.settings.recent if p[0] in titles]
        if not places:
            empty = self.menu.addAction(self.tr("No summaries opened yet"))
            empty.setEnabled(False)
        for number, (summary_id, section_id) in enumerate(places, start=1):
            title = titles[summary_id]
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

"""The Bookmarks menu: Ctrl+D bookmarks the section being read (or removes its bookmark); the
entries below open theirs. A bookmark is (summary id, section id), NCI's own ids, so it survives
NCI's updates; it says when its section changed in the last update, and when its section or
summary is no longer there. Kept per user in the settings.

Signals:
    bookmarkActivated(str, str): summary id and section id to open.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...content import Library
from ...content.section_labels import section_labels
from ...settings import Settings


class Bookmarks(QObject):
    bookmarkActivated = Signal(str, str)

    def __init__(self, settings: Settings, library: Callable[[], Library],
                 current: Callable[[], tuple[str, str] | None], parent=None):
        super().__init__(parent)
        self.settings = settings
        self._library = library
        self._current = current  # (summary id, section id) being read, if any
        self.menu: QMenu | None = None
        self._entries: list[QAction] = []

    def attach(self, menu: QMenu) -> None:
        """Fill `menu` (after its fixed commands) each time it opens."""
        self.menu = menu
        menu.setObjectName("bookmarksMenu")
        menu.aboutToShow.connect(self.refresh)

    def toggle_current(self) -> None:
        place = self._current()
        if place is None:
            return
        marks = self.settings.bookmarks
        self.settings.bookmarks = [m for m in marks if m != place] if place in marks else marks + [place]
        self.refresh()

    def label(self, summary_id: str, section_id: str) -> tuple[str, bool]:
        """The entry's text, and whether it can be opened."""
        library = self._library()
        summary = library.get(summary_id)
        if summary is None:
            return f"{summary_id} (not in this library)", False
        section = summary.section(section_id)
        if section is None:
            return f"{summary.title} › (a section no longer in the summary)", True
        changes = library.changes.get(summary_id)
        changed = " (changed in the last update)" if changes is not None and section_id in changes.marked else ""
        return f"{summary.title} › {section_labels(summary)[section_id]}{changed}", True

    def refresh(self) -> None:
        if self.menu is None:
            return
        for action in self._entries:
            self.menu.removeAction(action)
            action.deleteLater()
        self._entries = []
        marks = self.settings.bookmarks
        if not marks:
            empty = QAction("No bookmarks yet: Ctrl+D bookmarks the section you are reading", self.menu)
            empty.setEnabled(False)
            self._entries.append(empty)
        for summary_id, section_id in marks:
            text, enabled = self.label(summary_id, section_id)
            action = QAction(text.replace("&", "&&"), self.menu)
            action.setObjectName(f"bookmark:{summary_id}#{section_id}")
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, place=(summary_id, section_id): self.bookmarkActivated.emit(*place))
            self._entries.append(action)
        self.menu.addActions(self._entries)

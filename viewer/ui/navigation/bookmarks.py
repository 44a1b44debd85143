"""The Bookmarks menu: Ctrl+D bookmarks the section being read (or removes its bookmark); the
entries below open theirs. A bookmark is (summary id, section id), NCI's own ids, so it survives
NCI's updates; it says when its section changed in the last update, and when its section or
summary is no longer there. Kept per user in the settings.

Ctrl+D says what it did (bookmarked, or removed, and how to undo it) and the menu's command reads
"Remove Bookmark" on a bookmarked section; Manage Bookmarks… renames, removes and orders them.

Signals:
    bookmarkActivated(str, str): summary id and section id to open.
    said(str): what a command did (or could not do), for the status bar.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...content import Library
from ...content.section_labels import section_labels
from ...settings import BOOKMARKS, Settings
from ..common.key_names import key_name


ADD_TEXT = QT_TRANSLATE_NOOP("Commands", "&Bookmark This Section")  # as in the command table (actions.py)
REMOVE_TEXT = QT_TRANSLATE_NOOP("Bookmarks", "&Remove Bookmark")


class Bookmarks(QObject):
    bookmarkActivated = Signal(str, str)
    said = Signal(str)

    def __init__(self, settings: Settings, library: Callable[[], Library],
                 current: Callable[[], tuple[str, str] | None], parent=None):
        super().__init__(parent)
        self.settings = settings
        self._library = library
        self._current = current  # (summary id, section id) being read, if any
        self.menu: QMenu | None = None
        self.toggle_action: QAction | None = None  # Ctrl+D's command: its text says what it would do
        self._entries: list[QAction] = []

    def attach(self, menu: QMenu, toggle_action: QAction | None = None) -> None:
        """Fill `menu` (after its fixed commands) each time it opens."""
        self.menu = menu
        self.toggle_action = toggle_action
        menu.setObjectName("bookmarksMenu")
        menu.aboutToShow.connect(self.refresh)

    def connect_actions(self, actions: dict, parent=None) -> None:
        """Bookmarks ▸ Bookmark This Section and Manage Bookmarks… (actions.py), acting on this."""
        actions["bookmark"].triggered.connect(self.toggle_current)
        actions["manageBookmarks"].triggered.connect(lambda: self.manage(parent))

    def toggle_current(self) -> None:
        """Bookmark the section being read, or remove its bookmark; either way, say so."""
        place = self._current()
        if place is None:
            self.said.emit(self.tr("Open a summary first: a bookmark keeps a section of one."))
            return
        marks = self.settings.bookmarks
        if place not in marks and len(marks) >= BOOKMARKS.limit:  # the settings keep no more: say so
            self.said.emit(self.tr("Not bookmarked: %n bookmarks are the most kept. "
                                   "Remove one first (Bookmarks ▸ Manage Bookmarks…).", "", BOOKMARKS.limit))
            return
        name = self.label(*place)[0]
        if place in marks:
            self.settings.bookmarks = [m for m in marks if m != place]
            self.said.emit(self.tr("Bookmark removed: {name}. {key} bookmarks it again.").format(
                name=name, key=key_name("Ctrl+D")))
        else:
            self.settings.bookmarks = marks + [place]
            self.said.emit(self.tr("Bookmarked: {name}").format(name=name))
        self.refresh()

    def update_toggle_text(self) -> None:
        """The command reads "Remove Bookmark" on a bookmarked section."""
        if self.toggle_action is not None:
            place = self._current()
            self.toggle_action.setText(self.tr(REMOVE_TEXT) if place is not None and place in self.settings.bookmarks
                                       else QCoreApplication.translate("Commands", ADD_TEXT))

    def manage(self, parent=None) -> None:
        """Rename, remove and order the bookmarks (bookmarks_dialog.py)."""
        from .bookmarks_dialog import BookmarksDialog  # only when someone opens it

        dialog = BookmarksDialog(self, parent)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.open()

    def label(self, summary_id: str, section_id: str) -> tuple[str, bool]:
        """The entry's text (the name the reader gave it, if any), and whether it can be opened."""
        text, enabled = self.place_label(summary_id, section_id)
        return self._named((summary_id, section_id), text), enabled

    def _named(self, place: tuple[str, str], text: str) -> str:
        given = self.settings.bookmark_names.get(place)
        return f"{given} — {text}" if given else text

    def place_label(self, summary_id: str, section_id: str) -> tuple[str, bool]:
        """Where the bookmark is, said from the library, and whether it can be opened."""
        return self._place(summary_id, section_id)[:2]

    def _place(self, summary_id: str, section_id: str) -> tuple[str, bool, str]:
        """place_label's two, and where the bookmark is ("title › section") if the library holds it."""
        library = self._library()
        summary = library.get(summary_id)
        if summary is None:  # where it was when last seen, if it was (remember_places)
            seen = self.settings.bookmark_places.get((summary_id, section_id), summary_id)
            return self.tr("{summary} (not in this library)").format(summary=seen), False, ""
        section = summary.section(section_id)
        if section is None:
            return self.tr("{summary} › (a section no longer in the summary)").format(summary=summary.title), True, ""
        changes = library.changes.get(summary_id)
        changed = " " + self.tr("(changed in the last update)") if changes is not None and section_id in changes.marked else ""
        where = f"{summary.title} › {section_labels(summary)[section_id]}"
        return f"{where}{changed}", True, where

    def remember_places(self, seen: dict[tuple[str, str], str]) -> None:
        """Keep where each bookmark is while the library holds it (`seen`), and where it was for
        those it no longer does: once NCI removes a summary, its bookmarks still say which they
        were, not a bare CDR number."""
        kept = self.settings.bookmark_places
        places = {place: seen.get(place) or kept.get(place) for place in self.settings.bookmarks}
        places = {place: where for place, where in places.items() if where}
        if places != kept:
            self.settings.bookmark_places = places

    def rename(self, place: tuple[str, str], name: str) -> None:
        """Give a bookmark a name of the reader's (an empty name goes back to the section's)."""
        names = self.settings.bookmark_names
        name = " ".join(name.split())
        if name:
            names[place] = name
        else:
            names.pop(place, None)
        self.settings.bookmark_names = names

    def remove(self, place: tuple[str, str]) -> None:
        self.settings.bookmarks = [m for m in self.settings.bookmarks if m != place]
        names = self.settings.bookmark_names
        if names.pop(place, None) is not None:
            self.settings.bookmark_names = names

    def move(self, place: tuple[str, str], step: int) -> None:
        """Move a bookmark `step` places up (negative) or down the list."""
        marks = self.settings.bookmarks
        if place not in marks:
            return
        i = marks.index(place)
        j = max(0, min(len(marks) - 1, i + step))
        marks.insert(j, marks.pop(i))
        self.settings.bookmarks = marks

    def refresh(self) -> None:
        self.update_toggle_text()
        if self.menu is None:
            return
        for action in self._entries:
            self.menu.removeAction(action)
            action.deleteLater()
        self._entries = []
        marks = self.settings.bookmarks
        if not marks:
            text = self.tr("No bookmarks yet: {key} bookmarks the section you are reading")
            empty = QAction(text.format(key=key_name("Ctrl+D")), self.menu)
            empty.setEnabled(False)
            self._entries.append(empty)
        seen = {}
        for summary_id, section_id in marks:
            text, enabled, seen[(summary_id, section_id)] = self._place(summary_id, section_id)
            action = QAction(self._named((summary_id, section_id), text).replace("&", "&&"), self.menu)
            action.setObjectName(f"bookmark:{summary_id}#{section_id}")
            action.setEnabled(enabled)
            action.triggered.connect(lambda _=False, place=(summary_id, section_id): self.bookmarkActivated.emit(*place))
            self._entries.append(action)
        self.menu.addActions(self._entries)
        self.remember_places(seen)

"""Go ▸ Versions of This Summary (the `versionsMenu`), the header's link and Next Version (a key):
the open summary's other versions in the library — patient or health professional, English or
Spanish — one step away. A version opens at the section corresponding to the one being read
where the two share it (content.versions), else at its start, and the status bar says which.

Signals:
    said(str, int): what to tell the reader, for how many ms.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ...content.versions import Correspondence, best_correspondence
from ..common.reading_state import ReadingState
from ..reading.versions_link import VersionsLink, filled, version_labels

SAID_MS = 8000


class SummaryVersions(QObject):
    said = Signal(str, int)

    def __init__(self, state: ReadingState, link: VersionsLink, parent: QWidget, cycle_key: str = ""):
        super().__init__(parent)
        self.state = state
        self.link = link
        self._cycle_key = cycle_key
        self.menu = QMenu(self.tr("&Versions of This Summary"), parent, objectName="versionsMenu")
        self.menu.setToolTipsVisible(True)
        link.versionActivated.connect(self.open_version)
        state.summaryChanged.connect(self.refresh)
        state.libraryChanged.connect(self.refresh)
        self.refresh()

    def others(self) -> list:
        """The open summary's other versions the library holds (entries), in the topic's order."""
        summary, library = self.state.summary, self.state.library
        if summary is None:
            return []
        entries = [library.entry(i) for i in library.versions(summary.id) if i != summary.id]
        return [e for e in entries if e is not None]

    def refresh(self, *_) -> None:
        """One action per other version, or a plain note that there is none."""
        self.menu.clear()
        others = self.others()
        for entry, label in zip(others, version_labels(others)):
            action = QAction(label.replace("&", "&&"), self.menu)
            action.setObjectName(f"version:{entry.id}")
            action.setData(entry.id)
            action.setToolTip(entry.title)
            action.triggered.connect(lambda _=False, doc_id=entry.id: self.open_version(doc_id))
            self.menu.addAction(action)
        if not others:
            note = self.menu.addAction(self.tr("No other version of this summary in the library")
                                       if self.state.summary is not None else self.tr("No summary is open"))
            note.setEnabled(False)
        self.link.show_versions(others, self._cycle_key)

    def cycle(self) -> None:
        """The next of the topic's versions after the open one (professional, then patient; English,
        then Spanish), round to the first."""
        summary = self.state.summary
        versions = self.state.library.versions(summary.id) if summary is not None else ()
        if len(versions) < 2:
            self.said.emit(self.tr("This summary has no other version in the library"), SAID_MS)
            return
        self.open_version(versions[(versions.index(summary.id) + 1) % len(versions)])

    def open_version(self, doc_id: str) -> None:
        """Open the version `doc_id` where it corresponds to the place being read (a step in the history)."""
        source, library = self.state.summary, self.state.library
        target = library.get(doc_id)
        if source is None or target is None:
            self.state.request((doc_id, ""))  # the shell says why it cannot be opened
            return
        place = self.state.reading_place()
        section = source.section(place[1]) if place else None
        found = Correspondence()
        if section is not None:
            between = [library.get(i) for i in library.versions(source.id) if i not in (source.id, doc_id)]
            found = best_correspondence(source, section.id, target, [s for s in between if s is not None])
        self.state.request((doc_id, found.section_id))
        self.said.emit(self._opened_text(target, section.title if section else "", found), SAID_MS)

    def _opened_text(self, target, reading: str, found: Correspondence) -> str:
        label = version_labels([target])[0]
        if found.section_id and found.exact:
            how = (self.tr("the section of the same title") if found.basis == "title"
                   else self.tr("the same place in its outline, which the two versions share"))
            return filled(self.tr("%1: opened at “%2”, %3."), label, found.title, how)
        if found.section_id:
            text = self.tr("%1: opened at “%2”; it has no section matching “%3”, so the one enclosing it.")
            return filled(text, label, found.title, reading)
        if reading:
            return filled(self.tr("%1: opened at its start; it has no section matching “%2”."), label, reading)
        return filled(self.tr("%1: opened at its start."), label)

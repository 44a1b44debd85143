"""The library updated from outside the window — clinic IT's weekly `clinic-viewer import`, usually
as root, while a clinician's window stays open: the window reads the new library, keeps the reader
where they were, and says so. Without it a window left open across two imports would go on reading
a generation the second one removed (an import keeps only the generation before its own), and every
summary opened after that would fail.

Watched with the system's file notifications (inotify: no polling); what is compared is the
library's CURRENT file, which an import replaces with one rename when its generation is complete."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...library.store import CURRENT

SETTLE_MS = 1000  # after the switch the import removes the older generations: read once it is done


def current_text(root: Path) -> str | None:
    """What the library's CURRENT says now (None: none, or unreadable)."""
    try:
        return (root / CURRENT).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


class LibraryWatcher(QObject):
    """Calls `reload` when the library at `root` has a new generation, unless `busy()` (the
    window's own import, which reloads when it finishes). `seen()` after any reload of the
    window's own.

    Signals:
        reloaded(): the library was read again because another process updated it.
    """

    reloaded = Signal()

    def __init__(self, root: Path, reload: Callable[[], None], busy: Callable[[], bool], parent: QObject):
        super().__init__(parent)
        self._root, self._reload, self._busy = Path(root), reload, busy
        self._seen = current_text(self._root)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _: self._settle.start())
        self._watch()

    def _watch(self) -> None:
        """The library's folder; while it does not exist yet (no import so far), the folder it will be made in."""
        for folder in (self._root, self._root.parent):
            if folder.is_dir():
                if str(folder) not in self._watcher.directories():
                    self._watcher.addPath(str(folder))
                return

    def seen(self) -> None:
        self._seen = current_text(self._root)

    def _check(self) -> None:
        self._watch()  # the library's folder, once the first import has made it
        now = current_text(self._root)
        if now == self._seen or self._busy():
            return
        self._seen = now
        self._reload()
        self.reloaded.emit()

"""The library updated from outside the window — clinic IT's weekly `clinic-viewer import`, usually
as root, while a clinician's window stays open: the window reads the new library, keeps the reader
where they were, and says so. Without it a window left open across two imports would go on reading
a generation the second one removed (an import keeps only the generation before its own), and every
summary opened after that would fail.

Watched with the system's file notifications (inotify: no polling); what is compared is the
library's CURRENT file, which an import replaces with one rename when its generation is complete,
and which folder is at the library's path (one moved aside and made again is another library).
While there is no CURRENT at the path (the library moved aside, the new one's import under way)
the window goes on with the library it has: the reader stays where they were."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...library.store import CURRENT

SETTLE_MS = 1000  # after the switch the import removes the older generations: read once it is done


def current_state(root: Path) -> tuple[tuple[int, int] | None, str | None]:
    """Which folder is at the library's path, and what its CURRENT says now (None: none, or
    unreadable): a library moved aside and made again may name the same generation as the old."""
    try:
        status = root.stat()
        folder = (status.st_dev, status.st_ino)
    except OSError:
        folder = None
    try:
        return folder, (root / CURRENT).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return folder, None


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
        self._seen = current_state(self._root)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watch()

    def _watch(self) -> None:
        """The library's folder, and the folder it is in: a library moved aside and made again (as
        a refused import advises) is a new folder at the same path, which a watch of the old one,
        following it where it was moved, never sees; so is a library made for the first time."""
        for folder in (self._root.parent, self._root):
            if folder.is_dir() and str(folder) not in self._watcher.directories():
                self._watcher.addPath(str(folder))

    def _changed(self, path: str) -> None:
        if path == str(self._root) or not self._settle.isActive():  # a busy folder above cannot put the check off
            self._settle.start()

    def seen(self) -> None:
        self._seen = current_state(self._root)

    def _check(self) -> None:
        if str(self._root) in self._watcher.directories():  # watch whichever folder is at the library's path now
            self._watcher.removePath(str(self._root))
        self._watch()
        now = current_state(self._root)
        # no library at the path, or one whose import has not switched yet (moved aside, made again):
        # read as an empty library it put the bundled sample in the reader's place; wait for its CURRENT
        if now == self._seen or now[1] is None or self._busy():
            return
        self._seen = now
        self._reload()
        self.reloaded.emit()

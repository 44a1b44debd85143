"""One window per user: a second double-click brings the open window forward instead of
starting another copy (a shared workstation must not fill up with viewers).

Signals:
    activated(): another launch asked this instance to come forward.

A local socket (a Unix socket or a Windows named pipe: not the network). On POSIX systems it lives
in a folder only its user can write ($XDG_RUNTIME_DIR/clinic-viewer, else a 0700 folder of the
user's own in the temporary directory, its owner and mode checked), so another user can neither
answer in the viewer's place nor block it; and an flock held for the instance's lifetime makes the
claim atomic, so starts racing a stale socket make exactly one instance. Whenever anything is in
doubt, the viewer opens a window rather than exit: a clinician is never left without one.
"""
from __future__ import annotations

import getpass
import os
import stat
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...content.sha256 import sha256

if TYPE_CHECKING:  # QtNetwork is loaded when the socket is first needed: after the first paint, as a rule
    from PySide6.QtNetwork import QLocalServer

NAME_ENV = "CLINIC_VIEWER_INSTANCE"  # another name, for tests that run their own instances
WAIT_MS = 500
# The instance holds the lock from its start but listens only once its window is painted, a second
# or so on a slow machine: a second launch keeps asking that long (2 s) before it opens a window anyway.
ASK_ATTEMPTS = 16


def default_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return "clinic-viewer-" + sha256(user.encode()).hexdigest()[:16]


def instance_dir() -> Path | None:
    """A folder only this user can write, for the socket and its lock; None if none can be had."""
    candidates = [Path(os.environ["XDG_RUNTIME_DIR"]) / "clinic-viewer"] if os.environ.get("XDG_RUNTIME_DIR") else []
    candidates.append(Path(tempfile.gettempdir()) / f"clinic-viewer-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700:
            return folder
    return None


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or os.environ.get(NAME_ENV) or default_name()
        self._server: QLocalServer | None = None
        self._address = self.name
        self._lock = None  # the open lock file, held while this process is the instance
        self._listen_at: str | None = None  # where listen() will, once called

    @property
    def server(self) -> QLocalServer:
        if self._server is None:
            from PySide6.QtNetwork import QLocalServer

            self._server = QLocalServer(self)
            # (no UserAccessOption: with it Qt replaces a socket that is in use instead of refusing)
            self._server.newConnection.connect(self._on_connection)
        return self._server

    def claim(self, listen: bool = True) -> bool:
        """True if this process is now the instance (or should open a window anyway); False if
        another one was asked to come forward. With `listen=False` (POSIX) the instance takes its
        lock now and answers later launches from `listen()` on: start-up calls it after the first
        paint, so QtNetwork is not loaded before the window shows."""
        if os.name == "nt":
            return self._claim_by_name()
        folder = instance_dir()
        if folder is None:
            return True  # nowhere safe to meet: open a window
        import fcntl

        self._address = str(folder / self.name)
        lock = open(os.open(folder / f"{self.name}.lock", os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            lock.close()
            return not self._ask_running_instance()  # could not ask it: open a window
        self._lock = lock
        self._listen_at = self._address
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later launches (after claim(listen=False)); nothing to do if not the instance."""
        if self._listen_at is None:
            return
        from PySide6.QtNetwork import QLocalServer

        address, self._listen_at = self._listen_at, None
        QLocalServer.removeServer(address)  # whatever a crashed viewer left there
        self.server.listen(address)

    def _claim_by_name(self) -> bool:
        """Windows: a named pipe per user (in the user's session namespace)."""
        if self.server.listen(self._address):
            return True
        if self._ask_running_instance():
            return False
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._address)
        return self.server.listen(self._address) or True  # if even that fails, run rather than refuse to

    def _ask_running_instance(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        for _ in range(ASK_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self._address)
            if socket.waitForConnected(WAIT_MS):
                socket.write(b"show\n")
                socket.waitForBytesWritten(WAIT_MS)
                socket.disconnectFromServer()
                return True
            time.sleep(WAIT_MS / 4000)
        return False

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def release(self) -> None:
        self._listen_at = None
        if self._server is not None:
            self._server.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

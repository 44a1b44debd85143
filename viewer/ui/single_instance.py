"""One window per user: a second double-click brings the open window forward instead of
starting another copy (a shared workstation must not fill up with viewers).

Signals:
    activated(): another launch asked this instance to come forward.

A local socket (a Unix socket or a Windows named pipe: not the network) named per user.
"""
from __future__ import annotations

import getpass
import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

NAME_ENV = "CLINIC_VIEWER_INSTANCE"  # another name, for tests that run their own instances
WAIT_MS = 500


def default_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return "clinic-viewer-" + hashlib.sha256(user.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or os.environ.get(NAME_ENV) or default_name()
        self.server = QLocalServer(self)
        # (no UserAccessOption: with it Qt replaces a socket that is in use instead of refusing)
        self.server.newConnection.connect(self._on_connection)

    def claim(self) -> bool:
        """True if this process is now the instance; False if another one was asked to come forward."""
        if self.server.listen(self.name):
            return True
        if self._ask_running_instance():
            return False
        QLocalServer.removeServer(self.name)  # left behind by a viewer that did not close cleanly
        return self.server.listen(self.name) or True  # if even that fails, run rather than refuse to

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(b"show\n")
        socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def release(self) -> None:
        self.server.close()

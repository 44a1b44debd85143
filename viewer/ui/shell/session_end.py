"""SIGTERM and SIGHUP (a logout, `kill`, systemd stopping the session) close the windows as the
user's closing them does: the place and the settings are written, and the application leaves its
event loop, so start-up's caller releases the single-instance lock. Left to their default, either
ends the process on the spot, before anything is written.

Python runs a signal's handler only when the interpreter next runs, and while Qt's event loop waits
in C++ it does not. So the signal's number is written to a pipe (signal.set_wakeup_fd) that a
QSocketNotifier watches: the loop wakes, and the windows are closed from it, never from inside
whatever Python code the signal interrupted. POSIX only: Windows ends a process otherwise.
"""
from __future__ import annotations

import os
import signal

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def close_on_session_end(app: QApplication) -> QSocketNotifier | None:
    """From now on SIGTERM and SIGHUP close every window and quit `app`; the notifier (kept by
    `app`), or None where there are no such signals or they are handled already."""
    if os.name != "posix" or signal.getsignal(ENDING[0]) is _noted:  # (asked twice at start-up: once is enough)
        return None
    read, write = os.pipe()
    for end in (read, write):
        os.set_blocking(end, False)  # the handler must never block on a full pipe
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, app)

    def woken(*_) -> None:
        try:
            numbers = os.read(read, 512)
        except BlockingIOError:
            return
        if any(number in ENDING for number in numbers):
            QApplication.closeAllWindows()  # each window's closeEvent: the same path as the user's close
            app.quit()  # and leave, even from a dialog's own loop
    notifier.activated.connect(woken)
    signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    for number in ENDING:
        signal.signal(number, _noted)
    return notifier


def _noted(number: int, frame) -> None:
    """The Python-level handler: nothing to do here, the pipe has woken the loop (see above)."""


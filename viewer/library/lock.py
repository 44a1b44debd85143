"""One import at a time, per library: an exclusive lock on LIBRARY/.lock.

The lock file is 0600 and the writer's, opened without following a link, so no other user can open
it to hold it and stall the weekly import. A second import waits, told who holds the lock (from
/proc/locks on Linux, else the holder's own record), and gives up after LOCK_WAIT_SECONDS.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..content.errors import ContentError
from ..content.phrases import QT_TRANSLATE_NOOP
from . import faults
from .durable import DIR_MODE, O_BINARY, O_NOFOLLOW, make_dirs

LOCK = ".lock"
LOCK_MODE = 0o600
LOCK_WAIT_SECONDS = 30 * 60  # another import that holds the lock longer than this is stuck, not busy


class LockTimeout(ContentError):
    """Another import held the library's lock for longer than an import may wait."""


class LockWaitCancelled(Exception):
    """The import was cancelled while it waited for another's lock: nothing was changed."""


@contextmanager
def library_lock(root: Path, on_wait: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
    """Held while the block runs; `on_wait(message)` is told once if another import holds it;
    LockWaitCancelled if `cancelled()` says so while waiting (the window's Cancel, its quit)."""
    make_dirs(root)
    mode = stat.S_IMODE(os.stat(root).st_mode)
    if mode & 0o055 != 0o055 and not mode & 0o022:  # an earlier run under a narrow umask made it 0700
        try:
            os.chmod(root, DIR_MODE)
        except PermissionError:
            pass  # not ours: whether it may be written is the import's to find out
    path = root / LOCK
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | O_NOFOLLOW | O_BINARY, LOCK_MODE)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is a link, not the library's lock file: remove it")
                               ) from None
        raise
    try:
        _own_lock_file(fd, path)
        _take_lock(fd, path, on_wait, cancelled)
        _record_holder(fd)
        faults.at("locked")
        yield
    finally:
        try:
            os.ftruncate(fd, 0)  # the record names a holder only while there is one
        finally:
            os.close(fd)  # closing releases the lock


def _own_lock_file(fd: int, path: Path) -> None:
    """The lock file is the writer's and 0600: another user who could open it could hold it."""
    if os.name == "nt":
        return
    try:
        if os.fstat(fd).st_uid != os.geteuid():
            os.fchown(fd, os.geteuid(), os.getegid())
        os.fchmod(fd, LOCK_MODE)
    except PermissionError:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "belongs to another user, who could stop imports by "
                                                               "holding it: remove it")) from None


def _take_lock(fd: int, path: Path, on_wait: Callable[[str], None] | None,
               cancelled: Callable[[], bool] | None) -> None:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    told = False
    while not _try_lock(fd):
        if cancelled is not None and cancelled():
            raise LockWaitCancelled(path)
        holder = _lock_holder(fd)
        if not told:
            told = True
            if on_wait is not None:
                on_wait(f"waiting for the import that holds the library's lock ({holder}); "
                        f"giving up after {LOCK_WAIT_SECONDS // 60} minutes")
            faults.at("lock-wait")
        if time.monotonic() > deadline:
            raise LockTimeout(path, f"is held by another import ({holder}) for over {LOCK_WAIT_SECONDS // 60} "
                                    "minutes: nothing was changed; end that process or try again later")
        time.sleep(0.25)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _record_holder(fd: int) -> None:
    """Who holds the lock, for the message of an import that waits for it."""
    if os.name == "nt":
        return
    import getpass

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.geteuid())
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"process {os.getpid()} of user {user}, since {dt.datetime.now():%Y-%m-%d %H:%M}\n".encode(), 0)


def _lock_holder(fd: int) -> str:
    """Who holds the lock: on Linux the process /proc/locks names, else the holder's own record."""
    try:
        inode = os.fstat(fd).st_ino
        with open("/proc/locks", encoding="ascii", errors="replace") as locks:
            for line in locks:
                fields = line.split()
                if len(fields) > 5 and fields[1] == "FLOCK" and fields[5].rsplit(":", 1)[-1] == str(inode):
                    pid = fields[4]
                    status = Path(f"/proc/{pid}/status").read_text(errors="replace")
                    uid = next((l.split()[1] for l in status.splitlines() if l.startswith("Uid:")), "?")
                    return f"process {pid}, user id {uid}"
    except (OSError, ValueError):
        pass
    try:
        recorded = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        recorded = ""
    return recorded or "holder unknown"

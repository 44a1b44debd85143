"""Where an imported PDQ library lives on disk, and how it changes without ever being half-written.

    LIBRARY/CURRENT            the name of the generation in use ("v000007"), replaced atomically
    LIBRARY/v000007/summaries/CDR0000062843.xml
    LIBRARY/v000007/glossary/CDR0000045693.xml
    LIBRARY/v000007/media/CDR0000748659.jpg    a figure's image (NCI's Multimedia)
    LIBRARY/v000007/previous/CDR0000062843.xml a summary as it was before its last update
    LIBRARY/v000007/index/catalog.json         every summary's title, type, audience, language, date
    LIBRARY/v000007/index/search.sqlite        the full-text index (SQLite FTS5), updated by each import
    LIBRARY/v000007/MANIFEST.sha256    every file of the generation, in `sha256sum` form
    LIBRARY/v000007/library.json       when it was imported, the generation before it, and what
                                       changed in each summary at its last update

An import writes a whole new generation beside the current one (unchanged files are hard links,
so it costs little), flushes it to disk, and only then points CURRENT at it with one rename. A
run killed at any moment leaves CURRENT naming a complete generation; the leftovers of a killed
run are removed by the next one before it writes, and a run that fails (a full disk) removes its
own. The previous generation is kept, for "what changed" and for a window still reading it.
If CURRENT is lost or damaged, the newest complete generation is read, and the next import
repairs CURRENT.

Whatever the umask, the import writes folders 0755 and files 0644 (every user of the machine
reads the library), and its lock file 0600 (no other user can take it and stall the import).

Reading goes through `Generation.read`, which returns a file's bytes only if the file is a regular
file inside the generation (no links out) and matches its SHA-256 in the manifest.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import stat
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from ..content.errors import ContentError
from . import faults

CURRENT = "CURRENT"
MANIFEST = "MANIFEST.sha256"
INFO = "library.json"
KINDS = {"summaries": "Summary", "glossary": "GlossaryTerm", "media": "Multimedia",
         "previous": "Summary, the version before its last update",
         "index": "the catalog (titles, types, dates) and the full-text index, made by import"}
CATALOG = "index/catalog.json"
SEARCH_INDEX = "index/search.sqlite"
_PREFIX = "v"
LOCK = ".lock"
DIR_MODE, FILE_MODE, LOCK_MODE = 0o755, 0o644, 0o600
LOCK_WAIT_SECONDS = 30 * 60  # another import that holds the lock longer than this is stuck, not busy
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def is_generation_name(name: str) -> bool:
    return name.startswith(_PREFIX) and name[1:].isdigit() and name.isascii()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory to flush it; its renames are durable as made
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_dirs(path: Path) -> None:
    """`path` and the folders above it that are missing, each 0755 whatever the umask."""
    missing = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            pass
        os.chmod(folder, DIR_MODE)


def write_file(path: Path, data: bytes) -> None:
    """A new file (0644) holding `data`, flushed to disk; never written through a link."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_NOFOLLOW | _O_BINARY, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # the umask narrowed the mode open gave it
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, (os.O_RDWR if os.name == "nt" else os.O_RDONLY) | _O_BINARY)  # Windows flushes only a writable handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """`path` holds either its old bytes or all of `data`, never a part, whatever happens."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write_file(temporary, data)
        if path.name == CURRENT:
            faults.at("switching")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


@dataclass
class Generation:
    """One complete, checked state of the library."""

    folder: Path
    manifest: dict[str, str]  # "summaries/CDR….xml" -> sha256
    info: dict = field(default_factory=dict)
    problems: list[ContentError] = field(default_factory=list)  # files found that the manifest does not list
    fallback: str = ""  # why this generation is read although CURRENT does not name it ("" when it does)

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def imported(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat(self.info["imported"])
        except (KeyError, TypeError, ValueError):
            return None

    def files(self, kind: str) -> list[str]:
        return sorted(name for name in self.manifest if name.startswith(kind + "/"))

    def ids(self, kind: str) -> set[str]:
        return {PurePosixPath(name).stem for name in self.files(kind)}

    def path_of(self, kind: str, doc_id: str) -> str:
        if kind == "media":
            return next((n for n in self.files("media") if PurePosixPath(n).stem == doc_id), f"media/{doc_id}")
        return f"{kind}/{doc_id}.xml"

    def checked_path(self, name: str) -> Path:
        """A listed file that another program reads (SQLite), checked against the manifest first."""
        path = self._listed_regular_file(name)
        try:
            self._compare(path, name, _file_digest(path))
        except OSError as exc:
            raise ContentError(path, f"cannot be read ({exc.strerror or exc})") from None
        return path

    def read(self, name: str) -> bytes:
        """The bytes of a listed file, checked; ContentError if it is missing, linked out or changed."""
        path = self._listed_regular_file(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ContentError(path, f"cannot be read ({exc.strerror or exc})") from None
        self._compare(path, name, _digest(data))
        return data

    def _listed_regular_file(self, name: str) -> Path:
        path = self.folder / name
        if name not in self.manifest:
            raise ContentError(path, f"is not listed in the library's {MANIFEST}")
        try:
            mode = os.lstat(path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            raise ContentError(path, f"is listed in the library's {MANIFEST} but missing") from None
        except OSError as exc:  # a folder on the way that this user may not enter
            raise ContentError(path, f"cannot be read ({exc.strerror or exc})") from None
        if not stat.S_ISREG(mode):
            raise ContentError(path, "is not a regular file inside the library, so it is not read")
        return path

    def _compare(self, path: Path, name: str, digest: str) -> None:
        if digest != self.manifest[name]:
            raise ContentError(path, f"does not match its SHA-256 in the library's {MANIFEST}: it was changed "
                                     "or damaged after import, so it is not shown")


def _read_manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(path, f"cannot be read ({exc.strerror or exc}): the library cannot be checked") from None
    except UnicodeDecodeError:
        raise ContentError(path, "is not UTF-8 text: the library cannot be checked") from None
    manifest: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        parts = PurePosixPath(name).parts
        if (len(digest) != 64 or len(parts) != 2 or parts[0] not in KINDS or name.startswith("/")
                or ".." in parts or "\\" in name):
            raise ContentError(path, "is not in 'sha256  kind/name' form", number)
        manifest[name] = digest.lower()
    return manifest


class LockTimeout(ContentError):
    """Another import held the library's lock for longer than an import may wait."""


class LibraryStore:
    """The library folder: its current generation, and the writing of a new one."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def current_name(self) -> str | None:
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except IsADirectoryError:
            raise ContentError(self.root / CURRENT, "is a folder, not the file naming the library's generation") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(self.root / CURRENT, f"cannot be read ({exc})") from None
        if not is_generation_name(name):
            raise ContentError(self.root / CURRENT, f"names '{name[:40]}', which is not a library generation")
        return name

    def generation_names(self) -> list[str]:
        """The generation folders present, newest first (complete or not)."""
        names = [p.name for p in self.root.iterdir() if is_generation_name(p.name) and p.is_dir() and not p.is_symlink()]
        return sorted(names, key=lambda name: int(name[1:]), reverse=True)

    def exists(self) -> bool:
        """Whether the folder holds a library: CURRENT in any form, or a generation to fall back to."""
        try:
            return os.path.lexists(self.root / CURRENT) or bool(self.generation_names())
        except (FileNotFoundError, NotADirectoryError):
            return False

    def open(self, name: str | None = None) -> Generation | None:
        """The current generation (or the one named), checked against its manifest's listing."""
        name = name or self.current_name()
        if name is None:
            return None
        folder = self.root / name
        if not folder.is_dir() or folder.is_symlink():
            raise ContentError(folder, "is named by the library's CURRENT file but is not a folder in it")
        manifest = _read_manifest(folder)
        generation = Generation(folder, manifest)
        try:
            generation.info = json.loads((folder / INFO).read_text(encoding="utf-8"))
            if not isinstance(generation.info, dict):
                generation.info = {}
        except (OSError, ValueError, RecursionError):
            generation.info = {}
        for kind in KINDS:
            directory = folder / kind
            try:
                names = sorted(p.name for p in directory.iterdir()) if directory.is_dir() else []
            except OSError as exc:  # its files are reported one by one when they are read
                generation.problems.append(ContentError(directory, f"cannot be read ({exc.strerror or exc})"))
                continue
            for name in names:
                if f"{kind}/{name}" not in manifest:
                    generation.problems.append(ContentError(
                        directory / name, f"is not listed in the library's {MANIFEST}: it was added after import, "
                                          "so it is not shown"))
        return generation

    def open_current(self) -> Generation | None:
        """The generation to read: CURRENT's; if CURRENT is missing, damaged, or names a generation
        that is missing or damaged, the newest complete one, with the reason as its first problem.
        None for a folder with no library; ContentError when no generation can be read."""
        try:
            named = self.current_name()
            if named is not None:
                return self.open(named)
            if not self.exists():
                return None
            problem = ContentError(self.root / CURRENT, "is missing")
        except ContentError as exc:
            problem, named = exc, None
        for name in self.generation_names():  # complete: its manifest, written after its files, reads
            try:
                generation = self.open(name)
            except (ContentError, OSError):
                continue
            when = f", imported {generation.imported:%Y-%m-%d %H:%M}" if generation.imported else ""
            generation.fallback = (f"{problem.message}; the newest complete generation, {name}{when}, is read instead "
                                   "(the next import repairs CURRENT)")
            generation.problems.insert(0, ContentError(problem.path, generation.fallback))
            return generation
        raise problem

    def previous(self, generation: Generation) -> Generation | None:
        name = generation.info.get("previous")
        if isinstance(name, str) and is_generation_name(name) and (self.root / name).is_dir():
            try:
                return self.open(name)
            except ContentError:
                return None
        return None

    @contextmanager
    def locked(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """One import at a time: a second waits for the first (saying who holds the lock) and gives
        up after LOCK_WAIT_SECONDS. The lock file is 0600, so no other user can open it to hold it."""
        make_dirs(self.root)
        mode = stat.S_IMODE(os.stat(self.root).st_mode)
        if mode & 0o055 != 0o055 and not mode & 0o022:  # an earlier run under a narrow umask made it 0700
            try:
                os.chmod(self.root, DIR_MODE)
            except PermissionError:
                pass  # not ours: whether it may be written is the import's to find out
        path = self.root / LOCK
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_BINARY, LOCK_MODE)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ContentError(path, "is a link, not the library's lock file: remove it") from None
            raise
        try:
            _own_lock_file(fd, path)
            _take_lock(fd, path, on_wait)
            _record_holder(fd)
            faults.at("locked")
            yield
        finally:
            try:
                os.ftruncate(fd, 0)  # the record names a holder only while there is one
            finally:
                os.close(fd)  # closing releases the lock

    def _next_name(self) -> str:
        numbers = [int(p.name[1:]) for p in self.root.iterdir() if is_generation_name(p.name)]
        return f"{_PREFIX}{max(numbers, default=0) + 1:06d}"

    def remove_leftovers(self, keep: set[str]) -> None:
        """Generations that are neither current nor kept (a killed or failed run's, or too old to
        need) and temporary files: removed before an import needs their space, and after it."""
        for path in self.root.iterdir():
            if is_generation_name(path.name) and path.name not in keep:
                if path.is_symlink() or not path.is_dir():
                    path.unlink(missing_ok=True)
                else:
                    shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith(".") and path.name.endswith(".tmp") and not path.is_dir():
                path.unlink(missing_ok=True)

    def commit(self, files: dict[str, bytes | Path], current: Generation | None, now: dt.datetime,
               info: dict | None = None) -> Generation:
        """Write `files` ("kind/name.xml" -> new bytes, or the path of an unchanged file to link)
        as a new generation and make it current. Call while `locked()`. If writing fails (a full
        disk), the half-written generation is removed and the library stays as it was."""
        name = self._next_name()
        folder = self.root / name
        switched = False
        try:
            make_dirs(folder)
            self._write_generation(folder, files, current, now, info)
            faults.at("written")
            if (self.root / CURRENT).is_dir() and not (self.root / CURRENT).is_symlink():
                shutil.rmtree(self.root / CURRENT)  # a folder in CURRENT's place cannot be renamed over
            write_atomically(self.root / CURRENT, (name + "\n").encode("utf-8"))  # the switch
            switched = True
        finally:
            if not switched:
                shutil.rmtree(folder, ignore_errors=True)
        faults.at("switched")
        committed = self.open(name)
        self.remove_leftovers({name, current.name} if current else {name})
        return committed

    def _write_generation(self, folder: Path, files: dict[str, bytes | Path], current: Generation | None,
                          now: dt.datetime, info: dict | None) -> None:
        lines = []
        for relative, content in sorted(files.items()):
            target = folder / relative
            if not target.parent.is_dir():
                make_dirs(target.parent)
            if isinstance(content, Path):
                unchanged = current is not None and content == current.folder / relative and relative in current.manifest
                try:
                    os.link(content, target)
                except OSError:  # another file system, or links not allowed: copy instead
                    shutil.copyfile(content, target)
                os.chmod(target, FILE_MODE)  # a link shares the old file's mode: an older run's umask
                if not unchanged:
                    _fsync_file(target)  # made outside the store (the index): flushed like the rest
                digest = current.manifest[relative] if unchanged else _file_digest(target)
            else:
                write_file(target, content)
                digest = _digest(content)
            lines.append(f"{digest}  {relative}\n")
        for kind in KINDS:
            if (folder / kind).is_dir():
                _fsync_dir(folder / kind)
        write_atomically(folder / MANIFEST, "".join(lines).encode("utf-8"))
        info = {**(info or {}), "imported": now.isoformat(timespec="seconds"),
                "previous": current.name if current else None}
        write_atomically(folder / INFO, json.dumps(info, indent=1, ensure_ascii=False).encode("utf-8"))
        _fsync_dir(folder)


def _own_lock_file(fd: int, path: Path) -> None:
    """The lock file is the writer's and 0600: another user who could open it could hold it."""
    if os.name == "nt":
        return
    try:
        if os.fstat(fd).st_uid != os.geteuid():
            os.fchown(fd, os.geteuid(), os.getegid())
        os.fchmod(fd, LOCK_MODE)
    except PermissionError:
        raise ContentError(path, "belongs to another user, who could stop imports by holding it: remove it") from None


def _take_lock(fd: int, path: Path, on_wait: Callable[[str], None] | None) -> None:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    told = False
    while not _try_lock(fd):
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

"""Where an imported PDQ library lives on disk, and how it changes without ever being half-written.

    LIBRARY/CURRENT            the name of the generation in use ("v000007"), replaced atomically
    LIBRARY/v000007/summaries/CDR0000062843.xml
    LIBRARY/v000007/glossary/CDR0000045693.xml
    LIBRARY/v000007/media/CDR0000748659.jpg    a figure's image (NCI's Multimedia)
    LIBRARY/v000007/previous/CDR0000062843.xml a summary as it was before its last update
    LIBRARY/v000007/index/catalog.json         every summary's title, type, audience, language, date
    LIBRARY/v000007/index/search.sqlite        the full-text index (SQLite FTS5), updated by each import,
                                               and NCI's drug terms (Term documents: rows, not files)
    LIBRARY/v000007/MANIFEST.sha256    every file of the generation, in `sha256sum` form
    LIBRARY/v000007/library.json       when it was imported, the generation before it, and what
                                       changed in each summary at its last update (in the manifest too)

An import writes a whole new generation beside the current one (unchanged files are hard links,
so it costs little), flushes it to disk, and only then points CURRENT at it with one rename. A
run killed at any moment leaves CURRENT naming a complete generation; the leftovers of a killed
run are removed by the next one before it writes, and a run that fails (a full disk) removes its
own. The previous generation is kept, for "what changed" and for a window still reading it.
If CURRENT is lost or damaged, the newest complete generation is read, and the next import
repairs CURRENT.

Whatever the umask, the import writes folders 0755 and files 0644 (every user of the machine
reads the library), and its lock file 0600 (no other user can take it and stall the import).

"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Callable

from ..content.errors import ContentError
from ..content.phrases import CANNOT_BE_READ, QT_TRANSLATE_NOOP, Phrase, located
from . import faults
from .generation import INFO, KINDS, MANIFEST, Generation, file_sha256, read_generation, sha256
from .durable import FILE_MODE, fsync_dir, fsync_file, make_dirs, write_atomically, write_file
from .lock import library_lock

CURRENT = "CURRENT"
_PREFIX = "v"


# Said when the switch is made and the new generation then cannot be read back (its manifest, say):
# the import is done, and said done, not "cannot be written … Nothing was changed".
READ_BACK_FAILED = QT_TRANSLATE_NOOP(
    "Problems", "the import is done (the library's CURRENT names its new generation, {generation}), but reading "
                "that generation back afterwards failed: {problem}. The generations before it are kept; importing "
                "the same files again checks and repairs the library")


class ReadBackFailed(Exception):
    """CURRENT names the new generation `name` (the import is done), but reading it back failed;
    `problem` says so whole, naming the file."""

    def __init__(self, name: str, error: ContentError | OSError):
        where = error.said() if isinstance(error, ContentError) else located(
            str(error.filename or name), error.strerror or str(error))
        self.name, self.problem = name, Phrase(READ_BACK_FAILED, generation=name, problem=where)
        super().__init__(str(self.problem))


def is_generation_name(name: str) -> bool:
    return name.startswith(_PREFIX) and name[1:].isdigit() and name.isascii()


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
            raise ContentError(self.root / CURRENT, QT_TRANSLATE_NOOP(
                "Problems", "is a folder, not the file naming the library's generation")) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(self.root / CURRENT, CANNOT_BE_READ, reason=str(exc)) from None
        if not is_generation_name(name):
            raise ContentError(self.root / CURRENT, QT_TRANSLATE_NOOP("Problems", "names '{name}', which is not a "
                                                                                  "library generation"), name=name[:40])
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
            raise ContentError(folder, QT_TRANSLATE_NOOP("Problems", "is named by the library's CURRENT file but is not "
                                                                     "a folder in it"))
        return read_generation(folder)

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
            problem = ContentError(self.root / CURRENT, QT_TRANSLATE_NOOP("Problems", "is missing"))
        except ContentError as exc:
            problem, named = exc, None
        for name in self.generation_names():  # complete: its manifest, written after its files, reads
            try:
                generation = self.open(name)
            except (ContentError, OSError):
                continue
            if generation.imported:
                generation.fallback = Phrase(QT_TRANSLATE_NOOP(
                    "Problems", "{reason}; the newest complete generation, {name}, imported {when}, is read instead "
                                "(the next import repairs CURRENT)"),
                    reason=problem.message, name=name, when=f"{generation.imported:%Y-%m-%d %H:%M}")
            else:
                generation.fallback = Phrase(QT_TRANSLATE_NOOP(
                    "Problems", "{reason}; the newest complete generation, {name}, is read instead (the next import "
                                "repairs CURRENT)"), reason=problem.message, name=name)
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

    def locked(self, on_wait: Callable[[str], None] | None = None, cancelled: Callable[[], bool] | None = None):
        """One import at a time: a second waits, saying who holds the lock, and gives up after a
        bounded time, or once `cancelled()` (see lock.py)."""
        return library_lock(self.root, on_wait, cancelled)

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
        disk), the half-written generation is removed and the library stays as it was; if reading
        it back once current fails, ReadBackFailed (the import is done all the same)."""
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
        try:
            committed = self.open(name)
        except (ContentError, OSError) as exc:  # the switch is made: the import is done, and said so; the
            raise ReadBackFailed(name, exc) from exc  # older generations are left, for a reader to fall back on
        try:
            self.remove_leftovers({name, current.name} if current else {name})
        except OSError:  # the switch is made: the import did its work, and the next one removes these
            pass  # (said as "cannot be written … Nothing was changed", it told IT the opposite of the truth)
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
                    linked = True
                except OSError:  # another file system, or links not allowed: copy instead
                    shutil.copyfile(content, target)
                    linked = False
                os.chmod(target, FILE_MODE)  # a link shares the old file's mode: an older run's umask
                if not (unchanged and linked):
                    fsync_file(target)  # a copy, or made outside the store (the index): flushed like the rest
                digest = current.manifest[relative] if unchanged else file_sha256(target)
            else:
                write_file(target, content)
                digest = sha256(content)
            lines.append(f"{digest}  {relative}\n")
        for kind in KINDS:
            if (folder / kind).is_dir():
                fsync_dir(folder / kind)
        info = {**(info or {}), "imported": now.isoformat(timespec="seconds"),
                "previous": current.name if current else None}
        info_bytes = json.dumps(info, indent=1, ensure_ascii=False).encode("utf-8")
        write_atomically(folder / INFO, info_bytes)
        lines.append(f"{sha256(info_bytes)}  {INFO}\n")  # checked when read, as every other file
        write_atomically(folder / MANIFEST, "".join(lines).encode("utf-8"))  # last: the generation is complete
        fsync_dir(folder)

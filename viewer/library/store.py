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
                                       changed in each summary at its last update (in the manifest too)

An import writes a whole new generation beside the current one (unchanged files are hard links,
so it costs little), flushes it to disk, and only then points CURRENT at it with one rename. A
run killed at any moment leaves CURRENT naming a complete generation; the leftovers of a killed
run are removed by the next one. The previous generation is kept, for "what changed".

Reading goes through `Generation.read`, which returns a file's bytes only if the file is a regular
file inside the generation (no links out) and matches its SHA-256 in the manifest.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator

from ..content.errors import ContentError

CURRENT = "CURRENT"
MANIFEST = "MANIFEST.sha256"
INFO = "library.json"
KINDS = {"summaries": "Summary", "glossary": "GlossaryTerm", "media": "Multimedia",
         "previous": "Summary, the version before its last update",
         "index": "the catalog (titles, types, dates) and the full-text index, made by import"}
CATALOG = "index/catalog.json"
SEARCH_INDEX = "index/search.sqlite"
_PREFIX = "v"


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


def write_atomically(path: Path, data: bytes) -> None:
    """`path` holds either its old bytes or all of `data`, never a part, whatever happens."""
    temporary = path.with_name(f".{path.name}.tmp")
    with open(temporary, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)
    _fsync_dir(path.parent)


@dataclass
class Generation:
    """One complete, checked state of the library."""

    folder: Path
    manifest: dict[str, str]  # "summaries/CDR….xml" -> sha256
    info: dict = field(default_factory=dict)
    problems: list[ContentError] = field(default_factory=list)  # files found that the manifest does not list

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
        if not path.exists() and not path.is_symlink():
            raise ContentError(path, f"is listed in the library's {MANIFEST} but missing")
        if path.is_symlink() or not path.is_file():
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
        listed = name == INFO or (len(parts) == 2 and parts[0] in KINDS and not name.startswith("/")
                                  and ".." not in parts and "\\" not in name)
        if len(digest) != 64 or not listed:
            raise ContentError(path, "is not in 'sha256  kind/name' form", number)
        manifest[name] = digest.lower()
    return manifest


def _read_info(generation: Generation) -> dict:
    """library.json, checked against the manifest; {} (and a problem said) if it is damaged. One
    from before library.json was listed is read as it is: the next import lists it."""
    path = generation.folder / INFO
    try:
        data = generation.read(INFO) if INFO in generation.manifest else path.read_bytes()
        info = json.loads(data)
    except FileNotFoundError:
        return {}
    except (ContentError, OSError, ValueError, RecursionError) as exc:
        reason = exc.message if isinstance(exc, ContentError) else "cannot be read as JSON"
        generation.problems.append(ContentError(path, f"{reason}: the import date and what changed at the "
                                                      "last update are not shown; import again to repair it"))
        return {}
    if not isinstance(info, dict):
        generation.problems.append(ContentError(path, "is not a JSON object: the import date and what changed "
                                                      "are not shown; import again to repair it"))
        return {}
    return info


class LibraryStore:
    """The library folder: its current generation, and the writing of a new one."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def current_name(self) -> str | None:
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise ContentError(self.root / CURRENT, f"cannot be read ({exc})") from None
        if not name.startswith(_PREFIX) or not name[1:].isdigit():
            raise ContentError(self.root / CURRENT, f"names '{name[:40]}', which is not a library generation")
        return name

    def exists(self) -> bool:
        return (self.root / CURRENT).is_file()

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
        generation.info = _read_info(generation)
        for kind in KINDS:
            directory = folder / kind
            if directory.is_dir():
                for path in sorted(directory.iterdir()):
                    if f"{kind}/{path.name}" not in manifest:
                        generation.problems.append(ContentError(
                            path, f"is not listed in the library's {MANIFEST}: it was added after import, so it is not shown"))
        return generation

    def previous(self, generation: Generation) -> Generation | None:
        name = generation.info.get("previous")
        if isinstance(name, str) and name.startswith(_PREFIX) and name[1:].isdigit() and (self.root / name).is_dir():
            try:
                return self.open(name)
            except ContentError:
                return None
        return None

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One import at a time: a second waits for the lock rather than writing beside the first."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+b") as handle:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield

    def _next_name(self) -> str:
        numbers = [int(p.name[1:]) for p in self.root.iterdir() if p.name.startswith(_PREFIX) and p.name[1:].isdigit()]
        return f"{_PREFIX}{max(numbers, default=0) + 1:06d}"

    def remove_leftovers(self, keep: set[str]) -> None:
        """Generations that are neither current nor kept: a killed run's, or too old to need."""
        for path in self.root.iterdir():
            if path.name.startswith(_PREFIX) and path.name[1:].isdigit() and path.name not in keep and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            elif path.name.startswith(".") and path.name.endswith(".tmp"):
                path.unlink(missing_ok=True)

    def commit(self, files: dict[str, bytes | Path], current: Generation | None, now: dt.datetime,
               info: dict | None = None) -> Generation:
        """Write `files` ("kind/name.xml" -> new bytes, or the path of an unchanged file to link)
        as a new generation and make it current. Call while `locked()`."""
        name = self._next_name()
        folder = self.root / name
        folder.mkdir()
        lines = []
        for relative, content in sorted(files.items()):
            target = folder / relative
            target.parent.mkdir(exist_ok=True)
            if isinstance(content, Path):
                try:
                    os.link(content, target)
                except OSError:  # another file system, or links not allowed: copy instead
                    shutil.copyfile(content, target)
                unchanged = current is not None and content == current.folder / relative and relative in current.manifest
                digest = current.manifest[relative] if unchanged else _file_digest(target)
            else:
                with open(target, "wb") as stream:
                    stream.write(content)
                    stream.flush()
                    os.fsync(stream.fileno())
                digest = _digest(content)
            lines.append(f"{digest}  {relative}\n")
        for kind in KINDS:
            if (folder / kind).is_dir():
                _fsync_dir(folder / kind)
        info = {**(info or {}), "imported": now.isoformat(timespec="seconds"),
                "previous": current.name if current else None}
        info_bytes = json.dumps(info, indent=1, ensure_ascii=False).encode("utf-8")
        write_atomically(folder / INFO, info_bytes)
        lines.append(f"{_digest(info_bytes)}  {INFO}\n")  # checked when read, as every other file
        write_atomically(folder / MANIFEST, "".join(lines).encode("utf-8"))
        _fsync_dir(folder)
        write_atomically(self.root / CURRENT, (name + "\n").encode("utf-8"))  # the switch
        committed = self.open(name)
        self.remove_leftovers({name, current.name} if current else {name})
        return committed

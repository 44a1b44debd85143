"""One generation of the library, as it is read: its files listed in its manifest with their
SHA-256, and library.json (when it was imported, the generation before it, what changed).

Reading goes through `Generation.read`, which returns a file's bytes only if the file is a regular
file inside the generation (no links out) and matches its SHA-256 in the manifest; a file in the
generation that the manifest does not list is a problem said, never read. The folder that holds
the generations, and the writing of a new one, are store.py's.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..content.errors import ContentError
from ..content.phrases import CANNOT_BE_READ, QT_TRANSLATE_NOOP, Phrase
from ..content.sha256 import sha256 as own_sha256

MANIFEST = "MANIFEST.sha256"
INFO = "library.json"
KINDS = {"summaries": "Summary and DrugInformationSummary", "glossary": "GlossaryTerm", "media": "Multimedia",
         "previous": "Summary, the version before its last update",
         "index": "the catalog (titles, types, dates), the full-text index and the drug terms, made by import"}
CATALOG = "index/catalog.json"
SEARCH_INDEX = "index/search.sqlite"


def sha256(data: bytes) -> str:
    """A file's digest as the manifest lists it, by Python's own SHA-256 (content/sha256.py): a
    window reading the library does not load OpenSSL for it, as the bundle never does."""
    return own_sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = own_sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
            self._compare(path, name, file_sha256(path))
        except OSError as exc:
            raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror or str(exc)) from None
        return path

    def read(self, name: str) -> bytes:
        """The bytes of a listed file, checked; ContentError if it is missing, linked out or changed."""
        path = self._listed_regular_file(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror or str(exc)) from None
        self._compare(path, name, sha256(data))
        return data

    def _listed_regular_file(self, name: str) -> Path:
        path = self.folder / name
        if name not in self.manifest:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not listed in the library's {manifest}"),
                               manifest=MANIFEST)
        try:
            mode = os.lstat(path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is listed in the library's {manifest} but missing"),
                               manifest=MANIFEST) from None
        except OSError as exc:  # a folder on the way that this user may not enter
            raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror or str(exc)) from None
        if not stat.S_ISREG(mode):
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not a regular file inside the library, so it is "
                                                                   "not read"))
        return path

    def _compare(self, path: Path, name: str, digest: str) -> None:
        if digest != self.manifest[name]:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "does not match its SHA-256 in the library's "
                                                                   "{manifest}: it was changed or damaged after import, "
                                                                   "so it is not shown; importing NCI's files again "
                                                                   "repairs it"), manifest=MANIFEST)


def read_manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "cannot be read ({reason}): the library cannot be "
                                                               "checked"), reason=exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text: the library cannot be checked")
                           ) from None
    manifest: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        parts = PurePosixPath(name).parts
        listed = name == INFO or (len(parts) == 2 and parts[0] in KINDS and not name.startswith("/")
                                  and ".." not in parts and "\\" not in name)
        if len(digest) != 64 or not listed:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not in 'sha256  kind/name' form"), number)
        manifest[name] = digest.lower()
    return manifest


def read_info(generation: Generation) -> dict:
    """library.json, checked against the manifest; {} (and a problem said) if it is damaged. One
    from before library.json was listed is read as it is: the next import lists it."""
    path = generation.folder / INFO
    try:
        data = generation.read(INFO) if INFO in generation.manifest else path.read_bytes()
        info = json.loads(data)
    except FileNotFoundError:
        return {}
    except (ContentError, OSError, ValueError, RecursionError) as exc:
        reason = exc.message if isinstance(exc, ContentError) else QT_TRANSLATE_NOOP("Problems", "cannot be read as JSON")
        generation.problems.append(ContentError(path, QT_TRANSLATE_NOOP(
            "Problems", "{reason}: the import date and what changed at the last update are not shown; import again to "
                        "repair it"), reason=Phrase(reason) if not isinstance(reason, Phrase) else reason))
        return {}
    if not isinstance(info, dict):
        generation.problems.append(ContentError(path, QT_TRANSLATE_NOOP(
            "Problems", "is not a JSON object: the import date and what changed are not shown; import again to "
                        "repair it")))
        return {}
    return info


def read_generation(folder: Path) -> Generation:
    """The generation in `folder`, its manifest read and every file it does not list said as a problem."""
    manifest = read_manifest(folder)
    generation = Generation(folder, manifest)
    generation.info = read_info(generation)
    for kind in KINDS:
        directory = folder / kind
        try:
            names = sorted(p.name for p in directory.iterdir()) if directory.is_dir() else []
        except OSError as exc:  # its files are reported one by one when they are read
            generation.problems.append(ContentError(directory, CANNOT_BE_READ, reason=exc.strerror or str(exc)))
            continue
        for name in names:
            if f"{kind}/{name}" not in manifest:
                generation.problems.append(ContentError(
                    directory / name, QT_TRANSLATE_NOOP("Problems", "is not listed in the library's {manifest}: it "
                                                                    "was added after import, so it is not shown"),
                    manifest=MANIFEST))
    return generation

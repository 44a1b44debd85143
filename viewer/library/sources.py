"""What an import reads: XML files, folders in NCI's layout, and NCI's tar.gz archives.

Each document comes as a `Candidate`: a name to report (the file, or `archive.tar.gz:Summary/CDR1.xml`)
and a way to read its bytes. Archives are read in place, member by member, never unpacked: a member
with an absolute path, `..`, a link or a device is refused (the standard library's extraction
filter decides, as it would for an extraction), and so is one larger than a summary can be; an
archive is used only once it has been read to its end and its CRC checked (`archive.py`).
In a folder, links are refused, never followed: a `Summary/` or `Summary.202547` that is a link,
as much as a file inside. A weekly change list (`Summary.202547` beside `Summary/`) says what NCI
added, modified and removed. Every name is kept as the report shows it (`printable`).
"""
from __future__ import annotations

import lzma
import os
import re
import stat
import tarfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from ..content.pdq.text import cdr_id
from ..content.pdq.xmlsafe import MAX_BYTES
from .archive import ArchiveRefused, is_archive, open_archive, read_to_end
from ..content.phrases import CANNOT_BE_READ, QT_TRANSLATE_NOOP, Phrase, reason_of
from .printable import NAME_LIMIT, printable

# NCI's directories this viewer reads (Term is today's name of Terminology, Media of Multimedia)
READ_TYPES = ("Summary", "GlossaryTerm", "Multimedia", "Media", "DrugInfoSummary", "Term", "Terminology")
OTHER_TYPES = ("GeneticsProfessional",)
MEDIA_FOLDERS = ("Multimedia", "Media")  # images (figures', dictionary terms'): Media is NCI's current name
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif")  # Multimedia's audio and video are not for this viewer
CHANGE_LIST = re.compile(r"^(Summary|GlossaryTerm|DrugInfoSummary|Term|Terminology)\.(\d{6})$")
_CHANGE_LINE = re.compile(r"^\s*(?:CDR)?0*(\d+)\.xml\s*:\s*(added|modified|removed|dropped)\s*$", re.IGNORECASE)
# What a change list's removals remove: its type's documents only (a CDR number names one document,
# but a list of one type must not reach another's on a damaged or altered line)
LISTED_KIND = {"Summary": "summaries", "DrugInfoSummary": "summaries", "GlossaryTerm": "glossary", "Term": "terms",
               "Terminology": "terms"}
MAX_CHANGE_LIST = 8 * 1024 * 1024  # NCI's weekly lists are a few KB; a full one lists every document
MAX_BAD_LINES = 20                 # of a change list's lines that are not changes, the ones shown


@dataclass
class Candidate:
    """A file an import may read: its name, and how to read its bytes."""

    name: str                 # for the report
    read: Callable[[], bytes]
    hint_id: str = ""         # the CDR id its file name gives, for a quick "unchanged"
    media: bool = False       # an image from NCI's Multimedia directory, not an XML document


@dataclass
class Refusal:
    """A file an import will not read, and why."""

    name: str
    reason: str
    line: int | None = None


@dataclass
class Found:
    """What the paths given to an import hold: files to read, files refused, documents removed."""

    candidates: list[Candidate] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    removed: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, CDR id) -> the change list saying so
    skipped: list[str] = field(default_factory=list)       # notes: folders of other document types


def _hint(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    return cdr_id(PurePosixPath(name).stem) if suffix == ".xml" or suffix in IMAGE_SUFFIXES else ""


def _is_image(name: str, parts: tuple[str, ...]) -> bool:
    return any(p in MEDIA_FOLDERS for p in parts) and PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES


def read_change_list(text: str, name: str, found: Found, listed: str) -> None:
    """The removals of the change list `listed` (its file name, `Summary.202547`), shown as `name`."""
    kind, bad = LISTED_KIND[CHANGE_LIST.match(listed).group(1)], 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _CHANGE_LINE.match(line)
        if not match:
            bad += 1
            if bad <= MAX_BAD_LINES:
                found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "'{text}' is not a line like "
                                                                                        "'CDR62787.xml:modified'"),
                                                          text=printable(line.strip()[:60])), number))
        elif match.group(2).lower() in ("removed", "dropped"):
            found.removed[kind, cdr_id(match.group(1))] = name
    if bad > MAX_BAD_LINES:
        found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "and {count} more lines that are not "
                                                                                "changes"), count=bad - MAX_BAD_LINES)))


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of `path` if it is a regular file (not a link, a pipe or a device) of at most
    `limit` bytes, checked on the file opened, not on its name: ValueError otherwise."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        status = os.fstat(stream.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ValueError(Phrase(QT_TRANSLATE_NOOP("Problems", "is not a regular file; only regular files are "
                                                                  "imported")))
        if status.st_size > limit:
            raise ValueError(_larger_than(limit))
        data = stream.read(limit + 1)
    if len(data) > limit:  # it grew while read
        raise ValueError(_larger_than(limit))
    return data


def _larger_than(limit: int) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("Problems", "is larger than {most} MB"), most=limit // 2**20)


def _read_file(path: Path) -> Callable[[], bytes]:
    return lambda: _read_regular(path, MAX_BYTES)


def _change_list_file(path: Path, found: Found, shown: str = "", listed: str = "") -> None:
    shown = shown or _shown(path)
    try:
        data = _read_regular(path, MAX_CHANGE_LIST)
    except OSError as exc:  # a link (O_NOFOLLOW refuses it) or unreadable
        reason = Phrase(QT_TRANSLATE_NOOP("Problems", "is a symbolic link; only regular files are read")) \
            if path.is_symlink() else Phrase(CANNOT_BE_READ, reason=exc.strerror or str(exc))
        found.refused.append(Refusal(shown, reason))
        return
    except ValueError as exc:
        found.refused.append(Refusal(shown, reason_of(exc)))
        return
    read_change_list(data.decode("utf-8", errors="replace"), shown, found, listed or path.name)


def _shown(path: Path | str) -> str:
    return printable(str(path))


def _folder(root: Path, found: Found) -> None:
    linked = [root / t for t in READ_TYPES if (root / t).is_symlink()]
    for path in linked:
        found.refused.append(Refusal(_shown(path), Phrase(QT_TRANSLATE_NOOP("Problems", "is a symbolic link; a folder "
                                                                                        "that is a link is not read"))))
    typed = [root / t for t in READ_TYPES if (root / t).is_dir() and root / t not in linked]
    for path in sorted(root.iterdir()) if typed or linked else []:
        if CHANGE_LIST.match(path.name) and (path.is_file() or path.is_symlink()):
            _change_list_file(path, found)
        elif path.is_dir() and path.name in OTHER_TYPES:
            found.skipped.append(f"{_shown(path)}: {path.name} documents are not read by this viewer")
    for folder in typed or ([] if linked else [root]):
        for path in _below(folder, found):  # a linked folder is not followed: refused below
            if path.is_symlink():
                found.refused.append(Refusal(_shown(path), Phrase(QT_TRANSLATE_NOOP(
                    "Problems", "is a symbolic link; only regular files are imported"))))
            elif path.is_file() and path.suffix.lower() == ".xml" and folder.name not in MEDIA_FOLDERS:
                found.candidates.append(Candidate(_shown(path), _read_file(path), _hint(path.name)))
            elif path.is_file() and _is_image(path.name, path.relative_to(root).parts):
                found.candidates.append(Candidate(_shown(path), _read_file(path), _hint(path.name), media=True))
            elif path.is_file() and CHANGE_LIST.match(path.name) and not typed:
                _change_list_file(path, found)
            elif path.suffix.lower() == ".xml" and not path.is_file() and not path.is_dir():
                found.refused.append(Refusal(_shown(path), Phrase(QT_TRANSLATE_NOOP(  # (was skipped unsaid)
                    "Problems", "is not a regular file (a pipe, a socket or a device); only regular files are imported"))))


def _below(folder: Path, found: Found) -> list[Path]:
    """Every path below `folder`, sorted, links not followed. A folder that cannot be listed (not
    readable, gone since it was listed, a failing disk) is refused by its name and the rest is read:
    rglob would skip an unreadable one unsaid, and let any other failure end the whole import."""
    def refuse(exc: OSError) -> None:
        found.refused.append(Refusal(_shown(exc.filename or folder), Phrase(CANNOT_BE_READ,
                                                                             reason=exc.strerror or str(exc))))
    return sorted(Path(top, name) for top, folders, names in os.walk(folder, onerror=refuse)
                  for name in folders + names)


# What reading an archive part-way can raise when its data are damaged or cut short.
_DAMAGED = (tarfile.TarError, OSError, EOFError, ValueError, LookupError, zlib.error, lzma.LZMAError)


def _archive(path: Path, found: Found) -> None:
    shown = _shown(path)
    try:
        archive = open_archive(path)
    except ArchiveRefused as exc:
        found.refused.append(Refusal(shown, _archive_refused(exc)))
        return
    except _DAMAGED as exc:
        found.refused.append(Refusal(shown, Phrase(QT_TRANSLATE_NOOP("Problems", "is not a readable tar archive "
                                                                                 "({reason})"),
                                                   reason=printable(str(exc)))))
        return
    own = Found()  # the archive's documents, used only once all of it has been read and checked
    with archive:
        try:
            while (member := archive.next()) is not None:
                archive.members.clear()  # tarfile keeps every header read; NCI's archives hold 100,000s
                _member(archive, member, f"{shown}:{printable(member.name, NAME_LIMIT)}", own)
            read_to_end(archive)  # a compressed archive checks its CRC only at its end
        except ArchiveRefused as exc:
            found.refused.append(Refusal(shown, _archive_refused(exc)))
            return
        except _DAMAGED as exc:  # truncated, corrupt part-way, or failing its CRC
            found.refused.append(Refusal(shown, Phrase(QT_TRANSLATE_NOOP("Problems", "is damaged ({reason}); nothing "
                                                                                     "of it is imported"),
                                                       reason=reason_of(exc))))  # made printable in the report
            return
    found.candidates += own.candidates
    found.refused += own.refused
    found.removed.update(own.removed)
    found.skipped += own.skipped


def _archive_refused(exc: ArchiveRefused) -> Phrase:
    return Phrase(QT_TRANSLATE_NOOP("Problems", "is refused: {reason}; nothing of it is imported"), reason=reason_of(exc))


# What tarfile's extraction filter says, as sentences to translate (their English is tarfile's own).
_FILTER_REASONS = {
    "AbsolutePathError": QT_TRANSLATE_NOOP("Problems", "member {name} has an absolute path"),
    "OutsideDestinationError": QT_TRANSLATE_NOOP("Problems", "{name} would be extracted to {path}, which is outside "
                                                             "the destination"),
    "SpecialFileError": QT_TRANSLATE_NOOP("Problems", "{name} is a special file"),
    "AbsoluteLinkError": QT_TRANSLATE_NOOP("Problems", "{name} is a link to an absolute path"),
    "LinkOutsideDestinationError": QT_TRANSLATE_NOOP("Problems", "{name} would link to {path}, which is outside the "
                                                                 "destination")}


def _filter_reason(exc: tarfile.FilterError) -> str:
    """tarfile's reason, printable; a Phrase when it says what tarfile says (else tarfile's text as it is)."""
    template = _FILTER_REASONS.get(type(exc).__name__)
    values = {"name": repr(exc.tarinfo.name), "path": repr(getattr(exc, "_path", ""))}
    said = Phrase(template, **{k: v for k, v in values.items() if "{" + k + "}" in template}) if template else None
    return said.with_values(printable) if said == str(exc) else printable(str(exc))


def _member(archive: tarfile.TarFile, member: tarfile.TarInfo, name: str, found: Found) -> None:
    if member.isdir():
        return
    if member.name.startswith("/"):  # the extraction filter would strip the "/" and go on: refused here
        found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "has an absolute path; only paths "
                                                                                "inside the archive are read"))))
        return
    try:
        tarfile.data_filter(member, "/nonexistent-import-target")  # "..", links out, devices
    except tarfile.FilterError as exc:
        found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "is refused: {kind} ({reason})"),
                                                  kind=type(exc).__name__, reason=_filter_reason(exc))))
        return
    if not member.isfile():
        found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "is a link or special file; only "
                                                                                "regular files are imported"))))
        return
    if member.sparse is not None:
        found.refused.append(Refusal(name, Phrase(QT_TRANSLATE_NOOP("Problems", "is a sparse file; only regular files "
                                                                                "are imported"))))
        return
    parts = PurePosixPath(member.name).parts
    base = parts[-1]
    if CHANGE_LIST.match(base):
        if member.size > MAX_CHANGE_LIST:
            found.refused.append(Refusal(name, _larger_than(MAX_CHANGE_LIST)))
            return
        data = archive.extractfile(member).read()
        read_change_list(data.decode("utf-8", errors="replace"), name, found, base)
        return
    media = _is_image(base, parts[:-1])
    document = base.lower().endswith(".xml") and not any(p in OTHER_TYPES or p in MEDIA_FOLDERS for p in parts[:-1])
    if not (media or document):
        return
    if member.size > MAX_BYTES:
        found.refused.append(Refusal(name, _larger_than(MAX_BYTES)))
        return
    data = archive.extractfile(member).read()  # read now: a tar.gz streams, it cannot be revisited cheaply
    found.candidates.append(Candidate(name, lambda data=data: data, _hint(base), media=media))


def find_documents(paths: list[Path]) -> Found:
    found = Found()
    for path in paths:
        path = Path(path)
        if not path.exists():
            found.refused.append(Refusal(_shown(path), Phrase(QT_TRANSLATE_NOOP("Problems", "does not exist"))))
        elif path.is_dir():
            try:
                _folder(path, found)
            except OSError as exc:  # the folder given cannot be listed: that folder's refusal
                found.refused.append(Refusal(_shown(path), Phrase(CANNOT_BE_READ, reason=exc.strerror or str(exc))))
        elif CHANGE_LIST.match(path.name):  # a file named on the command line is read where it leads
            _change_list_file(path.resolve(), found, _shown(path), path.name)
        elif path.suffix.lower() == ".xml":
            found.candidates.append(Candidate(_shown(path), _read_file(path.resolve()), _hint(path.name)))
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            found.candidates.append(Candidate(_shown(path), _read_file(path.resolve()), _hint(path.name), media=True))
        elif is_archive(path):
            _archive(path, found)
        else:
            found.refused.append(Refusal(_shown(path), Phrase(QT_TRANSLATE_NOOP("Problems", "is not an XML file, a "
                                                                                            "folder or a tar archive"))))
    return found


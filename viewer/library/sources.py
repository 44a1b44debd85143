"""What an import reads: XML files, folders in NCI's layout, and NCI's tar.gz archives.

Each document comes as a `Candidate`: a name to report (the file, or `archive.tar.gz:Summary/CDR1.xml`)
and a way to read its bytes. Archives are read in place, member by member, never unpacked: a member
with an absolute path, `..`, a link or a device is refused (the standard library's extraction
filter decides, as it would for an extraction), and so is one larger than a summary can be.
A weekly change list (`Summary.202547` beside `Summary/`) says what NCI added, modified and removed.
"""
from __future__ import annotations

import re
import tarfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from ..content.pdq.text import cdr_id
from ..content.pdq.xmlsafe import MAX_BYTES

READ_TYPES = ("Summary", "GlossaryTerm", "Multimedia")  # NCI's directories this viewer reads
OTHER_TYPES = ("DrugInfoSummary", "Terminology", "Media")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif")  # Multimedia's audio and video are not for this viewer
CHANGE_LIST = re.compile(r"^(Summary|GlossaryTerm)\.(\d{6})$")
_CHANGE_LINE = re.compile(r"^\s*(?:CDR)?0*(\d+)\.xml\s*:\s*(added|modified|removed|dropped)\s*$", re.IGNORECASE)


@dataclass
class Candidate:
    name: str                 # for the report
    read: Callable[[], bytes]
    hint_id: str = ""         # the CDR id its file name gives, for a quick "unchanged"
    media: bool = False       # an image from NCI's Multimedia directory, not an XML document


@dataclass
class Refusal:
    name: str
    reason: str
    line: int | None = None


@dataclass
class Found:
    candidates: list[Candidate] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    removed: dict[str, str] = field(default_factory=dict)  # CDR id -> the change list that says so
    skipped: list[str] = field(default_factory=list)       # notes: folders of other document types


def _hint(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    return cdr_id(PurePosixPath(name).stem) if suffix == ".xml" or suffix in IMAGE_SUFFIXES else ""


def _is_image(name: str, parts: tuple[str, ...]) -> bool:
    return "Multimedia" in parts and PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES


def read_change_list(text: str, name: str, found: Found) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _CHANGE_LINE.match(line)
        if not match:
            found.refused.append(Refusal(name, f"'{line.strip()[:60]}' is not a line like 'CDR62787.xml:modified'", number))
        elif match.group(2).lower() in ("removed", "dropped"):
            found.removed[cdr_id(match.group(1))] = name


def _read_file(path: Path) -> Callable[[], bytes]:
    def read() -> bytes:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"is larger than {MAX_BYTES // 2**20} MB")
        return path.read_bytes()
    return read


def _folder(root: Path, found: Found) -> None:
    typed = [root / t for t in READ_TYPES if (root / t).is_dir()]
    for path in sorted(root.iterdir()) if typed else []:
        if path.is_file() and CHANGE_LIST.match(path.name):
            read_change_list(path.read_text(encoding="utf-8", errors="replace"), str(path), found)
        elif path.is_dir() and path.name in OTHER_TYPES:
            found.skipped.append(f"{path}: {path.name} documents are not read by this viewer")
    for folder in typed or [root]:
        for path in sorted(folder.rglob("*")):
            if path.is_symlink():
                found.refused.append(Refusal(str(path), "is a symbolic link; only regular files are imported"))
            elif path.is_file() and path.suffix.lower() == ".xml" and folder.name != "Multimedia":
                found.candidates.append(Candidate(str(path), _read_file(path), _hint(path.name)))
            elif path.is_file() and _is_image(path.name, path.relative_to(root).parts):
                found.candidates.append(Candidate(str(path), _read_file(path), _hint(path.name), media=True))
            elif path.is_file() and CHANGE_LIST.match(path.name) and not typed:
                read_change_list(path.read_text(encoding="utf-8", errors="replace"), str(path), found)


def _archive(path: Path, found: Found) -> None:
    try:
        archive = tarfile.open(path, "r:*")
    except (tarfile.TarError, OSError, EOFError) as exc:
        found.refused.append(Refusal(str(path), f"is not a readable tar archive ({exc})"))
        return
    with archive:
        try:
            for member in archive:
                _member(archive, member, f"{path}:{member.name}", found)
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:  # truncated or corrupt part-way
            found.refused.append(Refusal(str(path), f"is damaged after the documents read so far ({exc}); "
                                                    "nothing of it is imported"))
            found.candidates = [c for c in found.candidates if not c.name.startswith(f"{path}:")]


def _member(archive: tarfile.TarFile, member: tarfile.TarInfo, name: str, found: Found) -> None:
    if member.isdir():
        return
    try:
        tarfile.data_filter(member, "/nonexistent-import-target")  # absolute, "..", links out, devices
    except tarfile.FilterError as exc:
        found.refused.append(Refusal(name, f"is refused: {type(exc).__name__} ({exc})"))
        return
    if not member.isfile():
        found.refused.append(Refusal(name, "is a link or special file; only regular files are imported"))
        return
    parts = PurePosixPath(member.name).parts
    base = parts[-1]
    if CHANGE_LIST.match(base):
        data = archive.extractfile(member).read(1024 * 1024)
        read_change_list(data.decode("utf-8", errors="replace"), name, found)
        return
    media = _is_image(base, parts[:-1])
    document = base.lower().endswith(".xml") and not any(p in OTHER_TYPES or p == "Multimedia" for p in parts[:-1])
    if not (media or document):
        return
    if member.size > MAX_BYTES:
        found.refused.append(Refusal(name, f"is larger than {MAX_BYTES // 2**20} MB"))
        return
    data = archive.extractfile(member).read()  # read now: a tar.gz streams, it cannot be revisited cheaply
    found.candidates.append(Candidate(name, lambda data=data: data, _hint(base), media=media))


def find_documents(paths: list[Path]) -> Found:
    found = Found()
    for path in paths:
        path = Path(path)
        if not path.exists():
            found.refused.append(Refusal(str(path), "does not exist"))
        elif path.is_dir():
            _folder(path, found)
        elif CHANGE_LIST.match(path.name):
            read_change_list(path.read_text(encoding="utf-8", errors="replace"), str(path), found)
        elif path.suffix.lower() == ".xml":
            found.candidates.append(Candidate(str(path), _read_file(path), _hint(path.name)))
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            found.candidates.append(Candidate(str(path), _read_file(path), _hint(path.name), media=True))
        elif tarfile.is_tarfile(path):
            _archive(path, found)
        else:
            found.refused.append(Refusal(str(path), "is not an XML file, a folder or a tar archive"))
    return found


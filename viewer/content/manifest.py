"""SHA-256 manifests: each bundled summary folder lists the checksum of every file in it, in
`sha256sum` format (MANIFEST.sha256), and loading refuses a file that does not match, so a
changed or damaged text is reported instead of being shown as if it were the real summary.

    python scripts/write_manifests.py resources/summaries/*     (re)writes the manifests
"""
from __future__ import annotations

from pathlib import Path

from .errors import ContentError
from .phrases import CANNOT_BE_READ, QT_TRANSLATE_NOOP
from .sha256 import sha256

MANIFEST = "MANIFEST.sha256"


A_LINK = QT_TRANSLATE_NOOP("Problems", "is a link: a summary's folder holds regular files only")


def _digest(path: Path) -> str:
    try:
        return sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ContentError(path, CANNOT_BE_READ, reason=exc.strerror or str(exc)) from None


def _listed_files(folder: Path) -> list[Path]:
    """The folder's own files. A link is refused, whatever it points at: what is checked must be
    what is read, and a link can be pointed elsewhere after the check."""
    files = []
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            raise ContentError(path, A_LINK)
        if path.is_file() and path.name != MANIFEST and not path.name.startswith("."):
            files.append(path)
    return files


def write(folder: Path) -> Path:
    lines = [f"{_digest(p)}  {p.name}\n" for p in _listed_files(folder)]
    target = folder / MANIFEST
    target.write_text("".join(lines), encoding="utf-8")
    return target


def verify(folder: Path, required: bool = False) -> None:
    """Raise ContentError unless every file of `folder` matches its manifest (if there is one)."""
    manifest = folder / MANIFEST
    if manifest.is_symlink():
        raise ContentError(manifest, A_LINK)
    if not manifest.is_file():
        if required:
            raise ContentError(manifest, QT_TRANSLATE_NOOP("Problems", "is missing: the summary's files cannot be "
                                                                       "checked, so it is not shown"))
        return
    expected: dict[str, str] = {}
    for number, line in enumerate(manifest.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        digest, _, name = line.strip().partition("  ")
        if not line.strip():
            continue
        if len(digest) != 64 or not name:
            raise ContentError(manifest, QT_TRANSLATE_NOOP("Problems", "is not in 'sha256  filename' form"), number)
        expected[name.lstrip("*")] = digest.lower()
    for path in _listed_files(folder):
        if path.name not in expected:
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "is not listed in {manifest}: it was added after the "
                                                                   "summary was checked"), manifest=MANIFEST)
        if _digest(path) != expected.pop(path.name):
            raise ContentError(path, QT_TRANSLATE_NOOP("Problems", "does not match its SHA-256 in {manifest}: it was "
                                                                   "changed or damaged, so it is not shown"),
                               manifest=MANIFEST)
    for name in expected:
        raise ContentError(folder / name, QT_TRANSLATE_NOOP("Problems", "is listed in {manifest} but missing"),
                           manifest=MANIFEST)

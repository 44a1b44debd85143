"""NCI's tar archives, opened so that reading one costs bounded memory and proves it whole.

tarfile reads a GNU long name or a pax header into memory whole, at whatever size its header
declares (a 6 MB archive can declare 6 GB), and reads the map of a sparse member without bound;
it has no setting for either, so the `TarInfo` it is given refuses them before they are read.
A gzip, bzip2 or xz stream checks its CRC only when it is read to its end, which tarfile never does
(it stops at the end-of-archive blocks): `read_to_end` does, and only then is anything of the
archive used. What is left after the end-of-archive blocks is bounded too: a tar pads to one record.
"""
from __future__ import annotations

import tarfile
from pathlib import Path

from ..content.phrases import QT_TRANSLATE_NOOP, Phrase

MAX_HEADER = 64 * 1024          # one GNU long name or pax header (a path is at most 4 KB)
MAX_GLOBAL = 64 * 1024          # pax global headers accumulate over the archive: all of them together
MAX_TRAILER = 16 * 1024 * 1024  # after the end-of-archive blocks (a record of padding is 10 KB)
_READ_WHOLE = (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE, tarfile.XGLTYPE,
               tarfile.SOLARIS_XHDTYPE)


SPARSE = QT_TRANSLATE_NOOP("Problems", "it holds a sparse file, which no NCI archive does")


class ArchiveRefused(tarfile.TarError):
    """The archive is built in a way no NCI archive is, and reading on would cost without bound."""


class _BoundedTarInfo(tarfile.TarInfo):
    def _proc_member(self, tar: tarfile.TarFile):
        if self.type in _READ_WHOLE and self.size > MAX_HEADER:
            raise ArchiveRefused(Phrase(QT_TRANSLATE_NOOP("Problems", "a member's extended header declares {size:,} "
                                                                      "bytes (at most {most} KB is read)"),
                                        size=self.size, most=MAX_HEADER // 1024))
        if self.type == tarfile.GNUTYPE_SPARSE:
            raise ArchiveRefused(Phrase(SPARSE))
        member = super()._proc_member(tar)
        if self.type == tarfile.XGLTYPE and sum(len(k) + len(v) for k, v in tar.pax_headers.items()) > MAX_GLOBAL:
            raise ArchiveRefused(Phrase(QT_TRANSLATE_NOOP("Problems", "its global pax headers hold more than {most} KB"),
                                        most=MAX_GLOBAL // 1024))
        return member

    def _proc_gnusparse_10(self, next, pax_headers, tar):  # noqa: A002 (tarfile's own signature)
        raise ArchiveRefused(Phrase(SPARSE))


def open_archive(path: Path) -> tarfile.TarFile:
    """The archive at `path` (plain, gzip, bzip2 or xz), reading headers within bounds."""
    return tarfile.open(path, "r:*", tarinfo=_BoundedTarInfo)


def is_archive(path: Path) -> bool:
    """Whether `path` reads as a tar archive (tarfile.is_tarfile, with headers bounded: it reads the
    first member's). One refused for its headers is an archive, to be reported as refused."""
    try:
        open_archive(path).close()
    except ArchiveRefused:
        return True
    except (tarfile.TarError, OSError, EOFError, ValueError):
        return False
    return True


def read_to_end(archive: tarfile.TarFile) -> None:
    """Read what follows the last member to the end of the stream, so that a compressed archive
    checks its CRC: raises (OSError, EOFError, zlib/lzma errors) if it fails, ArchiveRefused if
    more follows the tar data than padding can explain. The padding is zeros: anything else means
    tarfile stopped early (it takes a damaged header for the end) or two archives were joined."""
    left = MAX_TRAILER
    while chunk := archive.fileobj.read(min(1 << 20, left + 1)):
        left -= len(chunk)
        if left < 0:
            raise ArchiveRefused(Phrase(QT_TRANSLATE_NOOP("Problems", "more than {most} MB follow the end of its tar "
                                                                      "data"), most=MAX_TRAILER // 2**20))
        if chunk.count(0) != len(chunk):
            raise ValueError(Phrase(QT_TRANSLATE_NOOP("Problems", "data follow where its tar data end: a damaged header, "
                                                                  "or two archives joined")))

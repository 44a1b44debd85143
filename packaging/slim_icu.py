"""A smaller ICU data library for the Linux bundle: 32 MB of ICU data down to about 2 MB.

Qt links ICU, whose data (libicudata.so.73: every locale, collation, converter, dictionary and
transliterator) is by far the largest file of the bundle. Qt asks ICU for little: collation
(QCollator: sorting file names in the file dialog), converters by name, time zones, and
locale-aware case mapping (the case tables are built into libicuuc, not this data). The English
app needs the root locale, Unicode's default collation that every language falls back to, the
converter names and the zone data; everything else is dropped.

The data is ICU's "common data" package: a header, a table of item names and offsets, and the
items. This reads the package out of the library, keeps the items in KEEP (in their order, as
ICU finds them by binary search) and links a replacement library with the same SONAME and data
symbol (a C compiler is needed; the spec calls `slim_library`).

    python packaging/slim_icu.py path/to/libicudata.so.73 out/libicudata.so.73
"""
from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP = (
    # the locale tree and the lookups every ICU service starts with
    "root.res", "res_index.res", "pool.res", "en.res", "en_US.res", "en_001.res", "likelySubtags.res",
    "supplementalData.res", "metadata.res", "icuver.res", "icustd.res",
    # converter names; UTF-8/16/32, ASCII and Latin-1 are computed by ICU's code, not tables
    "cnvalias.icu",
    # QCollator: Unicode's default order, which every language without its own rules falls back to
    "coll/root.res", "coll/res_index.res", "coll/ucadata.icu", "coll/en.res", "coll/en_US.res",
    # QTimeZone: the zone rules, their ids and English names
    "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "windowsZones.res",
    "zone/root.res", "zone/res_index.res", "zone/pool.res", "zone/en.res",
)
MAGIC = b"\xda\x27"
ALIGN = 16


class IcuDataError(Exception):
    pass


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % ALIGN)


def find_package(library: bytes) -> tuple[int, int]:
    """(offset, header size) of the common data package inside a libicudata shared library."""
    for match in re.finditer(b"CmnD", library):
        start = match.start() - 12  # 2 header-size bytes, the magic, then 8 bytes of UDataInfo
        if start >= 0 and library[start + 2:start + 4] == MAGIC:
            return start, struct.unpack_from("<H", library, start)[0]
    raise IcuDataError("no ICU common data package (CmnD) found")


def read_items(library: bytes) -> tuple[bytes, list[tuple[str, bytes | None]], str]:
    """The package header, its items (name without the prefix, bytes) and the name prefix.
    The table gives where an item starts, not its length, so each ends where the next begins;
    the last one's end is unknown (None) and it is never kept."""
    start, header_size = find_package(library)
    toc = start + header_size
    count = struct.unpack_from("<I", library, toc)[0]
    entries = [struct.unpack_from("<II", library, toc + 4 + 8 * i) for i in range(count)]
    items, prefix = [], ""
    for i, (name_offset, data_offset) in enumerate(entries):
        end = library.index(b"\0", toc + name_offset)
        prefix, _, name = library[toc + name_offset:end].decode("ascii").partition("/")
        data = library[toc + data_offset:toc + entries[i + 1][1]] if i + 1 < count else None
        items.append((name, data))
    return library[start:toc], items, prefix


def write_package(header: bytes, items: list[tuple[str, bytes]], prefix: str) -> bytes:
    names = b"".join(f"{prefix}/{name}".encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = len(_pad(b"\0" * (table_size + len(names))))
    entries, blobs, name_at, data_at = [], [], table_size, data_start
    for name, data in items:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(f"{prefix}/{name}") + 1
        blobs.append(_pad(data))
        data_at += len(blobs[-1])
    table = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + _pad(table) + b"".join(blobs)


def slim_package(library: bytes, keep=KEEP) -> bytes:
    header, items, prefix = read_items(library)
    have = {name for name, data in items if data is not None}
    missing = [name for name in keep if name not in have]
    if missing:
        raise IcuDataError(f"ICU data lacks {', '.join(missing)}: has ICU's layout changed? (update KEEP)")
    return write_package(header, [(n, d) for n, d in items if n in keep], prefix)


def slim_library(source: Path, target: Path, compiler: str = "cc") -> Path:
    """Write to `target` a libicudata with only the KEEP items, same SONAME and data symbol."""
    library = Path(source).read_bytes()
    name = Path(source).name  # libicudata.so.73
    version = name.rsplit(".", 1)[-1]
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "icudata.dat"
        package.write_bytes(slim_package(library))
        assembly = Path(tmp) / "icudata.S"
        assembly.write_text(f"""
    .section .rodata
    .globl icudt{version}_dat
    .type icudt{version}_dat, @object
    .balign 16
icudt{version}_dat:
    .incbin "{package}"
    .size icudt{version}_dat, . - icudt{version}_dat
    .section .note.GNU-stack,"",@progbits
""")
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(target), str(assembly)],
                       check=True)
    return Path(target)


if __name__ == "__main__":
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    slim_library(source, target)
    print(f"{source.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB: {target}")

"""A site library for the bundle: `make package LIBRARY=DIR` ships this week's PDQ summaries with
the app. The current generation of the library at DIR is copied, file by file, each checked
against the library's manifest first, so a damaged library is refused at build time, not shipped.

    python -m viewer.library.site LIBRARY DESTINATION
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ..content.errors import ContentError
from .durable import make_dirs, write_file
from .generation import INFO, MANIFEST
from .store import CURRENT, LibraryStore


def copy_site_library(source: Path, destination: Path) -> int:
    """Copy the current generation of `source` to `destination` (a library folder of its own);
    the number of files copied. Raises ContentError if the library cannot be read or is damaged."""
    store = LibraryStore(source)
    generation = store.open_current() if store.exists() else None
    if generation is None:
        raise ContentError(Path(source) / CURRENT, "is missing: there is no imported library to ship")
    if generation.problems:
        raise generation.problems[0]
    target = Path(destination) / generation.name
    if Path(destination).exists():
        shutil.rmtree(destination)
    make_dirs(target)  # 0755 and 0644 whatever the umask of the build: every user reads the bundle
    for name in generation.manifest:
        data = generation.read(name)  # checked against the manifest
        make_dirs((target / name).parent)
        write_file(target / name, data)
    for name in (MANIFEST, INFO):
        if (generation.folder / name).is_file():
            write_file(target / name, (generation.folder / name).read_bytes())
    write_file(Path(destination) / CURRENT, (generation.name + "\n").encode("utf-8"))
    return len(generation.manifest)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m viewer.library.site LIBRARY DESTINATION", file=sys.stderr)
        return 2
    try:
        count = copy_site_library(Path(argv[0]), Path(argv[1]))
    except ContentError as exc:
        print(f"error: the site library cannot be shipped: {exc}", file=sys.stderr)
        return 1
    print(f"site library: {count} files from {argv[0]} into {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`clinic-viewer import [--library DIR] [--allow-older] PATH...`: the library's command line.

One line per document on standard output (added, updated, unchanged, removed, refused), then a
total. Exit status 0 when nothing was refused, 1 when something was (the rest is imported), 2 for
a usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from ..content.errors import ContentError
from .importer import run_import
from .locations import ENV, library_to_import_into, shown_instead


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clinic-viewer import",
        description="Import NCI PDQ Summary and GlossaryTerm XML into the library: files, folders in NCI's "
                    "layout (Summary/, GlossaryTerm/, Summary.YYYYWW) or NCI's tar.gz archives.")
    p.add_argument("--library", type=Path, metavar="DIR",
                   help=f"the library folder (default: ${ENV}, else the machine's library when run as root, "
                        "else your own)")
    p.add_argument("--allow-older", action="store_true",
                   help="import a document even when it is older than the library's copy")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    return p


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage and the problem
        return 2 if exit_.code else 0
    library = args.library or library_to_import_into()
    try:
        report = run_import(library, args.paths, allow_older=args.allow_older,
                            on_wait=lambda message: err.write(f"clinic-viewer import: {message}\n"))
    except ContentError as exc:
        err.write(f"clinic-viewer import: the library cannot be updated: {exc}\n")
        return 1
    except OSError as exc:
        err.write(f"clinic-viewer import: the library {library} cannot be written: {exc.strerror or exc}\n"
                  "Nothing was changed.\n")
        return 1
    for note in report.notes + shown_instead(library):
        out.write(f"note       {note}\n")
    for line in report.lines:
        out.write(f"{line}\n")
    out.write(f"{report.total()}\n")
    return 1 if report.refused else 0

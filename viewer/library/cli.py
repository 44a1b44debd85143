"""`clinic-viewer import [--library DIR] [--allow-older] PATH...`: the library's command line.

One line per document on standard output (added, updated, unchanged, removed, refused, skipped,
damaged; past 20 refusals for one reason, one line counts the rest: ImportReport.shown_lines), then
a total. Exit status 0 when nothing was refused, 1 when something was (the rest is imported), when a
library copy this run did not replace fails its manifest ("damaged", with what repairs it) or when the new
generation, once current, could not be read back (the import is done; standard error says what
failed, naming the file), 2 for a usage error (a PATH that does not exist is one: the library is
not touched). Names are printed escaped, so no file name can forge a line or reach the terminal as
control characters; a reader that stops early (`| head`) ends the output quietly, as it does for
any Unix tool.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from ..content.errors import ContentError
from .importer import run_import
from .locations import ENV, library_to_import_into, shown_instead
from .printable import printable


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


def _missing(paths: list[Path]) -> list[Path]:
    return [path for path in paths if not os.path.lexists(path)]


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage and the problem
        return 2 if exit_.code else 0
    missing = _missing(args.paths)
    if missing:  # a typo must not become an (empty) import
        err.write(parser().format_usage())
        err.write("".join(f"clinic-viewer import: error: {printable(str(path))} does not exist\n" for path in missing))
        return 2
    library = args.library or library_to_import_into()
    try:
        report = run_import(library, args.paths, allow_older=args.allow_older,
                            on_wait=lambda message: err.write(f"clinic-viewer import: {message}\n"))
    except ContentError as exc:
        err.write(f"clinic-viewer import: the library cannot be updated: {printable(str(exc))}\n")
        return 1
    except OSError as exc:
        err.write(f"clinic-viewer import: the library {printable(str(library))} cannot be written: "
                  f"{printable(str(exc.strerror or exc))}\nNothing was changed.\n")
        return 1
    status = 1 if report.refused or report.read_back or report.count("damaged") else 0
    try:
        for note in report.notes + shown_instead(library):
            out.write(f"note       {printable(note)}\n")
        for line in report.shown_lines():  # bounded: thousands of refusals alike are counted, not listed
            out.write(f"{printable(line)}\n")
        out.write(f"{printable(report.total())}\n")
        out.flush()
        if report.read_back:  # done, but the library written could not be read back: IT must know
            err.write(f"clinic-viewer import: {printable(report.read_back)}\n")
    except BrokenPipeError:  # the reader stopped early (`| head`): the import itself is done
        pass
    return status

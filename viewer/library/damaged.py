"""The library's own copies an import carries on without reading them (NCI's files for them were
not in this run), checked against the manifest: a damaged one is told to IT at the weekly import,
with what repairs it, not first found by a clinician who opens it. It stays in the library as it
was (the reader says it cannot be shown); its file is never made to look intact."""
from __future__ import annotations

from pathlib import Path

from .generation import Generation, file_sha256
from .one_document import KINDS
from .report import ImportReport, ReportLine

REPAIR = "import NCI's file for it again to repair it"


def report_damaged(files: dict[str, bytes | Path], current: Generation | None, taken: dict,
                   catalog: dict, report: ImportReport) -> None:
    """A "damaged" line for each library file carried on unread (not in `taken`) whose SHA-256 is
    not its manifest's."""
    if current is None:
        return
    for relative, content in sorted(files.items()):
        kind, _, name = relative.partition("/")
        if (kind not in KINDS or relative in taken or relative not in current.manifest
                or content != current.folder / relative):
            continue
        try:
            intact = file_sha256(content) == current.manifest[relative]
            problem = "" if intact else "the library's copy does not match its SHA-256 and cannot be shown"
        except OSError as exc:
            problem = f"the library's copy cannot be read ({exc.strerror or exc})"
        if problem:
            doc_id = Path(name).stem
            title = catalog.get(doc_id, {}).get("title", "") if kind == "summaries" else ""
            report.lines.append(ReportLine("damaged", doc_id, title, f"{problem}; {REPAIR}", kind=kind))

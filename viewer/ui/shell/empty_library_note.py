"""The line said above the text while no PDQ library has been imported: only the bundled sample is
there, so the first window says where the summaries come from (File ▸ Import, or IT's weekly
import), beside the sample's out-of-date notice rather than leaving that notice alone."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...content import Library


def empty_library_note(library: Library, import_keys: str) -> tuple[str, str, str]:
    """(HTML, plain text, HTML for a short window) of the note, or ("", "", "") when there is a
    library or a problem says why not."""
    if library.generation is not None or library.catalog or library.problems:
        return "", "", ""
    keys = f" ({import_keys})" if import_keys else ""
    text = QCoreApplication.translate(
        "EmptyLibrary", "No PDQ summaries have been imported yet: what is shown is the sample bundled with the viewer. "
                        "File ▸ Import PDQ Summaries…{keys} imports NCI's PDQ files or archive; your IT can import "
                        "NCI's weekly distribution for every user of this computer (clinic-viewer import).").format(keys=keys)
    html = QCoreApplication.translate(
        "EmptyLibrary", "<b>No PDQ summaries have been imported yet:</b> what is shown is the sample bundled with the "
                        "viewer. <b>File ▸ Import PDQ Summaries…</b>{keys} imports NCI's PDQ files or archive; your IT "
                        "can import NCI's weekly distribution for every user of this computer "
                        "(<tt>clinic-viewer import</tt>).").format(keys=escape(keys))
    short = QCoreApplication.translate(
        "EmptyLibrary", "<b>No PDQ summaries imported yet:</b> File ▸ Import PDQ Summaries…{keys}.").format(keys=escape(keys))
    return html, text, short

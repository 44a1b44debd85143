"""The line said above the text while no PDQ library has been imported: only the bundled sample is
there, so the first window says where the summaries come from (File ▸ Import, or IT's weekly
import), beside the sample's out-of-date notice rather than leaving that notice alone; and the
text view's words when there is no summary at all."""
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


def nothing_to_show(library: Library) -> str:
    """The text view's HTML when the library holds no summary: where summaries come from, or that
    the problems banner above says why none could be opened."""
    if library.problems:
        return QCoreApplication.translate("MainWindow", "<h2>No summaries could be opened</h2><p>The message above "
                                                        "says why.</p>")
    return QCoreApplication.translate(
        "MainWindow", "<h2>No summaries are installed</h2><p>This viewer shows NCI's PDQ summaries once they are "
                      "imported: File ▸ Import PDQ Summaries…, or ask your IT to import NCI's current PDQ "
                      "distribution (<tt>clinic-viewer import</tt>).</p>")

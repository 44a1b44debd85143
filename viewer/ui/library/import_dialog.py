"""Importing PDQ summaries from the window: files, an archive or a folder; a worker thread runs the
same import as `clinic-viewer import` while a progress dialog shows the count, the title just read
and the time left. Cancel leaves the library exactly as it was (the import switches generations
only at its end); the report lists what was added, updated, removed and refused.

Signals (ImportRun):
    finished(object): the ImportReport, or an Exception if the library could not be written.
"""
from __future__ import annotations

import threading
import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QTextEdit, QWidget

from ...content.errors import ContentError
from ..common.core_text import said
from ..common.i18n import with_qt_labels
from ..common.screen_fit import within_screen

FILE_FILTER = QT_TRANSLATE_NOOP("ImportReport", "NCI PDQ files (*.xml *.tar.gz *.tgz *.tar);;All files (*)")
MAX_SHOWN = 10  # refusals listed in the report itself; all of them are in its details
DETAILS_LINES = 12  # of Show Details (at most a third of the screen)
# At quit (a close, SIGTERM at logout) an import is cancelled and its end awaited this long: a switch
# under way is finished. Left running, the thread was destroyed with the process: an abort (exit 134).
WAIT_AT_QUIT_MS = 30_000


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object)

    def __init__(self, library: Path, paths: list[Path]):
        super().__init__()
        self.library, self.paths = library, paths
        self.cancelled = threading.Event()

    def run(self) -> None:
        from ...library.importer import run_import  # the XML and archive code, only when importing

        def progress(done: int, total: int, label: str) -> bool:
            self.progressed.emit(done, total, label)
            return not self.cancelled.is_set()

        try:
            result = run_import(self.library, self.paths, progress=progress, cancelled=self.cancelled.is_set)
        except Exception as exc:  # noqa: BLE001 (an unwritable library, a full disk: told, not raised in a thread)
            result = exc
        self.done.emit(result)


class ImportRun(QObject):
    """One import, off the UI thread, with its progress dialog; `finished` carries the report."""

    finished = Signal(object)

    def __init__(self, library: Path, paths: list[Path], parent: QWidget):
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(library, paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.done.connect(self._done)
        self.dialog = QProgressDialog(self.tr("Reading the files…"), self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(self.tr("Importing PDQ Summaries"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._started = time.monotonic()
        QCoreApplication.instance().aboutToQuit.connect(self._stop)

    def start(self) -> None:
        self.dialog.show()
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancelled.set()
        self.dialog.setLabelText(self.tr("Cancelling: the library stays as it was…"))

    def _stop(self) -> None:
        """The application is leaving: the import cancelled (the library stays as it was) or, past
        the point of no return, finished; never cut off with the process."""
        if self._thread.isRunning():
            self._worker.cancelled.set()
            self._thread.quit()  # its loop ends once run() returns
            self._thread.wait(WAIT_AT_QUIT_MS)

    def _show_progress(self, done: int, total: int, label: str) -> None:
        if self._worker.cancelled.is_set():
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)
        left = ""
        if done:
            seconds = (time.monotonic() - self._started) / done * (total - done)
            left = "\n" + (self.tr("About %n second(s) left", "", round(seconds)) if seconds >= 1 else self.tr("Almost done"))
        self.dialog.setLabelText(self.tr("{done} of %n document(s)", "", total).format(done=QLocale().toString(done))
                                 + f"\n{label}{left}")

    def _done(self, result) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()
        self.finished.emit(result)


def choose_paths(parent: QWidget, folder: bool) -> list[Path]:
    if folder:
        dialog = QFileDialog(parent, QCoreApplication.translate("ImportReport", "Import a Folder of PDQ Summaries"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog = QFileDialog(parent, QCoreApplication.translate("ImportReport", "Import PDQ Summaries or an Archive"),
                             "", QCoreApplication.translate("ImportReport", FILE_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if within_screen(with_qt_labels(dialog)).exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [Path(p) for p in dialog.selectedFiles()]


class ImportReport(QObject):
    """The report's sentences, in the interface's language with Qt's plural forms (the lines under
    Show Details are the command line's, in English, as IT's scripts read them)."""

    def count(self, action: str, n: int) -> str:
        said = {"added": self.tr("%n added", "", n), "updated": self.tr("%n updated", "", n),
                "unchanged": self.tr("%n unchanged", "", n), "removed": self.tr("%n removed", "", n),
                "refused": self.tr("%n refused", "", n), "repaired": self.tr("%n repaired", "", n),
                "damaged": self.tr("%n damaged", "", n)}
        return said[action]

    def html(self, result) -> str:
        if isinstance(result, PermissionError):
            return self.tr("<p><b>The library could not be updated.</b></p><p>{reason}</p>"
                           "<p>Nothing was changed. A library for every user of this computer can only be updated by "
                           "your IT (as administrator): <tt>sudo clinic-viewer import …</tt></p>").format(
                reason=escape(said(result)))
        if isinstance(result, ContentError):  # the library's own refusal (others could change it; its lock)
            return self.tr("<p><b>The library could not be updated.</b></p><p>{reason}</p><p>Nothing was changed.</p>"
                           ).format(reason=escape(said(result)))
        if isinstance(result, Exception):  # not a permission: say what it was, and blame no one
            return self.tr("<p><b>The library could not be updated.</b></p><p>{reason}</p><p>Nothing was changed.</p>"
                           ).format(reason=f"{escape(type(result).__name__)}: {escape(str(result))}")
        if result.cancelled:
            return self.tr("<p><b>Import cancelled.</b> The library was left exactly as it was.</p>")
        actions = ["added", "updated", "unchanged", "removed", "refused"] + [
            action for action in ("repaired", "damaged") if result.count(action)]
        counts = ", ".join(self.count(a, result.count(a)) for a in actions)
        refused = [line for line in result.lines if line.action == "refused"]
        rows = "".join(f"<li>{escape(said(line.detail))}</li>" for line in refused[:MAX_SHOWN])
        more = (self.tr("<p>… and %n more (Show Details).</p>", "", len(refused) - MAX_SHOWN)
                if len(refused) > MAX_SHOWN else "")
        heading = (self.tr("Nothing was imported: every document was refused.") if result.nothing_imported
                   else self.tr("Refused (the rest was imported):"))
        # done, but the new generation could not be read back: said as done, with what failed after
        after = (self.tr("<p><b>Afterwards:</b> {problem}</p>").format(problem=escape(said(result.read_back)))
                 if result.read_back else "")
        damaged = [line for line in result.lines if line.action == "damaged"]
        if damaged:  # the library's own copies, not in this import: IT learns it here, not from a reader
            after += self.tr("<p><b>Damaged in the library</b> (they cannot be shown; importing NCI's files for them "
                             "repairs them):</p>") + "<ul>" + "".join(
                f"<li>{escape(line.doc_id)} {escape(line.title)}</li>" for line in damaged[:MAX_SHOWN]) + "</ul>"
        return (self.tr("<p><b>Import finished:</b> {counts}.</p><p>Library: {where}</p>").format(
                    counts=counts, where=escape(self.library(result)))
                + after + (f"<p>{heading}</p><ul>{rows}</ul>{more}" if refused else "")
                + self.tr("<p>Show Details lists every document (past 20 refusals for one reason, how many more).</p>"))

    def library(self, result) -> str:
        """describe_library's words ("/var/lib/…, generation v000007 of 2026-11-23 06:00"), in the language."""
        if result.library is None:
            return self.tr("none")
        if not result.generation:
            return self.tr("{folder} (no imported library there)").format(folder=result.library)
        if not result.imported:
            return self.tr("{folder}, generation {generation}").format(folder=result.library, generation=result.generation)
        return self.tr("{folder}, generation {generation} of {date}").format(
            folder=result.library, generation=result.generation,
            date=f"{result.imported:%Y-%m-%d %H:%M}")  # as the command line's report says it


def report_html(result) -> str:
    return ImportReport().html(result)


def show_report(parent: QWidget, result, point_size: int | None = None) -> None:
    """The report in a dialog; its words at `point_size` (the reader's text size, as far as the
    window's header goes: a report at the desktop's 9 pt is unreadable to one who reads at 40)."""
    failed = isinstance(result, Exception) or (not result.cancelled and (result.refused or result.read_back
                                                                         or result.count("damaged")))
    box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("ImportReport", "Import Report"),
                      report_html(result), QMessageBox.StandardButton.Close, parent)
    box.setObjectName("importReport")
    if point_size is not None:
        font = box.font()
        font.setPointSize(point_size)
        box.setFont(font)
    if not isinstance(result, Exception) and result.lines:  # every line, scrollable, in the order printed
        box.setDetailedText("\n".join(result.shown_lines()) + "\n" + result.total()  # bounded, as printed
                            + (f"\n{result.read_back}" if result.read_back else ""))
        details = box.findChild(QTextEdit)  # Qt fixes it at 100 px (four lines), whatever the screen: IT reads it
        if details is not None:
            screen = (parent.screen() if parent is not None else box.screen()).availableGeometry().height()
            details.setFixedHeight(min(DETAILS_LINES * details.fontMetrics().lineSpacing(), screen // 3))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()

"""The window's paper commands: print or export to PDF the summary or the section being read.
The documents themselves are made in printing.py; this decides what goes on paper and says where
it went."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...content import Section
    from ..shell.main_window import MainWindow


def _scope(window: MainWindow, whole: bool) -> Section | None:
    """None for the whole summary, else the section being read."""
    if whole or window.summary is None:
        return None
    return window.summary.section(window.reader.current_section_id())


def export_to_pdf(window: MainWindow, whole: bool, path: str | None = None) -> str | None:
    if window.summary is None:
        return None
    from .printing import save_pdf  # only when someone exports (its dialogs cost start-up time)

    path = save_pdf(window, window.summary, _scope(window, whole), window.reader.text_style, path, window.library,
                    folder=window.settings.export_folder)
    if path:
        window.settings.export_folder = str(Path(path).parent)  # the dialog starts there next time
        window.statusBar().showMessage(f"Saved {Path(path).name} in {Path(path).parent}", 8000)
    return path


def print_text(window: MainWindow, whole: bool) -> None:
    if window.summary is None:
        return
    from .printing import print_with_dialog  # only when someone prints

    print_with_dialog(window, window.summary, _scope(window, whole), window.reader.text_style, window.library)

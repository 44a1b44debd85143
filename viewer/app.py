"""create_window(): builds the fully wired main window on the bundled summaries and the library.

It does not enter the event loop (a QApplication must already exist), so tests, automation and
the packaging smoke test can drive the same window a clinician sees.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QIcon

from . import paths
from .content import Library, load_library
from .library.locations import has_library, hidden_user_library, library_to_read
from .settings import Settings
from .ui.common import i18n
from .ui.shell.main_window import MainWindow


def create_window(settings: QSettings | None = None, *, summaries_dir: Path | None = None,
                  library_dir: Path | None = None) -> MainWindow:
    """`settings`: an isolated QSettings (e.g. an INI file in a temp dir); the user's by default.
    `summaries_dir`: another folder of summaries instead of the bundled ones.
    `library_dir`: the imported PDQ library to show beside them (default: see library.locations)."""
    imported = Path(library_dir) if library_dir is not None else library_to_read()

    def load() -> Library:
        if summaries_dir is None:
            library = load_library(paths.summaries_dir(), paths.prerendered_dir(), require_manifest=True)
        else:
            library = load_library(summaries_dir)
        if has_library(imported):  # the XML and library code is imported only when there is one
            from .library.load import load_library_dir

            library.extend(load_library_dir(imported))
        own = hidden_user_library(imported) if library_dir is None else None
        if own is not None:
            from .content import ContentError

            # a template, said in the interface's language whenever the banner shows it (a language switch too)
            library.problems.append(ContentError(own, QT_TRANSLATE_NOOP(
                "Problems", "your own library is not shown: this computer's library at {folder} is shown instead"),
                folder=str(imported)))
        return library

    kept = Settings(settings)
    i18n.install(i18n.resolve(kept.language))  # before anything is built: every string is made in it
    window = MainWindow(load(), kept, library_dir=imported, load_library=load)
    icon = QIcon()
    for file in paths.icon_files():
        icon.addFile(str(file))
    window.setWindowIcon(icon)
    return window


def bring_forward_on_second_launch(window: MainWindow, instance) -> None:
    """Another double-click by the same user shows this window instead of a second one (or the
    window that replaced it: View ▸ Language builds it again)."""
    instance.activated.connect(window.bring_to_front)

    def replaced(new: MainWindow) -> None:
        instance.activated.disconnect(window.bring_to_front)
        bring_forward_on_second_launch(new, instance)
    window.replaced.connect(replaced)

"""Where the window was left: its geometry and the width of the pane beside the text, restored at
start and kept at close. The pane's width is the reader's own, not one widened for large text."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from ...settings import Settings
from ..navigation.toc_panel import SectionTree

DEFAULT_PANE_WIDTH = 280
DEFAULT_SIZE = (1100, 760)


def restore_window_place(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    window.resize(*DEFAULT_SIZE)
    if not settings.geometry.isEmpty():
        window.restoreGeometry(settings.geometry)
    if not settings.splitter_state.isEmpty():
        splitter.restoreState(settings.splitter_state)
    else:  # a quarter of the window (280 px at least), whatever its width
        pane = max(DEFAULT_PANE_WIDTH, window.width() // 4)
        splitter.setSizes([pane, window.width() - pane])


def keep_window_place(window: QMainWindow, splitter: QSplitter, tree: SectionTree, settings: Settings) -> None:
    settings.geometry = window.saveGeometry()
    keep, total = tree.width_to_keep(splitter), sum(splitter.sizes())
    if keep != splitter.sizes()[0]:  # widened for large text: keep the reader's own width
        splitter.setSizes([keep, total - keep])
    settings.splitter_state = splitter.saveState()


def bring_to_front(window: QWidget) -> None:
    """Another launch by the same user: `window` shown, raised and active, instead of a second one."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()

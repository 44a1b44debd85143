"""Names for the objects a screen reader meets that Qt leaves without one: the panes' divider, the
text's scroll bar, the menu bar, the window's size grip, the boxes' clear buttons. Given after the
first paint: naming them wraps Qt's own children, which costs start-up time."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea, QMainWindow, QSplitter


def name_the_unnamed(window: QMainWindow, splitter: QSplitter, text: QAbstractScrollArea) -> None:
    from PySide6.QtWidgets import QLineEdit, QSizeGrip, QToolButton  # (set up now, not at start)

    translate = QCoreApplication.translate  # (in the window's context: the names are the window's)
    splitter.setAccessibleName(translate("MainWindow", "Library and text"))
    for i in range(splitter.count()):
        splitter.handle(i).setAccessibleName(translate("MainWindow", "Width of the library pane"))
    text.verticalScrollBar().setAccessibleName(translate("MainWindow", "Position in the text"))
    window.menuBar().setAccessibleName(translate("MainWindow", "Menus"))
    for grip in window.findChildren(QSizeGrip):
        grip.setAccessibleName(translate("MainWindow", "Window size"))
    for box in window.findChildren(QLineEdit):
        for button in box.findChildren(QToolButton):
            button.setAccessibleName(translate("MainWindow", "Clear"))

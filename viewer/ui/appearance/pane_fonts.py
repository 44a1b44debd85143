"""How large the parts around the text are set as the text grows: the text is for reading; the
panes beside it and the lines above it follow it only so far, or at 40 pt they would leave it no room."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMenuBar, QToolBar

HEADER_MAX_POINTS = 16  # the header, the problems banner, the pane's own sentences
BARS_GROWTH = 4  # the text's points for each of the menu bar's and the toolbar's
PANE_MAX_POINTS = 24  # the tree and search results beside the text: large, and a deep title's words still fit


def capped(font: QFont, most: int) -> QFont:
    """`font` (the text's) at its size, or at `most` points if it is larger."""
    smaller = QFont(font)
    smaller.setPointSize(min(font.pointSize(), most))
    return smaller


def dialogs_follow(points: int, default: int) -> None:
    """Dialogs (F1's shortcuts, About, bookmarks, details, messages) and menus follow the text's
    size above its `default`, up to HEADER_MAX_POINTS, in the desktop's font, the menu bar and the
    toolbar more slowly (bars_points): at 40 pt they all stayed at the desktop's 9 pt. At the
    default size they are the desktop's, as any application's."""
    desktop = QApplication.font()  # (a class's own font, set below, is not the application's)
    if points <= default and QApplication.font("QDialog") == desktop:
        return  # nothing to undo (at start-up, nothing set): no widget is told of a change
    font = QFont(desktop)
    if points > default:
        font.setPointSize(max(desktop.pointSize(), min(points, HEADER_MAX_POINTS)))
    for kind in ("QDialog", "QMenu"):
        QApplication.setFont(font, kind)
    bars = QFont(desktop)
    bars.setPointSize(bars_points(points, default, desktop.pointSize()))
    for window in QApplication.topLevelWidgets():  # Qt tells only the widgets inside windows
        if window.inherits("QDialog") or window.inherits("QMenu"):
            QApplication.sendEvent(window, QEvent(QEvent.Type.ApplicationFontChange))
        elif window.inherits("QMainWindow"):  # the menus' titles and the toolbar's words (9 pt at 40)
            for bar in (*window.findChildren(QMenuBar), *window.findChildren(QToolBar)):
                bar.setFont(bars)


def bars_points(points: int, default: int, desktop: int) -> int:
    """The menu bar's and the toolbar's size: a quarter of the text's growth above its `default`,
    up to HEADER_MAX_POINTS (16 at 40 pt). Each line of theirs is a line the pane beside the text
    loses: at 14 pt in a window 520 px high, bars at 14 cut the pane's Spanish search sentence."""
    return min(max(desktop + (points - default) // BARS_GROWTH, desktop), max(HEADER_MAX_POINTS, desktop))

"""A dialog no larger than most of its screen: Qt sizes a file dialog to what its contents would
like, which at 16 pt (the dialogs' size at 40 pt) was 1,220 x 949 px on a 1,366 x 768 screen, its
Save and Cancel buttons below the screen's edge."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

MOST_OF_SCREEN = 0.85  # of the screen's free area


def within_screen(dialog: QWidget) -> QWidget:
    """`dialog`, sized as it would like but within MOST_OF_SCREEN of its screen's free area."""
    anchor = dialog.parentWidget() or dialog
    room = anchor.screen().availableGeometry()
    wanted = dialog.sizeHint()
    dialog.resize(min(wanted.width(), int(room.width() * MOST_OF_SCREEN)),
                  min(wanted.height(), int(room.height() * MOST_OF_SCREEN)))
    return dialog

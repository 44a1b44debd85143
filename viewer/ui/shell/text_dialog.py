"""A dialog of rich text that scrolls rather than growing past the screen: at 40 pt Summary Details
was 1,149 px high on a 1,000 px screen, its last rows and its Close button out of reach."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

MOST_OF_SCREEN = 0.85  # of the screen's free area, at most
FRAME = 48  # px the label's frame, margins and scroll bar take beside it


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, name: str, parent: QWidget | None = None):
        """`name`: the dialog's objectName; its text's is `name` with "Text" for "Dialog"."""
        super().__init__(parent, objectName=name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel(html, objectName=name.replace("Dialog", "Text"), textFormat=Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.label)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self._buttons = buttons
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry())

    def fit_to(self, room: QRect) -> None:
        """Its whole text if that fits in most of `room` (the screen's free area), else scrolling;
        narrower than its text (a small screen, a language that runs longer), its lines wrap
        between words rather than run past the dialog's edge."""
        self.label.setWordWrap(False)
        wanted = self.label.sizeHint()
        width = min(wanted.width() + FRAME, int(room.width() * MOST_OF_SCREEN))
        narrower = width < wanted.width() + FRAME
        self.label.setWordWrap(narrower)
        height = self.label.heightForWidth(width - FRAME) if narrower else wanted.height()
        self.resize(width, min(height + self._buttons.sizeHint().height() + FRAME, int(room.height() * MOST_OF_SCREEN)))

    def text(self) -> str:
        return self.label.text()

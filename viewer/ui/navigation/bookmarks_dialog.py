"""Bookmarks ▸ Manage Bookmarks…: the bookmarks in their order, each renamed (F2 or Rename),
removed (Delete or Remove) or moved up and down (Alt+Up / Alt+Down or the buttons), all from the
keyboard. Every change is kept at once."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..common.key_names import key_name

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class BookmarksDialog(QDialog):
    def __init__(self, bookmarks, parent: QWidget | None = None):
        """`bookmarks`: the Bookmarks (bookmarks.py, which opens this dialog: not imported back)."""
        super().__init__(parent)
        self.bookmarks = bookmarks
        self.setObjectName("bookmarksDialog")
        self.setWindowTitle(self.tr("Manage Bookmarks"))
        self.list = QListWidget(objectName="bookmarksList")
        # a summary's title and a section's run long (more so at 40 pt, or in Spanish): wrapped, never cut
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAccessibleName(self.tr("Bookmarks"))
        keys = self.tr("{rename} renames, {remove} removes, {up} and {down} move the chosen bookmark.")
        self.list.setAccessibleDescription(keys.format(rename=key_name("F2"), remove=key_name("Delete"),
                                                       up=key_name("Alt+Up"), down=key_name("Alt+Down")))
        empty = self.tr("No bookmarks yet: {key} bookmarks the section you are reading.")
        self.empty = QLabel(empty.format(key=key_name("Ctrl+D")), wordWrap=True)
        buttons = QHBoxLayout()
        self._buttons = []  # each acts on the chosen bookmark: none to act on, none enabled
        for name, text, slot in (("renameBookmark", self.tr("Re&name…"), self.rename_chosen),
                                 ("removeBookmark", self.tr("&Remove"), self.remove_chosen),
                                 ("moveBookmarkUp", self.tr("Move &Up"), lambda: self.move_chosen(-1)),
                                 ("moveBookmarkDown", self.tr("Move &Down"), lambda: self.move_chosen(1))):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            self._buttons.append(button)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.list.installEventFilter(self)  # F2, Delete, Alt+Up and Alt+Down on the list
        self.list.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.fill()
        self.resize(max(560, self.fontMetrics().averageCharWidth() * 70), max(320, self.fontMetrics().height() * 16))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            action = {(Qt.Key.Key_F2, False): self.rename_chosen, (Qt.Key.Key_Delete, False): self.remove_chosen,
                      (Qt.Key.Key_Up, True): lambda: self.move_chosen(-1),
                      (Qt.Key.Key_Down, True): lambda: self.move_chosen(1)}.get((key, bool(alt)))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def fill(self, chosen: tuple[str, str] | None = None) -> None:
        self.list.clear()
        for place in self.bookmarks.settings.bookmarks:
            item = QListWidgetItem(self.bookmarks.label(*place)[0])
            item.setData(PLACE_ROLE, place)
            self.list.addItem(item)
            if place == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        for button in self._buttons:
            button.setEnabled(self.list.count() > 0)

    def _chosen(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return tuple(item.data(PLACE_ROLE)) if item is not None else None

    def rename_chosen(self) -> None:
        place = self._chosen()
        if place is None:
            return
        current = self.bookmarks.settings.bookmark_names.get(place) or self.bookmarks.place_label(*place)[0]
        name, ok = QInputDialog.getText(self, self.tr("Rename Bookmark"), self.tr("Name (empty: the section's own):"),
                                        text=current)
        if ok:
            self.bookmarks.rename(place, name)
            self.fill(place)

    def remove_chosen(self) -> None:
        place, row = self._chosen(), self.list.currentRow()
        if place is None:
            return
        self.bookmarks.remove(place)
        self.fill()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_chosen(self, step: int) -> None:
        place = self._chosen()
        if place is not None:
            self.bookmarks.move(place, step)
            self.fill(place)

    def _open(self, item: QListWidgetItem) -> None:
        self.bookmarks.bookmarkActivated.emit(*item.data(PLACE_ROLE))
        self.accept()

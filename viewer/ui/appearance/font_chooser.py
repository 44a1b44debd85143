"""View ▸ Reading Font…: a list of the installed font families that can set the summary's text,
with a filter and a preview of the summary's own words at the reading size.

Qt's stock font dialog offered what a reader does not choose here (strikeout, underline, a
writing system, sizes below the app's minimum); the size is the toolbar's, the rest is the theme's.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

FAMILY_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_MAX_POINTS = 28  # the reading size, up to what leaves a few lines in the dialog
FOUNDRY = re.compile(r"\s*\[[^\]]*\]$")
GENERIC_NAMES = {"Sans Serif", "Serif", "Monospace", "sans-serif", "serif", "monospace"}
GENERIC = (("", QT_TRANSLATE_NOOP("FontChooser", "Sans-serif (the desktop's font)")),
           ("serif", QT_TRANSLATE_NOOP("FontChooser", "Serif (the desktop's serif font)")))
SAMPLE = QT_TRANSLATE_NOOP("FontChooser", "Treatment with radionuclides such as 131I-MIBG may be of benefit. "
                                          "0123456789 — Il1 O0 rn m (Ⅰ ≤ ≥ ±)")


def sample_text(summary, section_id: str = "", most: int = 240) -> str:
    """The words to preview a font on: the first paragraph of the section being read."""
    if summary is None:
        return ""
    section = summary.section(section_id) if section_id else None
    for candidate in ([section] if section else []) + list(summary.walk()):
        if candidate is not None and candidate.paragraphs:
            text = candidate.paragraphs[0].text
            return text if len(text) <= most else text[:most].rsplit(" ", 1)[0] + " …"
    return ""


def text_families() -> list[str]:
    """Families that can set Latin text in every size: scalable, not symbol or private fonts; each
    once (Qt names a family twice, "C059 [urw]" and "C059 [UKWN]", when two foundries make it),
    and not fontconfig's generic names, which the first two entries stand for."""
    families = set()
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.Latin):
        if QFontDatabase.isPrivateFamily(family) or not QFontDatabase.isScalable(family):
            continue
        if QFontDatabase.WritingSystem.Symbol in QFontDatabase.writingSystems(family):
            continue
        families.add(FOUNDRY.sub("", family))
    return sorted(families - GENERIC_NAMES, key=str.casefold)


class FontChooser(QDialog):
    def __init__(self, current: str, point_size: int, sample: str = "", parent: QWidget | None = None):
        super().__init__(parent, objectName="fontChooser")
        self.setWindowTitle(self.tr("Reading Font"))
        self.point_size = point_size
        self.filter = QLineEdit(objectName="fontFilter", placeholderText=self.tr("Filter fonts by name"),
                                clearButtonEnabled=True)
        self.filter.setAccessibleName(self.tr("Filter fonts"))
        self.families = QListWidget(objectName="fontFamilies")
        self.families.setAccessibleName(self.tr("Font families"))
        list_size = max(self.families.font().pointSize(), min(point_size, PREVIEW_MAX_POINTS // 2))  # readable, and many in view
        for family, label in (*((f, self.tr(g)) for f, g in GENERIC), *((f, f) for f in text_families())):
            item = QListWidgetItem(label)
            item.setData(FAMILY_ROLE, family)
            item.setFont(self._font_of(family, list_size))  # each name in its own face
            self.families.addItem(item)
        self.preview = QLabel(sample or self.tr(SAMPLE), objectName="fontPreview", wordWrap=True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setMinimumHeight(self.preview.fontMetrics().height() * 5)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.families, 1)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.families.currentItemChanged.connect(self._show_preview)
        self.families.itemActivated.connect(self.accept)
        self.select(current)
        self.resize(560, 520)

    def select(self, family: str) -> None:
        for row in range(self.families.count()):
            if self.families.item(row).data(FAMILY_ROLE) == family:
                self.families.setCurrentRow(row)
                return
        self.families.setCurrentRow(0)

    def chosen(self) -> str:
        item = self.families.currentItem()
        return item.data(FAMILY_ROLE) if item is not None else ""

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.families.count()):
            item = self.families.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))
        current = self.families.currentItem()
        if current is None or current.isHidden():
            shown = next((self.families.item(r) for r in range(self.families.count())
                          if not self.families.item(r).isHidden()), None)
            if shown is not None:
                self.families.setCurrentItem(shown)

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.preview.setFont(self._font_of(item.data(FAMILY_ROLE), min(self.point_size, PREVIEW_MAX_POINTS)))

    def _font_of(self, family: str, point_size: int) -> QFont:
        font = QFont(self.font())
        if family == "serif":
            font.setFamily("serif")
            font.setStyleHint(QFont.StyleHint.Serif)
        elif family:
            font.setFamily(family)
        font.setPointSize(max(point_size, 8))
        return font


def choose_family(current: str, point_size: int, sample: str = "", parent: QWidget | None = None) -> str | None:
    """The family chosen ("" for the desktop's sans-serif, "serif", or a family's name), or None."""
    dialog = FontChooser(current, point_size, sample, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

"""The header's link to the open summary's other versions ("Other versions: Patient version —
English · Health professional — Español"), and how a version is named wherever it is offered (the
link, Go ▸ Versions of This Summary, the tree): by its audience and its language, the language
written as its readers write it.

Signals:
    versionActivated(str): the CDR id of the version the reader chose.
"""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel

from ...content.versions import Listed, is_patient_version, language_name


def filled(text: str, *values: str) -> str:
    """A translated sentence's %1, %2… replaced in one pass (a title holding "%2" stays as written)."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                  text)


def version_label(entry: Listed) -> str:
    """"Patient version — English", "Health professional — Español"."""
    meta = entry.metadata
    language = language_name(meta.language)
    if is_patient_version(meta.audience):
        return QCoreApplication.translate("Versions", "Patient version — %1").replace("%1", language)
    if meta.audience.casefold().startswith("health"):
        return QCoreApplication.translate("Versions", "Health professional — %1").replace("%1", language)
    return f"{meta.audience} — {language}"


def version_labels(entries: list[Listed]) -> list[str]:
    """Each entry's label; two that would read alike (two Spanish patient summaries of one topic)
    also name their titles."""
    labels = [version_label(e) for e in entries]
    return [f"{label}: {e.title}" if labels.count(label) > 1 else label for label, e in zip(labels, entries)]


class VersionsLink(QLabel):
    versionActivated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("versionsLink")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setAccessibleName(self.tr("Other versions of this summary"))
        self.linkActivated.connect(lambda href: self.versionActivated.emit(href.removeprefix("version:")))
        self.setVisible(False)
        self._shown: tuple[list[Listed], str] = ([], "")

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown[0]:
            # rich text keeps the link colour of the palette it was set under: a new theme's
            # link colour (High Contrast's yellow on black) needs the text set again, and QLabel
            # ignores a setText of the text it holds
            self.clear()
            self.show_versions(*self._shown)

    def show_versions(self, entries: list[Listed], shortcut: str = "") -> None:
        """Links to `entries` (the other versions), or nothing when there are none."""
        self._shown = (list(entries), shortcut)
        labels = version_labels(entries)
        links = " · ".join(f"<a href='version:{escape(e.id)}'>{escape(label)}</a>" for e, label in zip(entries, labels))
        self.setText(filled(self.tr("Other versions: %1"), links) if entries else "")
        hint = self.tr("Opens the same topic for another audience or in another language")
        self.setToolTip(f"{hint} ({shortcut})" if shortcut else hint)
        self.setAccessibleDescription(", ".join(labels))
        self.setVisible(bool(entries))

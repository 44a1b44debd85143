"""The settings we keep between runs, declared once with their types, defaults and ranges.

Storage is QSettings (an INI file per user). Values read back are checked and clamped: a hand-edited
or damaged file can never set the font to 0 pt or crash the app, and a file QSettings cannot parse
is set aside (renamed) so the defaults apply.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from . import ORGANIZATION


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))


FONT_SIZE = IntSetting("reading/fontSize", default=12, minimum=8, maximum=40)
LINE_SPACING = IntSetting("reading/lineSpacing", default=100, minimum=100, maximum=250)
FONT_FAMILY = "reading/fontFamily"  # "" for the desktop's default sans-serif
THEME = "view/theme"  # one of viewer.ui.themes.CHOICES
GEOMETRY = "window/geometry"
SPLITTER = "window/splitter"
LAST_LOCATION = "reading/lastLocation"  # "summary-id#anchor"


def open_user_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, "clinic-viewer")


class Settings:
    """Typed access to one QSettings store. `notice` says what was repaired, if anything."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else open_user_settings()
        self.notice = ""
        if self.store.status() == QSettings.Status.FormatError:
            self._set_aside_broken_file()

    def _set_aside_broken_file(self) -> None:
        path = Path(self.store.fileName())
        backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(backup)
            self.notice = f"The settings file could not be read; it was set aside as {backup.name} and defaults are used."
        except OSError:
            self.notice = "The settings file could not be read; defaults are used."
        self.store = QSettings(str(path), QSettings.Format.IniFormat)

    def _int(self, setting: IntSetting) -> int:
        raw = self.store.value(setting.key, setting.default)
        try:
            return setting.clamp(int(raw))
        except (TypeError, ValueError):
            return setting.default

    @property
    def font_size(self) -> int:
        return self._int(FONT_SIZE)

    @font_size.setter
    def font_size(self, value: int) -> None:
        self.store.setValue(FONT_SIZE.key, FONT_SIZE.clamp(int(value)))

    @property
    def line_spacing(self) -> int:
        return self._int(LINE_SPACING)

    @line_spacing.setter
    def line_spacing(self, value: int) -> None:
        self.store.setValue(LINE_SPACING.key, LINE_SPACING.clamp(int(value)))

    def _text(self, key: str, default: str = "") -> str:
        raw = self.store.value(key, default)
        return raw if isinstance(raw, str) and len(raw) < 200 else default

    @property
    def font_family(self) -> str:
        return self._text(FONT_FAMILY)

    @font_family.setter
    def font_family(self, value: str) -> None:
        self.store.setValue(FONT_FAMILY, value)

    @property
    def theme(self) -> str:
        return self._text(THEME, "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue(THEME, value)

    def _bytes(self, key: str) -> QByteArray:
        raw = self.store.value(key)
        return raw if isinstance(raw, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        return self._bytes(GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue(GEOMETRY, value)

    @property
    def splitter_state(self) -> QByteArray:
        return self._bytes(SPLITTER)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self.store.setValue(SPLITTER, value)

    @property
    def last_location(self) -> tuple[str, str] | None:
        raw = self.store.value(LAST_LOCATION)
        if not isinstance(raw, str) or "#" not in raw:
            return None
        summary_id, _, anchor = raw.partition("#")
        return (summary_id, anchor) if summary_id and anchor else None

    @last_location.setter
    def last_location(self, value: tuple[str, str]) -> None:
        self.store.setValue(LAST_LOCATION, "#".join(value))

    def sync(self) -> None:
        self.store.sync()

"""The settings we keep between runs, declared once with their types, defaults and ranges.

Storage is QSettings (an INI file per user). Values read back are checked and clamped: a hand-edited
or damaged file can never set the font to 0 pt or crash the app, and a file QSettings cannot parse
is set aside (renamed) so the defaults apply.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings

from . import ORGANIZATION


@dataclass(frozen=True)
class IntSetting:
    """A whole number kept between runs; anything stored outside its range is clamped."""

    key: str
    default: int
    minimum: int
    maximum: int

    def clamp(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))

    def read(self, store: QSettings) -> int:
        try:
            return self.clamp(int(store.value(self.key, self.default)))
        except (TypeError, ValueError):
            return self.default

    def write(self, store: QSettings, value: int) -> None:
        store.setValue(self.key, self.clamp(int(value)))


@dataclass(frozen=True)
class TextSetting:
    """A short text kept between runs; anything else stored is read as the default."""

    key: str
    default: str = ""

    def read(self, store: QSettings) -> str:
        raw = store.value(self.key, self.default)
        return raw if isinstance(raw, str) and len(raw) < 200 else self.default

    def write(self, store: QSettings, value: str) -> None:
        store.setValue(self.key, value)


@dataclass(frozen=True)
class BytesSetting:
    """Qt's opaque state (window geometry, splitter sizes): empty if missing or not bytes."""

    key: str

    def read(self, store: QSettings) -> QByteArray:
        raw = store.value(self.key)
        return raw if isinstance(raw, QByteArray) else QByteArray()

    def write(self, store: QSettings, value: QByteArray) -> None:
        store.setValue(self.key, value)


@dataclass(frozen=True)
class LocationsSetting:
    """Places in the library, (summary id, section id), in order: bookmarks. A hand-edited or
    damaged entry is dropped, never fatal."""

    key: str
    limit: int = 500

    def read(self, store: QSettings) -> list[tuple[str, str]]:
        raw = store.value(self.key, [])
        raw = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        places: list[tuple[str, str]] = []
        for item in raw[: self.limit]:
            if isinstance(item, str) and len(item) < 200:
                summary_id, _, section_id = item.partition("#")
                if summary_id and section_id and (summary_id, section_id) not in places:
                    places.append((summary_id, section_id))
        return places

    def write(self, store: QSettings, value: list[tuple[str, str]]) -> None:
        store.setValue(self.key, ["#".join(place) for place in value[: self.limit]])


@dataclass(frozen=True)
class NamesSetting:
    """Names the reader gave to places (renamed bookmarks): "summary-id#section-id" -> name. A
    damaged entry is dropped, never fatal."""

    key: str
    limit: int = 500
    longest: int = 200

    def read(self, store: QSettings) -> dict[tuple[str, str], str]:
        raw = store.value(self.key, [])
        raw = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
        names: dict[tuple[str, str], str] = {}
        for item in raw[: self.limit]:
            if isinstance(item, str) and "\t" in item:
                place, _, name = item.partition("\t")
                summary_id, _, section_id = place.partition("#")
                name = " ".join(name.split())[: self.longest]
                if summary_id and section_id and name:
                    names[(summary_id, section_id)] = name
        return names

    def write(self, store: QSettings, value: dict[tuple[str, str], str]) -> None:
        store.setValue(self.key, [f"{s}#{c}\t{n}" for (s, c), n in list(value.items())[: self.limit]])


class _Stored:
    """Exposes one declared setting as a typed attribute of Settings."""

    def __init__(self, setting):
        self.setting = setting

    def __get__(self, settings, owner=None):
        return self if settings is None else self.setting.read(settings.store)

    def __set__(self, settings, value) -> None:
        self.setting.write(settings.store, value)


# Every setting the app keeps, in one place.
FONT_SIZE = IntSetting("reading/fontSize", default=12, minimum=8, maximum=40)
# percent of the font's own line height (about 1.16 of its size): 125 gives lines about 1.45
# apart, as well-set web text and e-book readers use (1.4-1.5)
LINE_SPACING = IntSetting("reading/lineSpacing", default=125, minimum=100, maximum=250)
FONT_FAMILY = TextSetting("reading/fontFamily")  # "" for the desktop's default sans-serif
THEME = TextSetting("view/theme", "system")  # one of viewer.ui.appearance.themes.CHOICES
COLUMN = TextSetting("reading/column", "medium")  # one of viewer.ui.appearance.appearance.COLUMNS
LANGUAGE = TextSetting("view/language")  # "en", "es" (viewer.ui.common.i18n.LANGUAGES); "" follows the system
EXPORT_FOLDER = TextSetting("paper/exportFolder")  # where the last PDF was saved; "" for Documents
GEOMETRY = BytesSetting("window/geometry")
SPLITTER = BytesSetting("window/splitter")
LAST_LOCATION = "reading/lastLocation"  # "summary-id#anchor"
BOOKMARKS = LocationsSetting("library/bookmarks")  # NCI's ids: a bookmark survives NCI's updates
RECENT = LocationsSetting("library/recent", limit=10)  # the summaries opened last, and where
BOOKMARK_NAMES = NamesSetting("library/bookmarkNames")  # the names the reader gave them
# where each bookmark was, as last seen in the library ("title › section"): said of one whose summary
# NCI has since removed, which would otherwise be named by its CDR number alone
BOOKMARK_PLACES = NamesSetting("library/bookmarkPlaces")


def _not_text(path: Path) -> bool:
    """A settings file of NULs or random bytes: QSettings reads it as empty and would write over it
    silently; it is set aside instead, so what happened can be seen."""
    try:
        data = path.read_bytes()[:65536]
    except OSError:
        return False
    if b"\0" in data:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def open_user_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, "clinic-viewer")


class Settings:
    """Typed access to one QSettings store. `notice` says what was repaired, if anything."""

    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else open_user_settings()
        self._notice: tuple[str, dict] | None = None  # said in the interface's language, chosen from these settings
        if self.store.status() == QSettings.Status.FormatError or _not_text(Path(self.store.fileName())):
            self._set_aside_broken_file()
        if not self.store.isWritable():  # said once, at start; the viewer works on with what it has
            self._notice = (QT_TRANSLATE_NOOP("Settings", "Your settings cannot be saved: {folder} cannot be written. "
                                                          "Text size, theme and your place are kept only until you "
                                                          "close the viewer."),
                            {"folder": Path(self.store.fileName()).parent})

    @property
    def notice(self) -> str:
        if self._notice is None:
            return ""
        template, values = self._notice
        return QCoreApplication.translate("Settings", template).format(**values)

    def _set_aside_broken_file(self) -> None:
        path = Path(self.store.fileName())
        backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(backup)
            self._notice = (QT_TRANSLATE_NOOP("Settings", "The settings file could not be read; it was set aside as "
                                                          "{backup} and defaults are used."), {"backup": backup.name})
        except OSError:
            self._notice = (QT_TRANSLATE_NOOP("Settings", "The settings file could not be read; defaults are used."), {})
        self.store = QSettings(str(path), QSettings.Format.IniFormat)

    font_size = _Stored(FONT_SIZE)
    line_spacing = _Stored(LINE_SPACING)
    font_family = _Stored(FONT_FAMILY)
    theme = _Stored(THEME)
    column = _Stored(COLUMN)
    language = _Stored(LANGUAGE)
    export_folder = _Stored(EXPORT_FOLDER)
    geometry = _Stored(GEOMETRY)
    splitter_state = _Stored(SPLITTER)
    bookmarks = _Stored(BOOKMARKS)
    bookmark_names = _Stored(BOOKMARK_NAMES)
    bookmark_places = _Stored(BOOKMARK_PLACES)
    recent = _Stored(RECENT)

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

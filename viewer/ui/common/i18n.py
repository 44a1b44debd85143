"""The interface's language, by Qt's own translation system: the app's catalogue
(resources/i18n/viewer_<language>.qm, compiled by pyside6-lrelease from the .ts beside it) and
Qt's own strings (qtbase_<language>.qm: standard buttons, context menus) are installed on the
application; every string of the interface goes through tr()/QCoreApplication.translate.

The language is the reader's choice (View ▸ Language, kept in the settings), else the system's
locale (LANG=es_ES.UTF-8, es_MX, …). It is installed before the window is built; a new choice
is installed and the window built again in it (ui/shell/language_switch.py). Dates and numbers in the interface follow
the locale (QLocale) in the language shown; the territory stays the system's (the paper size).

Words inserted into a summary's own text follow the summary's language, not this (viewer/content).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from ... import paths

SOURCE_LANGUAGE = "en"  # the language the strings are written in: its catalogue holds only plural forms
# Each language by its own name, as a language menu shows them (never translated).
LANGUAGES = {"en": "English", "es": "Español"}
CATALOGUE = "viewer"  # resources/i18n/viewer_<language>.qm

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators
_language = SOURCE_LANGUAGE


def catalogue_dir():
    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """The first of the system's UI languages the app has, else English."""
    for name in QLocale.system().uiLanguages():
        language = name.split("-")[0].split("_")[0].lower()
        if language in LANGUAGES:
            return language
    return SOURCE_LANGUAGE


def resolve(chosen: str) -> str:
    """The language to show: the reader's choice if the app has it, else the system's."""
    return chosen if chosen in LANGUAGES else system_language()


def install(language: str) -> str:
    """Install the catalogues of `language` (replacing any installed before) and make the
    interface's locale speak it; the language installed (English if its catalogue is missing)."""
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    if not own.load(f"{CATALOGUE}_{language}", str(catalogue_dir())) and language != SOURCE_LANGUAGE:
        language = SOURCE_LANGUAGE  # a broken install: English rather than half a language
        own.load(f"{CATALOGUE}_{language}", str(catalogue_dir()))
    if not own.isEmpty():
        _installed.append(own)
    qt = QTranslator(app)  # Qt's own strings (standard buttons, key names); English needs none
    if language != SOURCE_LANGUAGE and qt.load(f"qtbase_{language}",
                                               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    system, wanted = QLocale.system(), QLocale(language).language()
    # the system's own locale when it speaks the language (or is "C", whose dates are English)
    speaks = system.language() == wanted or (system.language() == QLocale.Language.C and language == SOURCE_LANGUAGE)
    QLocale.setDefault(system if speaks else QLocale(wanted, system.territory()))
    _language = language
    return language


def language() -> str:
    """The language installed (see install)."""
    return _language


def long_date(day: dt.date) -> str:
    """A date as the interface's locale writes it in full, without the weekday:
    "August 21, 2006", "21 de agosto de 2006"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # "C" writes "24 September 2015": English as the app always has
        locale = QLocale("en_US")
    form = locale.dateFormat(QLocale.FormatType.LongFormat)
    for weekday in ("dddd, ", "dddd ", ", dddd", "dddd"):
        form = form.replace(weekday, "")
    return locale.toString(QDate(day.year, day.month, day.day), form.strip(" ,"))


class DateWords(QObject):
    """How long ago a date was, in the interface's language, with Qt's plural forms."""

    def age(self, day: dt.date, today: dt.date) -> str:
        days = (today - day).days
        if days < 0:
            return self.tr("dated in the future")
        if days == 0:
            return self.tr("today")
        if days < 14:
            return self.tr("%n day(s) ago", "", days)
        if days < 61:
            return self.tr("%n week(s) ago", "", days // 7)
        if days < 730:
            return self.tr("%n month(s) ago", "", max(days // 30, 1))
        return self.tr("%n year(s) ago", "", days // 365)


def age_text(day: dt.date, today: dt.date) -> str:
    """'3 days ago', 'hace 20 años': as content.currency.age_text, in the interface's language."""
    return DateWords().age(day, today)


def dated(day: dt.date, today: dt.date) -> str:
    """"21 de agosto de 2006 (hace 20 años)": a date and its age, for the interface's own lines."""
    return QCoreApplication.translate("Dates", "{date} ({age})").format(date=long_date(day), age=age_text(day, today))


# PDQ's audiences as the app names them (content/pdq/summary.py), said in the interface's language.
AUDIENCE_VERSIONS = {"Health Professional": QT_TRANSLATE_NOOP("Audience", "Health Professional Version"),
                     "Patient": QT_TRANSLATE_NOOP("Audience", "Patient Version")}


def audience_version(audience: str) -> str:
    """"Health Professional Version", "Versión para profesionales de salud"."""
    known = AUDIENCE_VERSIONS.get(audience)
    if known is not None:
        return QCoreApplication.translate("Audience", known)
    return QCoreApplication.translate("Audience", "{audience} Version").format(audience=audience)


# Qt 6.11's file dialog names a file's or folder's type ("Folder") in a context that Qt's own
# catalogue (qtbase_es.qm) lacks: the app's catalogue carries those few words of Qt's (Qt asks for
# "Folder" with a disambiguation, "All other platforms"; a translator falls back to the one without).
QT_FILE_TYPES = (QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
                 QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
                 QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
                 QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
                 QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"))


def with_qt_labels(dialog):
    """Qt's own file dialog keeps "Look in:" and "Files of type:" in English whatever qtbase's
    catalogue says (Qt 6.11): they are set again from Qt's catalogue ("Ver en:")."""
    from PySide6.QtWidgets import QFileDialog  # when a file dialog is first opened

    labels = {QFileDialog.DialogLabel.LookIn: "Look in:", QFileDialog.DialogLabel.FileType: "Files of type:"}
    for label, text in labels.items():
        dialog.setLabelText(label, QCoreApplication.translate("QFileDialog", text))  # Qt's context, Qt's words
    return dialog

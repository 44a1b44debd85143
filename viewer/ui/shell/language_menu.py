"""View ▸ Language: the interface in English or Spanish (each named in its own language), or as
the system's locale says. The choice is kept in the settings and applied at once: the window is
built again in the language chosen (shell/language_switch.py); while an import runs it takes
effect at the next start instead, and the window says so plainly, in the language chosen."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTranslator, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from ...settings import Settings
from ..common import i18n

SYSTEM = ""  # follow the system's locale
MNEMONICS = {"en": "&English", "es": "Es&pañol"}  # each by its own name (not translated), a letter each
NEXT_START = QT_TRANSLATE_NOOP("LanguageMenu", "The viewer will be in {language} the next time it starts.")


class LanguageMenu(QObject):
    """Signals:
        said(str): what the choice does, for the status bar.
        chosen(str): the language to show now (one of i18n.LANGUAGES), another than the one shown."""

    said = Signal(str)
    chosen = Signal(str)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.menu = QMenu(self.tr("Lan&guage"), parent, objectName="languageMenu")
        group = QActionGroup(self.menu)
        choices = {SYSTEM: self.tr("As the &System ({language})").format(language=i18n.LANGUAGES[i18n.system_language()]),
                   **{code: MNEMONICS.get(code, name) for code, name in i18n.LANGUAGES.items()}}
        current = settings.language if settings.language in i18n.LANGUAGES else SYSTEM
        for code, name in choices.items():
            action = self.menu.addAction(name)
            action.setObjectName(f"language-{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))

    def choose(self, code: str) -> None:
        """Keep the choice; ask for the interface in it if it is another language than the one shown."""
        self.settings.language = code
        chosen = i18n.resolve(code)
        if chosen == i18n.language():
            self.said.emit(self.tr("The interface is already in {language}.").format(language=i18n.LANGUAGES[chosen]))
            return
        self.chosen.emit(chosen)


def at_next_start(language: str) -> str:
    """That `language` is shown from the next start: in it, and in the one shown now, so that both
    readers understand it."""
    sentences = dict.fromkeys(in_language(lang, "LanguageMenu", NEXT_START) for lang in (language, i18n.language()))
    return " — ".join(sentences).format(language=i18n.LANGUAGES[language])


def in_language(language: str, context: str, text: str) -> str:
    """`text` from `language`'s catalogue, whatever the interface's language is now."""
    if language == i18n.SOURCE_LANGUAGE:
        return text
    translator = QTranslator()
    if translator.load(f"{i18n.CATALOGUE}_{language}", str(i18n.catalogue_dir())):
        return translator.translate(context, text) or text
    return text

"""The reader's appearance beyond its size: colour theme, font family and line spacing.

Signals:
    changed(): any of them changed; `reading_style(size)` gives the new text style.

It owns the View menu's Theme, Font and Line Spacing items and remembers the choices. The theme
is application-wide (Fusion style with the theme's palette), so dialogs and popovers follow it.
"""
from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from ...settings import LINE_SPACING, Settings
from ..common.first_paint import after_first_paint
from . import themes
from .document_style import ReadingStyle

SPACINGS = (100, 125, 150, 200)
# The reading column in average characters: 60-80 characters a line read best in print and on the
# web (Bringhurst's 45-75, the WCAG 2.1 advice of 80 at most); "full" gives the text the window.
COLUMNS = {"narrow": 55, "medium": 70, "wide": 90, "full": 0}
COLUMN_LABELS = {"narrow": QT_TRANSLATE_NOOP("Appearance", "&Narrow"), "medium": QT_TRANSLATE_NOOP("Appearance", "&Medium"),
                 "wide": QT_TRANSLATE_NOOP("Appearance", "&Wide"), "full": QT_TRANSLATE_NOOP("Appearance", "&Full Width")}
FAMILIES = {"": QT_TRANSLATE_NOOP("Appearance", "&Sans-serif"), "serif": QT_TRANSLATE_NOOP("Appearance", "S&erif")}
FUSION_SET = "clinicViewerFusionStyle"  # a dynamic property of the QApplication
CONTROL_COLOURS_DELAY_MS = 150  # the theme's thumbs and borders, after the first paint


def fusion_application(argv: list[str]) -> QApplication:
    """The QApplication, in the Fusion style from its start (see Appearance.apply_theme)."""
    app = QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    app.setProperty(FUSION_SET, True)
    return app


class Appearance(QObject):
    changed = Signal()
    said = Signal(str)  # what the reader just chose, in words (for the status bar)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.theme_key = settings.theme if settings.theme in themes.CHOICES else themes.SYSTEM
        self.family = settings.font_family
        self.line_spacing = settings.line_spacing
        self.column = settings.column if settings.column in COLUMNS else "medium"
        self._column_actions: dict[str, QAction] = {}
        self._theme_actions: dict[str, QAction] = {}
        self._family_actions: dict[str, QAction] = {}
        self._spacing_actions: dict[int, QAction] = {}
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def theme(self) -> themes.Theme:
        return themes.resolve(self.theme_key)

    def reading_style(self, point_size: int) -> ReadingStyle:
        theme = self.theme
        return ReadingStyle(point_size, self.family, self.line_spacing, theme.link, theme.muted, COLUMNS[self.column])

    def apply_theme(self) -> None:
        app = QApplication.instance()
        # Fusion: the one style that paints with the palette on every platform. Set once per
        # application and marked on it, rather than checked with app.style(): the first use of
        # QStyle from Python costs 4 ms, so the app starts in Fusion (fusion_application).
        if not app.property(FUSION_SET):
            app.setStyle("Fusion")
            app.setProperty(FUSION_SET, True)
        app.setPalette(self.theme.palette())
        # Fusion's faint derived colours (thumbs, borders), made the theme's: at once when the
        # themed style is in place, else just after the first paint (QStyle's set-up and the
        # widgets' re-polish: 100 M instructions). Counted from that paint, not from now: a start
        # slower than the delay (a loaded machine) would otherwise pay for it before the paint.
        styled = sys.modules.get(f"{__package__}.themed_style")
        if styled is not None and styled.installed():
            styled.paint_with(app, self.theme)
        elif self.parent() is not None and self.parent().isWidgetType():
            after_first_paint(self.parent().window(), self._paint_controls, CONTROL_COLOURS_DELAY_MS)
        else:
            QTimer.singleShot(CONTROL_COLOURS_DELAY_MS, self._paint_controls)

    def _paint_controls(self) -> None:
        from . import themed_style

        themed_style.paint_with(QApplication.instance(), self.theme)

    # -- choices -----------------------------------------------------------------------------------
    def set_theme(self, key: str) -> None:
        self.theme_key = key if key in themes.CHOICES else themes.SYSTEM
        self.settings.theme = self.theme_key
        self.apply_theme()
        self._sync_checks()
        self.changed.emit()
        self.said.emit(self.tr("Theme: {theme}").format(theme=themes.label(self.theme_key)))

    def next_theme(self) -> None:
        choices = themes.CHOICES
        self.set_theme(choices[(choices.index(self.theme_key) + 1) % len(choices)])

    def set_family(self, family: str) -> None:
        self.family = family
        self.settings.font_family = family
        self._sync_checks()
        self.changed.emit()
        # (a family's own name if chosen from the list)
        self.said.emit(self.tr("Font: {family}").format(family=self.tr(FAMILIES[family]).replace("&", "") if family in FAMILIES else family))

    def next_family(self) -> None:
        keys = list(FAMILIES)
        self.set_family(keys[(keys.index(self.family) + 1) % len(keys)] if self.family in keys else "")

    def choose_family(self, parent=None, point_size: int = 12, summary=None, section_id: str = "") -> None:
        """The font chooser (font_chooser.py): installed families, previewed at `point_size` on the
        words of the section being read."""
        from .font_chooser import choose_family, sample_text  # only when someone opens it

        sample = sample_text(summary, section_id) if summary is not None else ""
        family = choose_family(self.family, point_size, sample, parent)
        if family is not None:
            self.set_family(family)

    def set_line_spacing(self, percent: int) -> None:
        self.line_spacing = max(SPACINGS[0], min(SPACINGS[-1], percent))
        self.settings.line_spacing = self.line_spacing
        self._sync_checks()
        self.changed.emit()
        self.said.emit(self.tr("Line spacing: {percent}").format(percent=self.percent(self.line_spacing)))

    def set_column(self, key: str) -> None:
        self.column = key if key in COLUMNS else "medium"
        self.settings.column = self.column
        self._sync_checks()
        self.changed.emit()
        self.said.emit(self.tr("Reading width: {width}").format(width=self.tr(COLUMN_LABELS[self.column]).replace("&", "")))

    def percent(self, number: int) -> str:
        """"125%", "125 %": as the interface's language writes a percentage."""
        return self.tr("{number}%").format(number=QLocale().toString(number))

    def step_line_spacing(self, direction: int) -> None:
        i = min(range(len(SPACINGS)), key=lambda k: abs(SPACINGS[k] - self.line_spacing))
        self.set_line_spacing(SPACINGS[max(0, min(len(SPACINGS) - 1, i + direction))])

    def _on_system_scheme_changed(self, *_):
        if self.theme_key == themes.SYSTEM:
            self.apply_theme()
            self.changed.emit()

    def connect_actions(self, actions: dict[str, QAction], parent, reading: Callable[[], tuple]) -> None:
        """The View menu's appearance commands (actions.py), acting on this. `reading`: the text
        size, the open summary and the section being read, for the font chooser's preview."""
        actions["nextTheme"].triggered.connect(self.next_theme)
        actions["nextFont"].triggered.connect(self.next_family)
        actions["chooseFont"].triggered.connect(lambda: self.choose_family(parent, *reading()))
        actions["moreSpacing"].triggered.connect(lambda: self.step_line_spacing(1))
        actions["lessSpacing"].triggered.connect(lambda: self.step_line_spacing(-1))

    # -- menus -----------------------------------------------------------------------------------
    def add_menus(self, view: QMenu) -> None:
        """The Theme, Font, Line Spacing and Reading Width submenus, the current choices checked."""
        self._theme_actions = self._radio_menu(view, self.tr("&Theme"), {k: themes.menu_label(k) for k in themes.CHOICES},
                                               "theme-{}", self.set_theme)
        self._family_actions = self._radio_menu(view, self.tr("&Font"), {k: self.tr(v) for k, v in FAMILIES.items()},
                                                "font-{}", self.set_family, name=lambda key, label: FAMILIES[key].replace("&", "").lower())
        self._spacing_actions = self._radio_menu(view, self.tr("Line &Spacing"),
                                                 {p: self.tr("{percent} (default)").format(percent=self.percent(p))
                                                  if p == LINE_SPACING.default else self.percent(p) for p in SPACINGS},
                                                 "spacing-{}", self.set_line_spacing)
        self._column_actions = self._radio_menu(view, self.tr("Reading &Width"),
                                                {k: self.tr(v) for k, v in COLUMN_LABELS.items()}, "column-{}",
                                                self.set_column)
        self._sync_checks()

    @staticmethod
    def _radio_menu(view: QMenu, title: str, choices: dict, object_name: str, choose, name=None) -> dict:
        """A submenu of checkable choices, one checked at a time; {choice: its action}."""
        menu = view.addMenu(title)
        group = QActionGroup(menu)
        actions = {}
        for key, label in choices.items():
            action = menu.addAction(label)
            action.setObjectName(object_name.format(name(key, label) if name else key))
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, k=key: choose(k))
            actions[key] = action
        return actions

    def _sync_checks(self) -> None:
        for key, action in self._theme_actions.items():
            action.setChecked(key == self.theme_key)
        for family, action in self._family_actions.items():
            action.setChecked(family == self.family)
        for percent, action in self._spacing_actions.items():
            action.setChecked(percent == self.line_spacing)
        for key, action in self._column_actions.items():
            action.setChecked(key == self.column)

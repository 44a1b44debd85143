"""The menu bar and the toolbar, built from the command table (actions.py) and the appearance
choices, so every command shows its shortcut in its menu."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from ..appearance.appearance import Appearance
from ..navigation.bookmarks import Bookmarks

MENUS = {
    QT_TRANSLATE_NOOP("Menus", "&File"): ["importFiles", "importFolder", None, "summaryDetails", None, "printSummary", "printSection", "printPreview", None, "exportSummary", "exportSection", None,
                                         "printHandout", "exportHandout", None, "quit"],
    QT_TRANSLATE_NOOP("Menus", "&Edit"): ["copy", "copyCitation", "selectAll", None, "findInSummary", "find", "nextHit", "previousHit", "clearHits"],
    QT_TRANSLATE_NOOP("Menus", "&View"): ["fontLarger", "fontSmaller", "fontReset", None, "toggleTree", None, "nextTheme", "nextFont", "chooseFont",
                                         "moreSpacing", "lessSpacing", "APPEARANCE", None, "LANGUAGE"],
    QT_TRANSLATE_NOOP("Menus", "&Go"): ["back", "forward", None, "recent", "RECENT", None, "whatChanged", "markChanges", None, "nextVersion", "VERSIONS", None,
                                       "nextPane", "previousPane"],
    QT_TRANSLATE_NOOP("Menus", "&Bookmarks"): ["bookmark", "manageBookmarks", None, "BOOKMARKS"],  # every menu by its first letter (Alt+B)
    QT_TRANSLATE_NOOP("Menus", "&Help"): ["shortcuts", "about"],
}
TOOLBAR = ("back", "forward", None, "fontSmaller", "fontReset", "fontLarger")
# Qt's own arrows, which QStyle.standardIcon(SP_ArrowBack) falls back to when the desktop has no
# icon theme. Asked for directly: the first use of QStyle from Python costs 4 ms of start-up.
QT_ARROW = ":/qt-project.org/styles/commonstyle/images/arrow-{}-{}.png"


def tinted_arrow(direction: str, colour: str, disabled: str) -> QIcon:
    """Qt's arrow pointing `direction` in `colour` (`disabled` when its command cannot be used)."""
    from PySide6.QtGui import QColor, QPainter, QPixmap  # set up by PySide when first used: not at start-up

    icon = QIcon()
    for size in (16, 32, 128):
        for mode, paint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
            pixmap = QPixmap(QT_ARROW.format(direction, size))
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)  # the arrow's shape, recoloured
            painter.fillRect(pixmap.rect(), QColor(paint))
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def colour_arrows(actions: dict[str, QAction], theme) -> None:
    """Back and Forward in the theme's text colour: Qt's arrows are black, unseen on Dark and High
    Contrast (seen at 1366x768); the desktop's icon theme does not follow the app's theme either.
    Light has the desktop's (or Qt's) as they are: nothing is drawn at start-up."""
    for name, direction, theme_name in (("back", "left", "go-previous"), ("forward", "right", "go-next")):
        actions[name].setIcon(arrow_icon(theme_name, direction) if theme.key == "light" else
                              tinted_arrow(direction, theme.window_text, theme.disabled or theme.muted))


def arrow_icon(theme_name: str, direction: str) -> QIcon:
    """The desktop theme's icon `theme_name`, else Qt's arrow pointing `direction`."""
    fallback = QIcon()
    for size in (16, 32, 128):
        fallback.addFile(QT_ARROW.format(direction, size))
    return QIcon.fromTheme(theme_name, fallback)


def build_menus_and_toolbar(window: QMainWindow, actions: dict[str, QAction], appearance: Appearance,
                            bookmarks: Bookmarks, recent: QMenu | None = None, versions: QMenu | None = None,
                            language: QMenu | None = None) -> QToolBar:
    colour_arrows(actions, appearance.theme)
    appearance.changed.connect(lambda: colour_arrows(actions, appearance.theme))
    actions["fontSmaller"].setIconText("A−")
    actions["fontReset"].setIconText("A")
    actions["fontLarger"].setIconText("A+")
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", title))
        for name in names:
            if name is None:
                menu.addSeparator()
            elif name == "APPEARANCE":
                menu.addSeparator()
                appearance.add_menus(menu)
            elif name == "RECENT" and recent is not None:
                menu.addMenu(recent)
            elif name == "VERSIONS" and versions is not None:
                menu.addMenu(versions)
            elif name == "LANGUAGE" and language is not None:
                menu.addMenu(language)
            elif name == "BOOKMARKS":
                bookmarks.attach(menu, actions.get("bookmark"))
            elif name in actions:
                menu.addAction(actions[name])
    name = QCoreApplication.translate("Menus", "Navigation and text size")
    toolbar = QToolBar(name, window, objectName="mainToolbar")
    toolbar.setAccessibleName(name)
    toolbar.setAccessibleDescription(QCoreApplication.translate(
        "Menus", "Back and Forward, and the text size: smaller, default, larger."))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
            continue
        toolbar.addAction(actions[name])
        button = toolbar.widgetForAction(actions[name])
        button.setObjectName(name)
        button.setAccessibleName(actions[name].text().replace("&", ""))
        button.setAccessibleDescription(actions[name].toolTip())
    size = QLabel(objectName="fontSizeLabel")  # the current text size, beside its buttons
    size.setAccessibleName(QCoreApplication.translate("Menus", "Text size"))
    size.setContentsMargins(6, 0, 6, 0)
    toolbar.addWidget(size)
    window.addToolBar(toolbar)
    return toolbar

"""View ▸ Language, applied at once. Every string of the interface is made in the language installed
when its widget is built (some 230 tr() calls, nearly all at construction): rather than say each
again on QEvent.LanguageChange, where one missed would stay in the old language, the new
language's catalogues are installed and the window is built again in it, from the same library and
settings, where the reader was: the same size and panes (saved and restored as at a start), text
size and theme (the settings'), the same summary and passage, Back and Forward's history, the
search box's query and scope, the hits marked in the text, the library filter, the tree shown or
hidden, the changes marked, the pane with the focus.

The new window shows before the old one closes (the application quits when its last window
closes); the old one is deleted, having said which replaced it (MainWindow.replaced), so a second
launch brings the new one forward. While an import runs (its dialog and worker are the window's)
the language takes effect at the next start instead, said plainly.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import Shiboken

from ..common import i18n
from .language_menu import at_next_start

NOW_IN = QT_TRANSLATE_NOOP("LanguageMenu", "The interface is now in {language}.")
SAID_MS = 10000
# The windows built here, until Qt has deleted them: a window without a parent lives only while
# Python holds it (the first is held by whoever made it; an old one stays held until its deleteLater).
_windows: list[QWidget] = []


def apply_language(window: QMainWindow, language: str) -> QMainWindow:
    """Show the interface in `language` now (`window`: shell/main_window.py's MainWindow, which
    imports this module); the window that shows it (`window` if it cannot yet).
    Should building the new window fail, the old one stays as it was, in its language, says the
    choice takes effect at the next start, and the error is raised on."""
    if window.import_run is not None:
        window.feedback.say(at_next_start(language), SAID_MS)
        return window
    shown = i18n.language()
    try:
        i18n.install(language)
        new = built_again(window)
    except Exception:
        i18n.install(shown)  # what the old window's dialogs and messages are made in from now on
        window.feedback.say(at_next_start(language), SAID_MS)
        raise
    _windows[:] = [w for w in _windows if Shiboken.isValid(w)] + [new]
    focus = window.focusWidget().objectName() if window.focusWidget() is not None else ""
    new.show()
    window.replaced.emit(new)
    window.close()  # once the new one shows: the application quits when its last window closes
    window.deleteLater()
    target = new.findChild(QWidget, focus) if focus else None
    if target is not None and target.isVisible():
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    new.raise_()
    new.activateWindow()
    new.feedback.say(QCoreApplication.translate("LanguageMenu", NOW_IN).format(
        language=i18n.LANGUAGES[i18n.language()]), SAID_MS)
    return new


def built_again(window: QMainWindow) -> QMainWindow:
    """A window like `window`, not yet shown, in the language installed."""
    top = window.reader.reading_place()  # how far into its passage (before anything is laid out again)
    window.save_state()  # size, panes, recent places: read again by the new window, as at a start
    place = window.current_location() if window.summary is not None else None
    new = type(window)(window.state.library, window.settings, library_dir=window.state.library_dir,
                       load_library=window.state.load_library, place=place)
    try:
        new.setWindowIcon(window.windowIcon())
        if not window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            new.setGeometry(window.geometry())  # exactly where it was (a start clamps a saved size to the screen)
        carry_over(window, new, top)
    except Exception:
        new.deleteLater()
        raise
    return new


def carry_over(old: QMainWindow, new: QMainWindow, top: tuple[str, float] | None = None) -> None:
    """What the reader was doing beyond the settings and the place (`top`: the reader's
    reading_place(), how far into the passage: each switch went back up to its start)."""
    new.state.take_history(old.state.history)
    new.library_filter.setText(old.library_filter.text())
    new.splitter.widget(0).setHidden(old.splitter.widget(0).isHidden())  # the tree (F9)
    new.actions["markChanges"].setChecked(old.actions["markChanges"].isChecked())
    was, panel = old.search_panel, new.search_panel
    panel.only_open_summary.setChecked(was.only_open_summary.isChecked())
    panel.box.setText(was.box.text())
    hits, current = old.highlighter.hits, old.highlighter.current

    def once_shown() -> None:  # the search's scope and marks are the open summary's
        new.reader.return_to(top)
        if hits:
            new.highlighter.restore(hits, current)
        if panel.box.text().strip():
            panel.run_search()
    if new.summary is None and old.summary is not None:
        new.opener.placeShown.connect(once_shown, Qt.ConnectionType.SingleShotConnection)
    else:
        once_shown()

"""View ▸ Language applied at once (issue 20): the window is built again in the language chosen,
where the reader was, and the old one is gone; while an import runs, the next start instead."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import Shiboken

from viewer.app import bring_forward_on_second_launch, create_window
from viewer.ui.common import i18n
from viewer.ui.shell.main_window import MainWindow
from viewer.ui.shell.opening import SummaryOpener

from .test_reader_window import until_shown
from .test_search_window import type_query
from .test_spanish import content_of, left_in_english

SUMMARY = "CDR0000062872"  # a summary of the PDQ library, opened at one of its later sections


def shown_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def english_afterwards():
    """The windows a switch built are closed (each deletes the one before it: none is qtbot's), and
    the next test's strings are English again."""
    yield
    for window in shown_windows():
        window.close()
        window.deleteLater()
    i18n.install("en")


def choose(qtbot, window: MainWindow, code: str) -> MainWindow:
    """View ▸ Language ▸ `code`, as the menu does; the window that shows the interface after it."""
    made = []
    window.replaced.connect(made.append)
    window.findChild(QAction, f"language-{code}").trigger()
    assert made, "no window was built in the language chosen"
    new = made[0]
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5000)  # the old one deleted, not hidden
    return until_shown(qtbot, new)


def in_english(window: MainWindow) -> list[str]:
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus filled when opened (bookmarks, recently opened)
    return left_in_english(window, content_of(window))


def test_spanish_at_once_and_back_to_english_where_the_reader_was(qtbot, qsettings, pdq_library, english_afterwards,
                                                                  monkeypatch):
    """Within 60 s (each window's summary is laid out off the UI thread)."""
    window = create_window(qsettings, library_dir=pdq_library)
    window.resize(900, 520)
    window.show()
    qtbot.waitExposed(window)
    until_shown(qtbot, window)
    first = window.current_location()
    summary = window.library.get(SUMMARY)
    section = summary.sections[len(summary.sections) // 2].id
    window.navigate_to((SUMMARY, section))
    until_shown(qtbot, window)
    type_query(qtbot, window, "ependymoma")
    window.open_result(window.search_panel._hits[3])  # a passage of a search's result, its hits marked
    until_shown(qtbot, window)
    window.actions["fontLarger"].trigger()
    window.actions["fontLarger"].trigger()
    window.actions["nextHit"].trigger()
    place, size, geometry = window.current_location(), window.font_size.size, window.geometry()
    marked, current = window.highlighter.count, window.highlighter.current
    reading = window.library.get(place[0])
    assert size == 14 and marked > 1 and current > 0
    assert window.menuBar().actions()[0].text() == "&File"

    asked = []  # every place a window is asked to open: the new one opens where the reader was, nothing else first
    show_location = SummaryOpener.show_location
    monkeypatch.setattr(SummaryOpener, "show_location", lambda self, location, *args, **kwargs: (
        asked.append(location), show_location(self, location, *args, **kwargs)))
    spanish = choose(qtbot, window, "es")
    assert [summary_id for summary_id, _ in asked] == [place[0]], asked
    assert i18n.language() == "es" and qsettings.value("view/language") == "es"
    assert [a.text() for a in spanish.menuBar().actions()] == ["&Archivo", "&Editar", "&Ver", "&Ir", "&Marcadores",
                                                               "A&yuda"]
    assert in_english(spanish) == []
    assert spanish.current_location() == place
    assert spanish.windowTitle().startswith(reading.title)
    assert spanish.font_size.size == size and spanish.findChild(QObject, "fontSizeLabel").text() == "14 pt"
    assert spanish.geometry().size() == geometry.size()
    assert (spanish.highlighter.count, spanish.highlighter.current) == (marked, current)
    assert spanish.search_panel.box.text() == "ependymoma"
    qtbot.waitUntil(lambda: spanish.search_panel._shown_query == "ependymoma", timeout=5000)
    assert spanish.findChild(QObject, "hitCounter").text().startswith(f"Coincidencia {current + 1} de {marked}")
    assert spanish.statusBar().currentMessage() == "La interfaz se muestra ahora en este idioma: Español."
    assert shown_windows() == [spanish]
    assert spanish.actions["back"].isEnabled()  # Back and Forward's history came along
    spanish.actions["back"].trigger()
    until_shown(qtbot, spanish)
    assert spanish.current_location()[0] == SUMMARY and spanish.reader.current_section_id() == section
    spanish.actions["back"].trigger()
    until_shown(qtbot, spanish)
    assert spanish.current_location()[0] == first[0]
    spanish.actions["forward"].trigger()
    until_shown(qtbot, spanish)
    assert spanish.reader.current_section_id() == section

    english = choose(qtbot, spanish, "en")
    assert i18n.language() == "en"
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.current_location()[0] == SUMMARY and english.reader.current_section_id() == section
    assert english.font_size.size == size
    assert english.statusBar().currentMessage() == "The interface is now in English."
    assert shown_windows() == [english]
    assert not english.findChild(QAction, "language-es").isChecked() and english.findChild(
        QAction, "language-en").isChecked()


def test_a_second_launch_brings_forward_the_window_built_in_the_new_language(qtbot, qsettings, tmp_path,
                                                                            english_afterwards, monkeypatch):
    class Instance(QObject):
        activated = Signal()

    brought = []
    monkeypatch.setattr(MainWindow, "bring_to_front", lambda self: brought.append(self))
    instance = Instance()
    window = create_window(qsettings, library_dir=tmp_path / "none")
    window.show()
    qtbot.waitExposed(window)
    bring_forward_on_second_launch(window, instance)
    spanish = choose(qtbot, window, "es")
    instance.activated.emit()
    assert brought == [spanish]


def test_while_an_import_runs_the_language_is_the_next_start_s(qtbot, qsettings, tmp_path, english_afterwards):
    """The import's dialog and worker are the window's: it is not built again under them."""
    window = create_window(qsettings, library_dir=tmp_path / "none")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    replaced = []
    window.replaced.connect(replaced.append)
    window.library_commands.run = object()  # an import under way
    window.findChild(QAction, "language-es").trigger()
    assert replaced == [] and i18n.language() == "en" and window.menuBar().actions()[0].text() == "&File"
    said = window.statusBar().currentMessage()
    assert "La próxima vez que se inicie, el visor estará en este idioma: Español." in said
    assert "The viewer will be in Español the next time it starts." in said
    assert qsettings.value("view/language") == "es"
    window.library_commands.run = None


def test_choosing_the_language_shown_builds_nothing(qtbot, qsettings, tmp_path):
    window = create_window(qsettings, library_dir=tmp_path / "none")
    qtbot.addWidget(window)
    replaced = []
    window.replaced.connect(replaced.append)
    window.findChild(QAction, "language-en").trigger()
    assert replaced == [] and window.statusBar().currentMessage() == "The interface is already in English."


def test_a_window_that_cannot_be_built_again_leaves_the_old_one_as_it_was(qtbot, qsettings, pdq_library,
                                                                          english_afterwards, monkeypatch):
    """A failure inside the switch-over (here: carrying the search over): the old window stays, in
    its language, says the choice applies at the next start, and no half-built window is left."""
    from viewer.ui.shell import language_switch

    window = create_window(qsettings, library_dir=pdq_library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    until_shown(qtbot, window)
    windows = lambda: {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    before = windows()

    def broken(old, new, *_):
        raise RuntimeError("injected")
    monkeypatch.setattr(language_switch, "carry_over", broken)
    with pytest.raises(RuntimeError, match="injected"):
        language_switch.apply_language(window, "es")
    assert i18n.language() == "en" and Shiboken.isValid(window) and window.isVisible()
    assert "The viewer will be in Español the next time it starts." in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: windows() <= before, timeout=5000)  # the new one deleted


def test_the_switch_keeps_how_far_into_the_passage_the_reader_was(qtbot, qsettings, pdq_library, english_afterwards):
    """At 28 pt each switch moved the reader back up to the start of the passage at the top of the
    view, about a screen: two switches went from one drug's paragraph to the one before the last."""
    window = create_window(qsettings, library_dir=pdq_library)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    until_shown(qtbot, window)
    window.font_size.set_size(28)
    summary = window.library.get(SUMMARY)
    window.navigate_to((SUMMARY, summary.sections[len(summary.sections) // 2].id))
    until_shown(qtbot, window)
    bar = window.reader.verticalScrollBar()
    for step in range(1, 40):  # into a passage taller than a few lines, partway
        bar.setValue(bar.value() + 37)
        place = window.reader.reading_place()
        if place and 0.3 < place[1] < 0.8:
            break
    assert place and 0.3 < place[1] < 0.8, place
    spanish = choose(qtbot, window, "es")
    qtbot.waitUntil(lambda: spanish.reader.reading_place() is not None, timeout=5000)
    anchor, fraction = spanish.reader.reading_place()
    assert anchor == place[0] and abs(fraction - place[1]) < 0.1, (place, (anchor, fraction))

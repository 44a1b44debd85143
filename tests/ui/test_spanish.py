"""The interface in Spanish (issue 20): started in Spanish, every menu, action, dialog the app opens
and widget with text, a tooltip or an accessible name is walked, and any string left in English
fails, as does an accelerator used twice in one menu. English is recognised by the words of the
interface's own English strings (the catalogue's sources) that its Spanish never uses."""
from __future__ import annotations

import io
import re
import subprocess
import tarfile
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QMenu, QMessageBox,
                               QProgressDialog, QWidget)

from viewer import APP_NAME
from viewer.ui.common import i18n

from ..conftest import PDQ_SUMMARIES, REPO
from .test_reader_window import open_window
from .test_search_window import type_query

CATALOGUE = REPO / "resources" / "i18n" / "viewer_es.ts"
# Words that read the same in both languages or name things: never a sign of English.
ALLOWED = {"pdq", "nci", "pdf", "cdr", "xml", "url", "id", "pt", "ctrl", "alt", "esc", "shift", "f1", "f2", "f3",
           "f6", "f9", "qt", "pyside6", "python", "gnu", "lgpl", "psf", "bsd", "defusedxml", "markdown", "tar", "gz",
           "tgz", "or", "sepia", "fifo", "socket", "pmid", "sudo", "clinic", "viewer", "import", "english", "i", "a"}
# Widgets whose words are the summary's (its title, sections, text, header line, and the currency
# notice, in the summary's language: viewer/content/wording), not the interface's.
CONTENT = ("contentView", "tocTree", "searchResults", "summaryHeader", "editionNote", "citationText", "fontPreview",
           "fontFamilies", "currencyNotice")


def english_words() -> set[str]:
    """Every word of the interface's English strings that its Spanish translation never uses."""
    root = ET.parse(CATALOGUE).getroot()
    words = lambda text: {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"<[^>]+>|\{\w+\}|%n", " ", text or ""))}
    english, spanish = set(), set()
    for message in root.iter("message"):
        english |= words(message.findtext("source"))
        translation = message.find("translation")
        spanish |= words(" ".join([translation.text or "", *(f.text or "" for f in translation)]))
    return english - spanish - ALLOWED


ENGLISH = english_words()


def english_in(text: str, content: list[str]) -> set[str]:
    """The English words in `text`, once the summary's own words (`content`) and addresses are taken out."""
    for known in sorted(content, key=len, reverse=True):
        text = text.replace(known, " ")
    text = re.sub(r"<[^>]+>|&\w+;|\S+://\S+|(?:/[\w.-]+)+/?|\S+\.(?:xml|pdf|qm)\b", " ", text)
    # whole words, accents and all: "Mayúsculas" (Qt's name of Shift) is not the English "may"
    return {w for w in re.findall(r"[^\W\d_]+", text.replace("&", "")) if w.lower() in ENGLISH}


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every widget under `root` (and `root`) and every action: what is shown,
    its tooltip, status tip and accessible name and description."""
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        if any(widget is c or c.isAncestorOf(widget) for c in root.findChildren(QWidget) if c.objectName() in CONTENT):
            continue
        shown = [widget.windowTitle()] if widget.isWindow() else []
        if isinstance(widget, (QLabel, QAbstractButton)):
            shown.append(widget.text())
        if isinstance(widget, QLineEdit):
            shown.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            shown.append(widget.title())
        if isinstance(widget, QMessageBox):
            shown += [widget.text(), widget.informativeText()]
        if isinstance(widget, QProgressDialog):
            shown.append(widget.labelText())
        shown += [widget.toolTip(), widget.statusTip(), widget.accessibleName(), widget.accessibleDescription()]
        found += [(name, t) for t in shown if t]
    for action in root.findChildren(QAction):
        if action.objectName().startswith(("recent:", "bookmark:")):  # a summary's or a section's title
            continue
        found += [(action.objectName() or action.text(), t)
                  for t in (action.text(), action.toolTip(), action.statusTip()) if t]
    return found


def left_in_english(root: QWidget, content: list[str]) -> list[str]:
    return [f"{where}: {text!r} ({', '.join(sorted(words))})" for where, text in texts_of(root)
            if (words := english_in(text, content))]


def accelerator_clashes(menu: QMenu | QWidget, path: str) -> list[str]:
    found, letters = [], {}
    for action in menu.actions():
        mark = re.search(r"&([^&])", action.text())
        if mark:
            letters.setdefault(mark.group(1).lower(), []).append(action.text())
        if action.menu() is not None:
            found += accelerator_clashes(action.menu(), f"{path} > {action.text()}")
    return found + [f"{path}: {texts}" for texts in letters.values() if len(texts) > 1]


def choices_without_accelerator(window) -> list[str]:
    """The View menu's choices (theme, font, reading width) with no Alt+letter: the percentages of
    the line spacing need none (their digits would clash), and are left out."""
    view = window.menuBar().actions()[2].menu()
    return [f"{sub.text()} > {action.text()}" for sub in (a.menu() for a in view.actions() if a.menu())
            for action in sub.actions() if not action.isSeparator() and not action.text()[:1].isdigit()
            and not re.search(r"&[^&]", action.text())]


@pytest.fixture
def spanish(qsettings):
    qsettings.setValue("view/language", "es")
    yield qsettings
    i18n.install("en")  # the next test's strings are English again, windows or not


@pytest.fixture
def window(qtbot, spanish, pdq_library):
    return open_window(qtbot, spanish, library_dir=pdq_library)


def content_of(window) -> list[str]:
    """The words the summaries bring (titles, section names, sources), and the app's name."""
    library = window.library
    words = [APP_NAME, "Clinic Reference Viewer"]
    for entry in library.entries():
        words.append(entry.title)
        summary = library.get(entry.id)
        if summary is not None:
            meta = summary.metadata
            words += [summary.id] + [s.title for s in summary.walk()] + list(summary.notices) + [
                v for v in vars(meta).values() if isinstance(v, str)] + list(meta.topics) + list(meta.keywords)
            words += [v for _, v in meta.other]
    return [w for w in words if w]


def test_the_window_menus_and_actions_are_in_spanish(window):
    assert i18n.language() == "es" and QLocale().language() == QLocale.Language.Spanish
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "&Ir", "&Marcadores", "A&yuda"]
    for menu in window.menuBar().findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus filled when opened (bookmarks, recently opened)
    assert left_in_english(window, content_of(window)) == []


def test_no_two_entries_of_a_spanish_menu_share_an_accelerator(window):
    assert accelerator_clashes(window.menuBar(), "menu bar") == []
    assert choices_without_accelerator(window) == []


def open_dialogs(window) -> list[QWidget]:
    """Every dialog the app opens from its window, opened as a reader would."""
    opened = []
    before = set(QApplication.topLevelWidgets())
    window.actions["shortcuts"].trigger()
    window.actions["about"].trigger()
    window.actions["summaryDetails"].trigger()
    window.bookmarks.manage(window)
    window._dialogs().show_external_link(window, "https://www.cancer.gov/espanol")
    from viewer.ui.appearance.font_chooser import FontChooser
    from viewer.ui.library.import_dialog import ImportRun, show_report
    from viewer.library import run_import

    opened.append(FontChooser("", 12, "", window))
    run = ImportRun(window.state.library_dir, [], window)  # its progress dialog, as it first shows
    run._show_progress(2, 7, "CDR0000062843.xml")
    opened.append(run.dialog)
    junk = Path(window.state.library_dir).parent / "junk.xml"
    junk.write_text("<Summary>", encoding="utf-8")
    other = junk.with_name("other.xml")  # a document of a type the viewer does not import
    other.write_text('<Glossary id="CDR1"/>', encoding="utf-8")
    archive = junk.with_name("up.tar")  # a member that would be written outside the library
    with tarfile.open(archive, "w") as tar:
        tar.addfile(tarfile.TarInfo("Summary/../../up.xml"), io.BytesIO(b""))
    show_report(window, run_import(Path(window.state.library_dir).parent / "scratch",
                                   [junk, other, junk.with_name("gone.xml"), archive, PDQ_SUMMARIES[0]]))
    opened += [w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, QDialog)]
    return opened


def test_every_dialog_the_app_opens_is_in_spanish(qtbot, window):
    dialogs = open_dialogs(window)
    names = {d.objectName() for d in dialogs}
    assert {"shortcutsDialog", "aboutDialog", "summaryDetailsDialog", "bookmarksDialog", "externalLinkDialog",
            "fontChooser", "importProgress", "importReport"} <= names
    content = content_of(window) + ["CDR0000062843.xml"]
    for dialog in dialogs:
        left = left_in_english(dialog, content)
        assert left == [], dialog.objectName()
    report = next(d for d in dialogs if d.objectName() == "importReport")
    assert "Importación terminada:</b> 1 añadido, 0 actualizados" in report.text()
    # the refusals, in the window's language (the command line's lines under Show Details stay English)
    assert "junk.xml, línea 1: no es XML bien formado (no se encontró ningún elemento)" in report.text()
    assert "other.xml, línea 1: es un documento &lt;Glossary&gt;; solo se importan documentos Summary" in report.text()
    assert "gone.xml: no existe" in report.text()
    assert ("up.tar:Summary/../../up.xml: se rechaza: OutsideDestinationError ('Summary/../../up.xml' se extraería en "
            "'/up.xml', que está fuera del destino)") in report.text().replace("&#x27;", "'")
    assert "junk.xml, line 1: is not well-formed XML (no element found)" in report.detailedText()
    shortcuts = next(d for d in dialogs if d.objectName() == "shortcutsDialog")
    assert "Control+Mayúsculas+I" in shortcuts.text()  # Qt's own key names, from qtbase_es.qm
    about = next(d for d in dialogs if d.objectName() == "aboutDialog")
    assert "3 sumarios" in about.text() and " de 20" in about.text()  # counts and dates in Spanish
    assert "(hoy), a las " in about.text()  # the import's date with its age
    for dialog in dialogs:
        dialog.close()


def test_search_messages_counts_and_the_status_bar_are_in_spanish(qtbot, window):
    type_query(qtbot, window, "xqzwvy")
    status = window.findChild(QWidget, "searchStatus")
    assert status.text().startswith("Sin resultados")
    type_query(qtbot, window, "ependymoma")
    assert re.fullmatch(r"\d+ resultados(, los mejores primero\..*)?", status.text()), status.text()
    type_query(qtbot, window, "ependymoma of the")  # the search's own sentences (viewer/search/hints.py) too
    assert "Se omitieron por ser demasiado comunes: “of”" in status.text(), status.text()
    window.actions["fontLarger"].trigger()
    assert window.statusBar().currentMessage() == "Tamaño del texto: 13 pt"
    window.actions["bookmark"].trigger()
    assert window.statusBar().currentMessage().startswith("Marcado: ")
    assert window.actions["bookmark"].text() == "&Quitar el marcador"
    window.actions["nextTheme"].trigger()
    assert window.statusBar().currentMessage().startswith("Tema: ")
    assert left_in_english(window, content_of(window) + ["ependymoma", "“of”"]) == []  # the reader's own words


def test_the_spanish_shortcut_list_fits_a_1366_pixel_screen(qtbot, window):
    """Spanish runs longer: on a laptop's screen the list's rows wrap inside the dialog, none runs
    past its edge (seen in a real window at 1366x768: "Mayúsculas+Tabulador" was cut)."""
    from PySide6.QtCore import QRect

    from viewer.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions)
    qtbot.addWidget(dialog)
    dialog.fit_to(QRect(0, 0, 1366, 768 - 32))
    dialog.show()
    qtbot.waitExposed(dialog)
    from PySide6.QtWidgets import QScrollArea

    shown = dialog.findChild(QScrollArea).viewport().width()
    assert dialog.label.width() <= shown and dialog.width() <= 1366 * 0.85 + 1


def test_dates_and_ages_follow_the_locale(window):
    import datetime as dt

    assert i18n.dated(dt.date(2006, 8, 21), dt.date(2026, 11, 26)) == "21 de agosto de 2006 (hace 20 años)"
    assert i18n.age_text(dt.date(2026, 11, 25), dt.date(2026, 11, 26)) == "hace 1 día"


def test_a_removed_translation_is_caught(window, monkeypatch):
    """The walk fails on a string the catalogue does not translate (here: one made English again)."""
    action = window.actions["manageBookmarks"]
    action.setStatusTip("Rename, remove and order your bookmarks")
    assert left_in_english(window, content_of(window)) != []


SYSTEM_LANGUAGE = """
import sys
from PySide6.QtWidgets import QApplication
from viewer.app import create_window
from viewer.ui.paper.paper_pages import locale_page_size
app = QApplication([])
window = create_window()
print(window.menuBar().actions()[0].text(), locale_page_size().id().name)
"""


@pytest.mark.parametrize("lang, menu, paper", [("es_ES.UTF-8", "&Archivo", "A4"), ("es_MX.UTF-8", "&Archivo", "Letter"),
                                               ("en_US.UTF-8", "&File", "Letter")])
def test_the_language_and_the_paper_follow_the_system_locale(tmp_path, lang, menu, paper):
    """A first start with no choice made: the system's locale says the language and the paper (within 20 s)."""
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_DATA_DIRS": str(tmp_path / "shared"), "CLINIC_VIEWER_MACHINE_LIBRARY": str(tmp_path / "machine")}
    out = subprocess.run([sys.executable, "-c", SYSTEM_LANGUAGE], env=env, cwd=REPO, capture_output=True, text=True,
                         timeout=20)
    assert out.stdout.split() == [menu, paper], out.stderr


def test_the_empty_library_note_is_in_spanish(qtbot, spanish, tmp_path):
    """Before any import the notice above the text says where summaries come from: the window's words."""
    window = open_window(qtbot, spanish, library_dir=tmp_path / "none")
    assert window.header.library_note.startswith("<b>Todavía no se ha importado ningún sumario del PDQ:</b>")
    assert "Archivo ▸ Importar sumarios del PDQ…" in window.header.library_note


def test_the_self_test_speaks_english_on_a_spanish_workstation(qapp, monkeypatch):
    """IT's scripts read the self-test's lines: they stay English whatever the interface's language."""
    import io

    from viewer.selftest import run_self_test

    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    out = io.StringIO()
    try:
        assert run_self_test(out) == 0, out.getvalue()
        assert i18n.language() == "es"  # the window it checked was Spanish
    finally:
        i18n.install("en")
    lines = out.getvalue().splitlines()
    assert any(line.startswith("ok ") for line in lines) and lines[-1].startswith("self-test passed in ")


def test_a_broken_settings_file_is_said_in_spanish(qtbot, tmp_path, monkeypatch):
    """The settings say what they repaired once the language is known (it is one of them)."""
    from PySide6.QtCore import QSettings

    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\0\0\0")
    try:
        window = open_window(qtbot, QSettings(str(path), QSettings.Format.IniFormat), library_dir=tmp_path / "none")
        assert window.statusBar().currentMessage().startswith("No se pudo leer el archivo de ajustes; se apartó como ")
    finally:
        i18n.install("en")


def test_english_keeps_the_system_locale(qtbot, qsettings, tmp_path):
    """English on a system whose locale speaks it (or is "C") leaves the locale as it is: its paper,
    its formats (made en_US, the window took 10% more CPU to build and C's A4 became Letter)."""
    open_window(qtbot, qsettings, library_dir=tmp_path / "none")
    assert i18n.language() == "en" and QLocale().name() == QLocale.system().name()


def test_every_group_a_pdq_library_can_have_is_named_in_spanish(window):
    """The tree's groups are PDQ's types, audiences and languages; the library here holds only some,
    so every type NCI's distribution has is asked for (the drug pages' and CAM's were missed once)."""
    from viewer.content.pdq.drug_summary import KIND as DRUG_KIND
    from viewer.ui.navigation.toc_panel import group_name

    kinds = ["Treatment", "Supportive care", "Screening", "Prevention", "Genetics",
             "Complementary and alternative medicine", "Integrative, alternative, and complementary therapies",
             DRUG_KIND]
    for kind in kinds:
        said = group_name(f"{kind} (Patient, English)")
        assert kind not in said and "Patient" not in said and "English" not in said, said


def test_a_library_s_refusals_are_said_in_spanish_in_the_banner(qtbot, spanish, tmp_path):
    """The core's reasons (viewer/content, viewer/library) reach the banner in the window's
    language: a summary changed after import, and a file added to the library behind its back."""
    from viewer.library import LibraryStore, run_import

    from .test_reader_window import until_shown

    run_import(tmp_path / "lib", PDQ_SUMMARIES[:2])
    folder = LibraryStore(tmp_path / "lib").open().folder
    stored = folder / "summaries/CDR0000062872.xml"
    data = stored.read_bytes()
    stored.unlink()
    stored.write_bytes(data.replace(b"<Para", b"<Para ", 1))  # one byte more: its SHA-256 no longer matches
    (folder / "summaries/CDR0000999999.xml").write_bytes(b"<Summary/>")  # not in the manifest
    window = open_window(qtbot, spanish, library_dir=tmp_path / "lib")
    window.navigate_to(("CDR0000062872", ""))
    until_shown(qtbot, window)
    banner = window.problems
    assert banner.isVisible()
    assert ("summaries/CDR0000062872.xml: no coincide con su SHA-256 en el MANIFEST.sha256 de la biblioteca: se "
            "modificó o se dañó después de importarse, así que no se muestra") in banner.text()
    assert "CDR0000999999.xml: no figura en el MANIFEST.sha256 de la biblioteca" in banner.text()
    assert left_in_english(banner, content_of(window)) == []
    assert "no coincide con su SHA-256" in banner.accessibleDescription()


def test_the_core_s_sentences_keep_their_english_for_the_command_line(spanish, qapp):
    """A reason's English (str) is the command line's, whatever the window's language; the window's
    numbers follow its locale."""
    from viewer.content import ContentError
    from viewer.content.phrases import QT_TRANSLATE_NOOP
    from viewer.ui.common.core_text import said

    i18n.install("es")
    error = ContentError(Path("lib/CDR1.xml"), QT_TRANSLATE_NOOP("Problems", "holds more than {most:,} elements"), 7,
                         most=400_000)
    assert str(error) == "lib/CDR1.xml, line 7: holds more than 400,000 elements"
    assert said(error) == "lib/CDR1.xml, línea 7: contiene más de 400.000 elementos"


def test_a_notice_about_a_summary_s_file_is_said_in_spanish(qtbot, spanish, tmp_path):
    """What the reader says about a summary's file (an element this version does not know) is the
    interface's, not the summary's words."""
    from viewer.library import run_import

    from ..unit.pdq_xml import section, summary_xml
    from .test_reader_window import until_shown

    source = tmp_path / "odd.xml"
    source.write_bytes(summary_xml(section("<Para>Text.</Para><Frobnicate>More text.</Frobnicate>")))
    assert run_import(tmp_path / "lib", [source]).count("added") == 1
    window = open_window(qtbot, spanish, library_dir=tmp_path / "lib")
    window.navigate_to(("CDR0000900001", ""))
    until_shown(qtbot, window)
    note = window.header.edition_note.text()
    assert "<b>Aviso sobre el contenido:</b> &lt;Frobnicate&gt; (la primera vez, en la línea" in note, note
    assert english_in(note, ["Frobnicate"]) == set(), note


def test_the_file_dialog_names_a_folder_s_type_in_spanish(qtbot, spanish, tmp_path):
    """Qt's file dialog shows each entry's type ("Folder") from a context qtbase_es.qm lacks in Qt 6.11;
    the app's catalogue has it (within 5 s: the model lists the folder in a thread)."""
    from PySide6.QtWidgets import QFileSystemModel

    i18n.install("es")
    (tmp_path / "chosen" / "summaries").mkdir(parents=True)
    model = QFileSystemModel()
    root = model.setRootPath(str(tmp_path / "chosen"))
    qtbot.waitUntil(lambda: model.rowCount(root) == 1, timeout=5000)
    assert model.index(0, 2, root).data() == "Carpeta"


def test_summary_details_name_the_type_audience_and_language_in_spanish(window):
    """Seen at 1900x1000: Detalles del sumario said 'Treatment', 'Health Professional', 'Spanish'
    beside a header and a tree that say 'Tratamiento', 'profesionales de salud', 'Español'."""
    from viewer.ui.shell.dialogs import summary_details_html

    text = summary_details_html(window.library.get("CDR0000062843"))
    assert "<td>Tratamiento</td>" in text and "<td>Profesionales de salud</td>" in text and "<td>Inglés</td>" in text
    assert "<td>Treatment</td>" not in text and "<td>Health Professional</td>" not in text and "<td>English</td>" not in text

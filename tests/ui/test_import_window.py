"""Importing from the window: off the UI thread, with progress, Cancel, a report, and the library shown again."""
from __future__ import annotations

import xml.etree.ElementTree as etree

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from viewer.library import LibraryStore, load_library_dir

from ..conftest import PDQ_GLOSSARY, PDQ_SUMMARIES
from .test_library_tree import visible_tree
from .test_reader_window import open_window, until_shown


def wait_for_report(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.import_run is None, timeout=120_000)
    box = window.findChild(QMessageBox, "importReport")
    assert box is not None
    return box


def test_import_from_the_window_reports_and_shows_the_new_summaries(qtbot, qsettings, tmp_path):
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    assert list(visible_tree(window)) == ["Treatment"] and window.library.get("CDR0000062843") is None
    labels = []
    run = window.library_commands.start_import(PDQ_SUMMARIES + PDQ_GLOSSARY + [tmp_path / "missing.xml"])
    run._worker.progressed.connect(lambda done, total, label: labels.append(label))
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert window.findChild(QProgressDialog, "importProgress").isVisible()
    box = wait_for_report(qtbot, window)
    timer.stop()
    assert ticks  # the window kept answering while the import ran
    assert "Import finished:</b> 5 added, 0 updated, 0 unchanged, 0 removed, 1 refused" in box.text()
    assert "missing.xml: does not exist" in box.text()
    assert f"Library: {tmp_path / 'lib'}, generation v000001 of 20" in box.text()  # which library, which state
    assert "added      CDR0000299612  Genetics of Prostate Cancer (2006-10-03)" in box.detailedText()
    assert "Genetics of Prostate Cancer" in labels  # the progress named what it had just read
    assert visible_tree(window)["Genetics"] == ["Genetics of Prostate Cancer"]
    assert window.search("myxopapillary").hits  # the search index was made again


def test_the_report_follows_the_text_size_as_the_header_does(qtbot, qsettings, tmp_path):
    """At 40 pt the report stayed at the desktop's 9 pt."""
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    window.font_size.set_size(40)
    window.library_commands.start_import([tmp_path / "missing.xml"])
    box = wait_for_report(qtbot, window)
    assert box.font().pointSize() == window.header.font().pointSize() == 16


def copies(folder, count):
    source = etree.fromstring(PDQ_SUMMARIES[1].read_bytes())
    folder.mkdir()
    for n in range(count):
        source.set("id", f"CDR{800000 + n}")
        (folder / f"CDR{800000 + n}.xml").write_bytes(etree.tostring(source, encoding="utf-8"))
    return folder


def test_cancel_leaves_the_library_exactly_as_it_was(qtbot, qsettings, tmp_path):
    library = tmp_path / "lib"
    window = open_window(qtbot, qsettings, library_dir=library)
    window.library_commands.start_import([PDQ_SUMMARIES[0]])
    wait_for_report(qtbot, window).close()
    before = LibraryStore(library).current_name()
    run = window.library_commands.start_import([copies(tmp_path / "many", 80)])
    qtbot.waitUntil(lambda: run.dialog.value() >= 1, timeout=60_000)
    qtbot.mouseClick(run.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    box = wait_for_report(qtbot, window)
    assert "Import cancelled" in box.text() and "left exactly as it was" in box.text()
    assert LibraryStore(library).current_name() == before
    assert [e.id for e in load_library_dir(library).entries()] == ["CDR0000062843"]


def test_a_library_that_cannot_be_written_is_reported_and_nothing_changes(qtbot, qsettings, tmp_path):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x")
    window = open_window(qtbot, qsettings, library_dir=blocked)
    window.library_commands.start_import([PDQ_SUMMARIES[0]])
    box = wait_for_report(qtbot, window)
    assert "could not be updated" in box.text() and "Nothing was changed" in box.text()


def test_the_first_window_says_the_library_is_empty_and_where_import_is(qtbot, qsettings, tmp_path):
    from PySide6.QtWidgets import QLabel

    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    note = window.findChild(QLabel, "currencyNotice")
    # a short window (520 px): in brief, the whole on hover
    assert note.isVisible() and note.text().startswith("<b>No PDQ summaries imported yet:</b> File ▸ Import PDQ "
                                                       "Summaries… (Ctrl+Shift+I).")
    assert "your IT can import" in note.toolTip()
    window.resize(1100, 760)
    qtbot.waitUntil(lambda: note.text().startswith("<b>No PDQ summaries have been imported yet:</b>"))
    assert "File ▸ Import PDQ Summaries…</b> (Ctrl+Shift+I)" in note.text() and "Out of date?" in note.text()
    window.library_commands.start_import([PDQ_SUMMARIES[0]])
    wait_for_report(qtbot, window).close()
    window.navigate_to(("CDR0000062843", ""))
    until_shown(qtbot, window)
    assert "No PDQ summaries" not in note.text()  # a library now: the note goes


def test_a_report_where_everything_was_refused_does_not_say_the_rest_was_imported(tmp_path):
    from viewer.library import run_import
    from viewer.ui.library.import_dialog import report_html

    junk = tmp_path / "junk.xml"
    junk.write_text("<x/>")
    html = report_html(run_import(tmp_path / "lib", [junk]))
    assert "Nothing was imported: every document was refused" in html and "the rest was imported" not in html
    assert "Refused (the rest was imported)" in report_html(run_import(tmp_path / "lib", [junk, PDQ_SUMMARIES[2]]))


def test_a_read_back_that_fails_after_the_switch_is_reported_as_done_and_the_library_shown(
        qtbot, qsettings, tmp_path, monkeypatch):
    """The new generation is current: the report says the import was done, then what failed (with the
    file), instead of "could not be updated … Nothing was changed", and the window shows the library."""
    from ..unit.test_library_storage import manifest_unreadable_once_current

    library = tmp_path / "lib"
    window = open_window(qtbot, qsettings, library_dir=library)
    window.library_commands.start_import([PDQ_SUMMARIES[0]])
    wait_for_report(qtbot, window).close()
    failed = manifest_unreadable_once_current(library, "v000002", monkeypatch)
    window.library_commands.start_import([PDQ_SUMMARIES[2]])
    box = wait_for_report(qtbot, window)
    assert failed and "could not be updated" not in box.text() and "Nothing was changed" not in box.text()
    assert "Import finished:</b> 1 added" in box.text() and "generation v000002 of 20" in box.text()
    assert "<b>Afterwards:</b> the import is done" in box.text()
    assert "v000002/MANIFEST.sha256: cannot be read (Input/output error" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "the import is done" in box.detailedText().splitlines()[-1]
    assert window.library.has_summary("CDR0000299612")  # the library read again: the new summary shown


def test_show_details_lists_a_dozen_lines_at_once(qtbot, qsettings, tmp_path):
    """Qt's details box was about three lines tall, even on a 1900 x 1000 screen."""
    from PySide6.QtWidgets import QTextEdit

    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    window.library_commands.start_import(PDQ_SUMMARIES + PDQ_GLOSSARY)
    details = wait_for_report(qtbot, window).findChild(QTextEdit)
    lines = details.minimumHeight() // details.fontMetrics().lineSpacing()
    assert lines >= min(12, window.screen().availableGeometry().height() // 3 // details.fontMetrics().lineSpacing())
    assert lines >= 6

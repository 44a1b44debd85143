"""Offline by design: external addresses are shown, never opened or fetched. Copy cites its source."""
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox, QPushButton

from viewer.content import load_summary

from ..conftest import write_summary
from .test_reader_window import open_window

EXTERNAL = """# Trials {#trials}

Search the [NCI list of clinical trials](https://www.cancer.gov/clinicaltrials) for more.

![Chart of survival](https://example.org/chart.png)

Plain address: <https://www.cancer.gov>.
"""


def test_external_links_show_their_address_and_remote_images_their_description(make_summary):
    html = load_summary(make_summary(EXTERNAL)).html
    assert '<a class="external" href="https://www.cancer.gov/clinicaltrials">NCI list of clinical trials</a>' in html
    assert '<span class="external-address"> (https://www.cancer.gov/clinicaltrials)</span> for more.' in html
    assert "<img" not in html and "[image not available offline: Chart of survival]" in html
    assert html.count("https://www.cancer.gov<") == 1  # an address shown as itself is not repeated


def test_clicking_an_external_link_explains_and_copies_but_opens_nothing(qtbot, qsettings, tmp_path):
    write_summary(tmp_path / "lib", "ext", EXTERNAL)
    window = open_window(qtbot, qsettings, summaries_dir=tmp_path / "lib")
    (href, rect), *_ = window.reader.link_rects("https://www.cancer.gov/clinicaltrials")
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = window.findChild(QMessageBox, "externalLinkDialog")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "does not open web addresses" in box.text() and href in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "copyAddress"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == href
    assert box.isVisible()  # copying does not dismiss the explanation
    assert window.reader.toPlainText().count("Search the NCI list") == 1  # nothing navigated away


def test_remote_resources_are_never_loaded(qtbot, qsettings):
    window = open_window(qtbot, qsettings)
    kind = QTextDocument.ResourceType.ImageResource.value
    assert window.reader.loadResource(kind, QUrl("https://example.org/x.png")) is None
    assert window.reader.loadResource(kind, QUrl("//example.org/x.png")) is None
    assert window.reader.blocked_resources == ["https://example.org/x.png", "//example.org/x.png"]


def test_copy_puts_the_source_with_the_text(qtbot, qsettings):
    window = open_window(qtbot, qsettings)
    doc = window.reader.document()
    cursor = doc.find("Check for U.S. clinical trials")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Check for U.S. clinical trials from NCI's list")
    assert text.endswith("\n\nSource: Gastrointestinal Carcinoid Tumors Treatment (PDQ®), Current Clinical Trials, "
                         "last updated May 28, 2015")


def test_local_paths_named_by_content_are_never_opened(tmp_path):
    """Finding 5 of the attack: <img src="/dev/zero"> aborted the app; a pipe hung it. In a child
    with a timeout: the summary opens, prints to PDF, and no such file is touched."""
    import os
    import subprocess
    import sys
    import textwrap

    from ..conftest import REPO, write_summary

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    write_summary(tmp_path / "summaries", "hostile", f"# A {{#a}}\n\n![zeros](/dev/zero) ![pipe]({fifo}) "
                  "![share](file://host/share/x.png) ![rel](../../etc/passwd)\n\nText.\n")
    script = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings, QUrl
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from viewer.app import create_window
        window = create_window(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat),
                               summaries_dir=Path({str(tmp_path / 'summaries')!r}), library_dir=Path({str(tmp_path / 'none')!r}))
        window.show()
        import time
        deadline = time.monotonic() + 30  # the summary is laid out off the UI thread: on a busy machine, later
        while "Text." not in window.reader.toPlainText() and time.monotonic() < deadline:
            app.processEvents(); time.sleep(0.01)
        assert window.reader.loadResource(2, QUrl.fromLocalFile("/dev/zero")) is None
        assert window.export_to_pdf(True, {str(tmp_path / 'out.pdf')!r})
        print(window.reader.toPlainText())
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    for words in ("[image not shown: zeros]", "[image not shown: pipe]", "[image not available offline: share]",
                  "[image not shown: rel]"):
        assert words in run.stdout, words


def test_a_headless_run_ends_cleanly_after_a_copy(tmp_path):
    """Finding 10 of the attack: it crashed (SIGSEGV) at exit after a copy."""
    import subprocess
    import sys
    import textwrap

    from ..conftest import REPO

    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from viewer.app import create_window
        window = create_window(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
        window.show()
        import time
        deadline = time.monotonic() + 30  # the summary is laid out off the UI thread: on a busy machine, later
        while not window.reader.toPlainText().strip() and time.monotonic() < deadline:
            app.processEvents(); time.sleep(0.01)
        window.reader.selectAll(); window.reader.copy(); app.processEvents()
        QTimer.singleShot(100, app.quit)
        sys.exit(app.exec())
    """)
    for _ in range(2):
        run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr


def test_an_empty_library_says_what_to_do(qtbot, qsettings, tmp_path):
    from viewer.app import create_window

    (tmp_path / "empty").mkdir()
    window = create_window(qsettings, summaries_dir=tmp_path / "empty", library_dir=tmp_path / "none")
    qtbot.addWidget(window)
    text = window.reader.toPlainText()
    assert "No summaries are installed" in text and "Import PDQ Summaries" in text and not window.problems.isVisible()

"""What start-up leaves for later. PySide sets up a Qt class, with every enum it has, the first
time Python touches it, and a C++ widget handed to Python unwrapped (viewport()) makes it set up
every widget class at once. benchmarks/bundle.py measures the time; this keeps the savings.

Run in a fresh interpreter: classes that other tests already touched would hide a regression.
"""
import os
import subprocess
import sys
import uuid

# Not needed to show the first page, and costly: the style (its enums take 4 ms), the dialogs and
# the accessibility bridge; QMdiArea and QWizard are made only when PySide sets up every widget
# class, which costs 7 ms. Nor a copy's data, a search hit's marks, the size grip (not QImage: the
# first popover would pay for it instead).
LATER = ("QStyle", "QMessageBox", "QFileDialog", "QAccessible", "QMdiArea", "QWizard",
         "QMimeData", "QBrush", "QSizeGrip")

PROBE = """
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from viewer.ui.appearance.appearance import fusion_application
app = fusion_application(sys.argv)
from viewer.app import create_window
window = create_window()
window.show()
app.processEvents()
made = set(vars(QtCore)) | set(vars(QtGui)) | set(vars(QtWidgets))
print(" ".join(name for name in sys.argv[1:] if name in made))
"""


def test_the_first_page_is_shown_without_setting_up_what_only_later_needs(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBE, *LATER], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


def test_the_probe_would_see_a_class_set_up_early(tmp_path):
    """The check above can fail: asking for the style or a viewport before the first paint shows."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    probe = PROBE.replace("window.show()", "window.style().name()\nwindow.tree.viewport()\nwindow.show()")
    result = subprocess.run([sys.executable, "-c", probe, *LATER], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert {"QStyle", "QMdiArea", "QWizard"} <= set(result.stdout.split())


def test_the_caret_placed_in_the_first_page_sets_up_nothing_more(tmp_path):
    """The first page shown places the caret. The reader repainted its viewport at each caret move (a
    link's frame drawn before is painted over), and the viewport touched from Python set up every
    widget class: the check above failed in one start in five, when the page came before it looked."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    # the caret's move, as the page shown makes it, whether or not the page is there yet
    probe = PROBE.replace("app.processEvents()", "app.processEvents()\nwindow.reader.cursorPositionChanged.emit()")
    result = subprocess.run([sys.executable, "-c", probe, *LATER], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


# The real start (`clinic-viewer`, one window per user): what waits for the first paint.
FIRST_PAINT_PROBE = """
import gc, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
import viewer.app
from viewer.__main__ import main

LATER_MODULES = ("PySide6.QtNetwork", "viewer.search.library_search", "_hashlib", "viewer.ui.shell.session_end")
seen = {}


class AtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = [name for name in LATER_MODULES if name in sys.modules] + ["collector"] * gc.isenabled()
            QTimer.singleShot(50, seen["check"])  # then wait for what comes after
        return False


make_window, bring_forward = viewer.app.create_window, viewer.app.bring_forward_on_second_launch


def create_window():
    window = make_window()
    seen["filter"] = AtFirstPaint(window)
    window.installEventFilter(seen["filter"])
    deadline = time.monotonic() + 60

    def check():
        seen.setdefault("collector_soon", gc.isenabled())  # 50 ms after the paint, not at its fallback's 1 s
        done = seen["instance"].server.isListening() and window.searcher._engine is not None
        if done or time.monotonic() > deadline:
            print("at-paint", *seen.get("at_paint", ["none"]))
            print("later", "listening" if seen["instance"].server.isListening() else "-",
                  "search" if window.searcher._engine is not None else "-",
                  "collector" if seen["collector_soon"] else "-",
                  flush=True)
            window.close()
        else:
            QTimer.singleShot(50, check)
    seen["check"] = check
    return window


def bring_forward_on_second_launch(window, instance):
    seen["instance"] = instance
    bring_forward(window, instance)


viewer.app.create_window, viewer.app.bring_forward_on_second_launch = create_window, bring_forward_on_second_launch
sys.exit(main([sys.argv[0]]))
"""


def run_first_paint_probe(tmp_path, probe=FIRST_PAINT_PROBE, **environment):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               CLINIC_VIEWER_INSTANCE=f"viewer-test-{uuid.uuid4().hex[:8]}", **environment)
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return {key: rest for key, _, rest in (line.partition(" ") for line in result.stdout.splitlines())
            if key in ("at-paint", "later")}


def test_listening_for_a_second_launch_and_the_search_wait_for_the_first_paint(tmp_path):
    """QtNetwork (the local socket), the search engine and the handling of a session's end (SIGTERM:
    shell/session_end.py) are loaded after the window shows; the
    garbage collector, off while the window is built, is on again. OpenSSL's hashing (_hashlib maps
    libcrypto, 3.5 MB resident) is not loaded at all: what the start hashes uses content/sha256.py."""
    seen = run_first_paint_probe(tmp_path)
    assert seen["at-paint"] == ""
    assert seen["later"] == "listening search collector"


def test_a_clinic_s_imported_library_is_read_without_openssl_before_the_first_paint(tmp_path):
    """An imported library's catalog and summary are checked against its manifest by Python's own
    SHA-256, as in the bundle (which ships no _hashlib): OpenSSL is not loaded for them."""
    from tests.unit.pdq_xml import section, summary_xml
    from viewer.library.cli import main as import_main

    (tmp_path / "week").mkdir()
    (tmp_path / "week" / "CDR0000900001.xml").write_bytes(summary_xml(section("<Para id='_2'>Text.</Para>")))
    assert import_main(["--library", str(tmp_path / "library"), str(tmp_path / "week")]) == 0
    seen = run_first_paint_probe(tmp_path, CLINIC_VIEWER_LIBRARY=str(tmp_path / "library"))
    assert seen["at-paint"] == ""
    assert seen["later"] == "listening search collector"


def test_the_first_paint_probe_would_see_them_loaded_early(tmp_path):
    """The check above can fail: a start that listens and makes the search ready at once shows."""
    early = FIRST_PAINT_PROBE.replace(
        "    window = make_window()\n",
        "    window = make_window()\n    seen['instance'].listen() if 'instance' in seen else None\n"
        "    window.prepare_search()\n    import PySide6.QtNetwork\n    import hashlib\n    gc.enable()\n")
    seen = run_first_paint_probe(tmp_path, early)
    assert seen["at-paint"].split() == ["PySide6.QtNetwork", "viewer.search.library_search", "_hashlib", "collector"]


NEVER_PAINTED_PROBE = """
import gc, sys
import viewer.ui.common.first_paint as first_paint
first_paint.after_first_paint = lambda *args, **kwargs: None  # as for a window never painted
from PySide6.QtCore import QTimer
import viewer.app
from viewer.__main__ import LISTEN_AT_LATEST_MS, main

bring_forward = viewer.app.bring_forward_on_second_launch


def bring_forward_on_second_launch(window, instance):
    bring_forward(window, instance)

    def check():
        print("listening" if instance.server.isListening() else "not listening",
              "collector" if gc.isenabled() else "no collector", flush=True)
        window.close()
    QTimer.singleShot(LISTEN_AT_LATEST_MS + 500, check)


viewer.app.bring_forward_on_second_launch = bring_forward_on_second_launch
sys.exit(main([sys.argv[0]]))
"""


def test_a_window_not_painted_yet_still_answers_a_second_launch_soon(tmp_path):
    """A window opened where it is not painted (another desktop) listens a moment after start anyway."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               CLINIC_VIEWER_INSTANCE=f"viewer-test-{uuid.uuid4().hex[:8]}")
    result = subprocess.run([sys.executable, "-c", NEVER_PAINTED_PROBE], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "listening collector"


# The theme's control colours (a proxy style: QStyle's set-up and every widget polished again) wait
# for the first paint. A start slower than their delay, as on a loaded machine, is made here by a
# delay of 0 that runs out while the window is not shown yet.
CONTROL_COLOURS_PROBE = """
import sys, time
from viewer.ui.appearance import appearance
appearance.CONTROL_COLOURS_DELAY_MS = 0
app = appearance.fusion_application(sys.argv)
from viewer.app import create_window
from viewer.ui.appearance import themed_style
window = create_window()
app.processEvents()
print("before-paint", "styled" if themed_style.installed() else "-")
window.show()
deadline = time.monotonic() + 60
while not themed_style.installed() and time.monotonic() < deadline:
    app.processEvents()
print("after-paint", "styled" if themed_style.installed() else "-", flush=True)
"""


def test_the_themes_control_colours_wait_for_the_first_paint_even_when_their_delay_is_past(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", CONTROL_COLOURS_PROBE], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["before-paint -", "after-paint styled"]


def test_what_changed_is_read_only_when_changes_are_marked(tmp_path):
    """difflib and the comparison of versions wait until View ▸ Mark Changes is switched on."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    probe = PROBE.replace("made = set(vars(QtCore)) | set(vars(QtGui)) | set(vars(QtWidgets))", "made = sys.modules")
    result = subprocess.run([sys.executable, "-c", probe, "viewer.library.changes", "difflib"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []

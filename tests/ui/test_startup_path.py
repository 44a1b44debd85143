"""What start-up leaves for later. PySide sets up a Qt class, with every enum it has, the first
time Python touches it, and a C++ widget handed to Python unwrapped (viewport()) makes it set up
every widget class at once. benchmarks/bundle.py measures the time; this keeps the savings.

Run in a fresh interpreter: classes that other tests already touched would hide a regression.
"""
import os
import subprocess
import sys

# Not needed to show the first page, and costly: the style (its enums take 4 ms), the dialogs and
# the accessibility bridge; QMdiArea and QWizard are made only when PySide sets up every widget
# class, which costs 7 ms.
LATER = ("QStyle", "QMessageBox", "QFileDialog", "QAccessible", "QMdiArea", "QWizard")

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

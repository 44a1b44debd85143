"""The Qt binding must not corrupt reference counts: a long session would abort.

PySide6-Essentials 6.12.0 on Python 3.11 decrements None's count on every void call (measured
here: -2 per 1000 calls became -1998), which kills the app with 'none_dealloc' after some
thousands of clicks. Python 3.12+ makes None immortal, so the test is meaningful below 3.12.
"""
import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and bools are immortal from Python 3.12")
def test_void_and_bool_calls_keep_none_and_bools_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
        label.isVisible()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a - b > -100 for a, b in zip(after, before)), (before, after)

"""Issue 17, finding 1 (the window's side): a failed import blames permissions only when it was one."""
from __future__ import annotations

from viewer.ui.import_dialog import report_html


def test_only_a_permission_error_says_that_only_it_can_update_the_library():
    assert "only be updated by your IT" in report_html(PermissionError(13, "Permission denied", "/lib"))
    words = report_html(ValueError("multi-byte encodings are not supported"))
    assert "only be updated" not in words and "administrator" not in words
    assert "ValueError: multi-byte encodings are not supported" in words

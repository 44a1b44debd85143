"""The text reflowing under the view (the window resized, the reading column refitted) is not a
scroll by the reader: the section being read, and the tree with it, stay where they were. The
reflow clamped the scroll bar, which was read as a scroll to the top: at 40 pt in 1366x740 an
opened search result deep in a Spanish summary left the tree on 'Información general'."""
from __future__ import annotations

import pytest

from .test_pdq_window import EPENDYMOMA
from .test_reader_window import open_window, until_shown


@pytest.mark.parametrize("points", [12, 40])
def test_a_resize_leaves_the_section_being_read_as_it_was(qtbot, qsettings, pdq_library, points):
    window = open_window(qtbot, qsettings, library_dir=pdq_library)
    window.resize(1366, 740)
    window.font_size.set_size(points)
    summary = window.library.get(EPENDYMOMA)
    late = summary.sections[-2].id
    window.navigate_to((EPENDYMOMA, late))
    until_shown(qtbot, window)
    assert window.reader.current_section_id() == late
    entered = []
    window.reader.sectionEntered.connect(entered.append)
    for width, height in ((1100, 700), (1900, 1000), (900, 520), (1366, 740)):
        window.resize(width, height)
        qtbot.wait(30)  # the column is refitted once laid out
        assert window.reader.current_section_id() == late, (width, entered)
    assert entered == []

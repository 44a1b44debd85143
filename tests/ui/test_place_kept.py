"""The place being read is written a moment after it stops changing, not only at close (a SIGKILL or
a power cut then loses a few seconds at most); never before the first paint, and never over a
last place that could not be opened before the reader goes elsewhere."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from viewer.app import create_window
from viewer.library import run_import
from viewer.ui.shell import place_keeper

from ..conftest import PDQ_SUMMARIES
from .test_reader_window import TOP, TRIALS, open_window
from .test_start_place import library_with_a_damaged_last_place

SUMMARY = "gi-carcinoid-treatment-hp"


def on_disk(qsettings: QSettings) -> str | None:
    """What another process would read from the settings file now."""
    return QSettings(qsettings.fileName(), QSettings.Format.IniFormat).value("reading/lastLocation")


def test_the_place_is_written_once_it_has_settled(qtbot, qsettings):
    window = open_window(qtbot, qsettings)
    keeper = window.place_keeper
    qtbot.waitUntil(lambda: keeper.armed)
    assert on_disk(qsettings) is None
    window.navigate_to((SUMMARY, TRIALS))  # shown at once (the open summary): the text scrolls
    assert keeper._timer.isActive() and on_disk(qsettings) is None  # not at each change: once it settles
    qtbot.wait(400)  # (the event loop runs; the place has not settled yet)
    window.reader.verticalScrollBar().setValue(0)  # the reader scrolls back up to the start
    assert keeper._timer.remainingTime() > place_keeper.SETTLE_MS - 300  # each change starts the wait again
    assert window.reader.current_anchor() == TOP
    qtbot.waitUntil(lambda: on_disk(qsettings) is not None, timeout=place_keeper.SETTLE_MS + 5000)
    assert on_disk(qsettings) == f"{SUMMARY}#{TOP}"  # where it settled, not where it passed


def test_nothing_is_written_before_the_first_paint(qtbot, qsettings):
    window = create_window(qsettings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.summary is not None and not window.opening.busy, timeout=20_000)
    window.navigate_to((SUMMARY, TRIALS))
    assert not window.place_keeper.armed  # no timer made, none started: nothing on start-up's path
    qtbot.wait(50)
    assert on_disk(qsettings) is None


def test_a_last_place_that_could_not_be_opened_is_kept_for_when_it_can(qtbot, qsettings, tmp_path):
    """A damaged summary at the last place: the window shows the first summary instead. Closing
    before the reader goes anywhere (a SIGTERM at a logout just after a start) must not put that
    in the last place's stead: once IT imports again, the clinician is back where they were."""
    library_with_a_damaged_last_place(tmp_path, qsettings)
    window = create_window(qsettings, library_dir=tmp_path / "lib")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.summary is not None and not window.opening.busy, timeout=20_000)
    assert window.current_location()[0] != "CDR0000062872"  # the first summary, and the banner says why
    window.close()
    assert on_disk(qsettings) == "CDR0000062872#_1"


def test_the_summary_shown_instead_of_the_last_place_is_not_written_over_it_once_painted(qtbot, qsettings, tmp_path,
                                                                                          monkeypatch):
    """As above, in a window painted and left open: the first summary shown in the damaged last
    place's stead, the keeper armed, then a close (a SIGTERM at logout) wrote the first summary
    over the last place, so even after IT's next import the clinician started at the first summary.
    Once the reader goes somewhere, that place is theirs and is kept."""
    monkeypatch.setattr(place_keeper, "SETTLE_MS", 50)
    library_with_a_damaged_last_place(tmp_path, qsettings)
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    keeper = window.place_keeper
    qtbot.waitUntil(lambda: keeper.armed and window.summary is not None and not window.opening.busy, timeout=20_000)
    first = window.current_location()
    assert first[0] != "CDR0000062872"
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum() // 2)  # a glance down
    qtbot.wait(300)  # past the settle time: the timer has had its chance to write
    window.save_state()  # what a close, or SIGTERM's close, does
    assert on_disk(qsettings) == "CDR0000062872#_1"
    run_import(tmp_path / "lib", PDQ_SUMMARIES[2:])  # IT's next import, the window left open
    window.library_commands.reload_library()  # (as its watcher does): the history pruned is not a jump
    qtbot.waitUntil(lambda: window.summary is not None and not window.opening.busy, timeout=20_000)
    window.save_state()
    assert on_disk(qsettings) == "CDR0000062872#_1"
    window.navigate_to((first[0], window.summary.sections[-1].id))  # the reader goes somewhere: theirs now
    qtbot.waitUntil(lambda: on_disk(qsettings) != "CDR0000062872#_1", timeout=5000)
    assert on_disk(qsettings).startswith(first[0] + "#")


def test_a_summary_the_reader_opens_when_nothing_could_be_shown_is_their_place(qtbot, qsettings, tmp_path):
    """The last place and the first summary both damaged: nothing is shown, and the summary the
    reader then opens is theirs, written at close, though no summary was open when they asked."""
    library_with_a_damaged_last_place(tmp_path, qsettings, "CDR0000062843")
    (tmp_path / "none").mkdir()
    window = open_window(qtbot, qsettings, summaries_dir=tmp_path / "none", library_dir=tmp_path / "lib")
    assert window.library.entries()[0].id == "CDR0000062843"  # the first summary is the last place
    qtbot.waitUntil(lambda: not window.opening.busy, timeout=20_000)
    assert window.summary is None and window.problems.isVisible()
    window.navigate_to(("CDR0000062872", ""))
    qtbot.waitUntil(lambda: window.summary is not None and not window.opening.busy, timeout=20_000)
    window.save_state()
    assert on_disk(qsettings).startswith("CDR0000062872#")

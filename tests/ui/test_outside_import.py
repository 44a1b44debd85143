"""A window left open while clinic IT imports from the command line (another process, usually root)
reads the new library where the reader was. Without it, after two imports the window's generation
is gone and every summary opened from it fails."""
from __future__ import annotations

import subprocess
import sys

from viewer.library.store import LibraryStore
from viewer.settings import Settings

from ..conftest import PDQ_SUMMARIES, REPO
from .test_reader_window import open_window, until_shown


def cli_import(library, *paths) -> None:
    """`clinic-viewer import`, as IT runs it: another process."""
    subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(library), *map(str, paths)],
                   cwd=REPO, check=True, capture_output=True, timeout=120)


def test_a_window_left_open_follows_the_imports_made_from_outside(qtbot, qsettings, tmp_path):
    library = tmp_path / "lib"
    first, second, third = PDQ_SUMMARIES[:3]
    cli_import(library, first)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    shown_first = window.current_location()
    held = len(window.library.entries())  # (the bundled summary, and the library's one)
    generation = window.library.generation.name

    cli_import(library, second)  # the next week's import
    qtbot.waitUntil(lambda: len(window.library.entries()) == held + 1, timeout=10_000)
    until_shown(qtbot, window)
    assert window.current_location()[0] == shown_first[0]  # where the reader was
    assert "updated by an import" in window.statusBar().currentMessage()

    cli_import(library, third)  # and the one after: the window's first generation is removed
    qtbot.waitUntil(lambda: len(window.library.entries()) == held + 2, timeout=10_000)
    until_shown(qtbot, window)
    assert generation not in LibraryStore(library).generation_names()
    for entry in window.library.entries():  # every summary still opens
        window.navigate_to((entry.id, ""))
        until_shown(qtbot, window)
        assert window.summary is not None and window.summary.id == entry.id


def test_the_reader_stays_as_far_into_the_passage_as_they_were(qtbot, qsettings, tmp_path):
    """An import (from outside, or the window's own) shows the open summary again: it went back up
    to the start of the passage at the top of the view, at 28 pt about a screen above the reader."""
    library = tmp_path / "lib"
    first, second = PDQ_SUMMARIES[:2]
    cli_import(library, first)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    window.font_size.set_size(28)
    summary_id = first.name[:len("CDR0000062843")]  # the imported summary, not the bundled one
    window.navigate_to((summary_id, ""))
    until_shown(qtbot, window)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    place = None
    for _ in range(60):  # into a passage taller than a few lines, partway
        bar.setValue(bar.value() + 37)
        place = window.reader.reading_place()
        if place and 0.3 < place[1] < 0.8:
            break
    assert place and 0.3 < place[1] < 0.8, place
    held = len(window.library.entries())

    cli_import(library, second)
    qtbot.waitUntil(lambda: len(window.library.entries()) == held + 1, timeout=10_000)
    until_shown(qtbot, window)
    qtbot.waitUntil(lambda: window.reader.reading_place() is not None, timeout=5000)
    qtbot.wait(500)  # anything the text's own showing scrolls comes before this
    anchor, fraction = window.reader.reading_place()
    assert window.summary.id == summary_id
    assert anchor == place[0] and abs(fraction - place[1]) < 0.1, (place, (anchor, fraction))


def test_a_summary_shown_instead_opens_at_its_start_not_at_the_old_one_s_place(qtbot, qsettings, tmp_path):
    """When the summary read is not the one shown after an import (it was withdrawn), the place in the
    old text means nothing in the new: PDQ's anchors (_1, _2, …) recur from summary to summary."""
    library = tmp_path / "lib"
    cli_import(library, *PDQ_SUMMARIES[:2])
    window = open_window(qtbot, qsettings, library_dir=library)
    first, second = (path.name[:len("CDR0000062843")] for path in PDQ_SUMMARIES[:2])
    window.navigate_to((second, ""))
    until_shown(qtbot, window)
    in_second = {anchor for _, anchor in window.reader._anchors}
    window.navigate_to((first, ""))
    until_shown(qtbot, window)
    shared = [i for i, (_, anchor) in enumerate(window.reader._anchors) if anchor in in_second and i > 3]
    assert shared, "the two summaries share no anchor"
    anchor = window.reader._anchors[shared[0]][1]
    window.reader.return_to((anchor, 0.5))
    assert window.reader.reading_place()[0] == anchor

    window._after_import((second, ""))  # as after an import that withdrew the first
    until_shown(qtbot, window)
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.id == second, timeout=5000)
    qtbot.wait(100)
    place = window.reader.reading_place()  # at the start of the summary shown instead
    assert place is None or (place[0] != anchor and place[1] < 0.1), place


def test_an_import_that_removes_the_summary_being_read_says_so(qtbot, qsettings, tmp_path):
    """Seen with a patient summary open at 40 pt: NCI's change list dropped it, the window showed
    another summary and said "…its summaries are shown, where you were", which it was not."""
    library = tmp_path / "lib"
    first = PDQ_SUMMARIES[0]
    cli_import(library, first)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    summary_id = first.name[:len("CDR0000062843")]
    window.navigate_to((summary_id, ""))
    until_shown(qtbot, window)
    title = window.summary.title
    week = tmp_path / "week"
    (week / "Summary").mkdir(parents=True)
    (week / "Summary.202648").write_text(f"CDR{int(summary_id[3:])}.xml:dropped\n")
    cli_import(library, week)
    qtbot.waitUntil(lambda: not window.library.has_summary(summary_id), timeout=10_000)
    until_shown(qtbot, window)
    message = window.statusBar().currentMessage()
    assert title in message and "removed" in message and "where you were" not in message


def test_a_library_moved_aside_and_made_again_is_the_one_the_window_reads(qtbot, qsettings, tmp_path):
    """As a refused import advises ("move it aside and import NCI's full set into a new library"):
    the window followed the old folder where it was moved, and never saw the new one; the new one
    may even name the same generation as the old (v000002 here)."""
    library = tmp_path / "lib"
    first, second, third = PDQ_SUMMARIES[:3]
    cli_import(library, first)
    cli_import(library, second)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    ids = lambda: {entry.id for entry in window.library.entries()}  # noqa: E731
    before = ids()
    library.rename(tmp_path / "lib.old")
    cli_import(library, third)
    cli_import(library, first)
    assert (library / "CURRENT").read_text().strip() == "v000002"
    new_id = third.name[:len("CDR0000062843")]
    qtbot.waitUntil(lambda: new_id in ids(), timeout=10_000)
    assert before - ids() == {second.name[:len("CDR0000062843")]}
    for entry in window.library.entries():  # every summary opens, from the new library
        window.navigate_to((entry.id, ""))
        until_shown(qtbot, window)
        assert window.summary is not None and window.summary.id == entry.id


def test_back_and_forward_skip_a_summary_the_import_removed(qtbot, qsettings, tmp_path):
    """Forward to a summary NCI's weekly list had removed did nothing and said nothing (Forward
    stayed enabled), and the Back after it stayed where the reader was."""
    library = tmp_path / "lib"
    first, second = PDQ_SUMMARIES[:2]
    cli_import(library, first, second)
    window = open_window(qtbot, qsettings, library_dir=library)
    qtbot.waitUntil(lambda: window.library_commands.watcher is not None, timeout=5000)  # after the first paint
    kept, removed = (path.name[:len("CDR0000062843")] for path in (first, second))
    for summary_id in (kept, removed):
        window.navigate_to((summary_id, ""))
        until_shown(qtbot, window)
    window.go_back()
    until_shown(qtbot, window)
    assert window.summary.id == kept and window.actions["forward"].isEnabled()

    week = tmp_path / "week"
    (week / "Summary").mkdir(parents=True)
    (week / "Summary.202648").write_text(f"CDR{int(removed[3:])}.xml:dropped\n", encoding="utf-8")
    cli_import(library, week)
    qtbot.waitUntil(lambda: not window.library.has_summary(removed), timeout=10_000)
    until_shown(qtbot, window)
    assert not window.actions["forward"].isEnabled()
    assert window.actions["back"].isEnabled()  # to the bundled summary, opened first
    window.go_back()
    until_shown(qtbot, window)
    assert window.summary.id != kept


def test_while_a_library_is_moved_aside_and_made_again_the_reader_stays_where_they_were(qtbot, qsettings, tmp_path):
    """Between the move and the end of the new import (minutes for NCI's full set) there is no
    library at the path, or one without its CURRENT yet. The window read that as an empty library:
    it showed the bundled sample in the reader's stead, stayed there once the new library came,
    and a close then stored the sample as the last place, so the clinician's place was lost
    although the new library holds the same summary."""
    library = tmp_path / "lib"
    first, second = PDQ_SUMMARIES[:2]
    cli_import(library, first, second)
    window = open_window(qtbot, qsettings, library_dir=library)
    watcher = lambda: window.library_commands.watcher  # noqa: E731
    qtbot.waitUntil(lambda: watcher() is not None, timeout=5000)  # after the first paint
    summary_id = first.name[:len("CDR0000062843")]
    section = window.library.get(summary_id).sections[-1].id
    window.navigate_to((summary_id, section))
    until_shown(qtbot, window)
    place = window.current_location()

    def checked_with(change) -> None:
        """`change` made, then the watcher's check, once its settle time is over."""
        change()
        qtbot.waitUntil(watcher()._settle.isActive, timeout=10_000)
        qtbot.waitUntil(lambda: not watcher()._settle.isActive(), timeout=10_000)

    checked_with(lambda: library.rename(tmp_path / "lib.old"))  # no library at the path
    assert window.current_location() == place
    checked_with(lambda: (library / "v000001").mkdir(parents=True))  # an import under way: no CURRENT yet
    assert window.current_location() == place
    old = window.library
    (library / "v000001").rmdir()
    cli_import(library, first, second)  # the new library is complete
    qtbot.waitUntil(lambda: window.library is not old, timeout=10_000)
    until_shown(qtbot, window)
    assert window.current_location() == place
    window.save_state()  # as a close, or SIGTERM's, does
    assert Settings(qsettings).last_location == place

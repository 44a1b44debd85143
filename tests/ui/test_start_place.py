"""The window opens where the reader left off, and only there: it once showed the first summary (the
bundled sample) for a fifth of a second and then swapped in the last place, so a clinician saw a
summary they had not asked for at every start."""
from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from viewer.app import create_window
from viewer.library import LibraryStore, run_import
from viewer.library.load import load_library_dir
from viewer.settings import Settings

from ..conftest import PDQ_SUMMARIES
from .test_reader_window import open_window


def library_with_a_damaged_last_place(root, qsettings, summary_id: str = "CDR0000062872"):
    """Two real summaries imported into root / "lib", `summary_id`'s copy changed after the import
    (its SHA-256 no longer matches: it cannot be opened), and the settings' last place in it."""
    run_import(root / "lib", PDQ_SUMMARIES[:2])
    stored = LibraryStore(root / "lib").open().folder / f"summaries/{summary_id}.xml"
    data = stored.read_bytes()
    stored.unlink()  # not through a hard link an older generation shares
    stored.write_bytes(data + b" ")
    _last_read(qsettings, (summary_id, "_1"))
    return root / "lib"


def _last_read(qsettings, place) -> None:
    settings = Settings(qsettings)
    settings.last_location = place
    settings.sync()


def test_the_window_opens_at_the_last_place_and_shows_no_other_summary_first(qtbot, qsettings, tmp_path,
                                                                              monkeypatch):
    run_import(tmp_path / "lib", PDQ_SUMMARIES[:2])
    sections = load_library_dir(tmp_path / "lib").get("CDR0000062872").sections
    later = sections[len(sections) // 2].id  # a place well into it
    _last_read(qsettings, ("CDR0000062872", later))
    from viewer.ui.reading.reader import ReaderView

    shown, show = [], ReaderView.show_summary  # from the window's first moment, before show()
    monkeypatch.setattr(ReaderView, "show_summary",
                        lambda reader, summary, *prepared: (shown.append(summary.id), show(reader, summary, *prepared)))
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    qtbot.wait(300)  # anything the start might still do after the first paint
    assert window.summary.id == "CDR0000062872"
    assert shown == ["CDR0000062872"], shown  # not the bundled sample first
    assert window.reader.current_section_id() == later
    assert window.tree.current_location() == ("CDR0000062872", later)


def test_a_last_place_that_cannot_be_opened_gives_the_first_summary_and_says_why(qtbot, qsettings, tmp_path):
    window = open_window(qtbot, qsettings, library_dir=library_with_a_damaged_last_place(tmp_path, qsettings))
    qtbot.waitUntil(lambda: window.summary is not None, timeout=20_000)
    assert window.summary.id == window.library.entries()[0].id  # something to read, not an empty page
    assert window.problems.isVisible() and "CDR0000062872.xml" in window.problems.text()



def test_while_the_last_place_opens_the_header_offers_nothing_to_cite(qtbot, qsettings, tmp_path):
    run_import(tmp_path / "lib", PDQ_SUMMARIES[:2])
    _last_read(qsettings, ("CDR0000062872", "_1"))
    window = create_window(qsettings, library_dir=tmp_path / "lib")
    qtbot.addWidget(window)
    window.show()  # the first paint comes before the summary read off the UI thread
    cite = window.findChild(QToolButton, "copyCitation")
    assert window.summary is None and not cite.isVisible()  # a lone "Cite" above an empty page
    qtbot.waitUntil(lambda: window.summary is not None, timeout=20_000)
    assert cite.isVisible()

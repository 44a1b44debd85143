"""What changed at an update: made at import from the real summary and an edited copy of it."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from viewer.library import LibraryStore, load_library_dir, run_import
from viewer.library.changes import changes_html, compare

from ..conftest import PDQ_SUMMARIES

EPENDYMOMA = PDQ_SUMMARIES[0]


def newer_ependymoma(folder: Path) -> Path:
    """NCI's next version, as a test makes it: a new date, words changed in _1, a section removed
    (_302, myxopapillary) and one added (_999)."""
    root = etree.fromstring(EPENDYMOMA.read_bytes())
    root.find("DateLastModified").text = "2016-03-01"
    for para in root.iter("Para"):
        if para.get("id") == "_87":
            para.text = para.text.replace("Dramatic improvements in survival", "Remarkable gains in survival")
    root.remove(next(s for s in root.findall("SummarySection") if s.get("id") == "_302"))
    added = etree.Element("SummarySection", {"id": "_999"})
    etree.SubElement(added, "Title").text = "Treatment of Relapsed Disease in Adolescents"
    etree.SubElement(added, "Para", {"id": "_998"}).text = "A new section."
    root.insert(list(root).index(next(s for s in root.findall("SummarySection") if s.get("id") == "_79")), added)
    path = folder / "CDR62843.xml"
    path.write_bytes(etree.tostring(root, encoding="utf-8", xml_declaration=True))
    return path


@pytest.fixture
def updated(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [EPENDYMOMA], now=dt.datetime(2015, 10, 1, tzinfo=dt.timezone.utc))
    report = run_import(library, [newer_ependymoma(tmp_path)])
    assert [line.action for line in report.lines] == ["updated"]
    return library


def test_an_update_records_sections_added_removed_and_changed(updated):
    loaded = load_library_dir(updated)
    changes = loaded.changes["CDR0000062843"]
    assert changes.previous_date == dt.date(2015, 9, 24)
    assert changes.added == ["_999"]
    assert changes.removed == [("_302", "Treatment of Newly Diagnosed Childhood Myxopapillary Ependymoma")]
    assert changes.changed == ["_1"]  # the section holding paragraph _87, and nothing else
    assert loaded.previous.get("CDR0000062843").metadata.last_updated == dt.date(2015, 9, 24)


def test_the_word_level_diff_marks_inserted_and_deleted_words(updated):
    loaded = load_library_dir(updated)
    new = loaded.get("CDR0000062843")
    html = changes_html(loaded.changes[new.id], loaded.previous.get(new.id), new)
    assert "What changed since September 24, 2015" in html
    assert '<span class="del">Dramatic improvements</span>' in html
    assert '<span class="ins">Remarkable gains</span>' in html
    assert "href='#_999'" in html and "Myxopapillary" in html
    assert html.count("<h4>") == 1  # one changed section: unchanged paragraphs are not repeated


def test_the_record_is_carried_through_later_imports_and_dropped_with_the_summary(updated, tmp_path):
    run_import(updated, [PDQ_SUMMARIES[2]])  # another summary: the ependymoma record stays
    assert "CDR0000062843" in load_library_dir(updated).changes
    removal = tmp_path / "week"
    (removal / "Summary").mkdir(parents=True)
    (removal / "Summary.202601").write_text("CDR62843.xml:removed\n")
    run_import(updated, [removal])
    loaded = load_library_dir(updated)
    assert "CDR0000062843" not in loaded.changes and loaded.get("CDR0000062843") is None
    generation = LibraryStore(updated).open()
    assert not [n for n in generation.manifest if n.startswith("previous/")]


def test_identical_summaries_compare_as_unchanged():
    from viewer.content.pdq import load_pdq_summary

    summary = load_pdq_summary(EPENDYMOMA)
    changes = compare(summary, load_pdq_summary(EPENDYMOMA))
    assert (changes.added, changes.removed, changes.changed) == ([], [], [])


def test_a_changed_figure_is_the_change_not_the_citation_marker_after_it():
    from viewer.library.changes import _words_html

    html = _words_html("survival was 8.8%.[48] at 5 years", "survival was 7.3%.[48] at 5 years")
    assert html == 'survival was <span class="del">8.8%.</span> <span class="ins">7.3%.</span>[48] at 5 years'
    assert _words_html("as shown.[2,3] Next", "as shown.[2,3] Next") == "as shown.[2,3] Next"
    assert _words_html("Dramatic gains", "Remarkable gains") == ('<span class="del">Dramatic</span> '
                                                                 '<span class="ins">Remarkable</span> gains')


def test_the_report_says_what_changed_in_one_line(updated):
    from viewer.library.changes import summary_line

    loaded = load_library_dir(updated)
    new = loaded.get("CDR0000062843")
    line = summary_line(loaded.changes[new.id], loaded.previous.get(new.id), new)
    assert line == "1 section changed, 1 added, 1 removed; 1 paragraph changed."
    assert line in changes_html(loaded.changes[new.id], loaded.previous.get(new.id), new)


def test_the_passages_added_or_changed_are_known_for_marking_in_the_text(updated):
    from viewer.library.changes import changed_passages

    loaded = load_library_dir(updated)
    new = loaded.get("CDR0000062843")
    assert changed_passages(loaded.changes[new.id], loaded.previous.get(new.id), new) == {"_87", "_998"}

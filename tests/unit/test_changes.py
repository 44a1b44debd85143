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


def _edited_summary(change):
    """The ependymoma summary as read, after `change(root)` edits its XML."""
    from viewer.content.pdq import load_pdq_summary

    root = etree.fromstring(EPENDYMOMA.read_bytes())
    change(root)
    return load_pdq_summary(Path("CDR62843.xml"), etree.tostring(root, encoding="utf-8", xml_declaration=True))


def _section(root, section_id):
    return next(s for s in root.iter("SummarySection") if s.get("id") == section_id)


def test_a_retitled_section_counts_as_changed():
    def retitle(root):
        _section(root, "_287").find("Title").text = "Factors Affecting Prognosis"
    old = _edited_summary(lambda root: None)
    assert compare(old, _edited_summary(retitle)).changed == ["_287"]


def test_an_edited_citation_counts_as_changed_in_the_section_that_lists_it():
    def edit(root):
        citation = _section(root, "_298").find("ReferenceSection/Citation")
        citation.text = citation.text.replace("469-82, 2003", "469-82, 2004")
    old = _edited_summary(lambda root: None)
    assert compare(old, _edited_summary(edit)).changed == ["_298"]


def _rewrite_info(library, change) -> None:
    """Edit library.json as a hand (or a bug) might, and list its new SHA-256 in the manifest, so
    that only what it holds can be wrong."""
    import hashlib
    import json

    generation = LibraryStore(library).open()
    info = json.loads((generation.folder / "library.json").read_text())
    change(info)
    data = json.dumps(info).encode()
    (generation.folder / "library.json").write_bytes(data)
    manifest = generation.folder / "MANIFEST.sha256"
    lines = [line for line in manifest.read_text().splitlines() if not line.endswith("  library.json")]
    manifest.write_text("".join(f"{line}\n" for line in lines) + f"{hashlib.sha256(data).hexdigest()}  library.json\n")


def test_library_json_is_in_the_manifest_and_a_damaged_one_is_said_not_fatal(updated):
    generation = LibraryStore(updated).open()
    assert "library.json" in generation.manifest and not generation.problems
    info = generation.folder / "library.json"
    info.write_bytes(info.read_bytes().replace(b"2015-09-24", b"2015-09-25"))
    loaded = load_library_dir(updated)  # survives
    assert "library.json: does not match its SHA-256" in str(loaded.problems)
    assert loaded.changes == {} and loaded.get("CDR0000062843") is not None
    run_import(updated, [PDQ_SUMMARIES[2]])  # the next import writes it anew, listed
    repaired = load_library_dir(updated)
    assert not repaired.problems and LibraryStore(updated).open().imported is not None


@pytest.mark.parametrize("damage", [
    lambda record: record.pop("added"),                        # KeyError
    lambda record: record.update(removed=[["_302"]]),          # ValueError (not a pair)
    lambda record: record.update(previous_date=20150924),      # TypeError
    lambda record: record.update(previous_date="yesterday"),   # ValueError
    lambda record: record.update(added=7),                     # TypeError
])
def test_a_damaged_change_record_is_left_out_and_said(updated, damage):
    _rewrite_info(updated, lambda info: damage(info["changes"]["CDR0000062843"]))
    loaded = load_library_dir(updated)
    assert loaded.changes == {} and "1 damaged record(s) of what changed" in str(loaded.problems)
    assert loaded.get("CDR0000062843") is not None
    report = run_import(updated, [PDQ_SUMMARIES[2]])  # an import reads it too, and drops the damaged record
    assert report.count("added") == 1 and not load_library_dir(updated).problems


def test_changes_that_are_not_a_mapping_are_said(updated):
    _rewrite_info(updated, lambda info: info.update(changes=["not", "records"]))
    loaded = load_library_dir(updated)
    assert loaded.changes == {} and "damaged record(s)" in str(loaded.problems)

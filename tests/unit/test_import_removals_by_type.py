"""NCI's change lists say what was removed of their own document type: `GlossaryTerm.YYYYWW`'s
removals remove dictionary terms, and never a summary or a drug term that has the same number."""
from __future__ import annotations

import shutil

from viewer.library import run_import

from ..conftest import PDQ

DISTRIBUTION = PDQ / "distribution"


def _week(tmp_path, name: str, text: str):
    week = tmp_path / "week"
    (week / "GlossaryTerm").mkdir(parents=True, exist_ok=True)
    (week / name).write_text(text, encoding="utf-8")
    return week


def test_a_glossary_change_list_removes_the_dictionary_term_it_names(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [DISTRIBUTION / "GlossaryTerm" / "CDR304687.xml", DISTRIBUTION / "GlossaryTerm" / "CDR46583.xml"])
    report = run_import(library, [_week(tmp_path, "GlossaryTerm.202547", "CDR304687.xml:dropped\n")])
    removed = [line for line in report.lines if line.action == "removed"]
    assert [(line.doc_id, line.kind) for line in removed] == [("CDR0000304687", "glossary")], [str(l) for l in report.lines]
    held = sorted(p.name for p in (library / report.generation / "glossary").iterdir())
    assert held == ["CDR0000046583.xml"]


def test_a_glossary_change_list_does_not_remove_a_summary_with_the_same_number(tmp_path):
    library = tmp_path / "lib"
    run_import(library, [DISTRIBUTION / "Summary" / "CDR62729.xml"])
    report = run_import(library, [_week(tmp_path, "GlossaryTerm.202547", "CDR62729.xml:removed\n")])
    assert report.count("removed") == 0, [str(line) for line in report.lines]
    current = (library / "CURRENT").read_text().strip()
    assert (library / current / "summaries" / "CDR0000062729.xml").is_file()

"""A topic's versions (issue 22 item 1): NCI's PatientVersionOf and TranslationOf read from each
Summary, kept in the library's catalog, joined transitively among the summaries the library holds,
and the section a version opens at."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from viewer.content import SummaryEntry, SummaryMetadata
from viewer.content.pdq import load_pdq_summary
from viewer.content.versions import best_correspondence, corresponding_section, language_name, version_groups
from viewer.library import catalog as catalog_module
from viewer.library import run_import
from viewer.library.load import load_library_dir
from viewer.library.generation import CATALOG
from viewer.library.store import LibraryStore

from ..conftest import PDQ
from .versions_xml import (HP_ID, HP_UNUSUAL, PATIENT_ID, PATIENT_UNUSUAL, SPANISH_HP_BREAST, SPANISH_HP_BREAST_ID,
                           translated)

DISTRIBUTION = PDQ / "distribution" / "Summary"


def entry(doc_id: str, audience: str = "Health Professional", language: str = "English", translation_of: str = "",
          patient_version_of: str = "") -> SummaryEntry:
    return SummaryEntry(doc_id, SummaryMetadata(title=f"Title {doc_id}", audience=audience, source="NCI",
                                                last_updated=dt.date(2020, 1, 1), language=language,
                                                translation_of=translation_of, patient_version_of=patient_version_of))


@pytest.mark.parametrize("name, translation_of, patient_version_of", [
    ("CDR62878.xml", "", HP_ID),
    ("CDR256668.xml", "CDR0000062787", ""),
    ("CDR583660.xml", "CDR0000403689", "CDR0000256753"),
    ("CDR710915.xml", "CDR0000658500", "CDR0000710915"),  # NCI's file names itself as what it is a version of
])
def test_each_summary_says_what_it_is_a_version_of(name, translation_of, patient_version_of):
    meta = load_pdq_summary(DISTRIBUTION / name).metadata
    assert (meta.translation_of, meta.patient_version_of) == (translation_of, patient_version_of)


def test_a_professional_summary_is_a_version_of_nothing():
    meta = load_pdq_summary(HP_UNUSUAL).metadata
    assert (meta.translation_of, meta.patient_version_of) == ("", "")


@pytest.fixture(scope="module")
def versions_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("versions") / "library"
    report = run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL, SPANISH_HP_BREAST, DISTRIBUTION / "CDR710915.xml"])
    assert report.refused == 0, [str(line) for line in report.lines]
    return root


def test_the_catalog_keeps_the_relations_and_the_library_joins_what_it_holds(versions_library):
    written = json.loads(LibraryStore(versions_library).open_current().read(CATALOG))
    assert written[PATIENT_ID]["patient_version_of"] == HP_ID
    assert written[SPANISH_HP_BREAST_ID]["translation_of"] == "CDR0000062787"
    library = load_library_dir(versions_library)
    assert library.versions(HP_ID) == library.versions(PATIENT_ID) == (HP_ID, PATIENT_ID)  # professional first
    # its English original (CDR62787) is not in the library: nothing to offer
    assert library.versions(SPANISH_HP_BREAST_ID) == ()
    assert library.versions("CDR0000710915") == ()  # naming itself makes no version


def test_relations_are_followed_through_one_another():
    hp, hp_es = entry("CDR1"), entry("CDR2", language="Spanish", translation_of="CDR1")
    patient = entry("CDR3", audience="Patient", patient_version_of="CDR1")
    patient_es = entry("CDR4", audience="Patient", language="Spanish", translation_of="CDR3")
    other = entry("CDR5")
    groups = version_groups([patient_es, other, patient, hp_es, hp])
    assert groups["CDR4"] == groups["CDR1"] == ("CDR1", "CDR2", "CDR3", "CDR4")
    assert "CDR5" not in groups
    # without the professional summary the rest are still one topic: they name it alike
    groups = version_groups([patient_es, patient, hp_es])
    assert groups["CDR2"] == ("CDR2", "CDR3", "CDR4")
    assert version_groups([hp_es, other]) == {}  # a relation to a summary not held is not offered


def test_relations_joining_more_summaries_than_a_topic_has_are_not_offered():
    """A chain of 5,000 translations (a fault in the data, or a library made to mislead) would make a
    menu of thousands: none is offered, and working it out stays quick."""
    import time

    chain = [entry("CDR1")] + [entry(f"CDR{i}", language="Spanish", translation_of=f"CDR{i - 1}") for i in range(2, 5001)]
    started = time.perf_counter()
    assert version_groups(chain + [entry("CDR9001"), entry("CDR9002", audience="Patient", patient_version_of="CDR9001")]) == {
        "CDR9001": ("CDR9001", "CDR9002"), "CDR9002": ("CDR9001", "CDR9002")}
    assert time.perf_counter() - started < 1.0


def test_a_catalog_from_before_the_relations_is_written_again_by_the_next_import(tmp_path, monkeypatch):
    root = tmp_path / "library"
    old_entry = catalog_module.catalog_entry
    monkeypatch.setattr("viewer.library.importer.catalog_entry",
                        lambda summary: {k: v for k, v in old_entry(summary).items() if k not in catalog_module.RELATIONS})
    run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL])
    assert load_library_dir(root).versions(HP_ID) == ()  # the older catalog knows no relations
    monkeypatch.undo()
    report = run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL])  # the same week again: nothing changed
    assert {line.action for line in report.lines} == {"unchanged"}
    assert load_library_dir(root).versions(HP_ID) == (HP_ID, PATIENT_ID)
    assert run_import(root, [HP_UNUSUAL, PATIENT_UNUSUAL]).generation == report.generation  # once, not every week


def test_language_names_are_as_their_readers_write_them():
    assert [language_name(x) for x in ("Spanish", "English", "", "French")] == ["Español", "English", "English", "French"]


# -- where a version opens --------------------------------------------------------------------

@pytest.fixture(scope="module")
def unusual():
    return load_pdq_summary(HP_UNUSUAL), load_pdq_summary(PATIENT_UNUSUAL)


def test_a_patient_version_opens_at_the_section_of_the_same_title(unusual):
    hp, patient = unusual
    found = corresponding_section(hp, "_29", patient)  # "Breast Cancer", under "Thoracic Cancers"
    assert (found.section_id, found.exact, found.basis) == ("_23", True, "title")
    back = corresponding_section(patient, "_23", hp)
    assert (back.section_id, back.exact) == ("_29", True)


def test_ids_mean_nothing_across_audiences(unusual):
    """`_109` is "Oral Cancers" in the professional summary and "General Information" in the patient
    one: the patient summary has no "Oral Cancers", so the enclosing "Head and Neck Cancers"."""
    hp, patient = unusual
    assert patient.section("_109").title == "General Information"
    found = corresponding_section(hp, "_109", patient)
    assert (found.section_id, found.title, found.exact) == ("_4", "Head and Neck Cancers", False)


def test_a_section_without_a_counterpart_opens_the_version_at_its_start(unusual):
    hp, patient = unusual
    assert corresponding_section(hp, "_AboutThis_10", patient).section_id == ""  # "Levels of Evidence"


def test_a_title_several_sections_share_is_told_apart_by_their_enclosing_sections(unusual):
    hp, _ = unusual
    hp_copy = load_pdq_summary(HP_UNUSUAL)
    # "Treatment options under clinical evaluation" is under three cancers: each finds its own
    for section_id in ("_315", "_378", "_433"):
        assert corresponding_section(hp, section_id, hp_copy).section_id == section_id


@pytest.fixture(scope="module")
def spanish_patient():
    return load_pdq_summary(Path("CDR0000999001.xml"), translated(PATIENT_UNUSUAL, 999001))


def test_a_translation_opens_at_the_same_place_in_the_outline_whatever_its_ids(unusual, spanish_patient):
    _, patient = unusual
    found = corresponding_section(patient, "_23", spanish_patient)  # Breast Cancer: the 11th section
    assert (found.section_id, found.exact, found.basis) == ("_es11", True, "structure")
    assert found.title == "Sección 11: Breast Cancer"
    assert corresponding_section(spanish_patient, "_es11", patient).section_id == "_23"


def test_an_outline_that_differs_is_not_taken_as_shared(unusual, tmp_path):
    _, patient = unusual
    data = translated(PATIENT_UNUSUAL, 999002).replace(b'<SummarySection id="_es1">',
                                                        b'<SummarySection id="_new"><Title>Nueva</Title>'
                                                        b'<Para id="_pn">Texto.</Para></SummarySection>'
                                                        b'<SummarySection id="_es1">', 1)
    changed = load_pdq_summary(tmp_path / "CDR0000999002.xml", data)
    assert corresponding_section(patient, "_23", changed).section_id == ""


def test_across_audience_and_language_through_the_version_between(unusual, spanish_patient):
    hp, patient = unusual
    assert corresponding_section(spanish_patient, "_es11", hp).section_id == ""  # nothing shared directly
    found = best_correspondence(spanish_patient, "_es11", hp, between=[patient])
    assert (found.section_id, found.exact) == ("_29", True)

"""Versions of a real PDQ summary made by the tests from ../shared (read there, never copied): the
shared files hold one whole topic pair (the professional "Unusual Cancers of Childhood" and its
patient version) but no translation whose original is also there, so a test that needs one
translates a real summary's outline the way NCI's translations keep it."""
from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

from viewer.content.pdq import parse

from ..conftest import PDQ

HP_UNUSUAL = PDQ / "summaries" / "CDR0000062872-unusual-cancers-childhood-HP-2011.xml"
PATIENT_UNUSUAL = PDQ / "distribution" / "Summary" / "CDR62878.xml"
SPANISH_HP_BREAST = PDQ / "distribution" / "Summary" / "CDR256668.xml"
HP_ID, PATIENT_ID, SPANISH_HP_BREAST_ID = "CDR0000062872", "CDR0000062878", "CDR0000256668"


def translated(path: Path, cdr: int, *, renumber: bool = True, patient_version_of: str = "") -> bytes:
    """The summary at `path` as a Spanish translation of it: id CDR`cdr`, SummaryLanguage Spanish,
    TranslationOf the original (and PatientVersionOf `patient_version_of`, as NCI's Spanish patient
    summaries carry), every section title put in "Spanish" ("Sección 3: <title>") and, with
    `renumber`, every section id changed (as cancer.gov's Spanish breast cancer summary has other
    ids than its original): only the outline is shared."""
    root = parse(Path(path)).root
    original = root.get("id")
    root.set("id", f"CDR{cdr:010d}")
    root.find("SummaryMetaData/SummaryLanguage").text = "Spanish"
    for name in ("TranslationOf", "PatientVersionOf"):
        for element in root.findall(name):
            root.remove(element)
    relations = [("TranslationOf", original)] + ([("PatientVersionOf", patient_version_of)] if patient_version_of else [])
    at = list(root).index(root.find("SummaryTitle")) + 1
    for offset, (name, ref) in enumerate(relations):
        root.insert(at + offset, etree.Element(name, ref=ref))
    for number, section in enumerate(root.iter("SummarySection"), 1):
        title = section.find("Title")
        if title is not None:
            words = " ".join("".join(title.itertext()).split())
            title.clear()
            title.text = f"Sección {number}: {words}"
        if renumber and section.get("id"):
            section.set("id", f"_es{number}")
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)

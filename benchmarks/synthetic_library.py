"""A realistic PDQ distribution for benchmarks: NCI's 358 summaries of the time, by their real titles,
CDR ids, audiences and boards (NLM's catalog in ../shared/pdq), each with the body of one of the
three real shared summaries (76-409 KB of XML, their real structure), written in NCI's layout.

With --family, the rest of what NCI publishes at its real scale: a Spanish translation of each summary
(`TranslationOf`; the Spanish patient versions also `PatientVersionOf` the Spanish health professional
one), each patient summary `PatientVersionOf` the health professional summary of its topic, drug
information summaries and drug terms (`Term`, with brand names, code names and synonyms), bodies
taken from the real documents in ../shared/pdq/distribution.

    python benchmarks/synthetic_library.py OUT_DIR [--count 358] [--family [--drugs 400 --terms 30000]]
"""
from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as etree
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "pdq"
BOARD_TYPES = (("Supportive", "Supportive care"), ("Screening", "Screening"), ("Prevention", "Prevention"),
               ("Genetics", "Genetics"), ("Integrative", "Integrative, alternative, and complementary therapies"),
               ("Alternative", "Integrative, alternative, and complementary therapies"))


def catalog() -> list[dict]:
    """NLM's records of the PDQ summaries: id, title, audience, board."""
    root = etree.parse(SHARED / "catalog-PDQ_Summaries_PMID.xml").getroot()
    entries = []
    for article in root.iter("BookDocument"):
        title_el = article.find("ArticleTitle")
        title, _, version = "".join(title_el.itertext()).partition(": ")
        board = " ".join(article.findtext("AuthorList/Author/CollectiveName", "").split())
        kind = next((k for word, k in BOARD_TYPES if word in board or word in title), "Treatment")
        entries.append({"id": title_el.get("part"), "title": title.strip(), "kind": kind, "board": board,
                        "audience": "Patients" if version.startswith("Patient") else "Health professionals"})
    return entries


def templates() -> list[etree.Element]:
    return [etree.fromstring(p.read_bytes()) for p in sorted((SHARED / "summaries").glob("*.xml"))]


def summary_xml(entry: dict, template: etree.Element) -> bytes:
    root = template
    old_id = root.get("id")
    root.set("id", entry["id"])
    root.find("SummaryTitle").text = entry["title"]
    meta = root.find("SummaryMetaData")
    meta.find("SummaryType").text = entry["kind"]
    meta.find("SummaryAudience").text = entry["audience"]
    data = etree.tostring(root, encoding="utf-8", xml_declaration=True)
    root.set("id", old_id)
    # links within the template summary stay within the new one
    return re.sub(rb'href="' + old_id.encode() + rb"(#?)", b'href="' + entry["id"].encode() + rb"\1", data)


def write_distribution(out: Path, count: int | None = None, family: bool = False, drugs: int = 400,
                       terms: int = 30000) -> list[dict]:
    """NCI's layout under `out`: Summary/CDR<id>.xml for each entry (and GlossaryTerm/ from shared);
    with `family`, the Spanish and patient relations, drug information summaries and terms too."""
    entries = catalog()[:count]
    if family:
        link_patient_versions(entries)
    bodies = templates()
    (out / "Summary").mkdir(parents=True, exist_ok=True)
    (out / "GlossaryTerm").mkdir(exist_ok=True)
    for n, entry in enumerate(entries):
        template = bodies[n % len(bodies)]
        if family:
            _relate(template, None, entry.get("patient_version_of"))
        (out / "Summary" / f"CDR{int(entry['id'][3:])}.xml").write_bytes(summary_xml(entry, template))
    for path in sorted((SHARED / "glossary").glob("*.xml")):
        (out / "GlossaryTerm" / f"CDR{int(path.name[16:26])}.xml").write_bytes(path.read_bytes())
    if family:
        spanish = write_spanish(out, entries)
        write_drug_summaries(out, drugs)
        write_terms(out, terms)
        entries = entries + spanish
    return entries


DISTRIBUTION = SHARED / "distribution"
SPANISH_ID = 800000   # NCI's ids for documents of this kind lie far above the English ones
DRUG_ID = 480000
TERM_ID = 1000000


def cdr(number: int) -> str:
    return f"CDR{number:010d}"


def link_patient_versions(entries: list[dict]) -> None:
    """Each patient summary is the patient version of the health professional summary of its title."""
    professional = {e["title"]: e["id"] for e in entries if e["audience"] == "Health professionals"}
    for entry in entries:
        if entry["audience"] == "Patients" and entry["title"] in professional:
            entry["patient_version_of"] = professional[entry["title"]]


def _relate(root: etree.Element, translation_of: str | None, patient_version_of: str | None) -> None:
    for tag in ("TranslationOf", "PatientVersionOf"):
        for old in root.findall(tag):
            root.remove(old)
    at = list(root).index(root.find("SummaryTitle")) + 1
    for tag, ref in (("PatientVersionOf", patient_version_of), ("TranslationOf", translation_of)):
        if ref:
            root.insert(at, etree.Element(tag, ref=ref))


def write_spanish(out: Path, entries: list[dict]) -> list[dict]:
    """A Spanish version of every summary, with the relations NCI's Spanish summaries carry."""
    templates = {"Health professionals": etree.parse(DISTRIBUTION / "Summary" / "CDR256668.xml").getroot(),
                 "Patients": etree.parse(DISTRIBUTION / "Summary" / "CDR583660.xml").getroot()}
    spanish_of = {e["id"]: cdr(SPANISH_ID + n) for n, e in enumerate(entries)}
    written = []
    for entry in entries:
        root = templates[entry["audience"]]
        doc_id = spanish_of[entry["id"]]
        english_professional = entry.get("patient_version_of")
        _relate(root, entry["id"], spanish_of.get(english_professional) if english_professional else None)
        spanish = {**entry, "id": doc_id, "title": f"{entry['title']} (en español)", "language": "Spanish"}
        data = summary_xml(spanish, root)
        (out / "Summary" / f"CDR{int(doc_id[3:])}.xml").write_bytes(data)
        written.append(spanish)
    return written


def drug_names(count: int) -> list[str]:
    """Distinct, pronounceable, made-up drug names (none a real drug's, none an English word)."""
    first, middle, last = "bravomeqtizol", "aeiou", ("tinib", "mab", "platin", "taxel", "rubicin", "zumab")
    names = []
    for n in range(count):
        a, b = divmod(n, len(first) * len(middle) * len(last))
        syllable = first[b % len(first)] + middle[(b // len(first)) % len(middle)]
        names.append(f"{syllable}{a or ''}{'xzqv'[n % 4]}a{last[(b // len(first) // len(middle)) % len(last)]}")
    return names


def write_drug_summaries(out: Path, count: int) -> None:
    """Drug information summaries with the bodies of NCI's four real ones, each naming its own drug."""
    (out / "DrugInfoSummary").mkdir(exist_ok=True)
    bodies = [(p, p.read_bytes()) for p in sorted((DISTRIBUTION / "DrugInfoSummary").glob("*.xml"))]
    for n, name in enumerate(drug_names(count)):
        path, template = bodies[n % len(bodies)]
        root = etree.fromstring(template)
        root.set("id", cdr(DRUG_ID + n))
        root.find("DrugInfoTitle").text = name.capitalize()
        data = etree.tostring(root, encoding="utf-8", xml_declaration=True)
        (out / "DrugInfoSummary" / f"CDR{DRUG_ID + n}.xml").write_bytes(data)


def write_terms(out: Path, count: int) -> None:
    """Drug terms: the seven real ones, then made-up drugs each with a brand, code name and synonym."""
    folder = out / "Term"
    folder.mkdir(exist_ok=True)
    real = sorted((DISTRIBUTION / "Term").glob("*.xml"))
    for path in real:
        (folder / path.name).write_bytes(path.read_bytes())
    template = etree.parse(DISTRIBUTION / "Term" / "CDR41919.xml").getroot()
    for n, name in enumerate(drug_names(max(count - len(real), 0))):
        root = etree.fromstring(etree.tostring(template))
        root.set("id", cdr(TERM_ID + n))
        root.find("PreferredName").text = name
        others = root.findall("OtherName")
        for other in others[3:]:
            root.remove(other)
        for other, (text, kind) in zip(others, ((f"{name[:4].upper()}-{n}", "Code name"),
                                                (f"{name[::-1].capitalize()}", "US brand name"),
                                                (f"{name} hydrochloride", "Synonym"))):
            other.find("OtherTermName").text = text
            other.find("OtherNameType").text = kind
        root.find("Definition/DefinitionText").text = f"A synthetic agent, {name}, made for the benchmark."
        (folder / f"CDR{TERM_ID + n}.xml").write_bytes(etree.tostring(root, encoding="utf-8", xml_declaration=True))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--family", action="store_true", help="Spanish and patient versions, drugs, terms")
    parser.add_argument("--drugs", type=int, default=400)
    parser.add_argument("--terms", type=int, default=30000)
    args = parser.parse_args()
    written = write_distribution(args.out, args.count, args.family, args.drugs, args.terms)
    print(f"{len(written)} summaries in {args.out}", file=sys.stderr)

"""A realistic PDQ distribution for benchmarks: NCI's 358 summaries of the time, by their real titles,
CDR ids, audiences and boards (NLM's catalog in ../shared/pdq), each with the body of one of the
three real shared summaries (76-409 KB of XML, their real structure), written in NCI's layout.

    python benchmarks/synthetic_library.py OUT_DIR [--count 358]
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


def write_distribution(out: Path, count: int | None = None) -> list[dict]:
    """NCI's layout under `out`: Summary/CDR<id>.xml for each entry (and GlossaryTerm/ from shared)."""
    entries = catalog()[:count]
    bodies = templates()
    (out / "Summary").mkdir(parents=True, exist_ok=True)
    (out / "GlossaryTerm").mkdir(exist_ok=True)
    for n, entry in enumerate(entries):
        (out / "Summary" / f"CDR{int(entry['id'][3:])}.xml").write_bytes(summary_xml(entry, bodies[n % len(bodies)]))
    for path in sorted((SHARED / "glossary").glob("*.xml")):
        (out / "GlossaryTerm" / f"CDR{int(path.name[16:26])}.xml").write_bytes(path.read_bytes())
    return entries


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=None)
    args = parser.parse_args()
    written = write_distribution(args.out, args.count)
    print(f"{len(written)} summaries in {args.out}", file=sys.stderr)

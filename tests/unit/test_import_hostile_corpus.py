"""The hostile corpus for the import path (issue 17), made by the test itself: each case is written
here, then imported by the real `run_import` between two genuine summaries. Each is refused naming
its file (and its line where the file has one) or imported, as stated for it, within the stated
time, and the two genuine summaries are imported beside it every time.

    pytest tests/unit/test_import_hostile_corpus.py -s     prints the corpus's figures
"""
from __future__ import annotations

import time

import pytest

from viewer.content import limits
from viewer.library import load_library_dir, run_import

from ..conftest import PDQ_SUMMARIES
from .pdq_xml import cited, section, summary_xml, table
from .test_import_one_odd_file import ODD, SHOWN
from .test_pdq_freezes import FROZE

STATED_SECONDS = 10  # the whole batch of three, on this project's 2-core machines
GENUINE = PDQ_SUMMARIES[:2]
GENUINE_IDS = {"CDR0000062843", "CDR0000062872"}
PARA = "<Para>The dose is 2.5 mg/kg daily.</Para>"


def _glossary(name: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<GlossaryTerm id="CDR0000777001"><TermName>{name}</TermName>'
            "<TermDefinition><DefinitionText>A word.</DefinitionText><Audience>Patient</Audience></TermDefinition>"
            "</GlossaryTerm>").encode()


def cases() -> dict[str, tuple[bytes, str]]:
    """name -> (file bytes, 'refused' with its line, 'refused' (no line: the file as a whole), or 'imported')."""
    found: dict[str, tuple[bytes, str]] = {}
    for name, data in ODD.items():  # finding 1
        found[f"odd-{name}"] = (data, "imported" if name in SHOWN else "refused at a line")
    for name, (data, _) in FROZE.items():  # finding 3
        found[f"freeze-{name}"] = (data, "refused at a line")
    for code in ("200f", "200e", "061c", "202e", "2067", "0085", "05d0"):  # finding 4: what reorders
        found[f"reorders-U+{code.upper()}"] = (summary_xml(section(f"\n<Para>Give &#x{code};2.5 - 25 mg/kg</Para>")),
                                              "refused at a line")
    found["reorders-in-an-attribute"] = (summary_xml(section(PARA, section_id="_1&#x202e;")), "refused at a line")
    found["reorders-in-a-glossary-term"] = (_glossary("gene&#x200f; 5"), "refused at a line")
    for code in ("200b", "200d", "00ad", "2060", "feff", "e0041"):  # finding 4: merely invisible
        found[f"invisible-U+{code.upper()}"] = (summary_xml(section(f"<Para>Give 2&#x{code};.5 mg/kg</Para>")), "imported")
    words = "<Para>" + "Words of a long summary. " * 40 + "</Para>\n"  # finding 6: one size limit
    found["larger-than-the-app-shows"] = (summary_xml(section(words * (limits.MAX_PDQ_SUMMARY_BYTES // len(words) + 50))),
                                          "refused")
    base = summary_xml(section(PARA))
    found.update({
        "billion-laughs": (b'<?xml version="1.0"?>\n<!DOCTYPE S [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
                           b'&a;&a;&a;&a;&a;">]>\n<Summary id="CDR1">&b;</Summary>', "refused at a line"),
        "external-entity": (b'<?xml version="1.0"?>\n<!DOCTYPE S [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                            b'<Summary id="CDR2"><SummaryTitle>&x;</SummaryTitle></Summary>', "refused at a line"),
        "truncated": (base[: len(base) // 2], "refused at a line"),
        "not-utf-8": (base.replace(b"daily", b"caf\xe9"), "refused at a line"),
        "wrong-root": (b'<?xml version="1.0"?>\n<Protocol id="CDR3"/>', "refused at a line"),
        "deep": (summary_xml(section("<Para>" + "<Strong>" * 5000 + "x" + "</Strong>" * 5000 + "</Para>")),
                 "refused at a line"),
        "no-date": (base.replace(b"<DateLastModified>2020-01-01</DateLastModified>", b""), "refused at a line"),
        "bad-date": (base.replace(b"2020-01-01", b"2020-02-30"), "refused at a line"),
        "no-title": (base.replace(b"<SummaryTitle>Generated summary</SummaryTitle>", b""), "refused at a line"),
        "huge-title": (summary_xml(section(PARA), title="T" * 100_000), "refused at a line"),
        "no-id": (base.replace(b'id="CDR0000900001"', b'id="nine"'), "refused at a line"),
        "citation-listed-twice": (summary_xml(section(cited(3, idx_of=lambda i: "2" if i == 3 else str(i)))),
                                  "refused at a line"),
        "citation-missing": (summary_xml(section(cited(3, refidx="9"))), "refused at a line"),
        "reference-before-a-section": (base.replace(b"<SummaryTitle>", b'<Reference refidx="1"/><SummaryTitle>'),
                                       "imported"),  # metadata: not read as text
        "table-spans-nonsense": (summary_xml(section(table(3, more_rows="-4"))), "imported"),
        "utf-16": (base.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"), "imported"),
        "bom": (b"\xef\xbb\xbf" + base, "imported"),
    })
    return found


CASES = cases()
FIGURES: dict[str, tuple[str, float]] = {}  # name -> (what happened, seconds)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_file_is_refused_with_its_file_or_imported_and_the_batch_is_imported(tmp_path, name):
    data, expected = CASES[name]
    path = tmp_path / f"{name}.xml"
    path.write_bytes(data)
    start = time.perf_counter()
    report = run_import(tmp_path / "lib", [GENUINE[0], path, GENUINE[1]])
    seconds = time.perf_counter() - start
    mine = [line for line in report.lines if line.action == "refused"]
    if expected == "imported":
        assert not mine and report.count("added") == 3, [str(line) for line in report.lines]
    else:
        [line] = mine
        assert line.detail.startswith(f"{path}, line " if expected == "refused at a line" else f"{path}: "), line.detail
        assert "Traceback" not in line.detail and len(line.detail) < 400
        assert report.count("added") == 2
    assert seconds < STATED_SECONDS
    library = load_library_dir(tmp_path / "lib")
    assert GENUINE_IDS <= set(library.catalog) and not library.problems
    assert all(library.get(summary_id) is not None for summary_id in library.catalog)  # what was imported opens
    FIGURES[name] = (expected, seconds)


def teardown_module() -> None:
    if not FIGURES:
        return
    slowest = max(FIGURES, key=lambda n: FIGURES[n][1])
    refused = sum(1 for what, _ in FIGURES.values() if what.startswith("refused"))
    with_line = sum(1 for what, _ in FIGURES.values() if what == "refused at a line")
    print(f"\nImport corpus: {len(FIGURES)} hostile files, each beside 2 genuine summaries: {refused} refused "
          f"with their file ({with_line} with a line), {len(FIGURES) - refused} imported; the genuine two imported "
          f"every time; slowest batch: {slowest} in {FIGURES[slowest][1]:.2f} s (stated: {STATED_SECONDS} s)")

"""Drug information summaries and Term documents: read into the one model, imported with the same
trust bar as summaries (files, NCI's folders old and new, archives; one bad document is its own
refusal with file and line; unchanged, newer, older, two copies, NCI's change list)."""
from __future__ import annotations

import io
import re
import shutil
import tarfile
import time
from pathlib import Path

import pytest

from viewer.content import ContentError
from viewer.content.pdq import load_drug_term, load_pdq_summary
from viewer.library import LibraryStore, load_library_dir, run_import
from viewer.library.changes import compare
from viewer.library.cli import main as import_main
from viewer.search.library_search import LibrarySearch

from ..conftest import PDQ

DISTRIBUTION = PDQ / "distribution"
DRUG_SUMMARIES = sorted((DISTRIBUTION / "DrugInfoSummary").glob("*.xml"))
TERMS = sorted((DISTRIBUTION / "Term").glob("*.xml"))
IMATINIB, PEMETREXED, NAB_PACLITAXEL, PACLITAXEL = (DISTRIBUTION / "DrugInfoSummary" / f"CDR{n}.xml"
                                                    for n in (487488, 487511, 495323, 502187))
CALCITRIOL = DISTRIBUTION / "Term" / "CDR41919.xml"
DIMESNA = DISTRIBUTION / "Term" / "CDR43236.xml"


def text_of(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")


def as_file(tmp_path: Path, name: str, text: str) -> Path:
    """A hostile or edited variant, written where the test says (never into the repository)."""
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cli(*args) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = import_main([str(a) for a in args], out, err)
    return status, out.getvalue() + err.getvalue()


# -- the drug information summary reader ------------------------------------------------------------
def test_each_real_drug_information_summary_reads_into_the_summary_model():
    read = {path.stem: load_pdq_summary(path) for path in DRUG_SUMMARIES}
    assert {s.title for s in read.values()} == {"Imatinib Mesylate", "Pemetrexed Disodium", "Paclitaxel",
                                                "Paclitaxel Albumin-Stabilized Nanoparticle Formulation"}
    imatinib = read["CDR487488"]
    assert imatinib.id == "CDR0000487488" and imatinib.metadata.kind == "Drug information"
    assert imatinib.metadata.audience == "Patient" and str(imatinib.metadata.last_updated) == "2006-10-05"
    # NCI's first section has no title: it is headed by the drug's own name, not "(untitled section)"
    assert [s.title for s in imatinib.sections] == ["Imatinib Mesylate", "Information from the FDA",
                                                    "Information from the NCI", "Information from the NLM",
                                                    "Clinical Trials"]
    assert [s.id for s in imatinib.sections][:2] == ["_1", "_FDA"]
    fda = imatinib.sections[1]
    assert [p.anchor for p in fda.paragraphs][:2] == ["_FDA_3.3", "_FDA_4.4"]  # NCI's ids: its list items too
    assert len(fda.paragraphs) == 8  # a paragraph, six list items, a paragraph
    assert imatinib.html.count('class="glossary" href="glossary:CDR0000454785"') == 1
    assert '<a class="external" href="http://www.fda.gov/cder/consumerinfo/druginfo/gleevec.htm">' in imatinib.html
    assert imatinib.metadata.term_id == "CDR0000037862" and imatinib.metadata.term_name == "imatinib mesylate"
    assert imatinib.metadata.drug_names == (("Gleevec", "US brand name"),)
    assert imatinib.metadata.disclaimer.startswith("Important: The drug information on this Web page")
    assert not imatinib.notices


def test_the_drugs_own_names_in_its_text_show_its_term_and_no_other_drugs_do():
    nab = load_pdq_summary(NAB_PACLITAXEL)
    assert ('<a class="drug" href="term:CDR0000038690">Paclitaxel Albumin-Stabilized Nanoparticle Formulation</a>'
            in nab.html)
    # "paclitaxel" alone is another drug (Taxol), and a heading or a link is left as it is
    assert "than paclitaxel." in nab.html and 'href="term:CDR0000038690">paclitaxel<' not in nab.html
    assert '<h1 id="_1">Paclitaxel Albumin-Stabilized Nanoparticle Formulation</h1>' in nab.html
    imatinib = load_pdq_summary(IMATINIB)
    assert imatinib.html.count('href="term:CDR0000037862"') == 2  # "Imatinib mesylate is …" twice in _1
    assert "gleevec.htm" in imatinib.html and 'term:CDR0000037862">gleevec' not in imatinib.html.lower()


def test_a_drug_page_shows_its_brand_names_and_fda_approval_below_its_title_as_cancer_gov_does():
    """NCI's USBrandNames were only in the drug-name hover, FDAApproved nowhere: the facts a clinician
    reads first on cancer.gov's page were not on the screen, on paper or in a copy."""
    imatinib = load_pdq_summary(IMATINIB)
    assert imatinib.html.startswith('<h1 id="_1">Imatinib Mesylate</h1><p class="drug-facts" id="_drug_facts">'
                                    "<b>US Brand Name(s):</b> Gleevec<br><b>FDA Approved:</b> Yes</p>")
    # a passage of the page: found by a search, compared at an update
    assert imatinib.sections[0].paragraphs[0].text == "US Brand Name(s): Gleevec FDA Approved: Yes"
    data = IMATINIB.read_bytes().decode("utf-16").replace("<FDAApproved>Yes", "<FDAApproved>No").replace(
        "<USBrandName>Gleevec</USBrandName>", "<USBrandName>Gleevec</USBrandName><USBrandName>Glivec &amp; co</USBrandName>")
    changed = load_pdq_summary(IMATINIB, data.encode("utf-16"))
    assert "<b>US Brand Name(s):</b> Gleevec, Glivec &amp; co<br><b>FDA Approved:</b> No</p>" in changed.html
    assert compare(imatinib, changed).changed == ["_1"]  # what changed says it when the approval changes
    bare = load_pdq_summary(IMATINIB, re.sub(r"<USBrandNames>.*?</USBrandNames>|<FDAApproved>\w+</FDAApproved>", "",
                                              data, flags=re.S).encode("utf-16"))
    assert "drug-facts" not in bare.html  # nothing said where NCI says nothing


def test_a_damaged_drug_summary_or_term_is_refused_naming_file_and_line(tmp_path):
    text = text_of(IMATINIB)
    no_title = as_file(tmp_path, "no-title.xml", text.replace("<DrugInfoTitle>Imatinib Mesylate</DrugInfoTitle>", ""))
    with pytest.raises(ContentError, match="has no <DrugInfoTitle>"):
        load_pdq_summary(no_title)
    bad_date = as_file(tmp_path, "bad-date.xml", text.replace("2006-10-05", "October 5"))
    error = pytest.raises(ContentError, load_pdq_summary, bad_date).value
    assert error.line == text.count("\n", 0, text.index("<DateFirstPublished>")) + 1
    term = text_of(CALCITRIOL)
    nameless = as_file(tmp_path, "nameless.xml", term.replace("<PreferredName>calcitriol</PreferredName>",
                                                              "<PreferredName> </PreferredName>"))
    error = pytest.raises(ContentError, load_drug_term, nameless).value
    assert "has no <PreferredName>" in error.message and error.line == 2


def test_a_term_with_a_runaway_list_of_names_is_refused_quickly(tmp_path):
    """Bound: 30,000 OtherNames (3 MB) are refused in under 5 s, naming the line past the limit."""
    names = "".join(f"<OtherName><OtherTermName>n{i}</OtherTermName><OtherNameType>Synonym</OtherNameType>"
                    f"</OtherName>\n" for i in range(30_000))
    path = as_file(tmp_path, "many.xml", f'<Term id="CDR1"><PreferredName>x</PreferredName>\n{names}</Term>')
    started = time.monotonic()
    error = pytest.raises(ContentError, load_drug_term, path).value
    assert time.monotonic() - started < 5
    assert "more than 500 <OtherName>s" in error.message and error.line == 502


# -- import ---------------------------------------------------------------------------------------
PATIENT_SUMMARY = DISTRIBUTION / "Summary" / "CDR62878.xml"


def nci_folder(root: Path, term_folder: str = "Term") -> Path:
    """NCI's layout of the shared drug documents beside a summary (a test's own copy in tmp, never
    the repository)."""
    for folder, files in (("Summary", [PATIENT_SUMMARY]), ("DrugInfoSummary", DRUG_SUMMARIES), (term_folder, TERMS)):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, root / folder / path.name)
    return root


@pytest.mark.parametrize("term_folder", ["Term", "Terminology"])
def test_import_reads_ncis_drug_folders_lists_drug_pages_and_keeps_terms_out_of_the_tree(tmp_path, term_folder):
    library = tmp_path / "lib"
    status, out = cli("--library", library, nci_folder(tmp_path / "nci", term_folder))
    assert status == 0, out
    assert "added      CDR0000487488  Imatinib Mesylate (2006-10-05)" in out
    assert "added      CDR0000041919  calcitriol (2006-07-27)" in out
    assert "total: 12 added, 0 updated, 0 unchanged, 0 removed, 0 refused" in out
    shown = load_library_dir(library)
    assert {e.id: e.metadata.kind for e in shown.entries()} == {
        "CDR0000062878": "Treatment",
        "CDR0000487488": "Drug information", "CDR0000487511": "Drug information",
        "CDR0000495323": "Drug information", "CDR0000502187": "Drug information"}  # no Term is reading matter
    assert shown.get("CDR0000502187").sections[0].title == "Paclitaxel"
    generation = LibraryStore(library).open_current()
    assert "summaries/CDR0000487488.xml" in generation.manifest  # checked against its SHA-256 when opened
    assert not [name for name in generation.manifest if "41919" in name]  # a term is a row, not a file
    status, out = cli("--library", library, nci_folder(tmp_path / "again", term_folder))
    assert status == 0 and "total: 0 added, 0 updated, 12 unchanged" in out, out


def test_import_reads_drug_documents_from_an_archive_and_as_single_files(tmp_path):
    archive = tmp_path / "drugs.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(IMATINIB, "DrugInfoSummary/CDR487488.xml")
        tar.add(CALCITRIOL, "Term/CDR41919.xml")
    status, out = cli("--library", tmp_path / "lib", archive, DIMESNA, PACLITAXEL)
    assert status == 0 and "total: 4 added" in out, out
    assert "drugs.tar.gz:Term/CDR41919.xml" not in out  # added, not refused
    index = LibrarySearch(load_library_dir(tmp_path / "lib")).index()
    assert index.term_info("CDR0000041919").preferred == "calcitriol"
    assert index.term_info("CDR0000043236").preferred == "dimesna"


def test_one_bad_term_is_its_own_refusal_with_file_and_line_and_the_rest_is_imported(tmp_path):
    text = text_of(CALCITRIOL).replace("2006-07-27", "July 2006")
    bad = as_file(tmp_path, "Term/CDR41919.xml", text)
    at = text.count("\n", 0, text.index("<DateLastModified>")) + 1
    status, out = cli("--library", tmp_path / "lib", bad, DIMESNA, IMATINIB)
    assert status == 1
    line = next(line for line in out.splitlines() if "CDR41919.xml" in line)
    assert line.startswith("refused") and f", line {at}: <DateLastModified> must be a date" in line, line
    assert "added      CDR0000043236  dimesna" in out and "added      CDR0000487488" in out


def dated(path: Path, tmp: Path, name: str, date: str, extra: str = "") -> Path:
    text = text_of(path)
    text = text.replace("<DateLastModified>2006-07-27</DateLastModified>", f"<DateLastModified>{date}</DateLastModified>")
    return as_file(tmp, name, text.replace("<PreferredName>calcitriol</PreferredName>",
                                           f"<PreferredName>calcitriol</PreferredName>{extra}"))


def names_of(library: Path, term_id: str = "CDR0000041919") -> set[str]:
    info = LibrarySearch(load_library_dir(library)).index().term_info(term_id)
    return {name for name, _ in info.other_names} if info else set()


NEW_NAME = "<OtherName><OtherTermName>Calcijex</OtherTermName><OtherNameType>US brand name</OtherNameType></OtherName>"


def test_a_newer_term_replaces_the_librarys_an_older_one_is_refused_unless_allowed(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", library, CALCITRIOL)[0] == 0
    status, out = cli("--library", library, dated(CALCITRIOL, tmp_path, "new/CDR41919.xml", "2007-01-02", NEW_NAME))
    assert status == 0 and "updated    CDR0000041919  calcitriol (2006-07-27 → 2007-01-02)" in out, out
    assert "Calcijex" in names_of(library)
    status, out = cli("--library", library, CALCITRIOL)
    assert status == 1 and "dated 2006-07-27, older than the library's 2007-01-02" in out
    assert "Calcijex" in names_of(library)
    status, out = cli("--library", library, "--allow-older", CALCITRIOL)
    assert status == 0 and "updated" in out and "Calcijex" not in names_of(library)


def test_two_copies_of_a_term_in_one_run_the_newer_is_taken_and_contradicting_ones_are_both_refused(tmp_path):
    library = tmp_path / "lib"
    newer = dated(CALCITRIOL, tmp_path, "b/CDR41919.xml", "2007-01-02", NEW_NAME)
    status, out = cli("--library", library, newer, CALCITRIOL)
    assert status == 0 and "skipped    CDR0000041919  calcitriol" in out and "is newer (2007-01-02)" in out, out
    assert "Calcijex" in names_of(library)
    # the same date, different text: neither is taken; the library keeps its own copy
    one = dated(CALCITRIOL, tmp_path, "c/CDR41919.xml", "2008-01-01")
    two = dated(CALCITRIOL, tmp_path, "d/CDR41919.xml", "2008-01-01", NEW_NAME.replace("Calcijex", "Other"))
    status, out = cli("--library", library, one, two, DIMESNA)  # dimesna is added: a generation is written
    assert status == 1 and out.count("refused") >= 2 and "contradicting another copy" in out, out
    assert "Calcijex" in names_of(library) and "Other" not in names_of(library)


def test_ncis_change_list_drops_a_term_and_a_drug_summary(tmp_path):
    library = tmp_path / "lib"
    assert cli("--library", library, nci_folder(tmp_path / "w1"))[0] == 0
    week = nci_folder(tmp_path / "w2")
    (week / "Term.202548").write_text("CDR41919.xml:dropped\n")
    (week / "DrugInfoSummary.202548").write_text("CDR487511.xml:removed\n")
    (week / "Term" / "CDR41919.xml").unlink()
    (week / "DrugInfoSummary" / "CDR487511.xml").unlink()
    status, out = cli("--library", library, week)
    assert status == 0, out
    assert "removed    CDR0000041919  calcitriol (NCI's change list Term.202548)" in out
    assert "removed    CDR0000487511  Pemetrexed Disodium" in out
    shown = load_library_dir(library)
    assert "CDR0000487511" not in {e.id for e in shown.entries()}
    assert LibrarySearch(shown).index().term_info("CDR0000041919") is None


def test_a_term_is_unchanged_by_its_sha256_whatever_its_file_is_called(tmp_path, monkeypatch):
    library = tmp_path / "lib"
    assert cli("--library", library, CALCITRIOL)[0] == 0
    renamed = as_file(tmp_path, "calcitriol.xml", "")
    renamed.write_bytes(CALCITRIOL.read_bytes())  # no id in its name: read, then found the same
    status, out = cli("--library", library, renamed)
    assert status == 0 and "unchanged  CDR0000041919  calcitriol" in out, out
    # named as NCI names it, the same bytes are known unchanged without being read again (a weekly
    # re-import of tens of thousands of terms)
    import viewer.library.one_document as one_document

    monkeypatch.setattr(one_document, "drug_term_from_document", lambda doc: 1 / 0)
    status, out = cli("--library", library, CALCITRIOL)
    assert status == 0 and "unchanged  CDR0000041919  calcitriol" in out, out


def test_run_import_reports_terms_as_their_own_kind(tmp_path):
    report = run_import(tmp_path / "lib", [CALCITRIOL, IMATINIB])
    assert {(line.doc_id, line.kind) for line in report.lines} == {("CDR0000041919", "terms"),
                                                                    ("CDR0000487488", "summaries")}


def test_the_import_contract_python_m_viewer_import_accepts_drug_and_term_documents(tmp_path):
    import subprocess
    import sys

    from ..conftest import REPO

    result = subprocess.run([sys.executable, "-m", "viewer", "import", "--library", str(tmp_path / "lib"),
                             str(nci_folder(tmp_path / "nci"))], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "total: 12 added" in result.stdout


def test_a_damaged_index_is_made_again_and_the_report_says_to_import_the_terms_again(tmp_path):
    """The terms are rows of the index: an index that fails its check is not trusted for them either."""
    library = tmp_path / "lib"
    run_import(library, [CALCITRIOL, IMATINIB])
    index = library / "v000001" / "index" / "search.sqlite"
    index.write_bytes(index.read_bytes()[:5000])
    report = run_import(library, [DIMESNA])
    assert any("import NCI's Term files again" in note for note in report.notes), report.notes
    search = LibrarySearch(load_library_dir(library)).index()
    assert search.term_info("CDR0000041919") is None  # nothing kept from a damaged file
    assert search.term_info("CDR0000043236").preferred == "dimesna"
    assert search.term_info("CDR0000037862").other_names == (("Gleevec", "US brand name"),)  # made again from its page
    assert run_import(library, [CALCITRIOL]).count("added") == 1


def test_a_hostile_drug_page_naming_its_drug_everywhere_reads_quickly_and_marks_a_bounded_number():
    """Bound: 3 MB of text naming one of 200 brand names 180,000 times reads in under 5 s, with at
    most 500 names marked (each would be a link for the reader to lay out)."""
    brands = "".join(f"<USBrandName>Brand{i} aaaa</USBrandName>" for i in range(200))
    paras = "".join(f'<Para id="_p{i}">' + "aaaa Brand1 aaaa " * 60 + "</Para>" for i in range(3000))
    xml = (f'<DrugInformationSummary id="CDR1"><DrugInfoMetaData><TerminologyLink ref="CDR2">x</TerminologyLink>'
           f'<USBrandNames>{brands}</USBrandNames></DrugInfoMetaData><DrugInfoTitle>Aaaa</DrugInfoTitle>'
           f'<Section id="_1">{paras}</Section><DateFirstPublished>2020-01-01</DateFirstPublished>'
           '</DrugInformationSummary>').encode()
    started = time.monotonic()
    summary = load_pdq_summary("hostile.xml", xml)
    assert time.monotonic() - started < 5
    assert summary.html.count('href="term:CDR0000000002"') == 500
    assert len(summary.sections[0].paragraphs) == 3000 + 1  # nothing of the text is lost (+ the brand names)

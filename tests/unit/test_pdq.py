"""NCI's PDQ XML -> the document model: the three real summaries, and what a renderer must get right."""
from __future__ import annotations

import re

import pytest

from viewer.content import ContentError
from viewer.content.pdq import cdr_id, load_glossary_term, load_pdq_summary, parse
from viewer.content.pdq.references import marker_text

from ..conftest import PDQ_GLOSSARY, PDQ_SUMMARIES

MARKER = re.compile(r"\[(\d+(?:-\d+)?)(?:,(\d+(?:-\d+)?))*\]")


def pdq(body: str, *, head: str = "", summary_id: str = "CDR0000000001", date: str = "2020-03-04") -> bytes:
    """A small Summary document around `body` (the SummarySections)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><Summary id="{summary_id}"><SummaryMetaData>'
            "<SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>"
            f"<SummaryLanguage>English</SummaryLanguage></SummaryMetaData>{head}<SummaryTitle>Test (PDQ®)</SummaryTitle>"
            f"{body}<DateLastModified>{date}</DateLastModified></Summary>").encode("utf-8")


def load(data: bytes, name: str = "test.xml"):
    return load_pdq_summary(name, data)


def paragraphs(summary) -> list[str]:
    return [p.text for s in summary.walk() for p in s.paragraphs]


@pytest.fixture(scope="module", params=PDQ_SUMMARIES, ids=lambda p: p.name.split("-")[0])
def real(request):
    return request.param, load_pdq_summary(request.param), parse(request.param)


def test_the_shared_files_are_there():
    assert len(PDQ_SUMMARIES) == 3 and len(PDQ_GLOSSARY) == 2


def test_real_summaries_keep_title_date_type_and_ncis_section_ids(real):
    path, summary, doc = real
    assert summary.id == cdr_id(doc.root.get("id"))
    assert summary.title == " ".join("".join(doc.root.find("SummaryTitle").itertext()).split())
    assert summary.metadata.last_updated.isoformat() == doc.root.findtext("DateLastModified").strip()[:10]
    assert summary.metadata.audience == "Health Professional"
    assert summary.metadata.kind in ("Treatment", "Genetics")
    ids = [s.get("id") for s in doc.root.iter("SummarySection") if s.find("Title") is not None]
    assert [s.id for s in summary.walk()] == ids  # every titled section, in order, with NCI's id
    titles = [s.title for s in summary.sections]
    assert any(t.startswith("Changes to This Summary") for t in titles)


def test_every_reference_resolves_to_its_own_top_level_list(real):
    path, summary, doc = real
    listed = {(top.id, r.number) for top in summary.sections for r in top.references}
    cited = {(c.section_id, n) for s in summary.walk() for p in s.paragraphs for c in p.citations for n in c.numbers}
    assert cited and cited <= listed
    # every <Reference> element of the source is in some marker of its own top-level section
    for top_el, top in zip(doc.root.findall("SummarySection"), summary.sections):
        wanted = {int(r.get("refidx")) for r in top_el.iter("Reference")}
        assert wanted == {n for s in top.walk() for p in s.paragraphs for c in p.citations for n in c.numbers}
    assert f'href="cite:{summary.sections[0].id}/' in summary.html or not summary.sections[0].references


def test_citations_carry_their_pmid(real):
    path, summary, doc = real
    pmids = {c.get("PMID") for c in doc.root.iter("Citation") if c.get("PMID")}
    assert pmids == {r.pmid for top in summary.sections for r in top.references if r.pmid}


def test_whitespace_collapses_like_an_xml_renderer(real):
    path, summary, doc = real
    for text in paragraphs(summary):
        assert "\t" not in text and "\n" not in text and "  " not in text, text[:80]
        assert not re.search(r"\w \.(\s|$)", text), text[:120]


def test_in_summary_links_point_at_anchors_the_text_has(real):
    path, summary, doc = real
    anchors = set(re.findall(r' id="([^"]+)"', summary.html))
    targets = re.findall(r'<a class="xref" href="#([^"]+)"', summary.html)
    assert targets and set(targets) <= anchors
    assert "place not found in this summary" not in summary.html  # every in-summary SummaryRef resolves


def test_the_pretty_printed_utf16_file_reads_the_same_words():
    summary = load_pdq_summary(next(p for p in PDQ_SUMMARIES if "utf16" in p.name))
    texts = paragraphs(summary)
    assert any("BRCA" in t for t in texts)
    assert all(not re.search(r"\S ,", t) for t in texts)


def test_glossary_terms_read_with_every_definition():
    gene = load_glossary_term(next(p for p in PDQ_GLOSSARY if "gene" in p.name))
    assert (gene.id, gene.name, gene.pronunciation) == ("CDR0000045693", "gene", "(jeen)")
    assert gene.definition_for("Health Professional").dictionary == "Genetics"
    assert gene.definition_for("Patient").text.startswith("The functional and physical unit of heredity")
    minimal = load_glossary_term(next(p for p in PDQ_GLOSSARY if "leukemia" in p.name))
    assert minimal.definition_for("Health Professional").audience == "Patient"  # the only one there is


@pytest.mark.parametrize("numbers, marker", [
    ((1,), "[1]"), ((2, 3), "[2,3]"), ((4, 5, 6, 7, 8, 9), "[4-9]"), ((1, 3, 4, 5), "[1,3-5]"), ((5, 1), "[5,1]")])
def test_adjacent_references_merge_as_cancer_gov_shows_them(numbers, marker):
    assert marker_text(numbers) == marker


def section(inner: str, refs: int = 9, sid: str = "_1", title: str = "Overview") -> str:
    citations = "".join(f'<Citation idx="{n}" PMID="{1000 + n}">Author {n}. Journal.</Citation>' for n in range(1, refs + 1))
    listing = f"<ReferenceSection>{citations}</ReferenceSection>" if refs else ""
    return f'<SummarySection id="{sid}"><Title>{title}</Title>{inner}{listing}</SummarySection>'


def test_adjacent_reference_elements_become_one_linked_marker():
    body = '<Para id="_2">Text.<Reference refidx="4"/><Reference refidx="5"/> <Reference refidx="6"/> More.<Reference refidx="2"/></Para>'
    summary = load(pdq(section(body)))
    [paragraph] = summary.sections[0].paragraphs
    assert paragraph.text == "Text.[4-6] More.[2]"
    assert [c.numbers for c in paragraph.citations] == [(4, 5, 6), (2,)]
    assert '<a class="citation" href="cite:_1/4,5,6" title="Reference 4, 5, 6">[4-6]</a>' in summary.html


def test_no_space_before_punctuation_after_an_inline_element():
    body = '<Para id="_2">Carriers of <GeneName>BRCA1</GeneName>\n\t\t, and of\n\t<Strong>ATM</Strong>\n.</Para>'
    assert paragraphs(load(pdq(section(body, refs=0)))) == ["Carriers of BRCA1, and of ATM."]


def test_lists_tables_notes_and_figures_keep_every_word():
    body = ('<Para id="_2">Intro<MediaLink ref="CDR0000748659" alt="Drawing of the brain" id="_9">'
            '<Caption language="en">The brain.</Caption></MediaLink>after the figure.</Para>'
            '<ItemizedList id="_3" Style="bullet"><ListTitle>Options</ListTitle><ListItem>One <Para id="_4">nested para</Para>'
            '<OrderedList Style="LAlpha"><ListItem>deep</ListItem></OrderedList></ListItem></ItemizedList>'
            '<Table id="_5"><Title>Table 1. Doses</Title><TGroup Cols="3"><ColSpec ColName="col1" ColNum="1"/>'
            '<ColSpec ColName="col2" ColNum="2"/><ColSpec ColName="col3" ColNum="3"/><THead><Row>'
            '<entry NameSt="col1" NameEnd="col2">Drug and dose</entry><entry>Level</entry></Row></THead>'
            '<TFoot><Row><entry namest="col1" nameend="col3">Footnote.</entry></Row></TFoot>'
            '<TBody><Row><entry MoreRows="1">A</entry><entry>5 mg</entry><entry>II</entry></Row>'
            '<Row><entry>10 mg</entry><entry>III</entry></Row></TBody></TGroup></Table>'
            '<Para id="_6">See <SummaryRef href="CDR0000000001#_5">the table</SummaryRef> and '
            '<SummaryRef href="CDR0000000001#_3">the list</SummaryRef>.<Note>A note.</Note></Para>')
    summary = load(pdq(section(body, refs=0)))
    texts = paragraphs(summary)
    assert "[Figure not in this library]" in summary.html  # the viewer's note, not searchable text; its caption says which
    for words in ("Intro", "The brain.", "Image description: Drawing of the brain",
                  "after the figure.", "Options", "One", "nested para", "deep", "Table 1. Doses", "Drug and dose",
                  "Level", "A", "5 mg", "10 mg", "III", "Footnote.", "A note."):
        assert words in texts, words
    assert 'colspan="2"' in summary.html and 'rowspan="2"' in summary.html and 'colspan="3"' in summary.html
    assert "<tfoot>" in summary.html and summary.html.index("<tfoot>") > summary.html.index("<tbody>")
    assert "list-style-type: lower-alpha" in summary.html
    # links to a table or a list land on their first passage (an alias), never on nothing
    assert summary.resolve_anchor("_5") in re.findall(r' id="([^"]+)"', summary.html)
    assert summary.resolve_anchor("_3") in re.findall(r' id="([^"]+)"', summary.html)
    assert "place not found" not in summary.html


def test_links_elsewhere_loe_glossary_and_external_addresses():
    body = ('<Para id="_2">See <SummaryRef href="CDR0000062680#_12">another</SummaryRef> '
            '[<LOERef href="CDR0000335150">Level of evidence: 1iiA</LOERef>] a <GlossaryTermRef href="CDR0000045693">gene'
            '</GlossaryTermRef> <ExternalRef xref="https://www.cancer.gov/x">online</ExternalRef> '
            '<ProtocolRef href="CDR1" nct_id="NCT1">ACNS0121</ProtocolRef>.</Para>')
    summary = load(pdq(section(body, refs=0)))
    assert paragraphs(summary) == ["See another [Level of evidence: 1iiA] a gene online (https://www.cancer.gov/x) ACNS0121."]
    assert 'href="pdq:CDR0000062680#_12"' in summary.html
    assert '<a class="loe" href="glossary:CDR0000335150#1iiA">Level of evidence: 1iiA</a>' in summary.html
    assert 'href="glossary:CDR0000045693"' in summary.html


def test_unknown_elements_keep_their_text_and_are_reported_once_at_their_first_line():
    body = '<Para id="_2">Keep\n<Gizmo>these words</Gizmo>\nand\n\n<Gizmo>these</Gizmo>.</Para>'
    summary = load(pdq(section(body, refs=0)))  # the first Gizmo on line 2, the second on line 5
    assert paragraphs(summary) == ["Keep these words and these."]
    assert len(summary.notices) == 1 and "<Gizmo> (first at line 2)" in summary.notices[0]


def test_a_spanspec_named_by_an_entry_gives_its_column_span():
    table = ('<Table id="_5"><TGroup Cols="4"><ColSpec ColName="c1" ColNum="1"/><ColSpec ColName="c2" ColNum="2"/>'
             '<ColSpec ColName="c3" ColNum="3"/><ColSpec ColName="c4" ColNum="4"/>'
             '<SpanSpec SpanName="middle" NameSt="c2" NameEnd="c4"/><TBody>'
             '<Row><entry>Drug</entry><entry SpanName="middle">Dose over three columns</entry></Row>'
             '<Row><entry>A</entry><entry>1</entry><entry>2</entry><entry>3</entry></Row></TBody></TGroup></Table>')
    summary = load(pdq(section(table, refs=0)))
    assert re.search(r'<td[^>]* colspan="3"[^>]*>Dose over three columns', summary.html)


@pytest.mark.parametrize("style, css", [("Bullet", "disc"), ("Dash", "square"), ("Simple", "none"),
                                        ("Arabic", "decimal"), ("LAlpha", "lower-alpha"), ("UAlpha", "upper-alpha"),
                                        ("LRoman", "lower-roman"), ("URoman", "upper-roman")])
def test_each_list_style_numbers_as_nci_asks(style, css):
    kind = "ItemizedList" if style in ("Bullet", "Dash", "Simple") else "OrderedList"
    body = f'<{kind} id="_3" Style="{style}"><ListItem>first</ListItem><ListItem>second</ListItem></{kind}>'
    assert f"list-style-type: {css}" in load(pdq(section(body, refs=0))).html


def test_metadata_for_the_details_view():
    head = '<AltTitle TitleType="Short">Short one</AltTitle><Frobnicated>kept, not shown as body text</Frobnicated>'
    summary = load(pdq(section("<Para>x</Para>", refs=0), head=head))
    meta = summary.metadata
    assert (meta.kind, meta.language, meta.short_title) == ("Treatment", "English", "Short one")
    assert ("Frobnicated", "kept, not shown as body text") in meta.other


@pytest.mark.parametrize("data, message, line", [
    (pdq(section('<Para id="_2">x<Reference refidx="12"/></Para>', refs=3)), "does not list", 1),
    (pdq(section('\n<Para id="_2">x\n<Reference refidx="two"/></Para>')), "not a reference number", 3),
    (b'<?xml version="1.0"?>\n<Glossary id="CDR1"/>', "root element is <Glossary>", 2),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<Summary id="CDR1">\n<SummaryTitle>caf\xe9</SummaryTitle></Summary>',
     "not well-formed", 3),
    (pdq(section("<Para>x</Para>", refs=0))[:-40], "not well-formed", 1),
    (pdq(section("<Para>x</Para>", refs=0), date="24/09/2015"), "must be a date", 1),
])
def test_malformed_input_names_file_and_line(data, message, line):
    with pytest.raises(ContentError) as caught:
        load(data, "bad/CDR1.xml")
    assert message in caught.value.message
    assert caught.value.line == line
    assert str(caught.value).startswith("bad/CDR1.xml")


def test_a_truncated_real_file_is_refused_with_its_line():
    data = PDQ_SUMMARIES[0].read_bytes()
    with pytest.raises(ContentError) as caught:
        load(data[: len(data) // 2], "truncated.xml")
    assert "not well-formed" in caught.value.message and caught.value.line > 1


def test_a_top_level_section_without_a_title_keeps_its_words_under_a_plain_label():
    summary = load(pdq("<SummarySection><Para>no title anywhere</Para></SummarySection>"))
    assert summary.sections[0].title == "(untitled section)"
    assert paragraphs(summary) == ["no title anywhere"]


def test_a_level_of_evidence_is_bracketed_alike_however_its_source_spaces_it():
    """Issue 19: "[ Level of evidence: 1iiDi ]" beside "[Level of evidence: 1iiC]"."""
    body = section('<Para id="_2">Surgery.<Reference refidx="1"/>[ <LOERef href="CDR0000335150">Level of '
                   'evidence: 1iiDi</LOERef> ] Then.<Reference refidx="2"/>[<LOERef href="CDR0000335151">'
                   'Level of evidence: 1iiC</LOERef>]</Para>')
    html = load(pdq(body)).html
    assert '[<a class="loe" href="glossary:CDR0000335150#1iiDi">Level of evidence: 1iiDi</a>] Then' in html
    assert '[<a class="loe" href="glossary:CDR0000335151#1iiC">Level of evidence: 1iiC</a>]' in html


def test_a_citation_marker_is_joined_to_the_word_before_it():
    """Issue 19: "therapy." / "[89]" — a marker wrapped onto a line of its own."""
    body = section('<Para id="_2">after therapy.<Reference refidx="1"/> And <Reference refidx="2"/></Para>')
    html = load(pdq(body)).html
    assert 'therapy.\u2060<a class="citation"' in html
    assert 'And <a class="citation"' in html  # after a space, a line may break as always


def test_a_long_citation_marker_breaks_only_after_its_commas():
    """At 40 pt "[38,205,206]" glued to its word was broken where the line ran out: "[38,205,2" / "06]"."""
    refs = "".join(f'<Reference refidx="{n}"/>' for n in (1, 2, 5))
    html = load(pdq(section(f"<Para id=\"_2\">after therapy.{refs}</Para>"))).html
    assert '>[1,\u200b2,\u200b5]</a>' in html

"""What a search returns (issue 19, items 1-5): the order of results, more of them on demand, the
sections named so they can be told apart, common words left out, and the word that occurs nowhere."""
from __future__ import annotations

import sqlite3

import pytest

from viewer.content.pdq import load_pdq_summary
from viewer.content.section_labels import distinguishing_paths, section_labels
from viewer.search import SearchIndex, parse_query
from viewer.search.index_file import SCHEMA_VERSION, IndexWriter, schema_version

from ..conftest import PDQ_SUMMARIES

BREAST, OTHER = "CDR0000062787", "CDR0000062999"


def pdq(summary_id: str, title: str, body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><Summary id="{summary_id}"><SummaryMetaData>'
            "<SummaryType>Treatment</SummaryType><SummaryAudience>Health professionals</SummaryAudience>"
            f"<SummaryLanguage>English</SummaryLanguage></SummaryMetaData><SummaryTitle>{title}</SummaryTitle>"
            f"{body}<DateLastModified>2024-01-02</DateLastModified></Summary>").encode("utf-8")


def references(count: int, words: str) -> str:
    """A reference list whose every entry is a paper with `words` in its title (as NCI's lists are)."""
    return "<ReferenceSection>" + "".join(
        f'<Citation idx="{n}" PMID="{100 + n}">Author {n}: {words} in {n} patients, strongly. J Surg {n}.</Citation>'
        for n in range(1, count + 1)) + "</ReferenceSection>"


@pytest.fixture(scope="module")
def two_summaries():
    """The breast summary's own sentinel-node paragraph, one mention only, against another summary
    with two dozen reference entries whose titles say "sentinel lymph node" again and again."""
    breast = pdq(BREAST, "Breast Cancer Treatment", f"""
        <SummarySection id="_1"><Title>Surgery</Title>
          <Para id="_10">Axillary staging by a biopsy of the sentinel lymph node spares most women a full
          dissection, with its lymphoedema and loss of shoulder movement, when the first node is free of
          tumour, as trials over ten years of follow-up have shown again.<Reference refidx="1"/></Para>
          {references(1, "Axillary staging")}</SummarySection>""")
    other = pdq(OTHER, "Melanoma Treatment", f"""
        <SummarySection id="_1"><Title>Staging</Title>
          <Para id="_20">Sentinel lymph node biopsy: sentinel lymph node status predicts survival.</Para>
          <KeyPoint id="_21">Sentinel lymph node biopsy stages the regional nodes.</KeyPoint>
          <Para id="_22">Melanoma spreads first to the regional nodes.</Para>
          {references(24, "Sentinel lymph node biopsy, sentinel lymph node mapping")}</SummarySection>
        <SummarySection id="_2"><Title>Sentinel lymph node biopsy</Title><Para id="_30">See above.</Para></SummarySection>""")
    summaries = [load_pdq_summary("breast.xml", breast), load_pdq_summary("other.xml", other)]
    return SearchIndex.build(summaries)


def kinds(results) -> list[str]:
    return [h.kind for h in results.hits]


# -- item 1: body text first, the open summary before equal ones, references last --------------------
def test_references_come_after_every_passage_of_text(two_summaries):
    results = two_summaries.search("sentinel lymph node")
    order = kinds(results)
    assert order.count("reference") == 24
    last_text = max(i for i, kind in enumerate(order) if kind != "reference")
    assert last_text < order.index("reference")


def test_headings_and_key_points_come_before_plain_paragraphs(two_summaries):
    results = two_summaries.search("sentinel lymph node biopsy")
    assert [(h.summary_id, h.anchor) for h in results.hits[:3]] == [(OTHER, "_2"), (OTHER, "_21"), (OTHER, "_20")]
    assert kinds(results)[:3] == ["heading", "keypoint", "paragraph"]


def test_the_open_summarys_paragraph_comes_before_the_others_of_its_kind(two_summaries):
    plain = two_summaries.search("sentinel lymph node")
    assert [h.anchor for h in plain.hits if h.kind == "paragraph"] == ["_20", "_10"]  # BM25 alone: the other's
    preferred = two_summaries.search("sentinel lymph node", prefer_summary=BREAST)
    paragraphs = [(h.summary_id, h.anchor) for h in preferred.hits if h.kind == "paragraph"]
    assert paragraphs[0] == (BREAST, "_10")
    # still after the headings and key points, still before every reference
    assert kinds(preferred)[:3] == ["heading", "keypoint", "paragraph"]
    assert preferred.hits[2].summary_id == BREAST


# -- item 5: more results on demand -------------------------------------------------------------------
def test_pages_continue_the_same_order_without_repeats_or_gaps(two_summaries):
    everything = two_summaries.search("sentinel", limit=500, prefer_summary=BREAST)
    assert not everything.more
    pages, offset = [], 0
    for _ in range(20):  # bounded: a paging that never ends fails rather than hangs
        page = two_summaries.search("sentinel", limit=7, offset=offset, prefer_summary=BREAST)
        pages += page.hits
        offset += len(page.hits)
        if not page.more:
            break
    assert [(h.summary_id, h.anchor) for h in pages] == [(h.summary_id, h.anchor) for h in everything.hits]
    assert len(pages) > 7 * 3


# -- item 2: a section named so that it is told from the others ----------------------------------------
def test_a_label_takes_as_much_of_the_path_as_tells_it_apart():
    paths = {"a": ("Newly diagnosed", "Chemotherapy"), "b": ("Recurrent", "Options", "Chemotherapy"),
             "c": ("Recurrent", "Surgery"), "d": ("Recurrent",), "e": ("Metastatic", "Options", "Chemotherapy")}
    labels = distinguishing_paths(paths.items())
    assert labels == {"a": ("Newly diagnosed", "Chemotherapy"), "b": ("Recurrent", "Options", "Chemotherapy"),
                      "c": ("Surgery",), "d": ("Recurrent",), "e": ("Metastatic", "Options", "Chemotherapy")}
    deep = {"x": ("Top", "Middle", "Recurrent", "Chemotherapy"), "y": ("Top", "Newly", "Chemotherapy")}
    assert distinguishing_paths(deep.items())["x"] == ("…", "Recurrent", "Chemotherapy")
    twins = {"p": ("Same", "Twin"), "q": ("Same", "Twin")}  # cannot be told apart: the whole path
    assert distinguishing_paths(twins.items()) == {"p": ("Same", "Twin"), "q": ("Same", "Twin")}


def test_ependymomas_three_chemotherapy_sections_have_three_labels():
    summary = load_pdq_summary(next(p for p in PDQ_SUMMARIES if "ependymoma" in p.name))
    labels = section_labels(summary)
    chemotherapy = [labels[s.id] for s in summary.walk() if s.title == "Chemotherapy"]
    assert len(chemotherapy) == 3 and len(set(chemotherapy)) == 3
    assert all(label.endswith(" › Chemotherapy") for label in chemotherapy)
    assert any("disseminated" in label for label in chemotherapy)


def test_search_results_carry_the_label(tmp_path):
    summary = load_pdq_summary(next(p for p in PDQ_SUMMARIES if "ependymoma" in p.name))
    index = SearchIndex.build([summary])
    headings = [h.where for h in index.search("chemotherapy", limit=200).hits
                if h.kind == "heading" and h.section_title == "Chemotherapy"]
    assert len(headings) == 3 and len(set(headings)) == 3
    writer = IndexWriter(tmp_path / "library.sqlite")  # the library's index, made by import, too
    writer.replace(summary)
    library = SearchIndex.build([])
    library.attach(writer.finish())
    assert [h.where for h in library.search("chemotherapy", limit=200).hits
            if h.kind == "heading" and h.section_title == "Chemotherapy"] == headings


def test_an_index_of_the_older_schema_is_read_and_rebuilt_by_the_next_import(tmp_path):
    old = tmp_path / "old.sqlite"
    db = sqlite3.connect(old)
    db.executescript("""
        CREATE TABLE summaries(summary_id TEXT PRIMARY KEY, title TEXT);
        CREATE TABLE sections(summary_id TEXT, section_id TEXT, title TEXT);
        CREATE VIRTUAL TABLE passages USING fts5(summary_id UNINDEXED, section_id UNINDEXED, anchor UNINDEXED,
            kind UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE TABLE vocabulary(word TEXT PRIMARY KEY, summaries INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO summaries VALUES ('S', 'Old');
        INSERT INTO sections VALUES ('S', '_1', 'Chemotherapy');
        INSERT INTO passages VALUES ('S', '_1', '_1', 'heading', 'Chemotherapy', '');""")
    db.commit()
    db.close()
    index = SearchIndex.build([])
    index.attach(old)
    assert [h.where for h in index.search("chemotherapy").hits] == ["Chemotherapy"]  # its titles, then
    assert schema_version(old) == 0
    writer = IndexWriter(tmp_path / "new.sqlite", start_from=old)
    assert writer.ids() == set()  # not copied: the import indexes every summary again (importer._index_missing)
    assert schema_version(writer.finish()) == SCHEMA_VERSION


# -- item 3: common words are not searched (and so not marked) -----------------------------------------
def test_common_words_are_left_out_unless_in_a_phrase_in_capitals_or_alone():
    query = parse_query("segregation analyses of prostate cancer families")
    assert query.plain_words() == ["segregation", "analyses", "prostate", "cancer", "families"]
    assert query.ignored == ["of"] and "“of”" in query.hint
    assert parse_query('"analyses of prostate"').plain_words() == ["analyses", "of", "prostate"]
    assert parse_query("WAS syndrome").plain_words() == ["was", "syndrome"]  # Wiskott-Aldrich
    assert parse_query("vitamin a").plain_words() == ["vitamin", "a"]
    assert parse_query("the").plain_words() == ["the"]


def test_a_passage_marks_only_the_words_searched(two_summaries):
    [hit] = [h for h in two_summaries.search("dissection of the lymphoedema").hits]
    assert {t.casefold() for t in hit.terms} == {"dissection", "lymphoedema"}
    assert not any(marked and text.strip().casefold() in ("of", "the") for text, marked in hit.snippet)
    [phrase] = two_summaries.search('"free of tumour"').hits
    assert phrase.terms == ("free of tumour",)  # the phrase as one mark, not its words one by one


# -- item 4: the word that occurs nowhere ----------------------------------------------------------------
def test_no_results_names_the_word_that_occurs_nowhere_as_the_index_cuts_it(two_summaries):
    results = two_summaries.search("first 10 years premenopausalb")
    assert not results.hits and results.missing == "premenopausalb"
    results = two_summaries.search("again 24 sentinelb")  # "24" occurs (a reference's number), digits and all
    assert results.missing == "sentinelb" and results.suggestion == "sentinel"


def test_when_every_word_occurs_but_never_together_it_says_so(two_summaries):
    results = two_summaries.search("melanoma lymphoedema")
    assert not results.hits and not results.missing
    assert "not all of them in one passage" in results.hint


@pytest.mark.parametrize("query", ["8,000 women", "almost 8,000 premenopausal"])
def test_digits_that_occur_are_never_blamed(query):
    summary = load_pdq_summary("x.xml", pdq(BREAST, "B", """<SummarySection id="_1"><Title>T</Title>
        <Para id="_2">Almost 8,000 premenopausal women were randomly assigned.</Para></SummarySection>"""))
    index = SearchIndex.build([summary])
    results = index.search(query + " zzyzx")
    assert results.missing == "zzyzx"


def test_what_changed_names_its_sections_by_their_distinguishing_path():
    import datetime as dt
    import re

    from viewer.library.changes import SummaryChanges, changes_html

    summary = load_pdq_summary(next(p for p in PDQ_SUMMARIES if "ependymoma" in p.name))
    chemotherapy = [s.id for s in summary.walk() if s.title == "Chemotherapy"]
    changes = SummaryChanges(dt.date(2014, 1, 1), added=chemotherapy[:1], changed=chemotherapy[1:],
                             removed=[(chemotherapy[0], "Chemotherapy")])
    html = changes_html(changes, summary, summary)
    named = re.findall(r"<a href='#_\d+'>([^<]*Chemotherapy)</a>", html)
    assert len(named) == 3 and len(set(named)) == 3, named
    assert "› Chemotherapy</span>" in html  # a removed section by its old path

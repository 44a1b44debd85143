"""Search: stemming, diacritics, plurals, phrases, prefixes, exclusion, ranking, safety."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.content import load_library, load_summary
from viewer.paths import summaries_dir
from viewer.search import SearchIndex, parse_query
from viewer.search.plurals import forms


@pytest.fixture(scope="module")
def bundled():
    return SearchIndex.build(load_library(summaries_dir()).summaries)


def anchors(results):
    return [h.anchor for h in results.hits]


@pytest.mark.parametrize("query, anchor, term", [
    ("plockinger", "metastatic-gi-carcinoid-ref-3", "Plöckinger"),      # diacritics
    ("PLÖCKINGER", "metastatic-gi-carcinoid-ref-3", "Plöckinger"),      # case
    ("lauffer", "metastatic-gi-carcinoid-ref-1", "Läuffer"),
    ("Octreotate", "metastatic-gi-carcinoid-p3", "octreotate"),         # inside 177Lu-octreotate
    ("bronchospasms", "metastatic-gi-carcinoid-p4", "bronchospasm"),    # Porter stemming
    ("metastasis", "metastatic-gi-carcinoid-p1", "metastases"),         # Greek plural
    ("carcinoid", "metastatic-gi-carcinoid-p2", "carcinoids"),
])
def test_words_are_found_however_they_are_spelled(bundled, query, anchor, term):
    results = bundled.search(query)
    hit = next(h for h in results.hits if h.anchor == anchor)
    assert term in hit.terms
    assert (term, True) in hit.snippet


def test_a_hit_knows_its_summary_section_and_place(bundled):
    hit = bundled.search("theophylline").hits[0]
    assert hit.summary_title == "Gastrointestinal Carcinoid Tumors Treatment (PDQ®)"
    assert hit.section_title == "Metastatic Gastrointestinal Carcinoid Tumors"
    assert (hit.section_id, hit.anchor) == ("metastatic-gi-carcinoid", "metastatic-gi-carcinoid-p4")
    assert "theophylline" in hit.snippet_text()


def test_citation_markers_are_not_searchable_words(bundled):
    # p1 and p2 hold "4" only in their citation marker [4]; reference 4 is "4. Modlin …"
    assert anchors(bundled.search("4")) == ["metastatic-gi-carcinoid-ref-4"]


# (singular, plural) pairs Porter alone does not join
PLURALS = [
    ("metastasis", "metastases"), ("diagnosis", "diagnoses"), ("prognosis", "prognoses"),
    ("carcinoma", "carcinomata"), ("sarcoma", "sarcomata"), ("stoma", "stomata"),
    ("bronchus", "bronchi"), ("thrombus", "thrombi"), ("nucleus", "nuclei"), ("embolus", "emboli"),
    ("datum", "data"), ("bacterium", "bacteria"), ("septum", "septa"),
    ("criterion", "criteria"), ("ganglion", "ganglia"),
    ("vertebra", "vertebrae"), ("fistula", "fistulae"),
    ("appendix", "appendices"), ("cervix", "cervices"), ("cortex", "cortices"), ("index", "indices"),
    ("phalanx", "phalanges"), ("larynx", "larynges"),
    ("lumen", "lumina"), ("foramen", "foramina"),
    ("corpus", "corpora"), ("viscus", "viscera"),
]


@pytest.fixture(scope="module")
def plural_index(tmp_path_factory):
    from ..conftest import write_summary

    root = tmp_path_factory.mktemp("plurals")
    body = "\n\n".join(f"## {s.title()} {{#s-{s}}}\n\nThe word here is {s}.\n\n## {p.title()} {{#p-{p}}}\n\nThe word here is {p}."
                       for s, p in PLURALS)
    summary = load_summary(write_summary(root, "plurals", "# Words {#words}\n\nList.\n\n" + body))
    return SearchIndex.build([summary])


@pytest.mark.parametrize("singular, plural", PLURALS)
def test_greek_and_latin_plurals_meet(plural_index, singular, plural):
    assert f"p-{plural}-p1" in anchors(plural_index.search(singular))
    assert f"s-{singular}-p1" in anchors(plural_index.search(plural))
    assert plural in forms(singular) and singular in forms(plural)


def test_short_words_are_not_bent_into_plurals():
    assert forms("bus") == ["bus"] and forms("data")[0] == "data"
    assert "radiatia" not in forms("radiation")


def test_phrase_needs_the_words_together(bundled):
    assert anchors(bundled.search('"spinal cord metastases"')) == ["metastatic-gi-carcinoid-p1"]
    assert anchors(bundled.search('"cord spinal"')) == []


def test_prefix(bundled):
    hit = bundled.search("octreo*").hits[0]
    assert hit.terms == ("octreotate",)
    assert bundled.search("octreo ").hits == []  # a finished word is exact; one being typed is a prefix (below)


def test_exclusion_and_or(bundled):
    with_nci = set(anchors(bundled.search("clinical trials")))
    without = set(anchors(bundled.search("clinical trials -NCI")))
    assert without and without < with_nci
    assert set(anchors(bundled.search("clinical trials NOT NCI"))) == without
    either = set(anchors(bundled.search("theophylline OR radionuclides")))
    assert either == {"metastatic-gi-carcinoid-p3", "metastatic-gi-carcinoid-p4"}


def test_ranking_prefers_the_passage_about_the_words(make_summary):
    md = """# A {#a}

Fibrosis is mentioned once among many other words about treatment planning, staging and follow-up care.

Fibrosis fibrosis fibrosis: fibrosis of the liver.

## Fibrosis {#fibrosis}

Other text.
"""
    index = SearchIndex.build([load_summary(make_summary(md))])
    assert anchors(index.search("fibrosis"))[:2] == ["fibrosis", "a-p2"]


def test_no_results_suggest_the_closest_indexed_word(bundled):
    results = bundled.search("chemotheraphy")
    assert results.hits == [] and results.suggestion == "chemotherapy"
    assert bundled.search("tumr").suggestion == "tumor"


def test_a_short_word_that_occurs_nowhere_is_offered_no_neighbour(bundled):
    """"nab" (of nab-paclitaxel) was offered "nb": three letters are one from too many words."""
    assert bundled.search("gi").hits  # (a word as short as that which occurs: found as ever)
    results = bundled.search("cno")  # one letter from "co", "no", "cn"…: none of them what was meant
    assert results.missing == "cno" and results.suggestion == ""


def test_results_can_be_limited_to_one_summary(bundled):
    assert bundled.search("carcinoid", summary_id="nope").hits == []
    assert bundled.search("carcinoid", summary_id="gi-carcinoid-treatment-hp").hits


def test_a_summary_without_results_says_how_many_the_library_has(make_summary):
    """"Only the open summary" and none there: the whole library's count, so the reader knows whether
    widening the search helps; the same count the library's own search lists, page after page."""
    paragraphs = "\n\n".join(f"Paragraph {n} on hepatic fibrosis and its staging." for n in range(7))
    other = make_summary(f"# Liver {{#liver}}\n\n{paragraphs}\n\n# Lung {{#lung}}\n\nFibrosis of the lung.\n",
                         name="liver")
    here = make_summary("# Heart {#heart}\n\nNothing of the liver in this one: the heart's staging.\n", name="heart")
    index = SearchIndex.build([load_summary(other), load_summary(here)])
    listed = []
    while True:  # the library's search, page by page as the window fetches them
        page = index.search("fibrosis", limit=3, offset=len(listed))
        listed += page.hits
        if not page.more:
            break
    results = index.search("fibrosis", summary_id="heart")
    assert results.hits == [] and results.in_library == len(listed) == 8
    assert index.search("staging", summary_id="heart").in_library == 0  # results here: nothing counted
    assert index.search("hepatic fibrosis", summary_id="heart").in_library == 7  # together, as the search wants
    nowhere = index.search("cirrhosis", summary_id="heart")
    assert nowhere.in_library == 0 and nowhere.missing == "cirrhosis"


@pytest.mark.parametrize("text", ['"', 'AND (', "*", "NEAR", "NEAR(a b)", "-", "--x", "OR", "a OR", "OR a",
                                  "\x00\x07", "😀", "(((", "x" * 10_000, "carcinoid " * 2_000, "'; DROP TABLE passages; --",
                                  'col:word', "^start", "a + b", "\u202e", ""])
def test_strange_queries_never_raise(bundled, text):
    results = bundled.search(text)
    assert "could not be run" not in results.hint  # no SQLite error was swallowed on the way
    if parse_query(text).is_empty:
        assert results.hits == []  # nothing to search for finds nothing, never everything
    for hit in results.hits:  # what is found holds a word searched for, marked where it is
        assert hit.terms and any(marked for _, marked in hit.snippet)
    if text.startswith("carcinoid"):
        assert results.hits  # a long query of a real word still finds it
    # nothing in the query reached SQLite as SQL or FTS5 syntax: the index is whole and answers as before
    assert anchors(bundled.search("theophylline")) == ["metastatic-gi-carcinoid-p4"]


def test_overlong_and_empty_queries_say_why(bundled):
    assert "first 500 characters" in bundled.search("x" * 10_000).hint
    assert "Type a word" in bundled.search("*").hint
    assert "exclusions only" in bundled.search("-carcinoid").hint


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_random_user_strings_never_raise(text):
    index = _shared_index()
    results = index.search(text)
    assert results.hint != "That search could not be run; try fewer or simpler words.", parse_query(text).fts()


_INDEX = []


def _shared_index():
    if not _INDEX:
        _INDEX.append(SearchIndex.build(load_library(summaries_dir()).summaries))
    return _INDEX[0]


def test_the_library_index_is_updated_for_what_an_import_changes(tmp_path):
    """IndexWriter: a summary replaced or removed takes its passages and its words with it."""
    import sqlite3

    from viewer.search.index_file import IndexWriter

    from ..conftest import write_summary
    from viewer.content import load_summary

    old = load_summary(write_summary(tmp_path / "a", "one", "# A {#a}\n\nThe zanubrutinib dose.\n"))
    new = load_summary(write_summary(tmp_path / "b", "one", "# A {#a}\n\nThe acalabrutinib dose.\n"))
    other = load_summary(write_summary(tmp_path / "c", "two", "# B {#b}\n\nAnother dose.\n"))
    writer = IndexWriter(tmp_path / "first.sqlite")
    writer.replace(old)
    writer.replace(other)
    first = writer.finish()
    writer = IndexWriter(tmp_path / "second.sqlite", start_from=first)
    writer.replace(new)
    second = writer.finish()
    index = SearchIndex.build([])
    index.attach(second)
    vocabulary = dict(sqlite3.connect(second).execute("SELECT word, summaries FROM vocabulary"))
    assert "zanubrutinib" not in vocabulary and vocabulary["acalabrutinib"] == 1 and vocabulary["dose"] == 2
    assert not index.search("zanubrutinib").hits
    assert [h.summary_id for h in index.search("acalabrutinib").hits] == ["one"]
    assert {h.summary_id for h in index.search("dose").hits} == {"one", "two"}
    writer = IndexWriter(tmp_path / "third.sqlite", start_from=second)
    writer.remove("one")
    index = SearchIndex.build([])
    index.attach(writer.finish())
    assert {h.summary_id for h in index.search("dose").hits} == {"two"}
    vocabulary = dict(sqlite3.connect(writer.path).execute("SELECT word, summaries FROM vocabulary"))
    assert "acalabrutinib" not in vocabulary and vocabulary["dose"] == 1  # its words left with it


@pytest.mark.parametrize("typed, word", [("chemo", "chemotherapy"), ("octreo", "octreotate"),
                                         ("chemotherap", "chemotherapy"), ("carcinoid synd", "syndrome")])
def test_the_word_being_typed_matches_as_a_prefix(bundled, typed, word):
    """Issue 12: 'No results' until the word was complete."""
    hits = bundled.search(typed).hits
    assert hits and any(word in " ".join(t.casefold() for t in h.terms) for h in hits), typed


def test_the_word_being_typed_completes_as_written_not_as_stemmed(tmp_path):
    """A stemmed prefix "genes*" is "gene*": typing "genes" found "General Information" first. The
    word is completed from the library's own words; the stemmed prefix only past MAX_COMPLETIONS."""
    from viewer.search.index import MAX_COMPLETIONS

    from ..conftest import write_summary

    text = ("# General Information {#a}\n\nIn general, most patients.\n\n# Genes {#b}\n\nThe gene and its genes, "
            "genesis aside.\n\n# Many {#c}\n\n" + " ".join(f"zed{n:03}x" for n in range(MAX_COMPLETIONS + 1)) + "\n")
    index = SearchIndex.build([load_summary(write_summary(tmp_path, "words", text))])
    found = {t.casefold() for h in index.search("genes").hits for t in h.terms}
    assert found >= {"genes", "genesis"} and not any(t.startswith("general") for t in found)
    assert {t.casefold() for h in index.search("gene").hits for t in h.terms} >= {"gene", "general"}  # a start
    assert index.search("zed0").hits  # more words than listed: the stemmed prefix, as before


def test_a_finished_word_or_a_short_one_is_not_a_prefix(bundled):
    assert not bundled.search("chemo ").hits  # a space after it: the word is done
    assert not bundled.search("xq").hits


def word_starts(query) -> list[str]:
    """The terms of a parsed query that match as word starts (a written word* or the word being typed)."""
    return [" ".join(t.words) for g in [*query.groups, query.excluded] for t in g if t.prefix or t.typing]


def test_a_query_holds_a_bounded_number_of_word_starts_of_three_letters_or_more():
    """Item 9 of the attack: "a* OR b* … OR z*" expanded to every word of the library and took 1.9 s
    on the UI thread. Short starts and those past the fourth are searched as whole words, and said so."""
    from viewer.search.query import MAX_PREFIXES, MIN_PREFIX, PREFIX_HINT

    every_letter = parse_query(" OR ".join(f"{c}*" for c in "abcdefghijklmnopqrstuvwxyz"))
    assert word_starts(every_letter) == [] and "*" not in every_letter.fts()
    assert PREFIX_HINT in every_letter.hint and f"need {MIN_PREFIX} letters" in PREFIX_HINT
    many = parse_query("radio* OR chemo* OR octreo* OR carcin* OR metast* OR surg* -hepat* lanreo")
    assert word_starts(many) == ["radio", "chemo", "octreo", "carcin"] and len(word_starts(many)) == MAX_PREFIXES
    assert many.fts().count("*") == MAX_PREFIXES  # metast, surg, hepat and the typed lanreo: whole words
    assert PREFIX_HINT in many.hint
    assert word_starts(parse_query("octreo* carcin")) == ["octreo", "carcin"] and not parse_query("octreo* carcin").hint


def test_results_are_ordered_from_the_rowids_exactly_as_from_each_rows_kind_and_summary(pdq_library):
    """The ordering reads a passage's kind and summary from its rowid (not its row, which cost
    more than the match for a common word in NCI's whole set): same hits, same order, as the
    order read from the rows themselves (what an index from before schema 3 is searched by)."""
    from viewer.library.load import load_library_dir
    from viewer.search.index_file import KIND_ORDER, ROWID_KIND_SHIFT, ROWID_SEQ_BITS, ROWID_SUMMARY_MASK
    from viewer.search.library_search import LibrarySearch

    index = LibrarySearch(load_library_dir(pdq_library)).index()
    assert "library" in index._schemas
    numbers = dict(index._db.execute("SELECT summary_id, rowid FROM library.summaries"))
    for rowid, kind, summary_id in index._db.execute("SELECT rowid, kind, summary_id FROM library.passages"):
        assert rowid >> ROWID_KIND_SHIFT == KIND_ORDER[kind]
        assert (rowid >> ROWID_SEQ_BITS) & ROWID_SUMMARY_MASK == numbers[summary_id]
    queries = ["radiation", "cancer", "prostate cancer", "gene*", '"overall survival"', "surgery -radiation"]
    read = {}
    for numbered in (True, False):
        index._numbered["library"] = numbered
        read[numbered] = [[(h.summary_id, h.anchor, h.kind) for h in index.search(q, prefer_summary=prefer).hits]
                          + [(h.summary_id, h.anchor) for h in index.search(q, summary_id=prefer).hits]
                          for q in queries for prefer in ("CDR0000062872", "CDR0000299612")]
    assert read[True] == read[False] and all(read[True])

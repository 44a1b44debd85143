import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.content.citations import MAX_RANGE, CitationSyntaxError, parse_citation_numbers


@pytest.mark.parametrize("inner, numbers", [
    ("4", (4,)),
    ("4,5", (4, 5)),
    ("2-4", (2, 3, 4)),
    ("1,3-5", (1, 3, 4, 5)),
    (" 1 , 3 - 5 ", (1, 3, 4, 5)),
    ("2\u20134", (2, 3, 4)),  # en dash, as typeset text often has
    ("7", (7,)),
])
def test_markers_name_the_references_they_list(inner, numbers):
    assert parse_citation_numbers(inner) == numbers


@pytest.mark.parametrize("inner, complaint", [
    ("0", "from 1"),
    ("4-2", "backwards"),
    ("1-500", "longer"),
    ("3,3", "twice"),
    ("2-4,3", "twice"),
    ("1,,2", "empty"),
    ("a", "not a number"),
    ("", "empty"),
])
def test_bad_markers_are_refused_with_a_reason(inner, complaint):
    with pytest.raises(CitationSyntaxError, match=complaint):
        parse_citation_numbers(inner)


def compress(numbers: list[int]) -> str:
    """The way an editor writes a set of references: runs of three or more as ranges."""
    parts, run = [], [numbers[0]]
    for n in numbers[1:]:
        if n == run[-1] + 1:
            run.append(n)
        else:
            parts.append(run)
            run = [n]
    parts.append(run)
    return ",".join(f"{r[0]}-{r[-1]}" if len(r) > 2 else ",".join(map(str, r)) for r in parts)


@given(st.sets(st.integers(1, 300), min_size=1, max_size=40))
def test_any_set_of_references_written_as_ranges_reads_back_the_same(numbers):
    ordered = sorted(numbers)  # at most 40 numbers: no run is longer than MAX_RANGE
    assert parse_citation_numbers(compress(ordered)) == tuple(ordered)


@given(st.integers(1, 9000), st.integers(0, MAX_RANGE - 1))
def test_a_range_names_every_number_in_it(low, span):
    assert parse_citation_numbers(f"{low}-{low + span}") == tuple(range(low, low + span + 1))


@given(st.text(max_size=60))
def test_no_input_raises_anything_but_a_citation_error(text):
    try:
        numbers = parse_citation_numbers(text)
    except CitationSyntaxError:
        return
    assert numbers and all(n >= 1 for n in numbers) and len(set(numbers)) == len(numbers)

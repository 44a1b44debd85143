"""NCI's column widths (CALS ColSpec@colwidth) reach the table's cells."""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import pytest

from viewer.content.pdq import load_pdq_summary
from viewer.content.pdq.colwidths import CellColumns, column_shares, width_attribute

from ..conftest import PDQ_SUMMARIES


@pytest.mark.parametrize("widths, shares", [
    (["15.97%", "34.18%", "49.84%"], [15.97, 34.18, 49.84]),
    (["*", "*", "1.33*", "*"], [100 / 4.33, 100 / 4.33, 133 / 4.33, 100 / 4.33]),
    (["1*", "1.00*", ""], [100 / 3] * 3),           # a missing width is one share
    (["1in", "72pt", "2.54cm", "96px"], [25.0] * 4),  # lengths, in proportion
])
def test_widths_become_shares_of_the_table(widths, shares):
    assert column_shares(widths) == pytest.approx(shares, abs=0.01)


@pytest.mark.parametrize("widths", [[], ["", ""], ["50%", "1*"], ["wide", "1*"], ["0*", "0*"], ["1*+2pt", "1*"], ["9" * 400 + "*", "1*"]])
def test_widths_that_say_nothing_usable_give_none(widths):
    assert column_shares(widths) is None


def test_cells_know_their_columns_past_spans_and_rows_held_from_above():
    columns = {"c1": 1, "c2": 2, "c3": 3}
    walk = CellColumns(columns, {"both": ("c2", "c3")})
    rows = ['<Row><entry MoreRows="1">a</entry><entry NameSt="c2" NameEnd="c3">b</entry></Row>',
            '<Row><entry>c</entry><entry>d</entry></Row>',      # column 1 is held by "a"
            '<Row><entry>e</entry><entry SpanName="both">f</entry></Row>']
    found = [walk.row(etree.fromstring(row).findall("entry")) for row in rows]
    assert found == [[(1, 1), (2, 3)], [(2, 2), (3, 3)], [(1, 1), (2, 3)]]
    assert width_attribute([20.0, 30.0, 50.0], 2, 3) == ""  # a spanning cell: Qt would share it out evenly
    assert width_attribute([20.0, 30.0, 50.0], 3, 3) == ' width="49.5%"'


def test_ependymoma_table_1_cells_carry_ncis_widths():
    path = next(p for p in PDQ_SUMMARIES if "ependymoma" in p.name)
    html = load_pdq_summary(path).html
    table = html[html.index('<table class="pdq"'):]
    table = table[:table.index("</table>")]
    widths = sorted({float(w) for w in re.findall(r'width="([\d.]+)%"', table)} - {100.0})
    assert widths == pytest.approx([15.97 * 0.99, 34.18 * 0.99, 49.84 * 0.99], abs=0.01)

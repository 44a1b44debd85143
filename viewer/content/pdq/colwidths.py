"""CALS column widths (`ColSpec@colwidth`) as shares of the table, and which columns each cell of a
table covers, so every cell can carry its columns' width: "15.97%", proportional "1.33*" ("*" alone
and a missing width are "1*"), or lengths ("2in", "3cm", "72pt", "96px"). A table that mixes kinds,
or says nothing, gets no widths: the viewer sizes its columns by their text."""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as etree

from .text import attr, whole_number

POINTS_PER = {"pt": 1.0, "px": 0.75, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pi": 12.0, "pc": 12.0}
_WIDTH = re.compile(r"\s*(?:(\d+(?:\.\d+)?|\.\d+)\s*)?(\*|%|pt|px|in|cm|mm|pi|pc)?\s*", re.I)
MAX_ROWS_SPANNED = 200
# Qt rounds each column up to a whole pixel: shares summing to exactly 100% make a table a pixel or
# two wider than its column, and the page would scroll sideways by that much.
ROUNDING_SLACK = 0.99


def _parse(text: str) -> tuple[str, float] | None:
    """("star" | "percent" | "length", amount) for one colwidth; None for a form not understood."""
    if not text.strip():
        return "star", 1.0
    match = _WIDTH.fullmatch(text)
    if match is None or (match.group(1) is None and match.group(2) != "*"):
        return None
    amount = float(match.group(1)) if match.group(1) is not None else 1.0
    unit = (match.group(2) or "pt").lower()  # a bare number is in points (CALS)
    if unit == "*":
        return "star", amount
    if unit == "%":
        return "percent", amount
    return "length", amount * POINTS_PER[unit]


def column_shares(widths: list[str]) -> list[float] | None:
    """Each column's share of the table in percent (summing to 100), or None when the widths say nothing usable."""
    if not widths or all(not w.strip() for w in widths):
        return None
    parsed = [_parse(w) for w in widths]
    if any(p is None for p in parsed) or len({kind for kind, _ in parsed}) != 1:
        return None
    total = sum(amount for _, amount in parsed)
    if not 0 < total < math.inf:
        return None
    return [100 * amount / total for _, amount in parsed]


def group_shares(group: etree.Element) -> list[float] | None:
    return column_shares([attr(spec, "colwidth") for spec in group.findall("ColSpec")])


class CellColumns:
    """Walks a table part's rows and says which columns (first, last; 1-based) each entry covers:
    its `namest`/`nameend` or `colname` where it names them, else the next column not held by a
    cell above that spans rows into this one."""

    def __init__(self, columns: dict[str, int], spans: dict[str, tuple[str, str]]):
        self.columns, self.spans = columns, spans
        self._held: dict[int, int] = {}  # column -> rows it is still held for

    def row(self, entries: list[etree.Element]) -> list[tuple[int, int]]:
        found, position = [], 1
        for entry in entries:
            start_name, end_name = attr(entry, "namest") or attr(entry, "colname"), attr(entry, "nameend")
            if attr(entry, "spanname") in self.spans:
                start_name, end_name = self.spans[attr(entry, "spanname")]
            while self._held.get(position, 0) > 0:
                position += 1
            start = self.columns.get(start_name, position) if start_name else position
            end = max(self.columns.get(end_name, start) if end_name else start, start)
            found.append((start, end))
            rows = whole_number(attr(entry, "morerows"), MAX_ROWS_SPANNED - 1) or 0  # ASCII digits, bounded
            for column in range(start, end + 1):
                self._held[column] = rows + 1  # this row and those below
            position = end + 1
        self._held = {column: rows - 1 for column, rows in self._held.items() if rows > 1}
        return found


def width_attribute(shares: list[float] | None, first: int, last: int) -> str:
    """' width="n%"' for a cell of one column, or "" when the table has no widths. (A cell over
    several columns says nothing: Qt would share its width out evenly among them.)"""
    if not shares or first != last or not 1 <= first <= len(shares):
        return ""
    return f' width="{round(shares[first - 1] * ROUNDING_SLACK, 2):g}%"'

"""CALS tables (PDQ's `Table`/`TGroup`/`ColSpec`/`THead`/`TBody`/`TFoot`/`Row`/`entry`) -> HTML tables.

Spans come from the column names: `namest`/`nameend` (or a `SpanSpec` by `spanname`) give the
column span, `morerows` the extra rows. Attribute names are matched whatever their case (NCI's
files write `NameSt`, CALS `namest`). The title is a caption above the table, and each cell is a
passage of its own, so search can find and mark a word in any cell.
"""
from __future__ import annotations

import xml.etree.ElementTree as etree
from html import escape
from typing import TYPE_CHECKING

from .. import limits
from .colwidths import CellColumns, group_shares, width_attribute
from .text import attr, whole_number

if TYPE_CHECKING:
    from .writer import Writer

MAX_SPAN = 200
MAX_COLUMNS = 1_000


class TableWriter:
    def __init__(self, writer: Writer):
        self.writer = writer

    def write(self, table: etree.Element) -> None:
        w = self.writer
        title = table.find("Title")
        if title is not None and "".join(title.itertext()).strip():
            w.out.append('<div class="table-title">')
            w.flow(title)
            w.out.append("</div>")
        for group in table.findall("TGroup"):
            self._group(group)
        for child in table:
            if isinstance(child.tag, str) and child.tag not in ("Title", "TitleAbbrev", "TGroup"):
                w.unknown.setdefault(f"Table/{child.tag}", w.doc.line(child) or 0)
                w.flow(child)

    def _group(self, group: etree.Element) -> None:
        columns: dict[str, int] = {}
        for position, spec in enumerate(group.findall("ColSpec"), 1):
            columns[attr(spec, "colname")] = whole_number(attr(spec, "colnum"), MAX_COLUMNS) or position
        spans = {attr(s, "spanname"): (attr(s, "namest"), attr(s, "nameend")) for s in group.findall("SpanSpec")}
        shares = group_shares(group)  # NCI's column widths, as shares of the table
        w = self.writer
        w.out.append('<table class="pdq" width="100%" border="1" cellspacing="0" cellpadding="4">')
        parts = [(group.find("THead"), "th"), (group.find("TBody"), "td"), (group.find("TFoot"), "td")]
        for part, cell_tag in parts:
            if part is None:
                continue
            w.out.append({"THead": "<thead>", "TBody": "<tbody>", "TFoot": "<tfoot>"}[part.tag])
            cells = CellColumns(columns, spans)  # each cell carries its columns' share of the table
            rows = part.findall("Row")
            for position, row in enumerate(rows):
                w.count("table rows", row, limits.MAX_TABLE_ROWS)
                w.out.append("<tr>")
                entries = row.findall("entry")
                for entry, (first, last) in zip(entries, cells.row(entries)):
                    found, covered = self._span_attributes(entry, columns, spans, len(rows) - position)
                    if covered:
                        w.count("cells covered by spans", entry, limits.MAX_SPANNED_CELLS, covered)
                    w.flow(entry, container=f"{cell_tag}{found}{width_attribute(shares, first, last)}")
                w.out.append("</tr>")
            w.out.append({"THead": "</thead>", "TBody": "</tbody>", "TFoot": "</tfoot>"}[part.tag])
        w.out.append("</table>")

    @staticmethod
    def _span_attributes(entry: etree.Element, columns: dict[str, int], spans: dict[str, tuple[str, str]],
                         rows_left: int) -> tuple[str, int]:
        """The cell's span and alignment attributes, and how many cells its spans cover beyond its
        own. A row span ends with its part (THead, TBody, TFoot), as CALS says."""
        start, end = attr(entry, "namest"), attr(entry, "nameend")
        if attr(entry, "spanname") in spans:
            start, end = spans[attr(entry, "spanname")]
        found, width, height = "", 1, 1
        if start in columns and end in columns:
            span = columns[end] - columns[start] + 1
            if 1 < span <= MAX_SPAN:
                found += f' colspan="{span}"'
                width = span
        more = min(whole_number(attr(entry, "morerows"), MAX_SPAN - 1) or 0, rows_left - 1)
        if more:
            found += f' rowspan="{more + 1}"'
            height = more + 1
        align = attr(entry, "align").lower()
        if align in ("left", "right", "center"):
            found += f' align="{align}"'
        valign = attr(entry, "valign").lower()
        if valign in ("top", "middle", "bottom"):
            found += f' valign="{valign}"'
        return escape(found, quote=False), width * height - 1

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

from .colwidths import CellColumns, group_shares, width_attribute
from .text import attr

if TYPE_CHECKING:
    from .writer import Writer

MAX_SPAN = 200


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
            number = attr(spec, "colnum")
            columns[attr(spec, "colname")] = int(number) if number.isdigit() else position
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
            for row in part.findall("Row"):
                w.out.append("<tr>")
                entries = row.findall("entry")
                for entry, (first, last) in zip(entries, cells.row(entries)):
                    width = width_attribute(shares, first, last)
                    w.flow(entry, container=f"{cell_tag}{self._span_attributes(entry, columns, spans)}{width}")
                w.out.append("</tr>")
            w.out.append({"THead": "</thead>", "TBody": "</tbody>", "TFoot": "</tfoot>"}[part.tag])
        w.out.append("</table>")

    @staticmethod
    def _span_attributes(entry: etree.Element, columns: dict[str, int], spans: dict[str, tuple[str, str]]) -> str:
        start, end = attr(entry, "namest"), attr(entry, "nameend")
        if attr(entry, "spanname") in spans:
            start, end = spans[attr(entry, "spanname")]
        found = ""
        if start in columns and end in columns:
            span = columns[end] - columns[start] + 1
            if 1 < span <= MAX_SPAN:
                found += f' colspan="{span}"'
        more = attr(entry, "morerows")
        if more.isdigit() and 0 < int(more) < MAX_SPAN:
            found += f' rowspan="{int(more) + 1}"'
        align = attr(entry, "align").lower()
        if align in ("left", "right", "center"):
            found += f' align="{align}"'
        valign = attr(entry, "valign").lower()
        if valign in ("top", "middle", "bottom"):
            found += f' valign="{valign}"'
        return escape(found, quote=False)

"""A document's HTML in pieces Qt can import one at a time (prepared_document.build_document):
PySide holds Python's GIL for the whole of one QTextDocument.setHtml, so one large import stops the
UI thread's Python for seconds; pieces give it back between them.

Pieces end only where Qt's import of the whole would start a new block anyway, with nothing left
pending (an empty block, an anchor waiting for text): between two block elements at the top of the
body, between two items of a list at the top (a reference list of thousands), or between two rows
of a table at the top that no span crosses. A piece of list items carries the items either side of
it as context (Qt gives a list's first and last item the list's margins), which the importer parses
but does not copy; a large table is made at once from its skeleton, its cells filled a run of rows
at a time.

Only what this app's HTML writers produce is split: text outside tags holds no "<" or ">" (it is
escaped), every element is closed. Anything else, and any document of NCI's size, is one piece,
imported as before."""
from __future__ import annotations

import re
from dataclasses import dataclass

PIECE_CHARACTERS = 6_000  # Qt copies a piece's places into a document of thousands: keep it short
PIECE_PLACES = 150        # ids per piece: each is compared with every place before it (Qt's format hash)
# A document with fewer places and characters than these is imported whole, as before: Qt takes
# about 50 ms for it (NCI's largest real summaries: 1,118 places, 360,000 characters of HTML), and
# pieces would make it slower (each is parsed, then copied twice).
WHOLE_PLACES = 2_000
WHOLE_CHARACTERS = 1_000_000

LEAD_IN = "<p>.</p>"  # a block before a piece's first, as the whole document has one there
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
_VOID = frozenset({"br", "hr", "img", "col", "wbr", "meta", "link", "input", "area", "base"})
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "hr", "div",
                     "blockquote", "pre", "dl"})
_LISTS = frozenset({"ul", "ol"})
# Qt's import starts a block at each of these, which the next text fills (or, left empty, the next
# element takes over: a piece may not end there, its next piece would be parsed as if it had not)
_OPEN_BLOCKS = _BLOCKS | {"li", "td", "th", "tr", "dt", "dd", "img"}
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_WRAPPER = re.compile(r"\A\s*<html>\s*<body>(.*)</body>\s*</html>\s*\Z", re.DOTALL)


@dataclass(frozen=True)
class Piece:
    """`html`: top-level blocks, or (with `list_open`) list items: `html` is the items to copy,
    `before`/`after` one item either side ("" at the list's ends), parsed as context only."""
    html: str
    list_open: str = ""
    before: str = ""
    after: str = ""

    def source(self, lead_in: bool = False) -> str:
        """What Qt is given to parse for this piece; `lead_in`: after a paragraph (where the whole
        import has one before it), unless the item before it leads in."""
        lead = LEAD_IN if lead_in and not self.before else ""
        if not self.list_open:
            return f"<html><body>{lead}{self.html}</body></html>"
        name = _TAG.match(self.list_open).group(2).lower()
        return f"<html><body>{lead}{self.list_open}{self.before}{self.html}{self.after}</{name}></body></html>"


@dataclass(frozen=True)
class TablePiece:
    """A large table at the top: `skeleton` (its tags without the cells' contents: what Qt makes
    its rows, columns, widths and spans of), then its rows a run at a time: (the number of the
    run's first row, the run as a table of its own)."""
    skeleton: str
    runs: tuple[tuple[int, str], ...]


@dataclass
class _Node:
    """An element of the HTML's outline: its name, where it starts and ends, its children."""

    name: str
    start: int
    end: int = -1
    children: list[_Node] | None = None


def _masked(html: str) -> str:
    """`html` with its comments (a figure's placeholder) blanked: Qt makes nothing of them."""
    return _COMMENT.sub(lambda comment: " " * len(comment.group()), html) if "<!--" in html else html


def _top_level(body: str) -> list[_Node] | None:
    """The body's top-level elements, with the children of top-level lists; None if the body is not
    what our writers produce (text outside them, stray brackets, unclosed or misnested tags)."""
    top: list[_Node] = []
    stack: list[_Node] = []
    last = 0
    body = _masked(body)
    for match in _TAG.finditer(body):
        text = body[last:match.start()]
        if "<" in text or ">" in text or (not stack and text.strip()):
            return None
        last = match.end()
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if not stack or stack[-1].name != name:
                return None
            node = stack.pop()
            node.end = match.end()
            continue
        node = _Node(name, match.start())
        if len(stack) == 1 and stack[0].children is not None:
            stack[0].children.append(node)
        if not stack:
            top.append(node)
            if name in _LISTS:
                node.children = []
        if self_closing or name in _VOID:
            node.end = match.end()
        else:
            stack.append(node)
    rest = body[last:]
    if stack or "<" in rest or ">" in rest or rest.strip():
        return None
    return top


def _ends_in_text(element: str) -> bool:
    """Whether the last block `element` starts (a table's last cell too), and its last place (id),
    are followed by text: then Qt's import leaves nothing pending (an empty block, an anchor for
    the next text) for what comes after, and a piece may end after it."""
    last, element = 0, _masked(element)
    for match in _TAG.finditer(element):
        if not match.group(1) and (match.group(2).lower() in _OPEN_BLOCKS or " id=" in match.group(0)):
            last = match.end()
    return bool(_TAG.sub("", element[last:]).strip())


def _cost(html: str) -> int:
    """A piece's weight against the budget: its length, its places counted as characters."""
    return max(len(html), html.count(" id=") * (PIECE_CHARACTERS // PIECE_PLACES))


def of_nci_size(html: str) -> bool:
    """Whether `html` is small enough to import at once (every real summary is): a few tens of ms."""
    return html.count(" id=") <= WHOLE_PLACES and len(html) <= WHOLE_CHARACTERS


def pieces(html: str) -> list[Piece | TablePiece]:
    """`html` (a whole document) in pieces, in order; one piece if it cannot be split or is
    small enough to import at once."""
    if of_nci_size(html):
        return [Piece(html)]
    wrapped = _WRAPPER.match(html)
    nodes = _top_level(wrapped.group(1)) if wrapped else None
    if not nodes or any(node.name not in _BLOCKS for node in nodes):
        return [Piece(html)]
    body = wrapped.group(1)
    out: list[Piece | TablePiece] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(Piece("".join(run)))
            run.clear()

    may_end = False  # whether a piece may end after the run so far
    for number, node in enumerate(nodes):
        element = body[node.start:node.end]
        if number and may_end and node.children is not None and _cost(element) > PIECE_CHARACTERS \
                and node.children and all(child.name == "li" for child in node.children) and _items_fill(body, node) \
                and _ends_in_text(element):
            flush()
            out.extend(_list_pieces(body, node))
            may_end = _ends_in_text(body[node.children[-1].start:node.children[-1].end])
            continue
        table = _table_piece(element) if node.name == "table" and number and may_end \
            and _cost(element) > PIECE_CHARACTERS and _ends_in_text(element) else None
        if table is not None:
            flush()
            out.append(table)
            may_end = _ends_in_text(element)
            continue
        if run and may_end and sum(map(_cost, run)) + _cost(element) > PIECE_CHARACTERS:
            flush()
        run.append(element)
        may_end = _ends_in_text(element)
    flush()
    return out


def _items_fill(body: str, node: _Node) -> bool:
    """Whether the list holds nothing but its items (no text between them)."""
    inside = body[body.index(">", node.start) + 1:body.rindex("<", node.start, node.end)]
    return "".join(body[c.start:c.end] for c in node.children) == inside.strip() and not any(
        body[a.end:b.start].strip() for a, b in zip(node.children, node.children[1:]))


def _list_pieces(body: str, node: _Node) -> list[Piece]:
    opening = body[node.start:body.index(">", node.start) + 1]
    items = [body[child.start:child.end] for child in node.children]
    out, first = [], 0
    while first < len(items):
        last, weight = first, 0
        while last < len(items) and (last == first or weight + _cost(items[last]) <= PIECE_CHARACTERS
                                     or not _ends_in_text(items[last - 1])):
            weight += _cost(items[last])
            last += 1
        out.append(Piece("".join(items[first:last]), opening, items[first - 1] if first else "",
                         items[last] if last < len(items) else ""))
        first = last
    return out


_CELL_CONTENT = frozenset({"td", "th"})
_ID = re.compile(r'\s+id="[^"]*"')
_SPAN = re.compile(r'\browspan="?([0-9]{1,6})')


def _table_piece(table: str) -> TablePiece | None:
    """`table` as a skeleton and runs of rows, or None if it holds what a run cannot carry alone
    (lists or tables in its cells: Qt's copy would start their blocks differently), or is not
    simply rows, optionally in a head, bodies and a foot."""
    if any(nested in table[1:] for nested in ("<table", "<ul", "<ol")):
        return None
    scan = _masked(table)  # tags are looked for in it, rows taken from `table`
    opening = table[:table.index(">") + 1]
    skeleton, rows = [opening], []  # rows: (its group's tags, the row, the row its spans reach)
    group, row_start, reach, row_number = ("", ""), -1, 0, 0
    inside_cell, last = False, len(opening)
    for match in _TAG.finditer(scan, len(opening)):
        closing, name = match.group(1), match.group(2).lower()
        if inside_cell and not (closing and name in _CELL_CONTENT):
            continue
        if scan[last:match.start()].strip() and not inside_cell:
            return None
        last = match.end()
        tag = match.group(0)
        if name in ("thead", "tbody", "tfoot"):
            group = ("", "") if closing else (tag, f"</{name}>")
            skeleton.append(tag)
        elif name == "tr":
            if closing:
                rows.append((group, table[row_start:match.end()], reach))
                row_number += 1
            else:
                row_start = match.start()
            skeleton.append(tag)
        elif name in _CELL_CONTENT:
            inside_cell = not closing
            if not closing:
                span = _SPAN.search(tag)
                reach = max(reach, row_number + (int(span.group(1)) if span else 1))
            skeleton.append(tag if closing else _ID.sub("", tag))
        elif name == "table" and closing:
            skeleton.append(tag)
        else:
            return None  # text, captions or anything else between rows
    runs, first, weight = [], 0, 0
    for number, (row_group, row, row_reach) in enumerate(rows):
        weight += _cost(row)
        following = rows[number + 1] if number + 1 < len(rows) else None
        if following is None or (weight >= PIECE_CHARACTERS and row_reach <= number + 1) \
                or following[0] != row_group:
            if following is not None and row_reach > number + 1:
                return None  # a span across a head, body or foot: not ours to split
            members = "".join(r for _, r, _ in rows[first:number + 1])
            runs.append((first, f"<html><body>{LEAD_IN}{opening}{row_group[0]}{members}{row_group[1]}</table></body></html>"))
            first, weight = number + 1, 0
    return TablePiece(f"<html><body>{LEAD_IN}{''.join(skeleton)}</body></html>", tuple(runs))

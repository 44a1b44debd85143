"""A run of inline content in the PDQ body: the words between two blocks, which become one HTML
paragraph (or the first line of the list item or table cell they are in) and one searchable
passage. It opens with its first word and closes at the next block or the end of its element."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .text import collapse, tail_after_inline

if TYPE_CHECKING:
    from .writer import Writer


class Run:
    """One run of inline content: opened by its first word, a paragraph (or its container's own
    first line: an <li> or <td> whose text needs no paragraph inside) and a passage; closed by the
    next block or by the end of its element."""

    def __init__(self, writer: Writer, container: str, own_id: str, inside: bool = False):
        self.writer = writer
        self.tag, _, attrs = container.partition(" ")
        self.attrs = f" {attrs}" if attrs else ""
        self.own_id = own_id
        self.inside = inside  # the container's start tag is written
        self.is_open = False
        self.in_paragraph = False

    def next_run(self) -> Run:
        """The run after a block: a paragraph, inside the same container."""
        return Run(self.writer, f"{self.tag}{self.attrs}" if self.tag else "", "", inside=self.inside)

    def open(self) -> None:
        if self.is_open:
            return
        anchor = escape(self.writer.begin_passage(self.own_id))
        if self.tag and not self.inside:
            self.writer.out.append(f'<{self.tag} id="{anchor}"{self.attrs}>')
            self.inside = True
        else:
            self.writer.out.append(f'<p id="{anchor}">')
            self.in_paragraph = True
        self.is_open = True

    def text(self, text: str | None, after_inline: bool) -> None:
        piece = tail_after_inline(text) if after_inline else collapse(text)
        if not self.is_open:
            piece = piece.lstrip()
            if not piece:
                return
            self.open()
        self.writer.emit_text(piece)

    def close(self, last: bool = False) -> None:
        if self.is_open:
            if self.in_paragraph:
                self.writer.out.append("</p>")
            self.writer.end_passage()
        elif self.own_id:  # it began with a block: the id belongs to the first passage in it
            self.writer.note_id(self.own_id)
        self.is_open = False
        if self.tag and not self.inside:  # a container whose content begins with a block, or is empty
            self.writer.out.append(f"<{self.tag}{self.attrs}>")
            self.inside = True
        if last and self.tag:
            self.writer.out.append(f"</{self.tag}>")

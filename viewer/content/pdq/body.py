"""The body of a PDQ summary -> sections, passages and HTML, in one walk over the XML.

Content "flows": inline text gathers into runs (one HTML paragraph and one searchable passage
each) and every block element (a Para, a list, a table, a figure, a subsection) ends the run
before it. So a ListItem holding text, a Para and a nested list becomes three passages in the
order the source gives them, each with an anchor the reader can scroll to and mark hits in.

Each passage, heading and reference is a place a link can reach, named as anchors.py says.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html import escape

from .. import limits
from ..levels_of_evidence import code_in
from ..model import WORD_JOINER, Citation, Paragraph, Section
from ..phrases import QT_TRANSLATE_NOOP, TOO_MANY, Phrase
from ..wording import words_for
from .anchors import Anchors
from .internal_links import resolve_internal_links
from .references import ReferenceLists, marker_text
from .runs import Run
from .figures import FigureWriter
from .lists import ListWriter
from .tables import TableWriter
from .text import cdr_id, collapse, plain, tail_after_inline
from .xmlsafe import XmlDocument

# Elements that stand on their own lines; everything else is inline.
BLOCKS = {"Para", "ItemizedList", "OrderedList", "Table", "MediaLink", "EmbeddedVideo", "Note", "KeyPoint",
          "LiteralLayout", "QandASet", "QandADiv", "QandAEntry", "Question", "Answer", "MarkedUpTitle", "Quote",
          "QuotedText", "SummarySection", "ReferenceSection", "ListTitle"}
# a line may break after a marker's comma, and only there: glued to its word, "[38,205,206]" at 40 pt
# was broken where the line ran out, "[38,205,2" / "06]" (a reference 2 and a 6 to the eye)
MARKER_BREAK = "\u200b"
# Metadata inside the body: read elsewhere or not for reading, never shown as text.
SILENT = {"SectMetaData", "Title", "AltTitle", "TitleAbbrev"}
INLINE_TAGS = {"Strong": "b", "Emphasis": "i", "Superscript": "sup", "Subscript": "sub", "GeneName": "i",
               "ScientificName": "i", "ForeignWord": "i", "TT": "tt"}
PLAIN_INLINE = {"DrugName", "InterventionName", "ProtocolRef", "ProtocolLink", "DrugRef", "MediaRef", "Source",
                "QuoteAuthor", "VideoTitle"}


@dataclass
class _Passage:
    """A passage being written: its anchor, its text so far, its citations."""

    anchor: str
    text: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    key_point: bool = False


class BodyWriter:
    """Walks the SummarySections of one document; read `sections`, `html()`, `aliases`, `unknown`."""

    def __init__(self, doc: XmlDocument, summary_cdr: str, language: str = ""):
        self.doc = doc
        self.summary_cdr = summary_cdr
        self.language = language
        self.words = words_for(language)  # what the writer adds to the text is in the summary's language
        self.out: list[str] = []
        self.sections: list[Section] = []
        self.unknown: dict[str, int] = {}  # element name -> line it first appears on
        self.references = ReferenceLists(doc)
        self._section: Section | None = None
        self._passage: _Passage | None = None
        self.anchors = Anchors(lambda: self.count("places to link to", None, limits.MAX_PLACES))
        self.aliases = self.anchors.aliases
        self._tables = TableWriter(self)
        self._figures = FigureWriter(self)
        self._lists = ListWriter(self)
        self._markers = 0
        self._in_key_point = False
        self._counts: dict[str, int] = {}  # what is capped (limits) -> how many so far
        self._at: etree.Element | None = None  # the element being written, for a count's line

    # -- sections ----------------------------------------------------------------------------------
    def write_sections(self, root: etree.Element) -> None:
        for child in root:
            if child.tag == "SummarySection":
                self.section(child, 1)

    def count(self, what: str, element: etree.Element | None, limit: int, how_many: int = 1) -> None:
        """`how_many` more of `what` ("sections", "list items", …): past `limit`, the summary is
        refused at `element`'s line, since Qt would take minutes to show it (see limits)."""
        found = self._counts[what] = self._counts.get(what, 0) + how_many
        if found > limit:
            at = element if element is not None else self._at
            raise self.doc.error(at, TOO_MANY, most=limit, what=Phrase(what))  # what: marked in content/loader.py

    def section(self, el: etree.Element, level: int) -> None:
        self.count("sections", el, limits.MAX_SECTIONS)
        self._at = el
        title_el = el.find("Title")
        title = plain(title_el) if title_el is not None else ""
        if len(title) > limits.MAX_TITLE_CHARACTERS:
            raise self.doc.error(title_el, QT_TRANSLATE_NOOP("Problems", "has a section title of {length:,} "
                                                                         "characters; at most {most} are allowed"),
                                 length=len(title), most=limits.MAX_TITLE_CHARACTERS)
        section_id = el.get("id", "").strip()
        if not title and self._section is not None:  # an untitled subsection: its text joins its parent's
            self.note_id(section_id)
            self.flow(el)
            return
        if not section_id or section_id in self.anchors.used:
            section_id = self.anchors.fresh(f"section-{len(self.anchors.used) + 1}")
        outer = self._section
        section = Section(id=section_id, title=title or self.words.untitled_section, level=min(level, 6), parent=outer)
        (outer.children if outer else self.sections).append(section)
        self._section = section
        self.anchors.take(section_id)  # (past the cap, refused at the section's line: self._at)
        if outer is None:
            self.references.collect(el, section)
        tag = f"h{section.level}"
        heading = self.inline_html(title_el) if title_el is not None else escape(section.title)
        self.out.append(f'<{tag} id="{escape(section_id)}">{heading}</{tag}>')
        self.flow(el, nested_level=level + 1)
        self._section = outer

    # -- passages ----------------------------------------------------------------------------------
    def note_id(self, element_id: str | None) -> None:
        """An id on something that is not a passage: it names the first passage that follows."""
        self.anchors.note_id(element_id)

    def begin_passage(self, own_id: str = "") -> str:
        """Start a passage at a new anchor (see claim_anchor)."""
        anchor = self.claim_anchor(own_id)
        self._passage = _Passage(anchor, key_point=self._in_key_point)
        return anchor

    def claim_anchor(self, own_id: str = "") -> str:
        """A place in the text: its own id, else the first id waiting for a place, else a new one."""
        return self.anchors.claim(own_id, self._section.id if self._section else "top")

    def end_passage(self) -> None:
        passage, self._passage = self._passage, None
        if passage is None or self._section is None:
            return
        text = collapse("".join(passage.text)).strip()
        if text:
            self._section.paragraphs.append(Paragraph(passage.anchor, text, tuple(passage.citations), passage.key_point))

    def emit(self, html: str, text: str = "") -> None:
        self.out.append(html)
        if text and self._passage is not None:
            self._passage.text.append(text)

    def emit_text(self, text: str) -> None:
        self.emit(escape(text, quote=False), text)

    # -- flow: runs of inline content between blocks ------------------------------------------------
    def flow(self, el: etree.Element, container: str = "", own_id: str = "", nested_level: int = 0) -> None:
        """Write `el`'s content. `container` ("li", "td colspan=2"): the tag it is wrapped in, whose
        first run is that element itself; other runs are paragraphs. `own_id`: the first run's id."""
        run = Run(self, container, own_id)
        run.text(el.text, after_inline=False)
        children = list(el)
        i = 0
        while i < len(children):
            child = self._at = children[i]
            if not isinstance(child.tag, str) or child.tag in SILENT:
                pass
            elif child.tag == "SummarySection" and nested_level:
                run.close()
                self.section(child, nested_level)
                run = run.next_run()
            elif child.tag in BLOCKS:
                run.close()
                self.block(child, nested_level)
                run = run.next_run()
            elif child.tag == "Reference":
                group = [child]
                while i + 1 < len(children) and children[i + 1].tag == "Reference" and not (group[-1].tail or "").strip():
                    i += 1
                    group.append(children[i])
                run.open()
                self.citation(group)
                child = group[-1]
            else:
                run.open()
                self.inline(child)
            run.text(child.tail, after_inline=True)
            i += 1
        run.close(last=True)

    def block(self, el: etree.Element, nested_level: int = 0) -> None:
        tag = el.tag
        if tag == "Para":
            self.flow(el, own_id=el.get("id", ""))
        elif tag in ("ItemizedList", "OrderedList"):
            self._lists.write(el)
        elif tag == "Table":
            self.note_id(el.get("id"))
            self._tables.write(el)
        elif tag in ("MediaLink", "EmbeddedVideo"):
            self._figures.write(el)
        elif tag == "ReferenceSection":
            self.reference_list(el)
        elif tag in ("Note", "KeyPoint", "ListTitle", "MarkedUpTitle", "Question"):
            css = {"Note": "note", "KeyPoint": "keypoint", "Question": "question"}.get(tag, "list-title")
            self.note_id(el.get("id"))
            self.out.append(f'<div class="{css}">')
            self._in_key_point = tag == "KeyPoint"
            try:
                self.flow(el)
            finally:
                self._in_key_point = False
            self.out.append("</div>")
        elif tag == "SummarySection":  # a section where only inline content was expected
            self.section(el, max(nested_level, (self._section.level + 1) if self._section else 1))
        else:  # QandASet, Answer, Quote, LiteralLayout, ...: their content, as it comes
            self.note_id(el.get("id"))
            self.flow(el, nested_level=nested_level)

    # -- inline ------------------------------------------------------------------------------------
    def inline(self, el: etree.Element) -> None:
        tag = el.tag
        if tag in INLINE_TAGS:
            html_tag = INLINE_TAGS[tag]
            self.out.append(f"<{html_tag}>")
            self.inline_content(el)
            self.out.append(f"</{html_tag}>")
        elif tag in ("SummaryRef", "SummaryLink", "DrugSummaryRef"):
            self.summary_ref(el)
        elif tag in ("GlossaryTermRef", "GlossaryTermLink"):
            term = cdr_id(el.get("href"))
            self.out.append(f'<a class="glossary" href="glossary:{term}">' if term else "<span>")
            self.inline_content(el)
            self.out.append("</a>" if term else "</span>")
        elif tag in ("LOERef", "LOELink"):
            # "[ Level of evidence: 1iiDi ]" is set as "[Level of evidence: 1iiDi]", as NCI's others are
            if self.out and re.search(r"\[\s+$", self.out[-1]):
                self.out[-1] = self.out[-1].rstrip()
            if el.tail and el.tail.lstrip().startswith("]"):
                el.tail = el.tail.lstrip()
            # a link to the dictionary's entry for the level, as NCI's; the code after "#" lets the
            # popover explain it from NCI's scheme when the library lacks the entry
            term, code = cdr_id(el.get("href")), code_in(plain(el))
            href = f"glossary:{term}" + (f"#{code}" if code else "")
            self.out.append(f'<a class="loe" href="{href}">' if term else '<span class="loe">')
            self.inline_content(el)
            self.out.append("</a>" if term else "</span>")
        elif tag == "ExternalRef":
            self.external(el)
        elif tag == "Reference":
            self.citation([el])
        elif tag in PLAIN_INLINE or tag in BLOCKS or tag in SILENT:
            self.inline_content(el)  # a block inside inline text: its words, in place
        else:
            self.unknown.setdefault(tag, self.doc.line(el) or 0)
            self.inline_content(el)

    def inline_content(self, el: etree.Element) -> None:
        self.emit_text(collapse(el.text))
        for child in el:
            if isinstance(child.tag, str):
                self.inline(child)
            self.emit_text(tail_after_inline(child.tail))

    def inline_html(self, el: etree.Element) -> str:
        """The HTML of an element's inline content, outside any passage (a heading, a caption)."""
        saved_out, saved_passage = self.out, self._passage
        self.out, self._passage = [], None
        try:
            self.inline_content(el)
            return "".join(self.out).strip()
        finally:
            self.out, self._passage = saved_out, saved_passage

    def summary_ref(self, el: etree.Element) -> None:
        href = (el.get("href") or "").strip()
        target_cdr, _, fragment = href.partition("#")
        target = cdr_id(target_cdr) if target_cdr else self.summary_cdr
        if target and target == self.summary_cdr:
            self.out.append(f'<a class="xref" href="#{escape(fragment.strip() or "top")}">')
        elif target:
            self.out.append(f'<a class="summary-ref" href="pdq:{target}#{escape(fragment.strip())}">')
        else:
            self.out.append("<span>")
        self.inline_content(el)
        self.out.append("</a>" if target else "</span>")

    def external(self, el: etree.Element) -> None:
        address = (el.get("xref") or el.get("href") or "").strip()
        self.out.append(f'<a class="external" href="{escape(address)}">')
        self.inline_content(el)
        self.out.append("</a>")
        if address and plain(el) != address:
            self.emit_text(f" ({address})")  # the address is part of what the reader must be able to read

    def citation(self, group: list[etree.Element]) -> None:
        if self._section is None:
            raise self.doc.error(group[0], QT_TRANSLATE_NOOP("Problems", "a Reference comes before the first section"))
        top = self._section.top_level()
        self._markers += 1
        if self._markers > limits.MAX_CITATION_MARKERS:
            raise self.doc.error(group[0], QT_TRANSLATE_NOOP("Problems", "holds more than {most:,} {what}"),
                                 most=limits.MAX_CITATION_MARKERS, what=Phrase("citation markers"))
        numbers = self.references.resolve(group, top)
        marker = marker_text(numbers)
        refs = ",".join(map(str, numbers))
        title = escape(self.words.reference_title.format(numbers=", ".join(map(str, numbers))))
        # a word joiner: the marker stays on the line of the word before it ("therapy.[89]")
        joiner = WORD_JOINER if self.out and self.out[-1][-1:] and not self.out[-1][-1:].isspace() else ""
        shown = marker.replace(",", "," + MARKER_BREAK)
        self.out.append(f'{joiner}<a class="citation" href="cite:{escape(top.id)}/{refs}" title="{title}">{shown}</a>')
        if self._passage is not None:
            self._passage.text.append(marker)
            self._passage.citations.append(Citation(marker, numbers, top.id))

    # -- blocks ------------------------------------------------------------------------------------
    def reference_list(self, el: etree.Element) -> None:
        if self._section is None:
            raise self.doc.error(el, QT_TRANSLATE_NOOP("Problems", "a ReferenceSection comes before the first section"))
        self.count("reference lists", el, limits.MAX_REFERENCE_LISTS)
        top = self._section.top_level()
        level = min(self._section.level + 1, 6)
        self._at = el
        anchor = self.anchors.take(self.anchors.fresh(f"{top.id}-references"))
        if not top.references_anchor:
            top.references_anchor = anchor
        self.out.append(f'<h{level} class="references" id="{escape(anchor)}">{escape(self.words.references)}</h{level}><ol class="references">')
        for citation in el.findall("Citation"):
            self.count("places to link to", citation, limits.MAX_PLACES)
            reference = self.references.reference(citation, top)
            body = self.inline_html(citation)
            pmid = f' <span class="pmid">PMID&nbsp;{escape(reference.pmid)}</span>' if reference.pmid else ""
            self.out.append(f'<li value="{reference.number}" id="{escape(reference.anchor)}">{body}{pmid}</li>')
        self.out.append("</ol>")

    # -- the result --------------------------------------------------------------------------------
    def finish(self) -> str:
        self.anchors.finish()
        return resolve_internal_links("".join(self.out), self.anchors.used, self.aliases)

"""The text of the current summary, with the reading position it reports and the links it routes.

Signals:
    sectionEntered(str): the section the reader is now in (by scrolling or by a jump).
    crossReferenceActivated(str): an internal link ("#id") was followed; the anchor.
    citationActivated(str, QRect): a citation link was clicked or entered; its URL and
        the global rectangle to place the popover beside.
    summaryLinkActivated(str, str): a link to another summary: its CDR id and the anchor there.
    glossaryActivated(str, QRect): a dictionary term was clicked or entered; its URL
        ("glossary:CDR…") and the global rectangle to place the popover beside.
    linkHovered(str, QRect): the pointer rested on a citation or dictionary term (HOVER_DELAY_MS);
        its URL and the link's global rectangle: a preview, not a pinned popover.
    externalLinkActivated(str): a link to an address outside the bundle; it is never opened.
    zoomRequested(int): Ctrl+wheel; +1 larger, -1 smaller.
    rendered(): the document was (re)built: text positions from before are stale.
"""
from __future__ import annotations

import bisect
from typing import Callable

from PySide6.QtCore import QPointF, QRect, QSizeF, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser

from ...content import Summary
from ...content.links import LinkTargets, NoTargets
from ...content.render import document_html
from .column import ReadingColumn, set_column_margins
from .copy_source import CopyWithSource
from ..appearance.document_style import ReadingStyle
from ..common.background import LatestWins
from ..common.html_pieces import of_nci_size
from ..common.key_names import key_name
from ..common.prepared_document import PreparedDocument, build_document
from ..appearance.font_size import WheelZoom
from .link_hover import LinkHover, fragments
from .link_keys import LinkKeys
from .link_routing import LinkRouting
from .reading_place import ReadingPlace
from .restyle import Restyle

# A caret the keyboard moves (arrows, Page Down): a screen reader reads the line, word or character
# it moves over, and Say All starts from it. Tab still moves between links and Enter follows one.
READING_INTERACTION = (Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
                       | Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def anchor_index(document: QTextDocument) -> list[tuple[int, str]]:
    """(block number, first anchor) of each block holding an anchor, in document order."""
    anchors = []
    block = document.begin()
    while block.isValid():
        names = [name for f in fragments(block) for name in f.charFormat().anchorNames()]
        if names:
            anchors.append((block.blockNumber(), names[0]))
        block = block.next()
    return anchors


class ReaderView(Restyle, ReadingPlace, ReadingColumn, LinkRouting, LinkKeys, LinkHover, CopyWithSource, WheelZoom, QTextBrowser):
    sectionEntered = Signal(str)
    crossReferenceActivated = Signal(str)
    citationActivated = Signal(str, QRect)
    summaryLinkActivated = Signal(str, str)
    glossaryActivated = Signal(str, QRect)
    linkHovered = Signal(str, QRect)
    externalLinkActivated = Signal(str)
    zoomRequested = Signal(int)
    rendered = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("contentView")
        self.setAccessibleName(self.tr("Summary text"))
        self.setAccessibleDescription(self.tr("The text of the summary. {tab} moves between links; {enter} opens one.")
                                      .format(tab=key_name("Tab"), enter=key_name("Enter")))
        self.setOpenLinks(False)  # every link is ours to route; nothing is ever fetched
        self.setTextInteractionFlags(READING_INTERACTION)
        # Lines break between words only, never inside one ("Gastrointestina / l"), while the
        # content fits: a table a little wider than the reading column widens the column
        # (_fit_column). Only a table wider still (at 40 pt, say) breaks inside words, in its
        # cells: the page never scrolls sideways, the text around it included.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._widest = 0.0  # the width the content needs with words whole, where wider than the column
        self._watch_layout()
        self.setOpenExternalLinks(False)
        # (not "style": that would hide QWidget.style())
        self.text_style = ReadingStyle(point_size=self.font().pointSize())
        self.summary: Summary | None = None
        self._prepared: PreparedDocument | None = None  # see show_summary
        self._prepared_anchors: list[tuple[int, str]] | None = None  # its anchors, indexed in the worker
        self.restyling = LatestWins(self)  # a larger text made again in a new size or theme (restyle.py)
        self._font_pending = None  # the font of a style asked for, set with the text made in it
        self._of_nci_size = True  # whether the text shown is set again at once (restyle.py)
        self._laying_out = 0  # the number of the last adoption laid out to its place (restyle.py)
        self._adopting = False  # whether a text made again is about to replace the one shown
        self._laying_to_place = False  # whether one is being laid out: its place (_to_place) is the reader's
        self._to_place: tuple[tuple[str, float] | None, int] = (None, 0)  # (place, caret position)
        self._targets: LinkTargets = NoTargets()  # what links and figures may point at (the library)
        self.blocked_resources: list[str] = []  # remote addresses the content asked for, refused
        self._section_of: dict[str, str] = {}  # anchor -> section id
        self._anchors: list[tuple[int, str]] = []  # (block number, anchor), in document order
        self._numbers: list[int] = []  # the block number of each of _anchors
        self._tops: dict[int, float] = {}  # index in _anchors -> its block's top, until the layout changes
        self._section_id = ""
        self._navigating = False
        # Kept from the viewport's resize events: the first viewport() call makes PySide create
        # every widget class (7 ms), and scrolling happens before the first paint.
        self._viewport_height = self.height()
        self._viewport_width = self.width()
        self._start_link_hover()
        self.anchorClicked.connect(self._route_link)
        self.cursorPositionChanged.connect(self.link_frame_moved)  # (selectionChanged: only when one begins or ends)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- content ---------------------------------------------------------------------------------
    def set_link_targets(self, targets: LinkTargets) -> None:
        """What links to other summaries and terms, and figures, may point at: what the library holds.
        `targets` also gives a figure's image bytes (`media_bytes`), checked against its manifest."""
        self._targets = targets

    def document_maker(self, stop: Callable[[], bool] | None = None) -> Callable[[Summary], PreparedDocument]:
        """What `show_summary` does to a summary's text, as work for a worker thread: its HTML parsed
        into a document in the reader's style now (a style changed before it is shown makes it stale),
        fitted to the view's column now and its places indexed, so that adopting it lays it out once
        and walks none of it on the UI thread. `stop`: see build_document."""
        style, targets, margin = self.text_style, self._targets, self.document().documentMargin()
        font = self._font_pending or self.document().defaultFont()
        css, (side, _) = style.css(), self._column_fit(font, 0.0)

        def finish(document: QTextDocument) -> None:
            style.apply_to(document)
            set_column_margins(document, side)

        def make(summary: Summary) -> PreparedDocument:
            document = build_document(document_html(summary, targets), css, font, finish, margin, stop)
            document.made_for = (summary, style, targets)
            document.anchors = anchor_index(document)
            return document
        return make

    def show_summary(self, summary: Summary, document: PreparedDocument | None = None) -> None:
        """Show `summary`; its `document` when one was prepared off the UI thread (document_maker)."""
        self.restyling.cancel()  # this text is made in the style asked for last
        self.end_laying_out()
        self.summary = summary
        self._prepared = document
        self._section_of = summary.sections_of_places()
        self._render()
        self._section_id = ""
        self._report_section(summary.sections[0].id)

    def _render(self) -> None:
        self._navigating = True  # re-rendering (and a new font's reflow) moves the scroll bar; the reader did not
        try:
            if self._font_pending is not None:
                font, self._font_pending = self._font_pending, None
                self.setFont(font)
                self.document().setDefaultFont(font)
            self.document().setDefaultStyleSheet(self.text_style.css())
            if self.summary is not None:
                self._widest = 0.0  # measured again: a new text, or a new size
                self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
                if not self._adopt_prepared():
                    html = document_html(self.summary, self._targets)
                    self.setHtml(html)
                    self.text_style.apply_to(self.document())
                    self._of_nci_size = of_nci_size(html)
                self._fit_column()
            self._index_anchors()
        finally:
            self._navigating = False
        self.rendered.emit()

    def _adopt_prepared(self) -> bool:
        """Show the document prepared off the UI thread, if it is this summary's in this style."""
        prepared, self._prepared = self._prepared, None
        if prepared is None:
            return False
        summary, style, targets = prepared.made_for
        if summary is not self.summary or style != self.text_style or targets is not self._targets:
            return False
        previous = self.document()
        prepared.resource_loader = self.loadResource  # figures: only now, checked, on the UI thread
        prepared.setParent(self)
        # fitted to the view's width now (a new size's fonts may have changed it since it was asked
        # for): a text not yet shown is not laid out, the new margins cost nothing before setDocument
        set_column_margins(prepared, self._column_fit(prepared.defaultFont(), 0.0)[0])
        self._adopting = False
        # Qt lays a document out as the view takes it, at the size it has (none: an unbounded width),
        # then again at the view's width. A null size is not laid out: the text is shaped once.
        prepared.setPageSize(QSizeF(0, 0))
        self.setDocument(prepared)
        self._watch_layout()
        if isinstance(previous, PreparedDocument):
            previous.deleteLater()
        self._prepared_anchors = prepared.anchors
        self._of_nci_size = prepared.of_nci_size
        return True

    def _watch_layout(self) -> None:
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._note_overflow)
        layout.documentSizeChanged.connect(self._forget_layout)

    def _index_anchors(self) -> None:
        prepared, self._prepared_anchors = self._prepared_anchors, None
        self._anchors = prepared if prepared is not None else anchor_index(self.document())
        self._numbers = [number for number, _ in self._anchors]
        self._forget_layout()

    def _forget_layout(self, *_) -> None:
        self._tops = {}

    # -- position --------------------------------------------------------------------------------
    def anchor_block(self, anchor: str) -> int:
        """The block number of an anchored heading or paragraph; -1 if there is none."""
        return next((n for n, a in self._anchors if a == anchor), -1)

    def anchor_position(self, anchor: str) -> int:
        block = self.document().findBlockByNumber(self.anchor_block(anchor))
        return block.position() if block.isValid() else 0

    def reveal(self, cursor: QTextCursor) -> None:
        """Scroll so that `cursor` is in view with context above it: to the upper third when it is
        out of view or on the top two lines; the first line in view is a whole one."""
        rect = self.cursorRect(cursor)
        if not (rect.top() >= 2 * rect.height() and rect.bottom() <= self._viewport_height):
            bar = self.verticalScrollBar()
            bar.setValue(self.line_top(bar.value() + rect.top() - self._viewport_height // 3))
        # the reader is at the hit: its section, though a line's rounding leaves it just below the third
        self._report_from(bisect.bisect_right(self._numbers, cursor.blockNumber()) - 1)

    def line_top(self, y: float) -> int:
        """The top of the laid-out line at `y` (document coordinates): a scroll position that
        shows no line cut in half."""
        layout = self.document().documentLayout()
        x = self.document().rootFrame().frameFormat().leftMargin() + 1
        block = self.document().findBlock(max(layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit), 0))
        if block.isValid() and block.layout() is not None:
            text = block.layout()
            for n in range(text.lineCount()):
                top = text.position().y() + text.lineAt(n).y()
                if top + text.lineAt(n).height() > y:
                    return max(0, round(min(top, y)))
        return max(0, round(y))

    def current_section_id(self) -> str:
        return self._section_id

    def scroll_to(self, anchor: str) -> bool:
        """Bring `anchor` to the top; the section it is in becomes the current one."""
        if self.anchor_block(anchor) < 0:
            return False
        self._scroll_silently(anchor)
        self.place_caret(self.anchor_position(anchor))  # a screen reader reads on from the jump
        self._report_section(self._section_of.get(anchor, self._section_id))
        return True

    def place_caret(self, position: int) -> None:
        """Put the caret at `position` without moving the view (the caller has placed it)."""
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        value = bar.value()
        self._navigating = True
        try:
            self.setTextCursor(cursor)
            bar.setValue(value)
        finally:
            self._navigating = False

    def _scroll_silently(self, anchor: str) -> None:
        self._navigating = True
        try:
            self.scrollToAnchor(anchor)
        finally:
            self._navigating = False

    def _on_scrolled(self, value: int) -> None:
        if self._navigating or self._laying_to_place or not self._anchors:
            return
        bar = self.verticalScrollBar()
        at_bottom = bar.maximum() > 0 and value >= bar.maximum()
        # The reader is in the section of the text at the upper third of the view (at its
        # bottom edge once the end is reached, so the last short section can be reached too).
        line = value + (self._viewport_height if at_bottom else self._viewport_height / 3)
        self._report_from(self._index_at(line))

    def _report_from(self, index: int) -> None:
        """The section of the anchored block at `index`, or of the last one above it that belongs to
        a section (not the attribution, say)."""
        for i in range(index, -1, -1):
            section = self._section_of.get(self._anchors[i][1])
            if section:
                self._report_section(section)
                return

    def _report_section(self, section_id: str) -> None:
        if section_id and section_id != self._section_id:
            self._section_id = section_id
            self.sectionEntered.emit(section_id)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name): the viewport's new size
        if self.restyling.busy or self._adopting:  # the text is made again: it comes at this width (restyle.py)
            self._viewport_height, self._viewport_width = event.size().height(), event.size().width()
            return
        # measured on the old layout, before the text reflows (a text laid out to its place: there)
        place = None if self._laying_to_place else self.reading_place()
        self._viewport_height = event.size().height()
        self._viewport_width = event.size().width()
        self._keeping_place(lambda: (super(ReaderView, self).resizeEvent(event), self._fit_column()), place)

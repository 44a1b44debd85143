"""Which popover a link in the text opens: a citation's references, a dictionary term's definition
(with a drug's other names when the term names exactly one drug), or a drug's names and
definition from NCI's drug dictionary. The popover is made on first use: most sessions open none
before reading."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ..common.reading_state import ReadingState

if TYPE_CHECKING:
    from ...search import SearchIndex
    from .citation_popover import CitationPopover


class LinkPopovers:
    def __init__(self, state: ReadingState, index: Callable[[], SearchIndex], window: QWidget,
                 text_font: Callable[[], QFont], text_view: QAbstractScrollArea | None = None):
        """`index`: the library's index, with NCI's drug terms; `window`: the popover's parent (a
        panel inside it); `text_font`: the reading text's font; `text_view`: the text the links are
        in, scrolled to make room for a long definition."""
        self.state, self.index, self.window, self.text_font = state, index, window, text_font
        self.text_view = text_view
        self.made: CitationPopover | None = None

    @property
    def popover(self) -> CitationPopover:
        if self.made is None:
            from .citation_popover import CitationPopover

            self.made = CitationPopover(self.window)
            self.made.setFont(self.text_font())  # the text's size, not the pane's
            self.made.text_view = self.text_view
        return self.made

    def show(self, href: str, near: QRect, hover: bool = False) -> None:
        """A citation ("cite:…"), dictionary term ("glossary:…") or drug ("term:…") in the popover:
        pinned, or a preview (`hover`) that closes when the pointer leaves it."""
        summary, library = self.state.summary, self.state.library
        if summary is None:
            return
        if href.startswith("glossary:"):
            self.popover.show_glossary_term(library, summary, href, near, hover=hover, drug=self._drug_named_by(href))
        elif href.startswith("term:"):  # a drug's name in a drug information summary
            self.popover.show_drug_term(self.index().term_info(href.removeprefix("term:")), near, hover=hover,
                                        language=summary.metadata.language)
        else:
            self.popover.show_citation(summary, href, near, hover=hover)

    def _drug_named_by(self, href: str):
        """The drug term a dictionary term names (its name is exactly one drug's), for its names."""
        glossary = self.state.library.glossary
        term = glossary.get(href.removeprefix("glossary:").partition("#")[0]) if glossary is not None else None
        if term is None:
            return None
        index = self.index()
        term_id = index.term_named(term.name)
        return index.term_info(term_id) if term_id else None

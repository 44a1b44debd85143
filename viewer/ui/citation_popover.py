"""The popover that shows the full text of the references a citation names, or the definition of
a dictionary term.

A Qt.Popup window: clicking elsewhere closes it (Qt does that for popups), and so does Esc. The
text is selectable and a Copy button copies every reference it shows. It takes the reading font
size and stays on the screen, beside the link it belongs to.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout

from ..content import Library, Reference, Summary
from ..content.pdq import GlossaryTerm
from .announce import announce

WIDTH_EM = 34  # a comfortable line length, in average character widths times two


class CitationPopover(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("citationPopover")
        self.setAccessibleName("Reference")
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.text = QLabel(self)
        self.text.setObjectName("citationText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        # selectable with the mouse; from the keyboard, Copy (which has the focus) copies it all,
        # and no text caret blinks in a popover that is for reading
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea(self, objectName="citationScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.text)
        self.copy_button = QPushButton("&Copy", self)
        self.copy_button.setObjectName("citationCopy")
        self.copy_button.setAccessibleName("Copy reference")
        self.copy_button.setToolTip("Copy the reference text to the clipboard")
        self.copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addLayout(buttons)
        self._plain = ""

    def show_citation(self, summary: Summary, href: str, near: QRect) -> None:
        """A citation link ("cite:<top-level section>/<numbers>"): its references, from that section's list."""
        section_id, _, numbers = href.removeprefix("cite:").partition("/")
        try:
            wanted = tuple(int(n) for n in numbers.split(","))
        except ValueError:
            return
        references = summary.references_for(section_id, wanted)
        if references:
            self.show_references(references, near)

    def show_glossary_term(self, library: Library, summary: Summary, href: str, near: QRect) -> None:
        """A dictionary term link ("glossary:CDR…"): its definition for the summary's audience."""
        term = library.glossary.get(href.removeprefix("glossary:")) if library.glossary is not None else None
        if term is not None:
            self.show_term(term, summary.metadata.audience, near)

    def show_references(self, references: list[Reference], near: QRect) -> None:
        # The PubMed id is copyable text, never a live link: the app is offline.
        plain = "\n".join(f"{r.number}. {r.text}" + (f" PMID {r.pmid}" if r.pmid else "") for r in references)
        html = "".join(f"<p><b>{r.number}.</b> {escape(r.text)}"
                       + (f" <span style='white-space: nowrap'>PMID&nbsp;{escape(r.pmid)}</span>" if r.pmid else "")
                       + "</p>" for r in references)
        numbers = ", ".join(str(r.number) for r in references)
        self._show(f"Reference {numbers}" if len(references) == 1 else f"References {numbers}", html, plain, near)

    def show_term(self, term: GlossaryTerm, audience: str, near: QRect) -> None:
        """A dictionary term: its name, pronunciation, and the definition for the summary's audience."""
        definition = term.definition_for(audience)
        heading = f"<b>{escape(term.name)}</b>" + (f" {escape(term.pronunciation)}" if term.pronunciation else "")
        body = escape(definition.text) if definition else "<i>This dictionary entry has no definition.</i>"
        source = ""
        if definition and (definition.audience or definition.dictionary):
            source = (f"<p><small>Definition for: {escape(definition.audience or 'all readers')}"
                      + (f" ({escape(definition.dictionary)} dictionary)" if definition.dictionary else "")
                      + "; NCI PDQ® dictionary</small></p>")
        plain = f"{term.name} {term.pronunciation}".strip() + (f"\n{definition.text}" if definition else "")
        self._show(f"Definition of {term.name}", f"<p>{heading}</p><p>{body}</p>{source}", plain, near)

    def _show(self, name: str, html: str, plain: str, near: QRect) -> None:
        self._plain = plain
        self.text.setText(html)
        self.setAccessibleName(name)
        self.setAccessibleDescription(self._plain)
        self.text.setAccessibleName(name)
        self.text.setAccessibleDescription(self._plain)
        self._place(near)
        self.show()
        self._place(near)  # once shown, the frame has its final size
        self.raise_()
        self.copy_button.setFocus(Qt.FocusReason.PopupFocusReason)
        announce(self, f"{name}: {self._plain}")

    def _place(self, near: QRect) -> None:
        """Beside the link, inside both the screen and the window; at most 80% of their height,
        the references scrolling within it when they need more (large text, long lists)."""
        screen = QGuiApplication.screenAt(near.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if window is not None and area.intersects(window.frameGeometry()):
            area = area.intersected(window.frameGeometry())
        width = min(self.fontMetrics().averageCharWidth() * WIDTH_EM * 2, area.width() - 16)
        self.text.setFixedWidth(max(width - 24, 120))
        self.text.adjustSize()
        most = int(area.height() * 0.8)
        buttons = self.copy_button.sizeHint().height() + 32
        self.scroll.setFixedHeight(max(60, min(self.text.sizeHint().height() + 4, most - buttons)))
        self.scroll.setFixedWidth(self.text.width() + self.scroll.verticalScrollBar().sizeHint().width() + 4)
        self.ensurePolished()
        self.layout().activate()
        self.adjustSize()
        size = self.frameGeometry().size()
        x = min(max(near.left(), area.left()), area.x() + area.width() - size.width())
        y = near.bottom() + 4
        if y + size.height() > area.y() + area.height():  # no room below: above the link, else as high as fits
            y = max(area.top(), near.top() - 4 - size.height())
        self.move(x, y)
        frame = self.frameGeometry()  # a platform's frame may add a few pixels around it: keep those in too
        dx = max(0, area.left() - frame.left()) - max(0, frame.right() - area.right())
        dy = max(0, area.top() - frame.top()) - max(0, frame.bottom() - area.bottom())
        if dx or dy:
            self.move(x + dx, y + dy)

    def plain_text(self) -> str:
        return self._plain

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._plain)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

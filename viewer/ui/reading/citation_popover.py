"""The popover that shows the full text of the references a citation names, or the definition of
a dictionary term.

Opened by a click or the keyboard, it is a panel inside the reader's window (a child of it, so a
screen reader finds it in the window and follows the focus into it, with no window switch): it
stays until Esc, a click elsewhere or the focus leaving it; its Copy button has the focus, and
closing it gives the focus back where it was (the link in the text). Opened by hovering, it is a preview, as calibre's and Wikipedia's
are: it takes no focus, lets the pointer go on to the next marker, and closes a moment after the
pointer has left both it and its marker (pressing inside it keeps it open). The text is selectable;
Copy copies every reference it shows. It takes the reading font size and stays inside the window
and the screen, beside the link it belongs to.
"""
from __future__ import annotations

from typing import Callable

from shiboken6 import isValid

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ...content import Library, Reference, Summary, levels_of_evidence
from ...content.pdq import GlossaryTerm
from ...content.term_card import term_card
from ...content.wording import words_for
from ..common.announce import announce
from . import drug_term_text, popover_room, popover_text

WIDTH_EM = 34  # a comfortable line length, in average character widths times two
GRACE_MS = 400  # a hover preview outlives the pointer's leaving by this long (a path to it may cut a corner)
POINTER_CHECK_MS = 80
REACH_PX = 10  # around the marker, the pointer still counts as on it
PREVIEW_FLAGS = Qt.WindowType.ToolTip  # on top, no focus, no grab: the text beneath keeps its hover
PINNED_FLAGS = Qt.WindowType.Widget  # a child of the window, above the text (a Qt.Popup is no child of the application)


class CitationPopover(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent, PINNED_FLAGS)
        self.hide()  # a child widget: not shown with the window, only when opened
        self.setObjectName("citationPopover")
        self.setAccessibleName(self.tr("Reference"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setAutoFillBackground(True)  # pinned, it is a panel over the text: the text must not show through
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
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setObjectName("citationCopy")
        self.copy_button.setAccessibleName(self.tr("Copy reference"))
        self.copy_button.setToolTip(self.tr("Copy what this shows to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addLayout(buttons)
        self._plain = ""
        self.text_view: QAbstractScrollArea | None = None  # the text it is opened from: scrolled to make room
        self.hover_preview = False  # opened by hovering and not yet taken hold of
        self._marker = QRect()  # the link it was opened from, in global coordinates
        self._away_since: int | None = None  # pointer-check ticks since the pointer left
        self._return_focus: QWidget | None = None  # where the focus was when it was opened
        self._watching_focus = False
        self._pointer_check = QTimer(self, interval=POINTER_CHECK_MS)
        self._pointer_check.timeout.connect(self._check_pointer)
        # and when the reader switches to another application (a hover over an inactive window still previews)
        QGuiApplication.instance().applicationStateChanged.connect(self._on_application_state)

    def show_citation(self, summary: Summary, href: str, near: QRect, *, hover: bool = False) -> None:
        """A citation link ("cite:<top-level section>/<numbers>"): its references, from that section's list."""
        section_id, _, numbers = href.removeprefix("cite:").partition("/")
        try:
            wanted = tuple(int(n) for n in numbers.split(","))
        except ValueError:
            return
        references = summary.references_for(section_id, wanted)
        if references:
            self.show_references(references, near, hover=hover, language=summary.metadata.language)

    def show_drug_term(self, info, near: QRect, *, hover: bool = False, language: str = "") -> None:
        """A drug's name ("term:CDR…"): its preferred name, other names and definition (search.terms.TermInfo),
        or, with None, that the library lacks them; in the summary's `language`."""
        self._show(*drug_term_text.drug_term(info, words_for(language)), near, hover, self.tr("Copy definition"))

    def show_glossary_term(self, library: Library, summary: Summary, href: str, near: QRect, *,
                           hover: bool = False, drug=None) -> None:
        """A dictionary term link ("glossary:CDR…", a level of evidence "glossary:CDR…#3iiiDiii"):
        its definition for the summary's audience; if the library lacks the entry, a level of
        evidence explained from NCI's scheme, or a plain word that the term is not here."""
        term_id, _, code = href.removeprefix("glossary:").partition("#")
        term = library.glossary.get(term_id) if library.glossary is not None else None
        language = summary.metadata.language  # the popover's words are the summary's, like its text
        if term is not None:
            self.show_term(term, summary.metadata.audience, near, hover=hover, language=language,
                           media=library.media_bytes, drug=drug)
            return
        explanation = levels_of_evidence.explain(code, words_for(language)) if code else None
        if explanation is not None:
            self.show_level_of_evidence(explanation, near, hover=hover, language=language)
        else:
            self.show_missing_term(near, hover=hover, language=language)

    def show_level_of_evidence(self, explanation: levels_of_evidence.Explanation, near: QRect, *,
                               hover: bool = False, language: str = "") -> None:
        """A level of evidence whose dictionary entry is not in the library: what its code means."""
        self._show(*popover_text.level_of_evidence(explanation, language), near, hover, self.tr("Copy explanation"))

    def show_missing_term(self, near: QRect, *, hover: bool = False, language: str = "") -> None:
        """A dictionary term whose entry the library does not hold: said plainly, never nothing."""
        self._show(*popover_text.missing_term(language), near, hover, self.tr("Copy this notice"))

    def show_references(self, references: list[Reference], near: QRect, *, hover: bool = False,
                        language: str = "") -> None:
        self._show(*popover_text.references(references, language), near, hover, self.tr("Copy reference"))

    def show_term(self, term: GlossaryTerm, audience: str, near: QRect, *, hover: bool = False, language: str = "",
                  media: Callable[[str], bytes | None] | None = None, drug=None) -> None:
        """A dictionary term: its name, pronunciation, the definition for the summary's audience and
        its image (from `media`, the library's checked images), in the summary's `language`; and,
        when it is a drug's name (`drug`, search.terms.TermInfo), the drug's other names."""
        card = term_card(term, audience, language)
        picture = ""
        if card.image is not None and media is not None:
            picture = popover_text.image_html(media(card.image.media_id), self._text_width(self._area(near)) - 8, card.image.alt)
        names_html, names_plain = drug_term_text.other_names(drug, words_for(language)) if drug else ("", "")
        self._show(card.name, card.html(picture) + names_html, "\n".join(filter(None, [card.plain, names_plain])), near,
                   hover, self.tr("Copy definition"))

    def _show(self, name: str, html: str, plain: str, near: QRect, hover: bool, copies: str) -> None:
        """`copies`: what Copy is called to a screen reader (it said "Copy reference" on a definition)."""
        if hover and self.isVisible() and not self.hover_preview:
            return  # one the reader opened, or took hold of, stays as it is until they close it
        self.copy_button.setAccessibleName(copies)
        self._set_mode(hover)
        self._marker = QRect(near)
        self._away_since = None
        self._plain = plain
        self.text.setText(html)
        self.setAccessibleName(name)
        self.setAccessibleDescription(self._plain)
        self.text.setAccessibleName(name)
        self.text.setAccessibleDescription(self._plain)
        self._place(near)
        self.show()
        self._place(self._marker)  # once shown, the frame has its final size (the link may have moved)
        self.raise_()
        if hover:
            self._pointer_check.start()
        else:
            focus = QApplication.focusWidget()
            if focus is not None and not self.isAncestorOf(focus):
                self._return_focus = focus
            self.copy_button.setFocus(Qt.FocusReason.PopupFocusReason)
        announce(self, f"{name}: {self._plain}")

    def _set_mode(self, hover: bool) -> None:
        """A preview or a pinned popover; a window's kind changes only while it is hidden."""
        flags = PREVIEW_FLAGS if hover else PINNED_FLAGS
        if self.windowType() != flags:
            self.hide()
            self.setWindowFlags(flags)
        self.hover_preview = hover
        if not hover:
            self._pointer_check.stop()
        # a click elsewhere closes either; a preview's Esc too (the text below keeps the focus)
        QGuiApplication.instance().installEventFilter(self)

    def _check_pointer(self) -> None:
        """Close a preview once the pointer has been away from it and its marker for GRACE_MS."""
        if not (self.isVisible() and self.hover_preview):
            self._pointer_check.stop()
            return
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if window is not None and (window.isMinimized() or not window.isVisible()):
            self.close()  # a preview floats above other windows: it goes with the reader's window
            return
        pos = QCursor.pos()
        near = self._marker.adjusted(-REACH_PX, -REACH_PX, REACH_PX, REACH_PX)
        if self.global_frame().adjusted(-4, -4, 4, 4).contains(pos) or near.contains(pos):
            self._away_since = None
            return
        self._away_since = (self._away_since or 0) + 1
        if self._away_since * POINTER_CHECK_MS >= GRACE_MS:
            self.close()

    def _on_application_state(self, state) -> None:
        if self.hover_preview and self.isVisible() and state != Qt.ApplicationState.ApplicationActive:
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """While a preview shows: Esc closes it; a press inside it takes hold of it (it stays, as
        one opened by a click does); a press anywhere else closes it and goes on as usual. A pinned
        one closes at a press elsewhere in the window (its own Esc is its keyPressEvent's)."""
        if not self.isVisible():
            return False
        kind = event.type()
        if self.windowType() != PREVIEW_FLAGS:  # pinned: a press outside it closes it; the press goes on
            if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) and watched.window() is self.window() \
                    and not (watched is self or self.isAncestorOf(watched)):
                self.close()
            return False
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.key() == Qt.Key.Key_Escape:
            self.close()  # before the search box's own Esc, which would clear the reader's marks
            event.accept()
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            if watched is self or self.isAncestorOf(watched):
                self.hover_preview = False  # taken hold of: no longer closes when the pointer leaves
                self._pointer_check.stop()
            else:
                self.close()
        return False

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._pointer_check.stop()
        QGuiApplication.instance().removeEventFilter(self)
        if self._watching_focus:
            QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
            self._watching_focus = False
        focus = QApplication.focusWidget()
        back = self._return_focus if self._return_focus is not None and isValid(self._return_focus) else None
        self._return_focus = None
        if back is not None and (focus is None or focus is self or self.isAncestorOf(focus)):
            back.setFocus(Qt.FocusReason.PopupFocusReason)  # Esc: back to the link it was opened from
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.isWindow() and not self._watching_focus:
            QApplication.instance().focusChanged.connect(self._on_focus_changed)
            self._watching_focus = True

    def _on_focus_changed(self, _old, new) -> None:
        """Tab out of it, or a click on another control: it closes, as a popup would."""
        if new is not None and new is not self and not self.isAncestorOf(new) and self.isVisible():
            self._return_focus = None  # the focus has gone where the reader took it
            self.close()

    def event(self, event) -> bool:
        # Esc is the window's Clear Highlights shortcut too: inside the popover it closes the popover
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def global_frame(self) -> QRect:
        """Where it is on the screen, a panel in the window or a preview over it."""
        if self.isWindow():
            return self.frameGeometry()
        return QRect(self.mapToGlobal(QPoint(0, 0)), self.size())

    def _place(self, near: QRect) -> None:
        """Below the link, or above it when there is more room there, inside both the screen and
        the window and never over the link itself. One opened to be read takes the room its text
        needs, up to the window's height, the text beneath scrolled to make it (popover_room); what
        is longer still (large text, long lists) scrolls within it, only whole lines in view."""
        area = self._area(near)
        self.text.setFixedWidth(self._text_width(area))
        self.text.adjustSize()
        buttons = self.copy_button.sizeHint().height() + 32
        if not self.hover_preview and self.text_view is not None:  # one opened to be read: all the room it needs
            need = self.text.heightForWidth(self.text.width()) + 4 + buttons
            near = self._marker = popover_room.make_room(self.text_view, near, area, need)
        below, above = area.bottom() - near.bottom() - 4, near.top() - area.top() - 4
        most = max(below, above)  # the larger side, the link left in view
        self.scroll.setFixedHeight(max(60, popover_room.whole_lines_height(self.text, most - buttons - 4) + 4))
        self.scroll.setFixedWidth(self.text.width() + self.scroll.verticalScrollBar().sizeHint().width() + 4)
        self.ensurePolished()
        self.layout().activate()
        self.adjustSize()
        size = self.frameGeometry().size()
        x = min(max(near.left(), area.left()), area.x() + area.width() - size.width())
        y = near.bottom() + 4
        if y + size.height() > area.y() + area.height():  # no room below: above the link
            y = max(area.top(), near.top() - 4 - size.height())
        self._move_to(x, y)
        frame = self.global_frame()  # a platform's frame may add a few pixels around it: keep those in too
        dx = max(0, area.left() - frame.left()) - max(0, frame.right() - area.right())
        dy = max(0, area.top() - frame.top()) - max(0, frame.bottom() - area.bottom())
        if dx or dy:
            self._move_to(x + dx, y + dy)

    def _move_to(self, x: int, y: int) -> None:
        """Move to the global point (x, y): a preview is a window, a pinned popover a child of one."""
        self.move(QPoint(x, y) if self.isWindow() else self.parentWidget().mapFromGlobal(QPoint(x, y)))

    def _area(self, near: QRect) -> QRect:
        """Where the popover may be: the screen at `near`, within the window."""
        screen = QGuiApplication.screenAt(near.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if window is not None:
            # a preview may cover the window's frame; a panel in the window stays in its inside
            inside = window.frameGeometry() if self.isWindow() else QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
            if area.intersects(inside):
                area = area.intersected(inside).adjusted(4, 4, -4, -4)  # its border in view too
        return area

    def _text_width(self, area: QRect) -> int:
        """A comfortable line at the font's size, within `area`."""
        width = min(self.fontMetrics().averageCharWidth() * WIDTH_EM * 2, area.width() - 16)
        return max(width - 24, 120)

    def plain_text(self) -> str:
        return self._plain

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._plain)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


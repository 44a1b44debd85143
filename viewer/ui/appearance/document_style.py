"""How the summary text is set: size, family, line spacing and the theme's link and note colours.

One immutable value that the reader renders with; changing any part re-renders the text (Qt
applies document style sheets when HTML is parsed) and the reader keeps its place.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

# Each heading level is set apart from the next at every size, on screen and on paper: a step
# above the text's size that grows with it (in points at small sizes, in proportion at large ones,
# where a fixed step no longer shows), bold, and italic from level 4 on. At 40 pt the top level is
# 50 pt, so that a long word of a title ("Gastrointestinal") still fits a column beside the tree.
# (Qt's HTML import honours only size keywords on headings, and those collapse neighbouring levels
# onto one size, so apply_to sets the sizes on the laid-out document itself.)
HEADING_STEPS = {1: (8, 1 / 4), 2: (4, 1 / 8), 3: (2, 1 / 16), 4: (1, 1 / 32), 5: (0, 0), 6: (0, 0)}
HEADING_ITALIC_FROM = 4


def heading_points(level: int, points: float) -> float:
    """The size of a level-`level` heading over text of `points`."""
    fixed, share = HEADING_STEPS[min(max(level, 1), 6)]
    return points + max(fixed, points * share)


@dataclass(frozen=True)
class ReadingStyle:
    """How the text is set: size, family, line spacing, link and note colours, the column."""

    point_size: int = 12
    family: str = ""          # "" is the desktop's default sans-serif
    line_spacing: int = 125   # percent of the font's natural line height (see settings.LINE_SPACING)
    link: str = "#0b57a3"
    muted: str = "#505050"
    column: int = 70          # the reading column, in average characters; 0: the whole width

    def font(self, base: QFont) -> QFont:
        font = QFont(base)
        if self.family:
            font.setFamily(self.family)
            if self.family.lower() == "serif":
                font.setStyleHint(QFont.StyleHint.Serif)
        else:  # the desktop's own font: `base` may still carry the family chosen before
            from PySide6.QtGui import QGuiApplication

            font.setFamily(QGuiApplication.font().family())
            font.setStyleHint(QFont.StyleHint.AnyStyle)
        font.setPointSize(self.point_size)
        return font

    def css(self) -> str:
        rules = [
            f"a {{ color: {self.link}; }}",
            "a.citation { text-decoration: none; font-weight: 600; }",
            "a.xref { text-decoration: underline; }",
            # a section or summary the library lacks: its name is plain text (grey italics read as a
            # disabled link), and one quiet note after the phrase says it is not here
            f".xref-note {{ font-size: small; color: {self.muted}; }}",
            ".attribution, .updated, .disclaimer { font-size: small; }",
            ".provenance { font-style: italic; }",
            # PDQ: a level of evidence without a dictionary entry to name reads as a note on the
            # evidence; with one it is a term, as NCI marks it (the popover says what the code means)
            f".loe {{ color: {self.muted}; font-style: italic; }}",
            "a.glossary, a.drug { text-decoration: none; border-bottom: 1px dotted; }",  # drug: a drug name with its term
            f"a.loe {{ color: {self.link}; font-style: normal; text-decoration: none; border-bottom: 1px dotted; }}",
            ".table-title { font-weight: 600; margin-top: 8px; }",
            "table.pdq { margin-top: 4px; margin-bottom: 12px; }",
            "th { font-weight: 600; }",
            f".figure-note {{ font-style: italic; color: {self.muted}; }}",
            f".figure-alt, .pmid {{ color: {self.muted}; }}",
            ".note { margin-left: 16px; font-style: italic; }",
            ".keypoint, .question, .list-title { font-weight: 600; }",
        ]
        # Gaps in proportion to the text (Qt's are a fixed 12 px, and it reads "em" as 11 px at
        # any size): about an em after a paragraph, more above a heading than below it.
        em = self.point_size * 96 / 72
        rules += [f"p {{ margin-top: 0px; margin-bottom: {round(em * 0.8)}px; }}",
                  f"li {{ margin-bottom: {round(em * 0.25)}px; }}",
                  # a list ends with a paragraph's gap, a nested one too (Qt gives its last item's)
                  f"ul, ol {{ margin-bottom: {round(em * 0.8)}px; }}",
                  f"li p {{ margin-top: {round(em * 0.8)}px; }}",
                  f"h1, h2, h3, h4, h5, h6 {{ margin-top: {round(em * 1.2)}px; margin-bottom: {round(em * 0.5)}px; }}"]
        return "\n".join(rules)

    def apply_to(self, document: QTextDocument) -> None:
        """What the style sheet cannot say, set on the parsed document: heading sizes, line spacing,
        the lists' indent.
        In one edit block: the document is laid out once, after all of it, not after each heading."""
        from PySide6.QtGui import QTextCursor

        block = QTextCursor(document)
        block.beginEditBlock()
        try:
            self._set_headings(document)
            self._set_line_spacing(document)
            # a list's numbers sit in its indent, 40 px by default: at 40 pt "1." of a reference
            # list was drawn past the column's edge and cut ("l. Author"); 2.75 em holds "999. "
            document.setIndentWidth(max(40.0, document.defaultFont().pointSizeF() * 4 / 3 * 2.75))
        finally:
            block.endEditBlock()

    def _set_headings(self, document: QTextDocument) -> None:
        from PySide6.QtGui import QTextCursor, QTextFormat

        points = document.defaultFont().pointSizeF()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                it = block.begin()
                while not it.atEnd():
                    fragment = it.fragment()
                    fmt = fragment.charFormat()
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)  # Qt's own h1-h6 scale
                    fmt.setFontPointSize(heading_points(level, points))
                    fmt.setFontWeight(QFont.Weight.Bold)
                    fmt.setFontItalic(level >= HEADING_ITALIC_FROM or fmt.fontItalic())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                    it += 1
            block = block.next()

    def _set_line_spacing(self, document: QTextDocument) -> None:
        if self.line_spacing == 100:
            return
        from PySide6.QtGui import QTextBlockFormat, QTextCursor  # not needed at the usual spacing

        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(self.line_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)

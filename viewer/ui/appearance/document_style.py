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

# Headings grow by about a fixed step above the reading size rather than by a fixed factor, so
# that at 40 pt a title still fits the line instead of breaking inside a word. Qt's text layout
# honours only the CSS size keywords on headings (not pt), so the nearest keyword is chosen.
HEADING_STEPS = {"h1": 8, "h2": 5, "h3": 3, "h4": 2, "h5": 1, "h6": 1}
# From this size on, headings are set bold at the text's size: larger, a long word of a title
# ("Gastrointestinal") no longer fits a column beside the tree and Qt would break it inside.
BOLD_ONLY_FROM = 28
SIZE_KEYWORDS = {"medium": 1.0, "large": 1.2, "x-large": 1.5, "xx-large": 2.0}


@dataclass(frozen=True)
class ReadingStyle:
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
            # PDQ: level of evidence reads as a note on the evidence, not as a link
            f".loe {{ color: {self.muted}; font-style: italic; }}",
            "a.glossary { text-decoration: none; border-bottom: 1px dotted; }",
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
                  f"h1, h2, h3, h4, h5, h6 {{ margin-top: {round(em * 1.2)}px; margin-bottom: {round(em * 0.5)}px; }}"]
        for tag, step in HEADING_STEPS.items():
            wanted = (self.point_size + step) / self.point_size if self.point_size < BOLD_ONLY_FROM else 1.0
            keyword = min(SIZE_KEYWORDS, key=lambda k: abs(SIZE_KEYWORDS[k] - wanted))
            rules.append(f"{tag} {{ font-size: {keyword}; }}")
        return "\n".join(rules)

    def apply_line_spacing(self, document: QTextDocument) -> None:
        if self.line_spacing == 100:
            return
        from PySide6.QtGui import QTextBlockFormat, QTextCursor  # not needed at the usual spacing

        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(self.line_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block)

"""The red-framed banner above the text that names every problem with the library (a summary that
cannot be shown, a damaged record, another library read instead), with its file, line and reason
(in the interface's language: core_text), and says it once to screen readers."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel

from ...content import ContentError
from ..common.announce import announce
from ..common.core_text import said as in_language


class ProblemsBanner(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent, objectName="contentProblems", wordWrap=True)
        self.setAccessibleName(self.tr("Content problems"))
        # its own colours in every theme (a style sheet stops a widget following palette changes)
        self.setStyleSheet("QLabel { color: #1a1a1a; background-color: #fdecea; border: 2px solid #b00020;"
                           " padding: 6px; }")
        self.setVisible(False)

    def show_problems(self, problems: list[ContentError]) -> None:
        if not problems:
            self.setVisible(False)
            return
        # not "summaries could not be opened": some concern the library itself (a generation read
        # instead of CURRENT's, a user's own library hidden by the machine's), and each says what it costs
        said = self.tr("%n problem(s) with the library:", "", len(problems))
        reasons = [in_language(p) for p in problems]
        items = "".join(f"<li>{escape(reason)}</li>" for reason in reasons)
        self.setText(f"<b>{escape(said)}</b><ul>{items}</ul>")
        self.setAccessibleDescription(" ".join(reasons))
        self.setVisible(True)
        announce(self, f"{said.rstrip(':')}. " + " ".join(reasons))

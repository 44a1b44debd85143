"""Fusion, with the theme's own colours for what Fusion derives from the window colour: the
scroll bars' thumb and groove, and the borders of panes, text boxes, buttons and check boxes.

Fusion darkens the window colour for its outlines and the button colour for scroll bars, which
on High Contrast's black gives black on black, and on Dark about 1.2:1: a thumb and borders no
one can see. These colours are the theme's (themes.Theme.thumb/groove/border), which
tests/ui/test_themes.py holds to WCAG 2.1's 3:1 for non-text contrast, and checks on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QProxyStyle, QStyle, QStyleFactory

from .themes import Theme


# Panes, buttons and check boxes: each outlined in the theme's border colour
BORDERED = (QStyle.PrimitiveElement.PE_Frame, QStyle.PrimitiveElement.PE_PanelButtonCommand,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox)
FOCUS_WIDTH = 3  # px: Fusion marks a focused pane not at all, and a link with a 1 px dotted line


class ThemedStyle(QProxyStyle):
    def __init__(self, theme: Theme):
        super().__init__(QStyleFactory.create("Fusion"))
        self.theme = theme

    def name(self) -> str:  # it is Fusion, painted in the theme's colours
        return "Fusion"

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        # a pane's frame wide enough for its focus frame: its view covers all but the frame's width
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(widget, QAbstractScrollArea):
            return FOCUS_WIDTH
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint, option=None, widget=None, data=None) -> int:  # noqa: N802
        # a dialog's buttons say what they do in words: the desktop's icons beside them were dark
        # grey on High Contrast's black (the import report's Close), and the words are enough
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, data)

    def drawComplexControl(self, control, option, painter: QPainter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control != QStyle.ComplexControl.CC_ScrollBar:
            return
        groove = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarGroove, widget)
        slider = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(groove, QColor(self.theme.groove))
        if slider.isValid() and not slider.isEmpty() and option.maximum > option.minimum:
            painter.setPen(QPen(QColor(self.theme.border), 1))
            painter.setBrush(QColor(self.theme.thumb))
            painter.drawRect(slider.adjusted(1, 1, -2, -2))
        painter.restore()

    def drawPrimitive(self, element, option, painter: QPainter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_IndicatorBranch:
            self._draw_branch_arrow(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.PrimitiveElement.PE_Frame and focused:  # the pane with the focus (F6), plainly
            self._draw_focus_frame(option, painter)
            return
        if element in BORDERED or (element == QStyle.PrimitiveElement.PE_FrameLineEdit and not focused):  # focus: the highlight's frame
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(QColor(self.theme.border), 1))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()


    @staticmethod
    def _draw_focus_frame(option, painter: QPainter) -> None:
        """A frame in the theme's selection colour, FOCUS_WIDTH pixels wide, inside the pane's edge:
        which pane has the keyboard is seen at a glance, in every theme."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(QColor(0, 0, 0, 0))
        half = FOCUS_WIDTH // 2
        painter.drawRect(option.rect.adjusted(half, half, -half - 1, -half - 1))
        painter.restore()

    def _draw_branch_arrow(self, option, painter: QPainter) -> None:
        """A tree's open/closed arrow in the row's text colour (Fusion's is a faint 9-pixel one,
        white on High Contrast's cyan selection), as large as the row's indentation allows."""
        if not option.state & QStyle.StateFlag.State_Children:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect
        side = max(6.0, min(rect.width() * 0.55, 18.0))
        centre = QPointF(rect.center().x() + 0.5, rect.top() + min(rect.height() / 2, side * 1.2))
        half = side / 2
        if option.state & QStyle.StateFlag.State_Open:  # pointing down
            points = [centre + QPointF(-half, -half / 2), centre + QPointF(half, -half / 2), centre + QPointF(0, half / 2)]
        else:  # pointing right
            points = [centre + QPointF(-half / 2, -half), centre + QPointF(half / 2, 0), centre + QPointF(-half / 2, half)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF(points))
        painter.restore()


_installed: ThemedStyle | None = None  # one application, one style: the theme changes its colours


def installed() -> bool:
    return _installed is not None


def paint_with(app, theme: Theme) -> None:
    """Make the application's style the themed Fusion (once), painting in `theme`'s colours."""
    global _installed
    if _installed is None:
        _installed = ThemedStyle(theme)
        app.setStyle(_installed)
    else:
        _installed.theme = theme

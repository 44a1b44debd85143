"""How a row of the tree shows its title: wrapped at the spaces between words, the row as tall as
the title needs at the width the tree has, and, where the room runs out (a word wider than the
pane, or fewer lines than the title needs), an ellipsis. A word is never cut without one, and the
whole title is the row's tooltip (SectionTree sets it). A changed section's row has an amber dot."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

ELLIPSIS = "…"
MIN_WIDTH = 40
TEXT_MARGIN = 3  # QCommonStyle's: its focus frame's margin and one pixel, each side of the text
ICON_GAP = 3     # and each side of an item's icon
MAX_KEPT = 20_000  # rows' sizes kept (a library of 716 summaries at a few widths), then measured again


def title_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 0) -> list[str]:
    """`text` in lines of whole words no wider than `width`; a word wider than that, or the rest of
    a title past `max_lines` (0: no limit), ends in an ellipsis."""
    lines: list[str] = []
    words = text.split()
    while words:
        if max_lines and len(lines) == max_lines - 1:
            lines.append(_elided_words(words, metrics, width))
            break
        line = words.pop(0)
        if metrics.horizontalAdvance(line) > width:
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    return lines or [""]


def _elided_words(words: list[str], metrics: QFontMetrics, width: int) -> str:
    """As many whole words as fit with an ellipsis after them (all of them, when they fit)."""
    whole = " ".join(words)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    for count in range(len(words) - 1, 0, -1):
        line = " ".join(words[:count]) + ELLIPSIS
        if metrics.horizontalAdvance(line) <= width:
            return line
    return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)


class WrappingTitles(QStyledItemDelegate):
    """QTreeView sizes rows as if titles never wrapped, and its own wrapping breaks a long word
    anywhere without a mark; this sizes and paints each title as title_lines sets it. The row
    itself (selection, icon, focus) is Qt's; only the title is drawn here. (QStyle is not asked:
    setting it up costs start-up time, so the text's place follows QCommonStyle's own margins.)"""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree
        self._without_text = False
        # a row's size by what sets it (title, font, width, icon): Qt asks every row's at each layout of
        # the tree, several at a start; with 358 summaries, measuring each title every time took 80 ms
        self._sizes: dict[tuple, QSize] = {}

    def _indent(self, index: QModelIndex) -> int:
        depth, parent, root = 0, index.parent(), self.tree.rootIndex()
        while parent.isValid() and parent != root:
            depth, parent = depth + 1, parent.parent()
        return self.tree.indentation() * (depth + (1 if self.tree.rootIsDecorated() else 0))

    @staticmethod
    def text_rect(option: QStyleOptionViewItem) -> QRect:
        """Where the title goes in a row of `option.rect`: after any icon, within the style's margins."""
        rect = QRect(option.rect)
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            rect.setLeft(rect.left() + option.decorationSize.width() + 2 * ICON_GAP)
        return rect.adjusted(TEXT_MARGIN, 0, -TEXT_MARGIN, 0)

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        if self._without_text:
            option.text = ""

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        if not self.tree.viewport_width:  # not laid out yet (a font set before the first show): one line
            return QSize(MIN_WIDTH, option.fontMetrics.lineSpacing())  # each, measured once the width is known
        width = max(self.tree.viewport_width - self._indent(index), MIN_WIDTH)
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (index.data(Qt.ItemDataRole.DisplayRole), option.font.key(), font.key() if font else "", width,
               index.data(Qt.ItemDataRole.DecorationRole) is not None, option.decorationSize.height())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= MAX_KEPT:
                self._sizes.clear()
            size = self._sizes[key] = self._size(option, index, width)
        return QSize(size)

    def _size(self, option, index, width: int) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        opt.rect = QRect(0, 0, width, metrics.lineSpacing())
        lines = len(title_lines(opt.text, metrics, self.text_rect(opt).width()))
        return QSize(width, max(lines * metrics.lineSpacing() + metrics.height() // 2, opt.decorationSize.height()))

    def paint(self, painter, option, index) -> None:
        self._without_text = True  # Qt paints the row, this its title
        try:
            super().paint(painter, option, index)
        finally:
            self._without_text = False
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = self.text_rect(opt)
        metrics = QFontMetrics(opt.font)
        step = metrics.lineSpacing()
        lines = title_lines(opt.text, metrics, rect.width(), max(1, rect.height() // step))
        # (from the view, not opt.state: its flags are QStyle's)
        selected = self.tree.selectionModel() is not None and self.tree.selectionModel().isSelected(index)
        group = (QPalette.ColorGroup.Disabled if not self.tree.isEnabled() else
                 QPalette.ColorGroup.Normal if self.tree.isActiveWindow() else QPalette.ColorGroup.Inactive)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        top = rect.top() + max(0, (rect.height() - step * len(lines)) // 2)
        for number, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + number * step, rect.width(), step),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()


def changed_icon() -> QIcon:
    """A filled amber dot: marks a section that changed at the last update."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#7a3d00"))
    painter.setBrush(QColor("#e08a00"))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)

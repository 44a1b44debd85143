"""The pane beside the text: the search box and its results, the library filter, and the tree.
It only lays them out; the main window wires them."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ..common.announce import announce
from ..search.search_panel import SearchPanel
from ..navigation.filter_keys import current_or_first_title
from ..navigation.toc_panel import SectionTree


MIN_WIDTH = 120
TREE_ROWS_KEPT = 3
# of the room the pane has beyond what each part needs, the results take this many shares to the
# tree's one while they are shown: the search box and its sentences share the results' part
RESULTS_SHARE = 2
# of the results' lines in view beside the tree: a result's title and the start of its passage (at
# 40 pt in a window 740 px high they had 59 px, not one title whole, while the tree kept three rows)
RESULTS_LINES_WANTED = 3


class FilterBox(QLineEdit):
    """The library filter: Down or Enter goes on to the titles it leaves (as the search box's Down goes
    to its results); they did nothing, and the tree was reached only by Tab."""

    def __init__(self, tree: SectionTree, **kwargs):
        super().__init__(**kwargs)
        self._tree = tree

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            current_or_first_title(self._tree)
            self._tree.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)


class LibraryPane(QWidget):
    def __init__(self, search_panel: SearchPanel, tree: SectionTree, parent=None):
        super().__init__(parent, objectName="leftPane")
        self._tree, self._results, self._results_shown, self._rows_kept = tree, search_panel.results, False, TREE_ROWS_KEPT
        # narrower than its search box and check box would like, in a small window: the text needs the room
        self.setMinimumWidth(MIN_WIDTH)
        self.filter = FilterBox(tree, objectName="libraryFilter", placeholderText=self.tr("Filter summaries by title"),
                                clearButtonEnabled=True)
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.filter.setAccessibleDescription(self.tr("Shows only the summaries whose titles hold the words typed."))
        # a filter that matches nothing says so: an empty tree alone reads as an empty library
        self.no_match = QLabel(objectName="filterNoMatch", wordWrap=True, visible=False)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setAccessibleName(self.tr("Filter result"))
        self.filter.textChanged.connect(self._filter)
        tree.listed.connect(lambda count: self.filter.setVisible(count > 1))  # nothing to filter in one
        tree.listed.connect(self._filter_again)  # the tree built again (an import) still as the box says
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search_panel, 0)
        layout.addWidget(self.filter, 0)
        layout.addWidget(self.no_match, 0)
        layout.addWidget(tree, 1)
        # the results share the pane with the tree while there are any; the box alone takes no more room than it needs
        search_panel.resultsShown.connect(lambda shown: layout.setStretch(0, RESULTS_SHARE if shown else 0))
        search_panel.resultsShown.connect(self._results_shown_changed)
        self._tab_order = (search_panel.box, search_panel.only_open_summary, search_panel.results, self.filter, tree)
        self._panes = (search_panel.box, search_panel.results, tree)  # F6 goes from pane to pane

    def _filter(self, text: str) -> None:
        nothing = self._tree.filter(text) == 0 and bool(text.strip())
        self.no_match.setText(self.tr("No summary's title holds every word of “{words}”.").format(
            words=text.strip()) if nothing else "")
        self.no_match.setVisible(nothing)
        if nothing:
            announce(self.no_match, self.no_match.text())

    def _filter_again(self) -> None:
        if self.filter.text().strip():
            self._filter(self.filter.text())

    def _results_shown_changed(self, shown: bool) -> None:
        self._results_shown = shown
        self._keep_rows()

    def results_short_of_room(self) -> bool:
        """Search results shown in fewer than RESULTS_LINES_WANTED lines: the tree gives way."""
        results = self._results
        if not (self._results_shown and results.isVisible()):
            return False
        return results.height() < RESULTS_LINES_WANTED * results.fontMetrics().lineSpacing() + 2 * results.frameWidth()

    def keep_rows(self, rows: int) -> None:
        """How many of the tree's rows stay in view beside search results: TREE_ROWS_KEPT, fewer
        when the pane's own sentences would otherwise be cut (see shell/notice_room.py); 0: one
        row, and the results, too, may be as short as one line (both scroll)."""
        if rows != self._rows_kept:
            self._rows_kept = rows
            self._keep_rows()

    def _keep_rows(self) -> None:
        """While results share the pane, the tree keeps rows in view (in a short window the results
        would otherwise take all but two): where the reader is stays in sight."""
        tree, results = self._tree, self._results
        metrics = tree.fontMetrics()
        rows = max(self._rows_kept, 1) * (metrics.lineSpacing() + metrics.height() // 2) + 2 * tree.frameWidth()
        tree.setMinimumHeight(rows if self._results_shown else 0)
        one_line = results.fontMetrics().lineSpacing() + 2 * results.frameWidth()
        results.setMinimumHeight(one_line if self._rows_kept == 0 else 0)  # 0: the view's own minimum

    def chain_tab_order(self, then: QWidget) -> None:
        """Tab goes the way the eye does: search, its scope, its results, the filter, the sections,
        then `then` (the text)."""
        for first, second in zip(self._tab_order, (*self._tab_order[1:], then)):
            QWidget.setTabOrder(first, second)

    def cycle_focus(self, step: int, then: QWidget) -> None:
        """F6 / Shift+F6: the next (`step` 1) or previous (-1) of the search box, its results, the
        tree and `then` (the text), of those shown."""
        panes = [w for w in (*self._panes, then) if w.isVisible()]
        focused = self.window().focusWidget()  # (the window's, active or not)
        current = next((i for i, p in enumerate(panes) if p.hasFocus() or p.isAncestorOf(focused)), -1)
        pane = panes[(current + step) % len(panes)]
        if pane is self._panes[0]:
            # its query selected once the focus is there: selected first (as a shortcut's focus does),
            # a screen reader hears "selected" before it hears where it is
            pane.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, pane, pane.selectAll)
        else:
            pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

"""The search box and its results list.

Signals:
    resultActivated(object): a Hit the reader chose (Enter, click, or Enter in the box).
    stepRequested(int): Enter / Shift+Enter in the box once results are open: next / previous hit.
    clearRequested(): the box was emptied.
    resultsShown(bool): the results list appeared or went away.

It does not search by itself: `search` is a function from query text (and how many results to
skip) to the work of that search, which the window supplies; the work runs off the UI thread and
the newest query wins (`interrupt` stops a query it supersedes). Typing searches after a short
pause; Enter searches at once. When there are more results than a page, the list's last row
fetches the next page.
"""
from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ..common.announce import announce
from ..common.background import LatestWins
from ..common.key_names import key_name
from .results_message import SHOW_MORE, SearchMessages
from .roles import HIT_ROLE, HTML_ROLE, MORE_ROLE

if TYPE_CHECKING:
    from ...search import Hit, SearchResults

DEBOUNCE_MS = 150
LIBRARY_PLACEHOLDER = QT_TRANSLATE_NOOP("SearchPanel", "Search the library ({key})")  # Ctrl+K, as the menus name it
SUMMARY_PLACEHOLDER = QT_TRANSLATE_NOOP("SearchPanel", "Find in this summary ({key})")  # Ctrl+F
# said instead where the whole does not fit the box (at 40 pt it was cut after "Search the lib")
LIBRARY_PLACEHOLDER_SHORT = QT_TRANSLATE_NOOP("SearchPanel", "Search the library")
SUMMARY_PLACEHOLDER_SHORT = QT_TRANSLATE_NOOP("SearchPanel", "Find in this summary")


def hit_html(hit: Hit, show_summary: bool) -> str:
    snippet = "".join(f"<b><u>{escape(t)}</u></b>" if marked else escape(t) for t, marked in hit.snippet)
    where = escape(hit.where)
    if hit.kind == "reference":
        where += " › References"
    if show_summary:
        where = f"{escape(hit.summary_title)} › {where}"
    return f"<div style='font-weight:600'>{where}</div><div>{snippet}</div>"


class SearchPanel(QWidget):
    resultActivated = Signal(object)
    stepRequested = Signal(int)
    clearRequested = Signal()
    resultsShown = Signal(bool)

    def __init__(self, search: Callable[[str, int], Callable[[], SearchResults]], parent=None,
                 interrupt: Callable[[], None] | None = None):
        super().__init__(parent)
        self._search = search
        self.searching = LatestWins(self, on_supersede=interrupt)  # the queries, off the UI thread
        self._shown_query: str | None = None  # the query whose results are in the list
        self._hits: list[Hit] = []  # the results in the list, every page fetched so far
        self.partial_note = ""  # said with "no results" when the summary in view is a partial edition
        self._opened = False  # whether one of those results has been opened
        self.messages = SearchMessages(self)
        self.box = QLineEdit(objectName="searchBox", clearButtonEnabled=True)
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setAccessibleDescription(self.tr(
            'Search the library ({library}), or find in this summary ({summary}). "Quotes" for a phrase, word* for a '
            'prefix, -word to exclude, OR for either.').format(library=key_name("Ctrl+K"), summary=key_name("Ctrl+F")))
        self.only_open_summary = QCheckBox(self.tr("Only the open summary"), objectName="searchThisSummary")
        self.only_open_summary.setAccessibleDescription(self.tr("Search only the summary you are reading, not the whole library."))
        self.only_open_summary.toggled.connect(self._scope_changed)
        self.status = QLabel(objectName="searchStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setAccessibleDescription(self.tr("How many results the search found, or why it found none."))
        self.status.setVisible(False)
        self.status.linkActivated.connect(self._use_suggestion)
        self.counter = QLabel(objectName="hitCounter", wordWrap=True)
        self.counter.setAccessibleName(self.tr("Hit counter"))
        self.counter.setAccessibleDescription(self.tr("Which search hit in the text is current, of how many."))
        self.counter.setVisible(False)
        self.results = QListView(objectName="searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Press {key} to open a result.").format(key=key_name("Enter")))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._delegate = None  # see prepare_results
        self.model = QStandardItemModel(self)
        self.results.setModel(self.model)
        self.results.setVisible(False)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.only_open_summary)
        layout.addWidget(self.status)
        layout.addWidget(self.counter)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.box.textEdited.connect(lambda _: self._debounce.start())
        self.box.textChanged.connect(self._on_text_changed)
        self.box.installEventFilter(self)
        self.fit_placeholder()

    def prepare_results(self) -> None:
        """Set up how results are painted. Called once the window is on screen (or by the first
        search): the painting's Qt classes cost start-up time on first use."""
        if self._delegate is None:
            from .result_delegate import RichTextDelegate

            self._delegate = RichTextDelegate(self.results)
            self.results.setItemDelegate(self._delegate)

    # -- searching -------------------------------------------------------------------------------
    def run_search(self, then: Callable[[SearchResults], None] | None = None) -> None:
        """Search for the box's text off the UI thread; its results shown (then `then(results)`)
        when they come, unless another query supersedes it."""
        self._debounce.stop()
        text = self.box.text()
        if not text.strip():
            self.searching.cancel()
            self._show_nothing()
            return

        def found(results) -> None:
            if isinstance(results, Exception):  # never on user input (SearchIndex.search); said, not raised
                self.status.setText(self.tr("That search could not be run: %1").replace("%1", escape(str(results))))
                self.status.setVisible(True)
                return
            self._show(results)
            if then is not None:
                then(results)

        self.searching.submit(self._search(text, 0), found)

    def _show(self, results: SearchResults) -> None:
        self.prepare_results()
        self._shown_query = results.query
        self._opened = False
        self.model.clear()
        self._hits = []
        self._add_hits(results)
        count = len(results.hits)
        message = self.messages.results_sentence(results, len(self._hits), self.partial_note)
        self.status.setText(message)
        spoken = re.sub(r"<[^>]+>", "", message)
        self.status.setAccessibleName(spoken)
        self.status.setVisible(True)
        announce(self.status, spoken)
        self.results.setVisible(count > 0)
        self.resultsShown.emit(count > 0)
        if count:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _add_hits(self, results: SearchResults) -> None:
        """Append a page of results (and, when there are more, the row that fetches them)."""
        self._hits += results.hits
        several = len({h.summary_id for h in self._hits}) > 1
        last = self.model.rowCount() - 1
        if last >= 0 and self.model.item(last).data(MORE_ROLE):
            self.model.removeRow(last)
        for row in range(self.model.rowCount()):  # another summary came in: earlier rows now name theirs
            self.model.item(row).setData(hit_html(self._hits[row], several), HTML_ROLE)
        for hit in results.hits:
            item = QStandardItem()
            item.setData(hit, HIT_ROLE)
            item.setData(hit_html(hit, several), HTML_ROLE)
            where = f"{hit.summary_title}, {hit.where}" if several else hit.where
            item.setData(f"{where}: {hit.snippet_text()}", Qt.ItemDataRole.AccessibleTextRole)
            item.setData(hit.snippet_text(), Qt.ItemDataRole.ToolTipRole)
            self.model.appendRow(item)
        if results.more:
            item = QStandardItem()
            item.setData(True, MORE_ROLE)
            item.setData(f"<div style='font-weight:600'>{escape(self.messages.tr(SHOW_MORE))} ▾</div>", HTML_ROLE)
            item.setData(self.tr("{show_more}: press {key} to list the next results").format(
                show_more=self.messages.tr(SHOW_MORE), key=key_name("Enter")),
                         Qt.ItemDataRole.AccessibleTextRole)
            self.model.appendRow(item)

    def show_more(self) -> None:
        """Fetch the next page of the query shown, append it, and make its first result current."""
        if self._shown_query is None:
            return
        first_new = len(self._hits)
        self.searching.submit(self._search(self._shown_query, first_new),
                              lambda results: self._show_more(results, first_new))

    def _show_more(self, results: SearchResults, first_new: int) -> None:
        if isinstance(results, Exception):
            return
        self._add_hits(results)
        message = self.messages.count_sentence(len(self._hits), results.more)
        self.status.setText(message)
        self.status.setAccessibleName(message)
        added = len(results.hits)
        announce(self.status, self.tr("%n more result(s): {message}", "", added).format(message=message))
        if first_new < self.model.rowCount():
            index = self.model.index(first_new, 0)
            self.results.setCurrentIndex(index)
            self.results.scrollTo(index)

    def use_scope(self, only_open_summary: bool) -> None:
        """Ctrl+F (find in this summary) or Ctrl+K (search the library): the scope, then the box."""
        self.only_open_summary.setChecked(only_open_summary)
        self.focus_box()

    def _scope_changed(self, only_open_summary: bool) -> None:
        self.fit_placeholder()
        if self.box.text().strip():
            self.run_search()

    def fit_placeholder(self) -> None:
        """The box's hint for the scope, with its shortcut where the box has room for it, else without."""
        this_summary = self.only_open_summary.isChecked()
        whole, key, short = ((SUMMARY_PLACEHOLDER, "Ctrl+F", SUMMARY_PLACEHOLDER_SHORT) if this_summary
                             else (LIBRARY_PLACEHOLDER, "Ctrl+K", LIBRARY_PLACEHOLDER_SHORT))
        room = self.box.width() - self.box.height() - 8  # less the clear button's square and the margins
        text = self.tr(whole).format(key=key_name(key))
        self.box.setPlaceholderText(text if self.box.fontMetrics().horizontalAdvance(text) <= room else self.tr(short))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name): the box is laid out to the new size
        super().resizeEvent(event)
        self.fit_placeholder()

    def _show_nothing(self) -> None:
        self._shown_query = None
        self._hits = []
        self.model.clear()
        self.status.setVisible(False)
        self.results.setVisible(False)
        self.resultsShown.emit(False)

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self.searching.cancel()  # a query still running is for text no longer there
            self._show_nothing()
            self.clearRequested.emit()
        elif self._opened and text != self._shown_query:  # another query: the last one's marks go
            self._opened = False
            self.clearRequested.emit()

    def _use_suggestion(self, word: str) -> None:
        self.box.setText(word)
        self.run_search()

    def _activate(self, index: QModelIndex) -> None:
        if index.data(MORE_ROLE):
            self.show_more()
            return
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self._opened = True
            self.resultActivated.emit(hit)

    def set_hit_counter(self, current: int, total: int) -> None:
        self.counter.setVisible(total > 0)
        where = self.tr("Hit {current} of {total}").format(current=current, total=total)
        # one line, so that a short window keeps rows of results and of the tree; the keys in its tip
        self.counter.setText(where if total else "")
        keys = {"next": key_name("F3"), "previous": key_name("Shift+F3"), "clear": key_name("Esc")}
        self.counter.setToolTip(self.tr("{next}: next hit · {previous}: previous hit · {clear}: clear the marks")
                                .format(**keys) if total else "")
        self.counter.setAccessibleName(where if total else self.tr("Hit counter"))
        if total:
            announce(self.counter, where)

    def follow(self, summary_id: str, anchor: str) -> None:
        """Make the result for this passage the list's current one (as F3 moves through the hits),
        without opening it."""
        for row in range(self.model.rowCount()):
            hit = self.model.item(row).data(HIT_ROLE)
            if hit is not None and (hit.summary_id, hit.anchor) == (summary_id, anchor):
                index = self.model.index(row, 0)
                if self.results.currentIndex() != index:
                    self.results.setCurrentIndex(index)
                self.results.scrollTo(index)
                return

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    # -- keys in the box -------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.box and event.type() == event.Type.ShortcutOverride
                and event.key() == Qt.Key.Key_Escape and self.box.text()):
            event.accept()  # Esc in a box with a query is the box's (below), not the window's shortcut
            return True
        if watched is self.box and event.type() == event.Type.KeyPress:
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._shown_query != self.box.text() or self._debounce.isActive():
                    self.run_search(then=lambda results: results.hits and self._activate(self.model.index(0, 0)))
                elif not self._opened:
                    self._activate(self.results.currentIndex())
                else:
                    self.stepRequested.emit(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:  # first the marks in the text, then the query and its results
                if self._opened:
                    self._opened = False
                    self.clearRequested.emit()
                else:
                    self.box.clear()
                return True
            if key == Qt.Key.Key_Down and self.results.isVisible():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

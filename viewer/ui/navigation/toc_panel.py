"""The library tree beside the text: summaries grouped by type (PDQ's SummaryType), then by title,
each with its sections, and a topic's other versions (patient, Spanish) right below its first,
marked with their audience and language; a filter narrows it to the summaries whose titles hold
the words typed.

Signals:
    sectionActivated(str, str): summary id and section id the reader asked for (click or Enter).
    zoomRequested(int): Ctrl+wheel; +1 larger, -1 smaller.
    listed(int): how many summaries the tree now lists.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ...content import Section, Summary, SummaryEntry
from ...content.wording import Words, words_for
from ..appearance.font_size import WheelZoom
from ..common.i18n import long_date
from ..common.key_names import key_name
from ..reading.versions_link import version_labels
from .title_rows import WrappingTitles, changed_icon
from .tree_speech import expand_branches, tell_expansion_soon, tell_focus_soon

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1  # (summary id, section id or ""); groups have none
# The order NCI's own PDQ pages list the types in; any other type follows, then summaries without one.
KIND_ORDER = ("Treatment", "Supportive and Palliative Care", "Supportive care", "Screening", "Prevention",
              "Genetics", "Integrative, alternative, and complementary therapies")
NO_KIND = "Other summaries"
READABLE_DEPTH = 5     # levels of indentation a section title may sit under (group, summary, sections)
SCROLL_BAR_ROOM = 16
MAX_SHARE = 0.4       # of the window's width the tree widens to for large text at most;
MAX_SHARE_SMALL = 0.3  # in a window narrower than SMALL_WINDOW px, whose text needs the room more
SMALL_WINDOW = 800
MIN_ROWS = 3           # rows of one line the tree keeps however small the window


class SectionTree(WheelZoom, QTreeView):
    sectionActivated = Signal(str, str)
    zoomRequested = Signal(int)
    listed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Kept from the viewport's resize events rather than asked of viewport(): the first
        # viewport() call makes PySide create every widget class (7 ms), which start-up avoids.
        self.viewport_width = 0
        self.setObjectName("tocTree")
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("The sections of the bundled summaries. Press {key} to go to a section.")
                                      .format(key=key_name("Enter")))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long clinical titles wrap at the spaces between words, at every font size (see title_rows).
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformRowHeights(False)
        # by the pixel: by the row, Qt counts how many rows a page holds from the list's last ones, and
        # with rows of two heights (wrapped titles) it took a row just below the view for one in it
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(WrappingTitles(self))
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._items: dict[tuple[str, str], QStandardItem] = {}
        self._open_summary: Callable[[str], Summary | None] = lambda _: None
        self.own_width: int | None = None  # the width the reader gave the tree, while it is widened
        self._widened_to = -1  # the width it was widened to (moved since: the reader's choice)
        self._filled: set[str] = set()  # summaries whose sections are in the tree
        self._followed: str | None = None  # the summary follow() last selected in (a new one: shown)
        self._marks: dict[str, tuple[set[str], object]] = {}  # changed sections, applied when filled
        self._splitter = None  # see follow_resizes_of
        self.expanded.connect(self._fill_expanded)
        self.expanded.connect(lambda index: tell_expansion_soon(self, index))  # Left and Right, heard
        self.collapsed.connect(lambda index: tell_expansion_soon(self, index))
        self.clicked.connect(self._emit_activation)
        self.activated.connect(self._emit_activation)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        tell_focus_soon(self)  # F6 into the tree: the section being read, not "tree"

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name): the viewport's new size
        # asked before Qt's own handling, which lays the rows out again at the new width: narrower,
        # they wrap taller and the row read, in view, was already counted out of it (1900 -> 1200 px at 40 pt)
        current = self.currentIndex()
        was_in_view = current.isValid() and self.visualRect(current).intersects(QRect(QPoint(0, 0), event.oldSize()))
        super().resizeEvent(event)
        if event.size().width() != self.viewport_width:  # wrapped rows change height with the width only
            self.viewport_width = event.size().width()
            self.scheduleDelayedItemsLayout()
        if was_in_view:
            # in view before, in view after: at 40 pt the filter above grew and the section read went out
            QTimer.singleShot(0, self, self._keep_current_in_view)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setIndentation(max(20, min(26, round(self.fontMetrics().height() * 0.7))))  # an arrow in proportion, text room kept
            # beside search results in a small window, still a few rows of sections, never one or two
            self.setMinimumHeight(MIN_ROWS * (self.fontMetrics().lineSpacing() + self.fontMetrics().height() // 2)
                                  + 2 * self.frameWidth())
            self.scheduleDelayedItemsLayout()
            QTimer.singleShot(0, self._keep_current_in_view)  # rows changed height: the place moved

    def _keep_current_in_view(self) -> None:
        if self.currentIndex().isValid():
            self.executeDelayedItemsLayout()
            self._show_row(self.currentIndex())

    def _show_row(self, index: QModelIndex) -> None:
        self.scrollTo(index)  # which leaves a row exactly as tall as the view (40 pt) out of it:
        if (place := self.visualRect(index)).bottom() < 0 or place.top() >= self.height():
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def set_summaries(self, summaries: list[SummaryEntry], open_summary: Callable[[str], Summary | None],
                      versions: Callable[[str], tuple[str, ...]] = lambda _: ()) -> None:
        """Group the summaries by type (then audience and language, where those differ), by title.
        A summary's sections come into the tree when it is opened or expanded (`open_summary`
        reads it): a library of hundreds lists its titles at once and reads none of them.
        `versions`: a summary's topic's versions, its first listed, the others right below it."""
        self._model.removeRows(0, self._model.rowCount())  # not clear(): the column (and its width) stays
        self._items.clear()
        self._filled.clear()
        self._marks.clear()
        self._open_summary = open_summary
        audiences = {s.metadata.audience for s in summaries}
        languages = {s.metadata.language or "English" for s in summaries}
        groups: dict[str, list[SummaryEntry]] = {}
        by_id = {s.id: s for s in summaries}
        beside = {s.id: [by_id[i] for i in versions(s.id)[1:] if i in by_id] for s in summaries
                  if versions(s.id)[:1] == (s.id,)}
        listed_beside = {v.id for others in beside.values() for v in others}
        for summary in (s for s in summaries if s.id not in listed_beside):
            meta = summary.metadata
            label = meta.kind or NO_KIND
            extra = [meta.audience] if len(audiences) > 1 else []
            extra += [meta.language or "English"] if len(languages) > 1 else []
            groups.setdefault(label + (f" ({', '.join(extra)})" if extra else ""), []).append(summary)

        def order(label: str):
            kind = label.split(" (")[0]
            return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER) + (kind == NO_KIND), label)

        for label in sorted(groups, key=order):
            shown = group_name(label)
            group = QStandardItem(shown)
            group.setToolTip(shown)  # a title the pane cuts short reads whole on hover, a group's too
            group.setData(self.tr("{group}: %n summary(s)", "", len(groups[label])).format(group=shown),
                          Qt.ItemDataRole.AccessibleTextRole)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            for summary in sorted(groups[label], key=lambda s: s.title.casefold()):
                root = self._make_item(summary.title, (summary.id, ""))
                root.appendRow(QStandardItem("…"))  # its sections, read when it is opened: see _fill
                group.appendRow(root)
                for version, label in zip(beside.get(summary.id, []), version_labels(beside.get(summary.id, []))):
                    row = self._make_item(f"↳ {label}: {version.title}", (version.id, ""))
                    row.setData(f"{label}: {version.title}", Qt.ItemDataRole.AccessibleTextRole)
                    row.appendRow(QStandardItem("…"))
                    group.appendRow(row)
            self._model.appendRow(group)
            self.expand(group.index())
        if len(summaries) == 1:  # its type and title would only repeat the header: its sections are the tree
            self._fill(summaries[0].id)
            self.setRootIndex(self._items[(summaries[0].id, "")].index())
        else:
            self.setRootIndex(QModelIndex())
        self.listed.emit(len(summaries))

    def filter(self, text: str) -> int:
        """Show only the summaries whose titles hold every word of `text` (any case, with or without
        its accents: "cancer" finds "Cáncer", as the search does), and their groups; how many are shown."""
        from ...search.text import fold  # when a filter is typed: the search package is not needed at start

        words = fold(text).split()
        matched = 0
        for row in range(self._model.rowCount()):
            group = self._model.item(row)
            shown = 0
            for child in range(group.rowCount()):
                title = fold(group.child(child).text())
                hide = not all(word in title for word in words)
                self.setRowHidden(child, group.index(), hide)
                shown += not hide
            self.setRowHidden(row, QModelIndex(), shown == 0)
            matched += shown
        self.scrollToTop()  # the matches, from the first
        return matched

    def _fill_expanded(self, index: QModelIndex) -> None:
        location = index.data(LOCATION_ROLE)
        if location and not location[1]:
            self._fill(location[0])

    def _fill(self, summary_id: str) -> None:
        """Put the summary's sections under its item (once); the changed ones marked."""
        root = self._items.get((summary_id, ""))
        if root is None or summary_id in self._filled:
            return
        self._filled.add(summary_id)
        summary = self._open_summary(summary_id)
        root.removeRows(0, root.rowCount())
        words = words_for(summary.metadata.language) if summary is not None else None
        for section in summary.sections if summary is not None else []:
            root.appendRow(self._section_item(summary_id, section, words))
        if summary_id in self._marks:
            self._apply_marks(summary_id, *self._marks[summary_id])

    def mark_changed(self, summary_id: str, section_ids: set[str], since) -> None:
        """Mark the sections added or changed at the summary's last update (a dot, a tooltip, and
        the words "changed" for screen readers); the item's text stays the section's title."""
        self._marks[summary_id] = (section_ids, since)
        if summary_id in self._filled:
            self._apply_marks(summary_id, section_ids, since)

    def _apply_marks(self, summary_id: str, section_ids: set[str], since) -> None:
        for section_id in section_ids:
            item = self._items.get((summary_id, section_id))
            if item is None:
                continue
            note = self.tr("changed in the update from {date}").format(date=long_date(since))
            item.setData(changed_icon(), Qt.ItemDataRole.DecorationRole)
            item.setToolTip(f"{item.text()} ({note})")
            item.setData(f"{item.text()}, {note}", Qt.ItemDataRole.AccessibleTextRole)

    def _section_item(self, summary_id: str, section: Section, words: Words) -> QStandardItem:
        item = self._make_item(section.title, (summary_id, section.id))
        for child in section.children:
            item.appendRow(self._section_item(summary_id, child, words))
        if section.references and section.references_anchor:  # where a search or a marker may lead
            # named as the text's heading names it, in the summary's language
            references = self._make_item(words.references, (summary_id, section.references_anchor))
            references.setData(words.references_of.format(section=section.title), Qt.ItemDataRole.AccessibleTextRole)
            item.appendRow(references)
        return item

    def _make_item(self, title: str, location: tuple[str, str]) -> QStandardItem:
        item = QStandardItem(title)
        item.setData(location, LOCATION_ROLE)
        item.setData(title, Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(title)
        self._items[location] = item
        return item

    def _emit_activation(self, index: QModelIndex) -> None:
        location = index.data(LOCATION_ROLE)
        if location:
            self.sectionActivated.emit(*location)

    def follow(self, summary_id: str, section_id: str) -> None:
        """Select the section the reader is in, without navigating anywhere (its summary opens)."""
        self._fill(summary_id)
        item = self._items.get((summary_id, section_id)) or self._items.get((summary_id, ""))
        if item is None:
            return
        index = item.index()
        summary = self._items[(summary_id, "")].index()
        opened, self._followed = summary_id != self._followed, summary_id
        if opened and self.isRowHidden(summary.row(), summary.parent()):  # opened (a search's hit) while
            self.setRowHidden(summary.row(), summary.parent(), False)  # the filter hid it: in sight, once
            self.setRowHidden(summary.parent().row(), summary.parent().parent(), False)
        if not self.isExpanded(summary):  # the summary being read shows all its sections
            expand_branches(self, summary)
        if self.currentIndex() != index:
            self.setCurrentIndex(index)
        self._show_row(index)

    def keep_readable_in(self, splitter) -> None:
        """At large sizes, widen the tree (the splitter's first pane) so a title's words still fit,
        never past 40% of the window (30% of a small one); when the text is smaller again, give back the reader's own width."""
        sizes = splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        # about 18 characters beside PDQ's deepest sections (five levels in), its scroll bar too
        room = self.fontMetrics().averageCharWidth() * 18 + self.indentation() * READABLE_DEPTH + SCROLL_BAR_ROOM
        wanted = min(room, int(total * (MAX_SHARE if total >= SMALL_WINDOW else MAX_SHARE_SMALL)))
        if self.own_width is not None and sizes[0] != self._widened_to:
            self.own_width = None  # the reader has moved it since: their width stands
        if sizes[0] < wanted:
            if self.own_width is None:
                self.own_width = sizes[0]
            splitter.setSizes([wanted, total - wanted])
            self._widened_to = splitter.sizes()[0]
        elif self.own_width is not None and sizes[0] > max(wanted, self.own_width):
            # smaller text: back to the reader's width, or as near it as the titles allow
            keep = max(wanted, self.own_width)
            splitter.setSizes([keep, total - keep])
            if keep == self.own_width:
                self.own_width = None
            else:
                self._widened_to = splitter.sizes()[0]

    def follow_resizes_of(self, splitter) -> None:
        """Widen again when the window (the splitter) is resized: the widening is a share of it."""
        self._splitter = splitter
        splitter.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, lambda: self.keep_readable_in(watched))  # once it has laid out its panes
        return False

    def width_to_keep(self, splitter) -> int:
        """The width to remember: the reader's own, unless only this tree's widening changed it."""
        current = splitter.sizes()[0]
        return self.own_width if self.own_width is not None and current == self._widened_to else current

    def current_location(self) -> tuple[str, str] | None:
        location = self.currentIndex().data(LOCATION_ROLE)
        return tuple(location) if location else None


# The group names the tree says in the interface's language: PDQ's types, audiences and languages.
GROUP_WORDS = (QT_TRANSLATE_NOOP("Groups", "Treatment"), QT_TRANSLATE_NOOP("Groups", "Supportive and Palliative Care"),
               QT_TRANSLATE_NOOP("Groups", "Supportive care"), QT_TRANSLATE_NOOP("Groups", "Screening"),
               QT_TRANSLATE_NOOP("Groups", "Prevention"), QT_TRANSLATE_NOOP("Groups", "Genetics"),
               QT_TRANSLATE_NOOP("Groups", "Integrative, alternative, and complementary therapies"),
               QT_TRANSLATE_NOOP("Groups", "Other summaries"), QT_TRANSLATE_NOOP("Groups", "Health Professional"),
               QT_TRANSLATE_NOOP("Groups", "Patient"), QT_TRANSLATE_NOOP("Groups", "English"),
               QT_TRANSLATE_NOOP("Groups", "Spanish"), QT_TRANSLATE_NOOP("Groups", "Drug information"),
               QT_TRANSLATE_NOOP("Groups", "Complementary and alternative medicine"))


def group_name(label: str) -> str:
    """"Treatment (Patient, Spanish)" in the interface's language: each known word translated."""
    kind, _, extra = label.partition(" (")
    words = [kind] + (extra.rstrip(")").split(", ") if extra else [])
    said = [QCoreApplication.translate("Groups", w) for w in words]
    return said[0] + (f" ({', '.join(said[1:])})" if said[1:] else "")


"""The main window: assembles the panels and commands and wires their signals. What is being read
(the library, the open summary, the place, the history) is the ReadingState's; the window holds
nothing beyond its widgets and routes a location to the reader, the tree and the header."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from ... import APP_NAME
from ...content import Library, Summary
from ...history import History
from ...settings import FONT_SIZE, Settings
from ..appearance.appearance import Appearance
from ..appearance.font_size import FontSizeControl
from ..appearance.pane_fonts import HEADER_MAX_POINTS, PANE_MAX_POINTS, capped, dialogs_follow
from ..common.first_paint import after_first_paint
from ..common.reading_state import Location, ReadingState
from ..library.library_commands import LibraryCommands
from ..navigation.bookmarks import Bookmarks
from ..navigation.recent import RecentSummaries
from ..navigation.toc_panel import SectionTree
from ..navigation.versions_menu import SummaryVersions
from ..paper.paper_commands import PaperCommands
from ..reading.change_marks import ChangeMarks
from ..reading.copy_source import copy_citation
from ..reading.hit_highlighter import HitHighlighter
from ..reading.link_popovers import LinkPopovers
from ..reading.reader import ReaderView
from ..reading.summary_header import SummaryHeader
from ..search.search_commands import SearchCommands
from ..search.searcher import Searcher
from .actions import first_shortcut, make_actions
from .empty_library_note import empty_library_note, nothing_to_show
from .feedback import Feedback
from .language_menu import LanguageMenu
from .language_switch import apply_language
from .library_pane import LibraryPane
from .menus import build_menus_and_toolbar
from .notice_room import NoticeRoom
from .opening import SummaryOpener
from .place_keeper import PlaceKeeper
from .problems_banner import ProblemsBanner
from .unnamed import name_the_unnamed
from .window_place import bring_to_front, keep_window_place, restore_window_place

if TYPE_CHECKING:  # the search engine (and sqlite3) is imported when first used, not at start-up
    from ...search import Hit, SearchIndex, SearchResults
    from ..library.import_dialog import ImportRun
    from ..reading.citation_popover import CitationPopover

INDEX_DELAY_MS = 250


class MainWindow(QMainWindow):
    # this window was built again as another (View ▸ Language): whoever keeps it keeps that one now
    replaced = Signal(object)

    def __init__(self, library: Library, settings: Settings, library_dir: Path | None = None,
                 load_library: Callable[[], Library] | None = None, *, place: Location | None = None):
        """`library_dir`: where File ▸ Import writes; `load_library`: reads the library again after it.
        `place`: where to open (a window built again in another language); else the place last
        read; else (or if that cannot be opened) the first summary."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.state = ReadingState(library, library_dir, load_library, self)
        self.settings = settings
        self.font_size = FontSizeControl(settings.font_size, self)
        self._restored = False
        self.searcher = Searcher(self.state)  # its engine is made on first use
        self.tree = SectionTree()
        self.reader = ReaderView()
        self.state.attach_view(self.reader)
        self.highlighter = HitHighlighter(self.reader)
        self.search_commands = SearchCommands(self.state, self.searcher, self.highlighter, self.navigate_to)
        self.search_panel = self.search_commands.panel
        self.change_marks = ChangeMarks(self.reader, self.state)
        self.link_popovers = LinkPopovers(self.state, self.searcher.index, self,
                                          lambda: self.reader.text_style.font(self.tree.font()), self.reader)
        self.header = SummaryHeader()
        self.problems = ProblemsBanner()
        self.opener = SummaryOpener(self.state, self.reader, self.tree, self.highlighter, self.problems,
                                    self.statusBar(), self)
        self.opening = self.opener.opening  # (what tests and benchmarks wait on)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.library_pane = LibraryPane(self.search_panel, self.tree)
        self.library_filter = self.library_pane.filter
        self.splitter.addWidget(self.library_pane)
        self.splitter.addWidget(self.reader)
        # both grow with the window, in the proportion the reader left them (the text keeps its column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.problems)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.notice_room = NoticeRoom(self, self.header, self.library_pane)

        self.actions = make_actions(self)
        self.appearance = Appearance(settings, self)
        self.appearance.apply_theme()
        self.bookmarks = Bookmarks(settings, lambda: self.state.library, self.state.reading_place, self)
        self.recent = RecentSummaries(settings, self.state, self)
        self.place_keeper = PlaceKeeper(self.opener, self.recent, settings, self)
        self.versions = SummaryVersions(self.state, self.header.versions_link, self, first_shortcut("nextVersion"))
        self.language = LanguageMenu(settings, self)
        toolbar = build_menus_and_toolbar(self, self.actions, self.appearance, self.bookmarks, self.recent.menu,
                                          self.versions.menu, self.language.menu)
        self.size_label = toolbar.findChild(QLabel, "fontSizeLabel")
        self.feedback = Feedback(self.statusBar(), self.size_label, self.font_size, self.appearance)
        self.library_commands = LibraryCommands(self.state, self, self.feedback.say, lambda: self.reader.text_style)
        self.paper = PaperCommands(self.state, self.reader, settings, self, self.feedback.say)
        self._wire()
        after_first_paint(self, lambda: name_the_unnamed(self, self.splitter, self.reader))
        after_first_paint(self, self.library_commands.follow_outside_imports)
        self._show_library(library)
        self._apply_style()  # before the text is shown, so it is rendered once, in the reader's style
        self.setWindowTitle(APP_NAME)  # until the first summary is open
        if library.entries():  # where the reader left off, at once: never the first summary, then that
            first = (library.entries()[0].id, "")
            self.opener.show_location(place or self._last_place() or first,
                                      otherwise=lambda: self.state.summary or self.place_keeper.show_instead(first))
        else:
            self.reader.setHtml(nothing_to_show(library))
            self.setWindowTitle(APP_NAME)
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)  # the window opens on the text, read from its start
        restore_window_place(self, self.splitter, settings)
        if settings.notice:
            self.statusBar().showMessage(settings.notice)

    # -- assembly --------------------------------------------------------------------------------
    def _wire(self) -> None:
        a = self.actions
        a["back"].triggered.connect(self.go_back)
        a["forward"].triggered.connect(self.go_forward)
        for owner in (self.font_size, self.highlighter, self.library_commands, self.paper, self.search_commands):
            owner.connect_actions(a)  # each owner wires its own commands
        self.bookmarks.connect_actions(a, self)
        a["nextPane"].triggered.connect(lambda: self.library_pane.cycle_focus(1, then=self.reader))
        a["previousPane"].triggered.connect(lambda: self.library_pane.cycle_focus(-1, then=self.reader))
        a["shortcuts"].triggered.connect(lambda: self._dialogs().show_shortcuts(self, self.actions))
        a["about"].triggered.connect(lambda: self._dialogs().show_about(self, self.library, self.state.library_dir))
        a["quit"].triggered.connect(self.close)
        a["markChanges"].setCheckable(True)
        a["markChanges"].toggled.connect(lambda on: self.feedback.say(self.change_marks.set_enabled(on), 8000))
        self.bookmarks.said.connect(self.feedback.say)
        self.language.said.connect(lambda message: self.feedback.say(message, 10000))
        self.language.chosen.connect(lambda language: apply_language(self, language))
        self.bookmarks.bookmarkActivated.connect(lambda summary_id, section_id: self.navigate_to((summary_id, section_id)))
        self.header.whatChangedRequested.connect(a["whatChanged"].trigger)
        self.library_commands.libraryReloaded.connect(self._after_import)
        self.state.libraryChanged.connect(self._show_library)
        self.state.problemsChanged.connect(self.problems.show_problems)
        self.state.summaryChanged.connect(self._show_summary)
        self.state.historyChanged.connect(self._update_history_actions)
        self.opener.placeShown.connect(self._update_history_actions)
        self.state.locationRequested.connect(self.navigate_to)
        a["summaryDetails"].triggered.connect(
            lambda: self.summary and self._dialogs().show_summary_details(self, self.summary))
        self.tree.sectionActivated.connect(lambda summary_id, section_id: self.navigate_to((summary_id, section_id)))
        self.reader.sectionEntered.connect(lambda section_id: self.tree.follow(self.state.summary_id, section_id))
        self.reader.sectionEntered.connect(self.recent.section_entered)
        self.recent.recentActivated.connect(lambda summary_id, section_id: self.navigate_to((summary_id, section_id)))
        a["recent"].triggered.connect(lambda: self.recent.pop_up(self.reader))
        a["nextVersion"].triggered.connect(self.versions.cycle)
        self.versions.said.connect(self.feedback.say)
        self.reader.crossReferenceActivated.connect(lambda anchor: self.navigate_to((self.state.summary_id, anchor)))
        self.reader.citationActivated.connect(self.show_citation)
        self.reader.glossaryActivated.connect(self.show_citation)
        self.reader.linkHovered.connect(lambda href, near: self.show_citation(href, near, hover=True))
        self.reader.summaryLinkActivated.connect(lambda summary_id, anchor: self.navigate_to((summary_id, anchor)))
        self.reader.externalLinkActivated.connect(lambda address: self._dialogs().show_external_link(self, address))
        a["copy"].triggered.connect(self.reader.copy)
        a["copyCitation"].triggered.connect(lambda: self.feedback.say(copy_citation(self.state.summary), 8000))
        self.header.citationRequested.connect(a["copyCitation"].trigger)
        a["selectAll"].triggered.connect(self.reader.selectAll)
        a["toggleTree"].triggered.connect(lambda: self.splitter.widget(0).setVisible(not self.splitter.widget(0).isVisible()))
        self.reader.zoomRequested.connect(self.font_size.step)
        self.tree.zoomRequested.connect(self.font_size.step)
        self.library_pane.chain_tab_order(then=self.reader)
        self.tree.follow_resizes_of(self.splitter)
        self.font_size.sizeChanged.connect(self._apply_style)
        self.appearance.changed.connect(self._apply_style)
        self.appearance.connect_actions(
            a, self, lambda: (self.font_size.size, self.state.summary, self.reader.current_section_id()))
        self._update_history_actions()

    @staticmethod
    def _dialogs():
        from . import dialogs  # when one is first opened: its Qt classes cost start-up time

        return dialogs

    # -- what is read (the ReadingState's) ------------------------------------------------------
    @property
    def library(self) -> Library:
        return self.state.library

    @property
    def summary(self) -> Summary | None:
        return self.state.summary

    @property
    def history(self) -> History[Location]:
        return self.state.history

    @property
    def import_run(self) -> ImportRun | None:
        return self.library_commands.run

    def current_location(self) -> Location:
        return self.state.location()

    def _show_library(self, library: Library) -> None:
        """Show `library`: its tree with the changed sections marked, its problems, its link targets."""
        self.reader.set_link_targets(library)
        self.tree.set_summaries(library.entries(), library.get, library.versions)
        for summary_id, changes in library.changes.items():
            self.tree.mark_changed(summary_id, changes.marked, changes.previous_date)
        self.problems.show_problems(library.problems)
        self.header.set_library_note(*empty_library_note(library, first_shortcut("importFiles")))

    def _after_import(self, place: Location) -> None:
        top = self.reader.reading_place() if getattr(self.reader.summary, "id", None) == place[0] else None  # how far in
        self.show_location(place, then=lambda: self.reader.return_to(top))
        self.prepare_search()

    # -- navigation ------------------------------------------------------------------------------
    def navigate_to(self, target: Location, then: Callable[[], None] | None = None) -> None:
        """A jump the reader asked for: recorded in the history once shown, so Back returns here;
        `then` runs once it is shown."""
        if not self.library.has_summary(target[0]):
            self.problems.show_problems(self.library.problems)  # why not, where the reader looks
            self.opener.follow_shown()
            return
        self.show_location(target, before=lambda: self.state.visit(target), then=then)

    def go_back(self) -> None:
        target = self.state.back()
        if target:
            self.show_location(target)

    def go_forward(self) -> None:
        target = self.state.forward()
        if target:
            self.show_location(target)

    def show_location(self, location: Location, before: Callable[[], None] | None = None,
                      then: Callable[[], None] | None = None) -> None:
        """Show `location` (see SummaryOpener); `before` just before it is shown, `then` just after."""
        self.opener.show_location(location, before, then)

    def _show_summary(self, summary: Summary) -> None:
        self.reader.show_summary(summary, self.opener.prepared)  # laid out off the UI thread (SummaryOpener)
        self.header.show_summary(summary, self.library.imported_date(summary.id), self.library.changes.get(summary.id))
        self.search_panel.partial_note = (self.tr("The summary in view is a partial edition ({edition})").format(
            edition=summary.metadata.edition) if summary.metadata.edition else "")
        self.setWindowTitle(self.tr("{title} — {app}").format(title=summary.title, app=APP_NAME))

    def _update_history_actions(self) -> None:
        self.actions["back"].setEnabled(self.history.can_go_back())
        self.actions["forward"].setEnabled(self.history.can_go_forward())

    @property
    def popover(self) -> CitationPopover:
        """The citation popover, made on first use (see LinkPopovers)."""
        return self.link_popovers.popover

    def show_citation(self, href: str, near: QRect, hover: bool = False) -> None:
        self.link_popovers.show(href, near, hover)

    # -- search ----------------------------------------------------------------------------------
    def ensure_search_index(self) -> SearchIndex:
        return self.searcher.index()

    def prepare_search(self) -> None:
        self.search_commands.prepare()

    def search(self, text: str, offset: int = 0) -> SearchResults:
        return self.search_commands.work(text, offset)()

    def open_result(self, hit: Hit) -> None:
        self.search_commands.open_result(hit)

    # -- paper -------------------------------------------------------------------------------------
    def export_to_pdf(self, whole: bool, path: str | None = None) -> str | None:
        """Save the summary or the current section as a PDF; asks where unless `path` is given."""
        return self.paper.export_to_pdf(whole, path)

    # -- text size and appearance ------------------------------------------------------------------
    def _apply_style(self, *_) -> None:
        """One reading style for the text, the tree, the search results and the popover."""
        size = self.font_size.size
        style = self.appearance.reading_style(size)
        font = style.font(self.tree.font())
        pane_font = capped(font, PANE_MAX_POINTS)  # a tree at 40 pt in 40% of the window cuts words
        for widget, chosen in ((self.tree, pane_font), (self.search_panel, pane_font), (self.link_popovers.made, font)):
            if widget is not None:
                widget.setFont(chosen)
        self.search_panel.fit_placeholder()
        header_font = capped(font, HEADER_MAX_POINTS)  # the text, not the header, is for reading
        self.header.setFont(header_font)
        self.problems.setFont(header_font)  # what cannot be shown, as large as the header (it stayed 9 pt at 40)
        self.header.set_notice_font(font)  # the out-of-date notice: as large as the text, up to a cap
        dialogs_follow(size, FONT_SIZE.default)
        # the scope's label, long at 40 pt, would set the pane's width: it stays at the header's size
        for part in (self.search_panel.only_open_summary, self.search_panel.status, self.search_panel.counter,
                     self.library_pane.no_match, self.library_filter, self.statusBar()):
            part.setFont(header_font)  # at 40 pt a "no results" sentence was cut off; the filter, messages 9 pt
        self.statusBar().reformat()  # its height now (Qt's waits for a style change: the reader moved then)
        self.notice_room.fit()  # laid out now with every part at its size: the reader's height is final
        self.reader.set_style(style)
        self.tree.keep_readable_in(self.splitter)
        self.settings.font_size = size

    def bring_to_front(self) -> None:
        bring_to_front(self)  # another launch by the same user: this window instead of a second one

    # -- lifecycle -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._restored:  # the layout is real only once shown: restore the place then
            self._restored = True
            # ready before the first keystroke, but after the first paint (a search would do it anyway)
            after_first_paint(self, self.prepare_search, INDEX_DELAY_MS)
            # the place is kept from the moment the one the window opened at is shown, never before the paint
            after_first_paint(self, self.place_keeper.arm_once_shown)

    def _last_place(self) -> Location | None:
        last = self.settings.last_location
        return last if last and self.library.has_summary(last[0]) else None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.notice_room.fit()  # small windows and large text: the notices in brief

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        keep_window_place(self, self.splitter, self.tree, self.settings)
        self.place_keeper.save()  # the place and the recent summaries, then the settings on disk

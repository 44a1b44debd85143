"""The place being read, kept between runs (the window opens at it): written to the settings a
moment (SETTLE_MS) after it stops changing, and again at close. A session ended
without a close (SIGKILL, a power cut) loses a few seconds of reading at most, not the whole
session; scrolling costs a timer's restart, the writing happens once the reader stops.

Nothing is written before the first paint and the place the window opened at is shown: a close
in that moment keeps the place the clinician left, unless the reader went somewhere meanwhile. So
does a summary shown because the last place could not be opened, until the reader goes elsewhere
(an import read meanwhile is not the reader going anywhere).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from ...settings import Settings
from ..common.reading_state import Location
from ..navigation.recent import RecentSummaries
from .opening import SummaryOpener

SETTLE_MS = 2000  # written this long after the place last changed


class PlaceKeeper(QObject):
    def __init__(self, opener: SummaryOpener, recent: RecentSummaries, settings: Settings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.opener, self.recent, self.settings = opener, recent, settings
        self._timer: QTimer | None = None  # made when armed: after the first paint
        self._chosen = False  # the place shown is the reader's: restored, or one they went to
        self._instead = ""  # the summary shown in the stead of a last place that could not be opened
        opener.state.historyChanged.connect(self._went)  # a jump, Back or Forward: the reader's own
        opener.placeShown.connect(self._shown)

    @property
    def armed(self) -> bool:
        return self._timer is not None

    def arm_once_shown(self) -> None:
        """Called after the first paint: keep the place from the moment the place the window opened
        at (the last one read) is shown, at once if it is, or one the reader asked for meanwhile."""
        if self.opener.state.summary is not None and not self.opener.opening.busy:
            self.arm()
        else:
            self.opener.placeShown.connect(self.arm, Qt.ConnectionType.SingleShotConnection)

    def show_instead(self, location: Location) -> None:
        """The last place could not be opened: `location` is shown in its stead, not as the reader's,
        so the last place stays stored (for when IT's import repairs it) until they go somewhere."""
        self._instead = location[0]
        self.opener.show_location(location)

    def _went(self) -> None:
        if self.opener.state.summary is not None:  # (none while a new library prunes the history: not a jump)
            self._chosen = True

    def _shown(self) -> None:
        summary = self.opener.state.summary
        if self._instead and summary is not None and summary.id != self._instead:  # one the reader opened
            self._chosen = True

    def arm(self) -> None:
        """From now on a change of summary or of scroll position is written once it settles."""
        self._chosen = self._chosen or not self._instead
        if self._timer is not None:
            return
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.save)
        self.opener.state.summaryChanged.connect(self._changed)
        self.opener.reader.verticalScrollBar().valueChanged.connect(self._changed)

    def _changed(self, *_) -> None:
        self._timer.start()  # restarted at each change: written once the place has settled

    def save(self) -> None:
        """The place and the recently opened summaries, on disk now (at close too)."""
        if self._timer is not None:
            self._timer.stop()
        self.recent.save()
        if self.opener.state.summary is not None and self._chosen:
            self.settings.last_location = self.opener.state.location()
        self.settings.sync()

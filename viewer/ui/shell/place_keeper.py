"""The place being read, kept between runs: restored once the window has painted, then written to
the settings a moment (SETTLE_MS) after it stops changing, and again at close. A session ended
without a close (SIGKILL, a power cut) loses a few seconds of reading at most, not the whole
session; scrolling costs a timer's restart, the writing happens once the reader stops.

Nothing is written before the last place is back: until then the window shows the first summary,
which must not take the place of the one the clinician left (a close in that moment keeps it too,
unless the reader went somewhere meanwhile; a window built again in another language, given its
place, is armed at its first paint).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from ...settings import Settings
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
        opener.state.historyChanged.connect(self._went)  # a jump, Back or Forward: the reader's own

    @property
    def armed(self) -> bool:
        return self._timer is not None

    def restore(self) -> None:
        """Show the place last read (called after the first paint), and keep the place from the
        moment it is shown, or another place the reader asked for meanwhile (the newest wins)."""
        last = self.settings.last_location
        if not last or not self.opener.state.library.has_summary(last[0]):
            self.arm()
            return
        self.opener.placeShown.connect(self.arm, Qt.ConnectionType.SingleShotConnection)
        self.opener.show_location(last)

    def _went(self) -> None:
        self._chosen = True

    def arm(self) -> None:
        """From now on a change of summary or of scroll position is written once it settles."""
        self._chosen = True
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

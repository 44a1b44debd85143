"""For the baseline windows of the start-up benchmarks: the event loop, and with
--quit-when-shown the moment viewer.__main__.report_shown_and_quit reports (after the first paint)."""
import sys
import time

from PySide6.QtCore import QTimer


def _report_shown_and_quit(app) -> None:
    app.processEvents()  # any paint still pending
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()


def run(app) -> None:
    if "--quit-when-shown" in sys.argv:
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    sys.exit(app.exec())

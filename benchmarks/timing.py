"""Shared by the start-up benchmarks: how long a command takes to show its window, and the text
that widgets_window.py shows."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def time_to_shown(command: list[str], env: dict[str, str], cwd=None) -> tuple[float, float]:
    """(launch to first paint, launch to exit) in seconds. The command must accept
    --quit-when-shown and print 'shown-at <wall-clock time>' once its window is painted."""
    start_wall = time.time()
    start = time.perf_counter()
    out = subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, text=True).stdout
    total = time.perf_counter() - start
    shown = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("shown-at "))
    return shown - start_wall, total


def write_summary_document(folder: Path) -> Path:
    """The bundled summary's text as the viewer shows it (HTML), for widgets_window.py."""
    sys.path.insert(0, str(REPO))
    from viewer import paths
    from viewer.content import load_library
    from viewer.content.render import document_html

    document = Path(folder) / "summary.html"
    document.write_text(document_html(load_library(paths.summaries_dir()).summaries[0]), encoding="utf-8")
    return document


def peak_memory_mb(library: Path, settings: Path, opened: int | None, queries: list[str]) -> float:
    """Peak RSS (MB) of a fresh process that shows the window on `library`, opens its first
    `opened` summaries (all if None) and runs `queries`."""
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from viewer.app import create_window
from viewer.ui.common.background import until_idle
app = QApplication([])
window = create_window(QSettings({str(settings)!r}, QSettings.Format.IniFormat), library_dir=Path({str(library)!r}))
window.show()
app.processEvents()
for entry in window.library.entries()[:{opened!r}]:
    window.navigate_to((entry.id, ""))
    until_idle(window.opening)
window.ensure_search_index()
for query in {queries!r}:
    window.search(query)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec
print(next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])

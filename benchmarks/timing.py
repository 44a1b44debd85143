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

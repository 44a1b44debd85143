"""Start-up benchmark: `python -m viewer` to its window shown, beside a bare PySide6 window and
a window with the viewer's kinds of widget and its text but none of its code (widgets_window.py).

    python benchmarks/startup.py [RUNS]

Each run is a fresh process that shows its window, lets the event loop paint it, prints the
wall-clock time of that moment and quits; the time from launch to it is "to window shown". The
commands alternate so machine noise falls on all alike. Prints medians and the ratio. From source
the viewer renders its Markdown at start; the bundle does not (benchmarks/bundle.py).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import time_to_shown, write_summary_document  # noqa: E402


def main(runs: int = 15) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="viewer-bench-"))
    document = write_summary_document(Path(env["XDG_CONFIG_HOME"]))  # rendered once, before timing
    commands = {
        "bare PySide6 window": [sys.executable, str(REPO / "benchmarks" / "hello_window.py"), "--quit-when-shown"],
        "same widgets and text": [sys.executable, str(REPO / "benchmarks" / "widgets_window.py"), str(document),
                                  "--quit-when-shown"],
        "python -m viewer": [sys.executable, "-m", "viewer", "--quit-when-shown"],
    }
    for command in commands.values():  # warm the file cache once, not measured
        time_to_shown(command, env, REPO)
    shown: dict[str, list[float]] = {name: [] for name in commands}
    total: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            to_shown, to_exit = time_to_shown(command, env, REPO)
            shown[name].append(to_shown)
            total[name].append(to_exit)
    print(f"start-up, median of {runs} runs each, alternating (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):")
    print(f"  {'':<22} {'to window shown':>16} {'to exit':>10}")
    for name in commands:
        print(f"  {name:<22} {statistics.median(shown[name]) * 1000:13.1f} ms {statistics.median(total[name]) * 1000:7.1f} ms")
    bare = statistics.median(shown["bare PySide6 window"])
    for name in ("same widgets and text", "python -m viewer"):
        print(f"  ratio {name} / bare, to window shown: {statistics.median(shown[name]) / bare:.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))

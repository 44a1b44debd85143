"""Start-up benchmark: `python -m viewer` to its window shown, beside a bare PySide6 window.

    python benchmarks/startup.py [RUNS]

Each run is a fresh process that shows its window, lets the event loop paint it, prints the
wall-clock time of that moment and quits; the time from launch to it is "to window shown". The
two commands alternate so machine noise falls on both alike. Prints medians and the ratio.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import time_to_shown  # noqa: E402


def main(runs: int = 15) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="viewer-bench-"))
    commands = {
        "bare PySide6 window": [sys.executable, str(REPO / "benchmarks" / "hello_window.py"), "--quit-when-shown"],
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
    ratio = statistics.median(shown["python -m viewer"]) / statistics.median(shown["bare PySide6 window"])
    print(f"  ratio viewer / bare, to window shown: {ratio:.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))

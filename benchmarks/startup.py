"""Start-up benchmark: `python -m viewer` to its window shown, beside a bare PySide6 window.

    python benchmarks/startup.py [RUNS]

Each run is a fresh process that shows its window, lets the event loop paint it once, and quits;
the two commands alternate so machine noise falls on both alike. Prints medians and the ratio.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget(); w.resize(1100, 760); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(runs: int = 15) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="viewer-bench-"))
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE],
        "python -m viewer": [sys.executable, "-m", "viewer", "--quit-when-shown"],
    }
    for command in commands.values():  # warm the file cache once, not measured
        timed(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"start-up to window shown, median of {runs} runs (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}):")
    for name, median in medians.items():
        print(f"  {name:<22} {median * 1000:7.1f} ms  (min {min(times[name]) * 1000:.1f}, max {max(times[name]) * 1000:.1f})")
    ratio = medians["python -m viewer"] / medians["bare PySide6 window"]
    print(f"  ratio viewer / bare     {ratio:7.2f}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))

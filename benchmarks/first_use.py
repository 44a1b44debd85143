"""First-interaction benchmark: what the first search, the first citation popover and the first
click in the section tree cost, each in a fresh process, the way a reader meets them after start.

    python benchmarks/first_use.py [--runs 9] [--idle-ms 1000] [--against OTHER_CHECKOUT]

Each run starts the viewer (from source, offscreen, a fresh settings folder), shows the window,
lets its event loop run `--idle-ms` after the first paint (the reader looking at the page: work
scheduled for after the first paint is done by then, as it would be before a person's first
click; --idle-ms 0 asks at once), then times one interaction until it is painted:
  search   the query typed in the box and run, its results listed;
  popover  the first citation of the open summary shown in the popover;
  tree     a click on the last section in the tree, the text scrolled there.
With --against, the same runs of another checkout (e.g. a git worktree of an earlier commit)
alternate with this one's, so machine noise falls on both alike. Prints medians and ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KINDS = ("search", "popover", "tree")

PROBE = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
kind, idle_ms = sys.argv[2], int(sys.argv[3])
from PySide6.QtCore import QRect, QTimer
from viewer.ui.appearance.appearance import fusion_application
from viewer.app import create_window
from viewer.ui.common.background import until_idle

app = fusion_application([sys.argv[0]])
window = create_window()
window.show()
app.processEvents()  # the first paint
until_idle(window.opening)  # the first summary, read and laid out off the UI thread
summary = window.summary
href = next(f"cite:{c.section_id}/{','.join(map(str, c.numbers))}"
            for s in summary.walk() for p in s.paragraphs for c in p.citations)
section = list(summary.walk())[-1]  # the farthest from the page shown

def measure():
    start = time.perf_counter()
    if kind == "search":
        window.search_panel.box.setText("carcinoid tumors")
        window.search_panel.run_search()
        until_idle(window.search_panel.searching)  # off the UI thread: until the results are in the list
        assert window.search_panel._hits
    elif kind == "popover":
        window.show_citation(href, QRect(300, 300, 12, 12))
    else:
        tree = window.tree
        index = tree._items[(summary.id, section.id)].index()
        tree.clicked.emit(index)
    app.processEvents()  # painted
    elapsed = time.perf_counter() - start
    if kind == "popover":
        assert window.popover.isVisible()
    if kind == "tree":
        assert window.reader.current_section_id() == section.id, window.reader.current_section_id()
    print("result " + json.dumps(elapsed), flush=True)
    app.quit()

QTimer.singleShot(idle_ms, measure)
app.exec()
"""


def run_once(checkout: Path, kind: str, idle_ms: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="first-use-"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(checkout), kind, str(idle_ms)], env=env, check=True,
                         capture_output=True, text=True, cwd=checkout).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("result ")).split(None, 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--idle-ms", type=int, default=1000)
    parser.add_argument("--against", type=Path, help="another checkout to compare with, run alternately")
    args = parser.parse_args()
    checkouts = {"this checkout": REPO}
    if args.against:
        checkouts = {f"against ({args.against.name})": args.against.resolve(), **checkouts}
    for checkout in checkouts.values():  # warm the file cache, not measured
        run_once(checkout, "search", 0)
    times = {(name, kind): [] for name in checkouts for kind in KINDS}
    for _ in range(args.runs):
        for kind in KINDS:
            for name, checkout in checkouts.items():
                times[name, kind].append(run_once(checkout, kind, args.idle_ms))
    print(f"first interactions, median of {args.runs} fresh processes each, alternating, "
          f"{args.idle_ms} ms after the first paint:")
    print(f"  {'':<26}" + "".join(f"{kind:>12}" for kind in KINDS))
    for name in checkouts:
        print(f"  {name:<26}" + "".join(f"{statistics.median(times[name, kind]) * 1000:9.1f} ms" for kind in KINDS))
    if args.against:
        base, this = checkouts
        print(f"  {'ratio this / against':<26}" + "".join(
            f"{statistics.median(times[this, kind]) / statistics.median(times[base, kind]):12.2f}" for kind in KINDS))


if __name__ == "__main__":
    main()

"""Start-up as a clinician meets it after the first day: from launch to the text of the place last
read, painted, with the summaries shown on the way.

    python benchmarks/last_place.py [--runs 11] [--against OTHER_CHECKOUT]

A library of the real summaries in ../shared/pdq/summaries is imported once into a temp folder.
Each run is a fresh process (from source, offscreen) whose settings say the place last read was a
section halfway into one of them (the largest); it times the launch to that section's text painted
and lists every summary the reader was given before it. With --against, another checkout's runs (a
git worktree of an earlier commit) alternate with this one's. Prints medians and ratios.
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
SHARED_SUMMARIES = REPO.parent / "shared" / "pdq" / "summaries"

PROBE = """
import time
START = time.perf_counter()
import json, sys
sys.path.insert(0, sys.argv[1])
library, target, section = sys.argv[2], sys.argv[3], sys.argv[4]
from pathlib import Path
from PySide6.QtCore import QTimer
from viewer.ui.appearance.appearance import fusion_application
from viewer.app import create_window
from viewer.settings import Settings
from viewer.ui.reading.reader import ReaderView

app = fusion_application([sys.argv[0]])
settings = Settings()
settings.last_location = (target, section)
settings.sync()
given = []
show = ReaderView.show_summary
ReaderView.show_summary = lambda reader, summary, *rest: (given.append(summary.id), show(reader, summary, *rest))
window = create_window(library_dir=Path(library))
window.show()

def check():
    if window.summary is not None and window.summary.id == target and not window.opening.busy:
        app.processEvents()  # painted
        elapsed = time.perf_counter() - START
        assert window.reader.current_section_id() == section, window.reader.current_section_id()
        print("result " + json.dumps([elapsed, given]), flush=True)
        app.quit()
    else:
        QTimer.singleShot(2, check)

QTimer.singleShot(0, check)
app.exec()
"""


def run_once(checkout: Path, library: Path, target: str, section: str) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="last-place-"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(checkout), str(library), target, section], env=env,
                         check=True, capture_output=True, text=True, cwd=checkout).stdout
    return tuple(json.loads(next(line for line in out.splitlines() if line.startswith("result ")).split(None, 1)[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--against", type=Path, help="another checkout to compare with, run alternately")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from viewer.library import run_import
    from viewer.library.load import load_library_dir

    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "lib"
        largest = max(SHARED_SUMMARIES.glob("*.xml"), key=lambda path: path.stat().st_size)
        run_import(library, sorted(SHARED_SUMMARIES.glob("*.xml")))
        loaded = load_library_dir(library)
        summary = loaded.get(largest.name.split("-")[0])  # NCI's files are named by the summary's CDR id
        sections = list(summary.walk())
        target, section = summary.id, sections[len(sections) // 2].id
        checkouts = {"this checkout": REPO}
        if args.against:
            checkouts = {f"against ({args.against.name})": args.against.resolve(), **checkouts}
        for checkout in checkouts.values():  # warm the file cache, not measured
            run_once(checkout, library, target, section)
        times, given = {name: [] for name in checkouts}, {}
        for _ in range(args.runs):
            for name, checkout in checkouts.items():
                elapsed, given[name] = run_once(checkout, library, target, section)
                times[name].append(elapsed)
    print(f"launch to the last place read painted ({summary.title}, {section}), median of {args.runs} "
          "fresh processes each, alternating:")
    for name in checkouts:
        print(f"  {name:<26}{statistics.median(times[name]) * 1000:9.1f} ms   summaries given the reader: "
              f"{', '.join(given[name])}")
    if args.against:
        base, this = checkouts
        print(f"  {'ratio this / against':<26}{statistics.median(times[this]) / statistics.median(times[base]):9.2f}")


if __name__ == "__main__":
    main()

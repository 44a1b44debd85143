"""Scale benchmark: NCI's full PDQ set (358 summaries, synthetic_library.py) beside a library of one,
measured in the same run. Medians; nothing is asserted.

    python benchmarks/library.py [--runs 11]      (or: make bench)
    python benchmarks/library.py --family          NCI's real counts: 716 summaries (Spanish and patient
                                                   versions), 400 drug summaries, 30,000 drug terms

  import        all of it into an empty library; then the same week again (all unchanged)
  start-up      launch to the window shown (`python -m viewer --quit-when-shown`), alternating
  open          choosing a summary in the tree -> its text laid out and painted (never one already open)
  memory        peak RSS (VmHWM) of a process that starts, opens 5 summaries and searches 5 times
  search        one query over the whole library (the index import made), results with snippets
  keystroke     typing the last key of a query -> the results list filled and painted
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import write_distribution  # noqa: E402
from timing import peak_memory_mb, time_to_shown  # noqa: E402

QUERIES = ["radiation", "chemotherapy", "ependymoma", "prostate cancer", "brca*", '"overall survival"',
           "metastases", "surgery -radiation", "gene", "nasopharyngeal"]
FAMILY_QUERIES = ["Rocaltrol", "Tavocept", "imatinib", "cáncer del seno", "quimioterapia"]
TARGETS = {"start-up": "<= 1.1x", "open": "<= 150 ms", "memory": "<= 1.3x", "search": "<= 30 ms",
           "keystroke": "<= 50 ms", "import": "<= 60 s", "re-import": "<= 10 s"}


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def import_times(distribution: Path, library: Path, expected: int) -> tuple[float, float]:
    from viewer.library import run_import

    start = time.perf_counter()
    report = run_import(library, [distribution])
    first = time.perf_counter() - start
    assert report.count("added") >= expected and not report.count("refused"), report.total()
    again = []
    for _ in range(3):
        start = time.perf_counter()
        report = run_import(library, [distribution])
        again.append(time.perf_counter() - start)
    assert report.count("unchanged") >= expected, report.total()
    return first, statistics.median(again)


def startup(libraries: dict[str, Path], runs: int, config: Path) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in libraries}
    for _ in range(runs):
        for name, library in libraries.items():
            env = dict(os.environ, CLINIC_VIEWER_LIBRARY=str(library), XDG_CONFIG_HOME=str(config / name))
            samples[name].append(time_to_shown([sys.executable, "-m", "viewer", "--quit-when-shown"], env, cwd=REPO)[0])
    return {name: median_ms(values) for name, values in samples.items()}


def in_window(library: Path, runs: int, settings: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.app import create_window

    app = QApplication.instance() or QApplication([])
    window = create_window(QSettings(str(settings), QSettings.Format.IniFormat), library_dir=library)
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    ids = [e.id for e in window.library.entries()]
    random.seed(7)
    opening = getattr(window, "opening", None)  # read and laid out off the UI thread (else: at once)
    searching = getattr(window.search_panel, "searching", None)

    def settle() -> None:  # the work a worker does, and its result painted
        from PySide6.QtCore import QEventLoop

        while (opening is not None and opening.busy) or (searching is not None and searching.busy):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # idle, as a window waits

    opens = []
    for n in range(runs):
        target = ids[(n + 1) % len(ids)] if len(ids) <= 2 else random.choice(ids)
        window.navigate_to((ids[0], ""))
        settle()
        app.processEvents()
        window.library._open.clear()  # as if never opened: read, checked, parsed, laid out
        start = time.perf_counter()
        window.navigate_to((target, ""))
        settle()
        window.reader.viewport().repaint()
        opens.append(time.perf_counter() - start)
    index = window.ensure_search_index()
    searches = []
    for _ in range(max(runs // 3, 3)):
        for query in QUERIES:
            start = time.perf_counter()
            index.search(query)
            searches.append(time.perf_counter() - start)
    panel = window.search_panel
    keystrokes = []
    for query in QUERIES * max(runs // 5, 1):
        panel.box.setText(query[:-1])
        settle()
        app.processEvents()
        start = time.perf_counter()
        panel.box.setText(query)
        panel.run_search()  # what the pause after the last keystroke runs
        settle()  # the query runs off the UI thread: until its results are in the list
        panel.results.viewport().repaint()
        keystrokes.append(time.perf_counter() - start)
    window.close()
    return {"open": median_ms(opens), "search": median_ms(searches), "keystroke": median_ms(keystrokes)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--family", action="store_true", help="NCI's real counts: Spanish and patient "
                        "versions, drug information summaries and drug terms as well")
    args = parser.parse_args()
    if args.family:
        QUERIES[-len(FAMILY_QUERIES):] = FAMILY_QUERIES
        TARGETS["import"] = "<= 120 s"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        distribution = tmp / "pdq"
        written = write_distribution(distribution, family=args.family)
        documents = sum(1 for _ in distribution.glob("*/*.xml"))
        full = tmp / "library-full"
        first_import, reimport = import_times(distribution, full, len(written))
        one = tmp / "library-1"
        from viewer.library import run_import

        run_import(one, [sorted((distribution / "Summary").glob("*.xml"))[0]])
        libraries = {"one": one, "full": full}
        started = startup(libraries, args.runs, tmp / "config")
        window = {name: in_window(path, args.runs, tmp / f"{name}.ini") for name, path in libraries.items()}
        memory = {name: statistics.median(peak_memory_mb(path, tmp / "m.ini", 5, QUERIES[:5]) for _ in range(3))
                  for name, path in libraries.items()}
    print(f"PDQ library benchmark: one summary beside {len(written)} summaries ({documents} documents), "
          f"medians ({args.runs} runs; this machine)")
    print(f"{'':<12} {'one':>10} {'full':>10} {'ratio':>7}   target")
    rows = [("start-up", started["one"], started["full"], "ms"),
            ("open", window["one"]["open"], window["full"]["open"], "ms"),
            ("memory", memory["one"], memory["full"], "MB"),
            ("search", window["one"]["search"], window["full"]["search"], "ms"),
            ("keystroke", window["one"]["keystroke"], window["full"]["keystroke"], "ms")]
    for name, a, b, unit in rows:
        print(f"{name:<12} {a:>7.1f} {unit} {b:>7.1f} {unit} {b / a:>6.2f}x   {TARGETS[name]}")
    print(f"{'import':<12} {'':>10} {first_import:>8.1f} s {'':>7}   {TARGETS['import']}  (all into an empty library)")
    print(f"{'re-import':<12} {'':>10} {reimport:>8.1f} s {'':>7}   {TARGETS['re-import']}  (the same week again)")


if __name__ == "__main__":
    main()

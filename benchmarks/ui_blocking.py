"""How long the UI thread is blocked while the window opens the worst summaries the limits allow
(tests/unit/test_pdq_freezes.py's cases) and shows "what changed" at a hostile update (200
repetitive paragraphs, difflib's worst case): the longest gap between two ticks of the event loop,
from the request until the text (or the dialog) is shown and painted. Medians of --runs.

    python benchmarks/ui_blocking.py [--runs 5] [--against OTHER_CHECKOUT]

With --against, the same measurement of another checkout (e.g. a git worktree of an earlier
commit), run alternately, each in a fresh process. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARAGRAPHS = 200


def _changed_versions(folder: Path) -> list[Path]:
    """One summary in two versions whose "what changed" is difflib's worst case within the bounds."""
    from tests.unit.pdq_xml import section, summary_xml

    old = "".join(f'<Para id="_p{i}">{"The dose is 5 mg. " * 80}</Para>' for i in range(PARAGRAPHS))
    new = "".join(f'<Para id="_p{i}">{"The dose is 5 mg. " * 40 + "The dose is 50 mg. " * 40}</Para>'
                  for i in range(PARAGRAPHS))
    paths = []
    for number, (body, date) in enumerate(((old, "2020-01-01"), (new, "2021-01-01"))):
        data = summary_xml(section(body), cdr=900100, title="Changed at every dose").replace(
            b"2020-01-01</DateLastModified>", f"{date}</DateLastModified>".encode())
        path = folder / f"v{number}" / "CDR900100.xml"
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def measure(runs: int) -> dict[str, list[float]]:
    """In this process (the checkout on sys.path): {case: [longest gap in s, per run]}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from tests.unit.test_pdq_freezes import worst_allowed
    from viewer.app import create_window
    from viewer.library import run_import

    app = QApplication.instance() or QApplication([])
    gaps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files, ids = [], {}
        for number, (name, data) in enumerate(sorted(worst_allowed().items()), 1):
            ids[name] = f"CDR{900000 + number:010d}"
            path = tmp / "in" / f"{name}.xml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data.replace(b"CDR0000900001", ids[name].encode()))
            files.append(path)
        old, new = _changed_versions(tmp)
        import datetime as dt

        run_import(tmp / "lib", files + [old], now=dt.datetime(2020, 6, 1, tzinfo=dt.timezone.utc))
        run_import(tmp / "lib", [new])
        window = create_window(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), library_dir=tmp / "lib")
        window.resize(1100, 760)
        window.show()
        opening = getattr(window, "opening", None)  # None: an app that opens on the UI thread
        comparing = getattr(window.library_commands, "comparing", None)

        def longest_gap(start, done) -> float:
            ticks = []
            timer = QTimer(interval=5)  # (a 0 ms timer would keep the UI thread asking for the GIL)
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start()
            while len(ticks) < 3:  # the loop ticks before the request, so the request's own time counts
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            ticks.append(time.perf_counter())
            start()
            deadline = time.monotonic() + 60
            while not done() and time.monotonic() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            settle = time.monotonic() + 0.2  # the first paint of what was shown
            while time.monotonic() < settle:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            timer.stop()
            return max(b - a for a, b in zip(ticks, ticks[1:]))

        def settled() -> None:
            end = time.monotonic() + 60
            while ((opening is not None and opening.busy) or (comparing is not None and comparing.busy)) \
                    and time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

        for _ in range(runs):
            for name, summary_id in [*ids.items(), ("what changed", "CDR0000900100")]:
                window.navigate_to(("CDR0000900100" if name != "what changed" else ids["sections"], ""))
                settled()
                window.library._open.clear()  # read, checked, parsed and laid out again
                if name == "what changed":
                    window.navigate_to((summary_id, ""))
                    settled()
                    gap = longest_gap(window.actions["whatChanged"].trigger,
                                      lambda: (window.findChild(QDialog, "changesDialog") or QDialog()).isVisible())
                    dialog = window.findChild(QDialog, "changesDialog")
                    dialog.close()
                    dialog.setParent(None)
                    dialog.deleteLater()
                else:
                    gap = longest_gap(lambda: window.navigate_to((summary_id, "")),
                                      lambda: window.summary is not None and window.summary.id == summary_id
                                      and not (opening is not None and opening.busy))
                gaps.setdefault(name, []).append(gap)
        window.close()
    return gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout to compare with, run alternately")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child: the checkout to measure
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(args.measure))
        print(json.dumps(measure(args.runs)))
        return
    checkouts = {"this": REPO}
    if args.against:
        checkouts = {"against": args.against.resolve(), **checkouts}
    gaps: dict[str, dict[str, list[float]]] = {name: {} for name in checkouts}
    for _ in range(args.runs):
        for name, checkout in checkouts.items():
            out = subprocess.run([sys.executable, __file__, "--measure", str(checkout), "--runs", "1"],
                                 capture_output=True, text=True, check=True, cwd=checkout).stdout
            for case, values in json.loads(out.splitlines()[-1]).items():
                gaps[name].setdefault(case, []).extend(values)
    cases = list(gaps["this"])
    print(f"UI thread blocked: the longest gap between event-loop ticks, ms, median of {args.runs} runs")
    print(f"{'case':<18}" + "".join(f"{name:>12}" for name in checkouts))
    for case in cases:
        print(f"{case:<18}" + "".join(f"{statistics.median(gaps[name][case]) * 1000:>12.0f}" for name in checkouts))


if __name__ == "__main__":
    main()

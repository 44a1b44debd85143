"""How long the UI thread is blocked while the window opens the worst summaries the limits allow
(tests/unit/test_pdq_freezes.py's cases, and 4,985 references of a real citation's length in one
list), shows "what changed" at a hostile update (200 repetitive paragraphs, difflib's worst case),
and while the text size is pressed up SIZE_PRESSES times (a held Ctrl+=) on the largest of them
("size: ..." cases): the longest gap between two ticks of the event loop, from the request until
the text (or the dialog) is shown at its last size and painted. Medians of --runs.

    python benchmarks/ui_blocking.py [--runs 5] [--against OTHER_CHECKOUT] [--only CASE ...]

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
LONG_REFERENCES = 4_985  # what a tester built: one reference list within the limits
CITATION = ("Smith J, Jones K, Brown L, et al.: Outcome of patients with metastatic disease treated with "
            "combination therapy: a randomized trial in {i} centres. J Clin Oncol 23 (12): 1234-40, 2005.")
SIZE_PRESSES = 12  # 11 pt to 40 pt, a press every KEY_REPEAT_MS (a held key)
KEY_REPEAT_MS = 33
SIZE_CASES = ("long references", "table-rows")


def _long_references() -> bytes:
    from tests.unit.pdq_xml import section, summary_xml

    listed = "".join(f'<Citation idx="{i}">{CITATION.format(i=i)}</Citation>' for i in range(1, LONG_REFERENCES + 1))
    return summary_xml(section(f'<Para id="_p1">Cited.<Reference refidx="1"/></Para>'
                               f'<ReferenceSection>{listed}</ReferenceSection>'))


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


def measure(runs: int, only: list[str] | None = None) -> dict[str, list[float]]:
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
        cases = {**worst_allowed(), "long references": _long_references()}
        for number, (name, data) in enumerate(sorted(cases.items()), 1):
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
        restyling = getattr(window.reader, "restyling", None)  # None: sizes rendered on the UI thread

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
            # Qt lays a long text out lazily, on timers, after it is shown: that counts too
            end = time.monotonic() + 30
            while window.reader.document().lastBlock().layout().lineCount() == 0 and time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            settle = time.monotonic() + 0.2  # the first paint of what was shown
            while time.monotonic() < settle:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            timer.stop()
            return max(b - a for a, b in zip(ticks, ticks[1:]))

        def size_change_gap() -> float:
            """A held Ctrl+= from the middle of the open summary; back to the default size after."""
            bar = window.reader.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            settled()
            first = window.font_size.size
            presses = QTimer(interval=KEY_REPEAT_MS)
            pressed = []
            presses.timeout.connect(lambda: (pressed.append(1), window.actions["fontLarger"].trigger(),
                                             len(pressed) >= SIZE_PRESSES and presses.stop()))

            def at_last_size() -> bool:
                return len(pressed) >= SIZE_PRESSES and not (restyling is not None and restyling.busy) \
                    and window.reader.document().defaultFont().pointSize() == window.font_size.size
            gap = longest_gap(presses.start, at_last_size)
            window.font_size.set_size(first)
            settled()
            return gap

        def settled() -> None:
            end = time.monotonic() + 60
            while any(runner is not None and runner.busy for runner in (opening, comparing, restyling)) \
                    and time.monotonic() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

        for _ in range(runs):
            for name, summary_id in [*ids.items(), ("what changed", "CDR0000900100")]:
                if only and name not in only:
                    continue
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
                if name in SIZE_CASES:
                    gaps.setdefault(f"size: {name}", []).append(size_change_gap())
        window.close()
    return gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout to compare with, run alternately")
    parser.add_argument("--only", nargs="*", help="these cases only (e.g. 'long references' table-rows)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child: the checkout to measure
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(args.measure))
        print(json.dumps(measure(args.runs, args.only)))
        return
    checkouts = {"this": REPO}
    if args.against:
        checkouts = {"against": args.against.resolve(), **checkouts}
    gaps: dict[str, dict[str, list[float]]] = {name: {} for name in checkouts}
    for _ in range(args.runs):
        for name, checkout in checkouts.items():
            out = subprocess.run([sys.executable, __file__, "--measure", str(checkout), "--runs", "1",
                                  *(["--only", *args.only] if args.only else [])],
                                 capture_output=True, text=True, check=True, cwd=checkout).stdout
            for case, values in json.loads(out.splitlines()[-1]).items():
                gaps[name].setdefault(case, []).extend(values)
    cases = list(gaps["this"])
    print(f"UI thread blocked: the longest gap between event-loop ticks, ms, median of {args.runs} runs")
    print(f"{'case':<24}" + "".join(f"{name:>12}" for name in checkouts))
    for case in cases:
        print(f"{case:<24}" + "".join(f"{statistics.median(gaps[name][case]) * 1000:>12.0f}" for name in checkouts))


if __name__ == "__main__":
    main()

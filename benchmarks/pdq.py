"""PDQ benchmark: each of NCI's shared summaries beside the bundled Markdown summary, in one run.

    python benchmarks/pdq.py [--runs 15]      (or: make bench)

Per summary, medians of --runs:
  parse     XML (or Markdown) -> the document model (the loader, validation included)
  render    the model's HTML laid out in a QTextDocument of the reader's width (Qt's part)
  open      in the real window: choosing the summary in the tree -> its text laid out and painted
  section   in the real window: choosing a section of the open summary -> scrolled there, painted
and the peak memory (max RSS) of a process that opened every summary, beside one that opened only
the bundled one. Ratios are against the bundled summary measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "pdq"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import peak_memory_mb  # noqa: E402


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def measure(library_dir: Path, runs: int) -> list[dict]:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from viewer import paths
    from viewer.app import create_window
    from viewer.content import load_summary
    from viewer.content.pdq import load_pdq_summary
    from viewer.content.render import document_html
    from viewer.ui.common.background import until_idle

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(library_dir / "bench.ini"), QSettings.Format.IniFormat)
    window = create_window(settings, library_dir=library_dir)
    window.resize(1100, 760)
    window.show()
    app.processEvents()
    width = window.reader.width()
    bundled = sorted(p for p in paths.summaries_dir().iterdir() if p.is_dir())[0]
    sources = [("bundled (Markdown)", bundled.name, lambda: load_summary(bundled))]
    for path in sorted((SHARED / "summaries").glob("*.xml")):
        summary = load_pdq_summary(path)
        sources.append((path.name.split("-", 1)[1].removesuffix(".xml"), summary.id,
                        lambda path=path: load_pdq_summary(path)))
    rows = []
    for label, summary_id, parse in sources:
        summary = parse()
        html = document_html(summary)

        def render(html=html):
            document = QTextDocument()
            document.setDefaultStyleSheet(window.reader.text_style.css())
            document.setTextWidth(width)
            document.setHtml(html)
            document.documentLayout().documentSize()  # lay it all out

        samples = []
        for _ in range(runs):  # from another summary to this one, as a reader switching summaries does
            other = next(e.id for e in window.library.entries() if e.id != summary_id)
            window.navigate_to((other, ""))
            until_idle(window.opening)
            start = time.perf_counter()
            window.navigate_to((summary_id, ""))
            until_idle(window.opening)  # read and laid out off the UI thread
            window.reader.viewport().repaint()
            samples.append(time.perf_counter() - start)
        sections = [s.id for s in window.library.get(summary_id).walk()]

        def jump(state={"i": 0}):
            state["i"] = (state["i"] + 7) % len(sections)
            window.navigate_to((summary_id, sections[state["i"]]))
            window.reader.viewport().repaint()

        rows.append({"summary": label, "bytes": summary.folder.stat().st_size if summary.folder.is_file()
                     else sum(p.stat().st_size for p in summary.folder.iterdir()),
                     "parse": timed(parse, runs), "render": timed(render, runs),
                     "open": median_ms(samples), "section": timed(jump, runs)})
    window.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    args = parser.parse_args()
    from viewer.library import run_import

    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "library"
        run_import(library, sorted((SHARED / "summaries").glob("*.xml")) + sorted((SHARED / "glossary").glob("*.xml")))
        rows = measure(library, args.runs)
        settings = Path(tmp) / "m.ini"
        memory_one = statistics.median(peak_memory_mb(Path(tmp) / "empty", settings, None, []) for _ in range(3))
        memory_all = statistics.median(peak_memory_mb(library, settings, None, []) for _ in range(3))
    base = rows[0]
    print(f"PDQ benchmark, medians of {args.runs} runs (ms); ratios against the bundled Markdown summary")
    print(f"{'summary':<40} {'size':>8} {'parse':>8} {'render':>8} {'open':>8} {'section':>8}")
    for row in rows:
        print(f"{row['summary']:<40} {row['bytes'] / 1024:>6.0f}kB {row['parse']:>8.1f} {row['render']:>8.1f}"
              f" {row['open']:>8.1f} {row['section']:>8.1f}")
    for row in rows[1:]:
        print(f"  {row['summary']:<38} parse {row['parse'] / base['parse']:.1f}x, render {row['render'] / base['render']:.1f}x,"
              f" open {row['open'] / base['open']:.1f}x the bundled summary")
    print(f"peak memory: bundled only {memory_one:.1f} MB; with the 3 PDQ summaries opened and indexed "
          f"{memory_all:.1f} MB ({memory_all / memory_one:.2f}x)")
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()

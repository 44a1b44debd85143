"""Search benchmark: query latency, index build time and keystroke-to-results in the window.

    python benchmarks/search.py [--summaries 100] [--runs 200]

Measured on the bundled summary and on a synthetic library the benchmark writes itself (100
summaries, about 10 MB of text, loaded through the real loader; and one more without the library's
most common word, searched alone with "Only the open summary"). Prints medians.
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.content import load_library  # noqa: E402
from viewer.paths import summaries_dir  # noqa: E402
from viewer.search import SearchIndex  # noqa: E402

QUERIES = {
    "bundled": {"single word": "carcinoid", "two words": "carcinoid syndrome",
                "phrase": '"spinal cord metastases"', "prefix": "octreo*"},
    "library": {"single word": "somatostatin", "common word": "treatment", "two words": "hepatic metastasis",
                "phrase": '"cytoreductive hepatic surgery"', "prefix": "radio*"},
}
WORDS = ("treatment therapy patients tumor tumors carcinoid syndrome metastases metastasis hepatic liver surgery "
         "resection chemotherapy radiation radionuclides somatostatin analogs octreotide interferon survival "
         "response rates trial trials clinical stage grade neuroendocrine gastrointestinal small intestine "
         "appendix rectum colon stomach diagnosis prognosis cytoreductive palliative symptoms diarrhea flushing "
         "bronchospasm management efficacy benefit disease progression median months years the of and in to "
         "with for was were is are be by on a an as or at from that this which these those may can after "
         "before during among between than more less most least Plöckinger Läuffer 177Lu-octreotate 131I-MIBG").split()


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def write_library(root: Path, count: int, seed: int = 7) -> int:
    """`count` summaries of about 100 kB each; returns the total size of their text in bytes."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]  # Zipf-like, as in real text
    total = 0
    for n in range(count):
        lines = []
        for s in range(8):
            lines.append(f"# Section {s} of summary {n} {{#s{s}}}\n")
            for sub in range(3):
                lines.append(f"## Subsection {sub} {{#s{s}-{sub}}}\n")
                for _ in range(5):
                    words = rng.choices(WORDS, weights, k=90)
                    lines.append(" ".join(words).capitalize() + f".[{rng.randint(1, 5)}]\n")
            lines.append("## References {.references}\n")
            lines += [f"{i}. Author{i} A, et al.: Study of {' '.join(rng.choices(WORDS, k=8))}. J 1: 1-2, 2001."
                      for i in range(1, 6)]
            lines.append("")
        text = "\n".join(lines)
        total += len(text.encode())
        folder = root / f"summary-{n:03d}"
        folder.mkdir()
        (folder / "summary.json").write_text(
            '{"title": "Synthetic %d", "audience": "Health Professional", "source": "Benchmark", '
            '"last_updated": "2020-01-01"}' % n, encoding="utf-8")
        (folder / "summary.md").write_text(text, encoding="utf-8")
    return total


LACKING = "summary-lacking"  # a summary without the library's most common word: a search of it alone finds none


def write_lacking(root: Path, seed: int = 11) -> None:
    """One more summary, written as write_library's, without WORDS[0]: "Only the open summary" on
    it finds no "treatment", which every other summary has hundreds of times (the costliest count
    of the library's results a no-results message can need)."""
    rng = random.Random(seed)
    others = WORDS[1:]
    weights = [1 / (rank + 2) for rank in range(len(others))]
    lines = []
    for s in range(8):
        lines.append(f"# Part {s} {{#s{s}}}\n")
        lines += [" ".join(rng.choices(others, weights, k=90)).capitalize() + ".\n" for _ in range(15)]
    folder = root / LACKING
    folder.mkdir()
    (folder / "summary.json").write_text('{"title": "Lacking", "audience": "Health Professional", "source": '
                                         '"Benchmark", "last_updated": "2020-01-01"}', encoding="utf-8")
    (folder / "summary.md").write_text("\n".join(lines), encoding="utf-8")


def report_queries(index: SearchIndex, queries: dict[str, str], runs: int) -> None:
    for name, query in queries.items():
        hits = len(index.search(query).hits)
        print(f"    {name:<12} {query!r:<34} {median_ms(lambda: index.search(query), runs):7.2f} ms  ({hits} hits)")


def keystroke_to_results(summaries_root: Path | None, query: str, runs: int, only_in: str | None = None) -> float:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.app import create_window

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
                               summaries_dir=summaries_root)
        window.show()
        app.processEvents()
        window.ensure_search_index()
        panel = window.search_panel
        from viewer.ui.common.background import until_idle

        if only_in is not None:  # "Only the open summary", on that summary
            window.navigate_to((only_in, ""))
            until_idle(window.opening)
            panel.only_open_summary.setChecked(True)

        def keystroke():  # the text changes, the search runs, the list is filled and laid out
            panel.box.setText(query)
            panel.run_search()
            until_idle(panel.searching)  # the query runs off the UI thread
            panel.box.setText("")

        result = median_ms(keystroke, runs)
        window.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--summaries", type=int, default=100)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    library = load_library(summaries_dir())
    print("bundled summary:")
    print(f"  index build        {median_ms(lambda: SearchIndex.build(library.summaries), 50):7.2f} ms (median of 50)")
    index = SearchIndex.build(library.summaries)
    print(f"  query latency, median of {args.runs}:")
    report_queries(index, QUERIES["bundled"], args.runs)
    print(f"  keystroke to results list filled in the window: "
          f"{keystroke_to_results(None, 'carcinoid', 50):.2f} ms (median of 50; plus the 150 ms typing pause)")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        size = write_library(root, args.summaries)
        write_lacking(root)
        start = time.perf_counter()
        big = load_library(root)
        load_s = time.perf_counter() - start
        assert not big.problems, big.problems[:3]
        print(f"\nsynthetic library: {len(big.summaries)} summaries, {size / 1e6:.1f} MB of Markdown")
        print(f"  load + render      {load_s * 1000:7.0f} ms")
        builds = []
        for _ in range(3):
            start = time.perf_counter()
            big_index = SearchIndex.build(big.summaries)
            builds.append(time.perf_counter() - start)
        print(f"  index build        {statistics.median(builds) * 1000:7.0f} ms (median of 3)")
        runs = max(args.runs // 4, 10)
        print(f"  query latency, median of {runs}:")
        report_queries(big_index, QUERIES["library"], runs)
        print(f"  keystroke to results list filled in the window: "
              f"{keystroke_to_results(root, 'somatostatin', 20):.2f} ms (median of 20)")
        hits = len(big_index.search("treatment", limit=100_000).hits)
        print(f"  only the open summary, none there ({hits} in the library): 'treatment' in {LACKING}")
        print(f"    query latency    {median_ms(lambda: big_index.search('treatment', summary_id=LACKING), runs):7.2f} ms "
              f"(median of {runs})")
        print(f"    keystroke to the message in the window: "
              f"{keystroke_to_results(root, 'treatment', 20, only_in=LACKING):.2f} ms (median of 20)")


if __name__ == "__main__":
    main()

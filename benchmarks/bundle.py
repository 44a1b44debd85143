"""Bundle benchmark: start-up, peak memory and size of the frozen app beside a bare PySide6
window frozen the same way (same spec, same exclusions), and one-folder beside one-file. A third
one-folder bundle, widgets_window.py (the app's kinds of widget and its text, none of its code),
tells what of the difference is Qt's and what is the app's.

    make bench-bundle, or: .venv/bin/python benchmarks/bundle.py [--runs 15] [--screen offscreen|xvfb]
                                   [--one-folder] [--against OTHER_CHECKOUT] [--instructions]

--one-folder leaves out the one-file bundles; --against also freezes another checkout's app (e.g. a
git worktree of an earlier commit, with its own spec) and runs it in the same alternation, for a
before and after measured alike.

Builds four bundles in a temporary folder (about a minute), then runs each `--quit-when-shown`
(show the window, let it paint, print that moment's wall-clock time, quit) alternately, so
machine noise falls on all alike. Start-up is launch to that moment (median); CPU is the user and
system time from launch to exit, which a loaded machine disturbs far less than the wall clock.
--instructions also counts, once per bundle under valgrind's callgrind, the instructions from
launch to the `shown-at` line: the same on a loaded machine as on an idle one (a few percent
apart where a worker thread's timing differs), where the wall clock moves by 10% between runs.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from timing import time_to_shown, write_summary_document  # noqa: E402

BUNDLES = {  # name: (environment switches for the spec, path of the executable inside dist)
    "clinic-viewer (one folder)": ({}, "clinic-viewer/clinic-viewer"),
    "hello window (one folder)": ({"BUNDLE_HELLO": "1"}, "hello-window/hello-window"),
    "widgets and text (one folder)": ({"BUNDLE_WIDGETS": "1"}, "widgets-window/widgets-window"),
    "clinic-viewer (one file)": ({"BUNDLE_ONEFILE": "1"}, "clinic-viewer-onefile"),
    "hello window (one file)": ({"BUNDLE_HELLO": "1", "BUNDLE_ONEFILE": "1"}, "hello-window-onefile"),
}
AGAINST = "clinic-viewer (--against)"
PEAK_RSS = ("import resource, subprocess, sys\n"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def build(dist: Path, work: Path, bundles: dict[str, tuple[dict, str]], repo: Path = REPO) -> dict[str, Path]:
    executables = {}
    for name, (switches, exe) in bundles.items():
        env = dict(os.environ, **switches, PYTHONPATH=str(repo))  # that checkout's viewer package
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(dist),
                        "--workpath", str(work / exe.split("/")[0]), str(repo / "packaging" / "clinic-viewer.spec")],
                       check=True, env=env, cwd=repo, stdout=subprocess.DEVNULL)
        executables[name] = dist / exe
    return executables


def instructions_to_shown(command: list[str], env: dict[str, str]) -> float:
    """Millions of instructions from launch to the first write from Python (the `shown-at` line),
    in the process that runs Python (a one-file bundle's bootloader starts it as a child)."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "--dump-after=_Py_write",
                        f"--callgrind-out-file={out}/callgrind.%p", *command],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first_dump = next(Path(out).glob("callgrind.*.1"))  # dumped just after that write
        totals = next(line for line in first_dump.read_text().splitlines() if line.startswith(("summary:", "totals:")))
        return int(totals.split()[1]) / 1e6


def size_mb(executable: Path) -> float:
    target = executable.parent if executable.parent.name == executable.name else executable
    if target.is_dir():
        return sum(f.stat().st_size for f in target.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    return target.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--screen", choices=("offscreen", "xvfb"), default="offscreen")
    parser.add_argument("--one-folder", action="store_true", help="leave out the one-file bundles")
    parser.add_argument("--against", type=Path, help="another checkout whose app runs in the same alternation")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions to the window shown (valgrind's callgrind, once each)")
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        parser.error("--instructions needs valgrind (apt-get install valgrind)")
    bundles = {name: spec for name, spec in BUNDLES.items() if not (args.one_folder and "one file" in name)}
    env = dict(os.environ, XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="bundle-bench-"))
    xvfb = None
    if args.screen == "xvfb":
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x900x24"], stderr=subprocess.DEVNULL)
        time.sleep(1)
        env.update(DISPLAY=":97")
        env.pop("QT_QPA_PLATFORM", None)
    else:
        env.update(QT_QPA_PLATFORM="offscreen")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            executables = build(Path(tmp) / "dist", Path(tmp) / "work", bundles)
            if args.against:
                executables.update(build(Path(tmp) / "against", Path(tmp) / "against-work",
                                         {AGAINST: BUNDLES["clinic-viewer (one folder)"]}, args.against.resolve()))
            print(f"built {len(executables)} bundles in {time.perf_counter() - start:.0f} s; screen: {args.screen}")
            commands = {name: [str(exe), "--quit-when-shown"] for name, exe in executables.items()}
            commands["widgets and text (one folder)"].insert(1, str(write_summary_document(Path(tmp))))
            for command in commands.values():  # warm the file cache once, not measured
                time_to_shown(command, env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            cpu: dict[str, list[float]] = {name: [] for name in commands}  # user + system, launch to exit
            peaks: dict[str, list[int]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    times[name].append(time_to_shown(command, env)[0])
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            for _ in range(5):
                for name, command in commands.items():
                    out = subprocess.run([sys.executable, "-c", PEAK_RSS, *command], env=env, check=True,
                                         capture_output=True, text=True)
                    peaks[name].append(int(out.stdout))
            print(f"\n{'bundle':<30} {'to window shown':>18} {'CPU to exit':>14} {'peak RSS (median)':>18} {'size':>9}")
            rows = {}
            for name in commands:
                rows[name] = (statistics.median(times[name]) * 1000, statistics.median(peaks[name]) / 1024,
                              size_mb(executables[name]), statistics.median(cpu[name]) * 1000)
                print(f"{name:<30} {rows[name][0]:15.0f} ms {rows[name][3]:11.0f} ms "
                      f"{rows[name][1]:15.1f} MB {rows[name][2]:6.1f} MB")
            app, bare = rows["clinic-viewer (one folder)"], rows["hello window (one folder)"]
            widgets = rows["widgets and text (one folder)"]
            print(f"\nratios, clinic-viewer / hello window (one folder): start-up {app[0] / bare[0]:.2f}, "
                  f"CPU {app[3] / bare[3]:.2f}, peak memory {app[1] / bare[1]:.2f}, size {app[2] / bare[2]:.2f}")
            print(f"widgets and text / hello window: start-up {widgets[0] / bare[0]:.2f}; "
                  f"clinic-viewer / widgets and text: start-up {app[0] / widgets[0]:.2f}")
            if "clinic-viewer (one file)" in rows:
                onefile = rows["clinic-viewer (one file)"]
                print(f"one file / one folder for clinic-viewer: start-up {onefile[0] / app[0]:.2f}, "
                      f"peak memory {onefile[1] / app[1]:.2f}")
            if AGAINST in rows:
                before = rows[AGAINST]
                print(f"ratios, {AGAINST} / hello window: start-up {before[0] / bare[0]:.2f}, CPU {before[3] / bare[3]:.2f}, "
                      f"peak memory {before[1] / bare[1]:.2f}; this / that: start-up {app[0] / before[0]:.2f}, "
                      f"CPU {app[3] / before[3]:.2f}")
            print(f"({args.runs} start-ups and 5 memory runs each, alternating; warm file cache; "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
            if args.instructions:
                counts = {name: instructions_to_shown(command, env) for name, command in commands.items()}
                print("\ninstructions from launch to the window shown (callgrind):")
                for name, count in counts.items():
                    print(f"  {name:<30} {count:8.1f} M  {count / counts['hello window (one folder)']:5.2f}x the hello window")
    finally:
        if xvfb:
            xvfb.terminate()


if __name__ == "__main__":
    main()

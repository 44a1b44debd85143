"""Where start-up goes: instructions from launch to the first paint, by stage and by module.

    .venv/bin/python benchmarks/startup_stages.py [--top 30]

Runs the viewer's real start (`viewer.__main__.main` with --quit-when-shown) once under valgrind's
callgrind, from source but as the bundle starts: on the pre-rendered summaries the packaging spec
makes, and without PySide reading each imported module's source (its feature switch looks for
"PySide6" in it; a frozen app has no source, so that is skipped there). A mark at each stage and at
the start and end of each `viewer` module's import splits the count, deterministic where the wall
clock of a shared machine is not. A module's own count is its code and what it imports outside
`viewer` (the standard library; PySide setting up the Qt classes it names, with all their enums).
benchmarks/bundle.py --instructions counts the frozen bundles whole.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import importlib.abc, os, sys
sys.path.insert(0, sys.argv[1])
store, marks = sys.argv[2], open(sys.argv[3], "w")


def mark(name):
    marks.write(name + "\\n")
    marks.flush()
    os.getppid()  # callgrind dumps its counts just before each call (--dump-before=getppid)


class Marked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "viewer" and not name.startswith("viewer."):
            return None
        spec = next(s for s in (f.find_spec(name, path, target) for f in sys.meta_path[1:] if hasattr(f, "find_spec"))
                    if s is not None)
        run = spec.loader.exec_module

        def exec_module(module):
            mark("begin " + name)
            try:
                run(module)
            finally:
                mark("end " + name)
        spec.loader.exec_module = exec_module
        return spec


mark("Python started")
import PySide6.QtCore  # noqa: E402
feature = sys.modules.get("shibokensupport.feature")
if feature is not None and hasattr(feature, "_mod_uses_pyside"):
    feature._mod_uses_pyside = lambda module: False  # as frozen: no source to read
sys.meta_path.insert(0, Marked())
mark("PySide6.QtCore imported")
import viewer.paths  # noqa: E402
viewer.paths.prerendered_dir = lambda: __import__("pathlib").Path(store)
import viewer.__main__ as entry  # noqa: E402
import viewer.app  # noqa: E402
make = viewer.app.create_window


def create_window(*args, **kwargs):
    mark("the app imported and QApplication made")
    window = make(*args, **kwargs)
    mark("create_window() done")
    return window


def shown(app):
    mark("shown, the first summary adopted")
    app.processEvents()
    mark("the first paint done")
    os._exit(0)


viewer.app.create_window, entry.report_shown_and_quit = create_window, shown
entry.main([sys.argv[0], "--quit-when-shown"])
"""


def prerender(store: Path) -> None:
    """The bundled summaries rendered as the packaging spec renders them."""
    sys.path.insert(0, str(REPO))
    from viewer.content import load_summary, prerendered

    for folder in sorted(p for p in (REPO / "resources" / "summaries").iterdir() if p.is_dir()):
        prerendered.save(load_summary(folder), store)


def totals(dump: Path) -> int:
    return next(int(line.split()[1]) for line in dump.read_text().splitlines() if line.startswith(("summary:", "totals:")))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=30, help="how many modules to list")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        parser.error("needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "store").mkdir()
        prerender(tmp / "store")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
                   CLINIC_VIEWER_INSTANCE=f"stages-{os.getpid()}")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as frozen: compiled once, not at every start
        subprocess.run([sys.executable, "-c", "import viewer.app"], cwd=REPO, env=env, check=True)  # .pyc written
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={tmp}/cg",
                        sys.executable, "-c", CHILD, str(REPO), str(tmp / "store"), str(tmp / "marks")],
                       cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        marks = (tmp / "marks").read_text().splitlines()
        # dump k (1-based) holds what ran since the dump before, up to the mark k-1 (0-based)
        segments = [totals(tmp / f"cg.{k + 1}") for k in range(len(marks))]
    stages, modules, stack, pending = {}, {}, [], 0
    for name, count in zip(marks, segments):  # each count ran before its mark, in whatever was running
        if stack:
            modules[stack[-1]] = modules.get(stack[-1], 0) + count
        else:
            pending += count
        if name.startswith("begin "):
            stack.append(name[6:])
        elif name.startswith("end "):
            stack.pop()
        elif not stack:
            stages[name], pending = pending, 0
    print("instructions from launch to the first paint, from source as the bundle starts (callgrind):")
    for name, count in stages.items():
        print(f"  {count / 1e6:8.1f} M  until {name}{' (outside viewer modules)' if 'imported and' in name else ''}")
    print(f"  {sum(modules.values()) / 1e6:8.1f} M  importing viewer modules")
    print(f"  {sum(segments) / 1e6:8.1f} M  in all")
    print(f"\nthe {args.top} costliest of {len(modules)} viewer modules imported, each its own code and "
          "what it imports outside viewer:")
    for name, count in sorted(modules.items(), key=lambda item: -item[1])[:args.top]:
        print(f"  {count / 1e6:8.1f} M  {name}")


if __name__ == "__main__":
    main()

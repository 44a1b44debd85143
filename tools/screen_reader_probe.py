"""What a screen reader receives from the viewer, measured through the real accessibility bus.

Run with the SYSTEM Python (pyatspi is a Debian package, not on PyPI), from the repository:

    /usr/bin/python3 tools/screen_reader_probe.py [--orca] [--library-from DIR]

It starts Xvfb, a private D-Bus session with at-spi-bus-launcher, the viewer (.venv's Python,
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1) and, with --orca, Debian's Orca with a debug log. It prints
the text view's role, the links it exposes, the tree items' roles and levels, then presses the
keys of a reading session with xdotool and prints, per key, the AT-SPI events the viewer sent and
what Orca said (its debug log's SPEECH OUTPUT lines). Needs: Xvfb, xdotool, dbus-daemon,
at-spi2-core, python3-pyatspi (orca for --orca). Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_NAME = "clinic-viewer"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# (label, xdotool arguments): the session the issue measured
SESSION = [
    ("Ctrl+F", ["key", "ctrl+f"]),
    ("type 'carcinoid'", ["type", "--delay", "40", "carcinoid"]),
    ("Enter", ["key", "Return"]),
    ("Down", ["key", "Down"]),
    ("Enter on a result", ["key", "Return"]),
    ("F3", ["key", "F3"]),
    ("Ctrl+=", ["key", "ctrl+equal"]),
    ("F6 F6 (to the text)", ["key", "--delay", "300", "F6", "F6"]),
    ("Tab to a citation", ["key", "Tab"]),
    ("Enter", ["key", "Return"]),
    ("Esc", ["key", "Escape"]),
    ("Down (next line)", ["key", "Down"]),
    ("Shift+F6 (to the tree)", ["key", "shift+F6"]),
    ("Left (collapse)", ["key", "Left"]),
    ("Right (expand)", ["key", "Right"]),
    ("Down (tree)", ["key", "Down"]),
    ("F6 F6 (into the search box)", ["key", "--delay", "300", "F6", "F6"]),
]
SETTLE_S = 1.5


def tools_missing(orca: bool) -> list[str]:
    needed = ["Xvfb", "xdotool", "dbus-daemon"] + (["orca"] if orca else [])
    missing = [t for t in needed if shutil.which(t) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append(BUS_LAUNCHER)
    import importlib.util

    if importlib.util.find_spec("pyatspi") is None:
        missing.append("python3-pyatspi")
    return missing


def start_session(tmp: Path, display: str) -> dict[str, str]:
    """Xvfb and a private session bus with the accessibility bus on it: the environment to use."""
    env = dict(os.environ, DISPLAY=display, HOME=str(tmp), XDG_RUNTIME_DIR=str(tmp / "run"),
               XDG_CONFIG_HOME=str(tmp / "config"), NO_AT_BRIDGE="0")
    (tmp / "run").mkdir(mode=0o700)
    procs.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                         env=env, capture_output=True, text=True, check=True).stdout.split()
    env["DBUS_SESSION_BUS_ADDRESS"] = out[0]
    daemon_pids.append(int(out[1]))
    procs.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(1.0)
    return env


procs: list[subprocess.Popen] = []
daemon_pids: list[int] = []


def find_app(pyatspi, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == APP_NAME and app.childCount:
                return app
        time.sleep(0.3)
    raise SystemExit("the viewer never appeared on the accessibility bus")


def walk(node, depth=0):
    yield node, depth
    for child in node:
        if child is not None:
            yield from walk(child, depth + 1)


def by_name(app, object_role, name_start):
    return next((n for n, _ in walk(app) if n.getRoleName() == object_role and n.name.startswith(name_start)), None)


def describe_static(app, pyatspi) -> list[str]:
    lines = []
    nodes = list(walk(app))
    text_view = next((n for n, _ in nodes if n.name == "Summary text"), None)
    if text_view is None:
        return ["text view: not found"]
    ifaces = text_view.get_interfaces()
    lines.append(f"text view: role {text_view.getRoleName()!r}, interfaces {', '.join(ifaces)}")
    links = 0
    if "Hypertext" in ifaces:
        links = text_view.queryHypertext().getNLinks()
    link_children = [n for n, _ in walk(text_view) if n.getRoleName() == "link"]
    lines.append(f"links exposed: {links} through Hypertext, {len(link_children)} link objects")
    headings = [n for n, _ in walk(text_view) if n.getRoleName() == "heading"]
    lines.append(f"headings as objects: {len(headings)}")
    if "Text" in ifaces:
        text = text_view.queryText()
        lines.append(f"text: {text.characterCount} characters, caret at {text.caretOffset}")
    tree = next((n for n, _ in nodes if n.getRoleName() == "tree" and n.name == "Sections"), None)
    if tree is not None:
        roles = Counter(c.getRoleName() for c in tree if c is not None)
        lines.append(f"tree children by role: {dict(roles)}")
        for child in list(tree)[:8]:
            if child is None or child.getRoleName() == "table column header":
                continue
            attrs = dict(a.split(":", 1) for a in child.getAttributes() if ":" in a)
            states = child.getState()
            relations = [r.getRelationType().value_nick if hasattr(r.getRelationType(), "value_nick")
                         else str(r.getRelationType()) for r in child.getRelationSet()]
            lines.append(f"  {child.getRoleName()} {child.name!r} level={attrs.get('level', '-')}"
                         f" expandable={states.contains(pyatspi.STATE_EXPANDABLE)}"
                         f" expanded={states.contains(pyatspi.STATE_EXPANDED)} relations={relations}")
    unnamed = [n.getRoleName() for n, _ in nodes
               if not n.name and n.getState().contains(pyatspi.STATE_SHOWING)
               and n.getRoleName() in ("push button", "scroll bar", "menu bar", "split pane", "unknown", "label",
                                       "filler") and n.getRoleName() != "filler"]
    lines.append(f"visible unnamed objects: {Counter(unnamed) and dict(Counter(unnamed))}")
    return lines


def pump(seconds: float) -> None:
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


# Orca writes its debug log in 8 KB blocks and loses the last at SIGTERM: run it with that one
# file line-buffered, so each line is there as it is said. No speech server: Orca logs what it
# would say (SPEECH OUTPUT) and does not wait on a speech-dispatcher with no sound card.
ORCA_LINE_BUFFERED = (
    "import builtins, runpy, sys\n"
    "import orca.settings\n"
    "orca.settings.speechServerFactory, orca.settings.speechFactoryModules = 'no-speech-server', []\n"
    "real, log = builtins.open, sys.argv[sys.argv.index('--debug-file') + 1]\n"
    "builtins.open = lambda f, *a, **k: real(f, 'w', buffering=1) if f == log else real(f, *a, **k)\n"
    "sys.argv[0] = '/usr/bin/orca'\n"
    "runpy.run_path('/usr/bin/orca', run_name='__main__')\n")


def start_orca(env: dict[str, str], log: Path) -> Path:
    procs.append(subprocess.Popen(["/usr/bin/python3", "-c", ORCA_LINE_BUFFERED, "--replace", "--debug-file", str(log)],
                                  env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL))
    time.sleep(3.0)
    return log


def speech_since(log: Path | None, offset: int) -> tuple[list[str], int]:
    if log is None or not log.exists():
        return [], offset
    data = log.read_bytes()
    said = [m.group(1) for m in re.finditer(rb"SPEECH OUTPUT: '(.*?)'", data[offset:])]
    return [s.decode("utf-8", "replace") for s in said if s.strip()], len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orca", action="store_true", help="run Orca and report what it said")
    parser.add_argument("--library-from", default=str(REPO.parent / "shared" / "pdq" / "summaries"),
                        help="PDQ XML imported into a temporary library beside the bundled summary")
    parser.add_argument("--python", default=str(REPO / ".venv" / "bin" / "python"))
    parser.add_argument("--display", default=":87")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (Orca's log, the app's)")
    args = parser.parse_args()
    missing = tools_missing(args.orca)
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="screen-reader-probe-"))
    try:
        library = tmp / "library"
        if Path(args.library_from).is_dir():
            subprocess.run([args.python, "-m", "viewer", "import", "--library", str(library), args.library_from],
                           cwd=REPO, check=True, capture_output=True)
        env = start_session(tmp, args.display)
        os.environ.update({k: env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")})
        orca_log = None
        if args.orca:
            orca_log = start_orca(env, tmp / "orca.log")
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       CLINIC_VIEWER_LIBRARY=str(library))
        procs.append(subprocess.Popen([args.python, "-m", "viewer"], cwd=REPO, env=app_env,
                                      stdout=subprocess.DEVNULL, stderr=open(tmp / "app.log", "wb")))
        import pyatspi  # it binds to the session bus it finds at import: only now is it ours

        events: list[tuple[str, str, str, object]] = []

        def on_event(event):
            try:
                app = event.host_application
                if app is None or app.name != APP_NAME:
                    return
                events.append((event.type, event.source.getRoleName(), event.source.name or "", event.any_data))
            except Exception:  # an object gone by the time it is read
                events.append((event.type, "?", "?", None))

        pyatspi.Registry.registerEventListener(on_event, "object", "focus", "window", "document")
        app = find_app(pyatspi)
        pump(4.0)  # start-up: the window, the first summary, the index after the first paint
        # no window manager under Xvfb: give the viewer's window the keyboard focus, as a desktop would
        window_id = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Clinic Reference Viewer"],
                                   env=env, capture_output=True, text=True).stdout.split()
        if window_id:
            subprocess.run(["xdotool", "windowfocus", "--sync", window_id[0]], env=env)
        pump(1.5)
        start_events = list(events)
        focused = [e for e in start_events if e[0].startswith("object:state-changed:focused") and e[3]]
        print("== at start")
        print(f"focus lands on: {focused[-1][1]} {focused[-1][2]!r}" if focused else "focus lands on: (no event)")
        for line in describe_static(app, pyatspi):
            print(line)
        _, offset = speech_since(orca_log, 0)
        print("\n== per key: events the viewer sent (type x count) and what Orca said")
        for label, keys in SESSION:
            events.clear()
            subprocess.run(["xdotool", *keys], env=env, check=True)
            pump(SETTLE_S)
            counts = Counter(e[0] for e in events)
            said, offset = speech_since(orca_log, offset)
            print(f"-- {label}: {len(events)} events")
            for kind, n in sorted(counts.items()):
                print(f"     {kind} x{n}")
            for kind, role, name, data in events:
                if kind.startswith(("object:state-changed:focused", "object:announcement", "object:property-change",
                                    "document:", "object:state-changed:expanded")) or "caret" in kind:
                    print(f"     · {kind} {role} {name[:60]!r} {str(data)[:80] if data is not None else ''}")
            if args.orca:
                print("   Orca said: " + (" | ".join(said) if said else "(nothing)"))
        print("\n== after the session")
        for line in describe_static(app, pyatspi):
            print(line)
        return 0
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        for pid in daemon_pids:
            try:
                os.kill(pid, 15)
            except ProcessLookupError:
                pass
        if args.keep:
            print(f"kept: {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

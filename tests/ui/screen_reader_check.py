"""What assistive technology receives from the viewer, read over the accessibility bus with pyatspi.

Run with the SYSTEM Python (Debian's python3-pyatspi), on the private D-Bus session and X display
test_screen_reader_bus.py set up: `screen_reader_check.py PYTHON`. It starts screen_reader_app.py
with PYTHON, sends it commands, records the AT-SPI events the viewer sends meanwhile, and prints one
JSON object: what a screen reader would find and hear. The test asserts on it.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pyatspi
from gi.repository import GLib

HERE = Path(__file__).resolve().parent
SETTLE_S = 0.8


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def walk(node, depth=0):
    yield node, depth
    for child in node:
        if child is not None:
            yield from walk(child, depth + 1)


def ancestors(node) -> list[str]:
    found = []
    while node is not None and node.getRoleName() != "application":
        found.append(node.getRoleName())
        node = node.parent
    return found + (["application"] if node is not None else [])


def main() -> int:
    python = sys.argv[1]
    app_env = dict(os.environ, XDG_DATA_DIRS=os.environ.get("VIEWER_XDG_DATA_DIRS", ""))
    app_proc = subprocess.Popen([python, str(HERE / "screen_reader_app.py")], cwd=HERE.parent.parent, env=app_env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    events: list[dict] = []

    def ask(command: str) -> dict:
        if command:
            app_proc.stdin.write(command + "\n")
            app_proc.stdin.flush()
        end = time.monotonic() + 30
        while time.monotonic() < end:  # the bus is served while the app works
            ready, _, _ = select.select([app_proc.stdout], [], [], 0.02)
            if ready:
                return json.loads(app_proc.stdout.readline())
            pump(0.02)
        raise SystemExit(f"the viewer did not answer {command!r}")

    try:
        hello = ask("")
        pid = hello["pid"]

        def on_event(event):
            try:
                app = event.host_application
                if app is None or app.get_process_id() != pid:
                    return
                source = event.source
                events.append({"type": event.type, "role": source.getRoleName(), "name": source.name or "",
                               "detail1": event.detail1,
                               "states": [s.value_nick for s in source.getState().getStates()]})
            except Exception:  # an object gone before it is read
                events.append({"type": event.type, "role": "?", "name": "?", "detail1": None, "states": []})

        pyatspi.Registry.registerEventListener(on_event, "object", "focus", "window", "document")
        app = None
        end = time.monotonic() + 20
        while app is None and time.monotonic() < end:
            app = next((a for a in pyatspi.Registry.getDesktop(0) if a is not None and a.get_process_id() == pid),
                       None)
            pump(0.2)
        if app is None:
            raise SystemExit("the viewer never appeared on the accessibility bus")
        pump(1.0)
        report: dict = {"start_focus": hello["focus"], "active": hello["active"]}

        nodes = [n for n, _ in walk(app)]
        view = next(n for n in nodes if n.name == "Summary text")
        report["text_view"] = {"role": view.getRoleName(), "interfaces": view.get_interfaces(),
                               "states": [s.value_nick for s in view.getState().getStates()]}
        report["unnamed"] = [n.getRoleName() for n in nodes if not n.name and n.getState().contains(pyatspi.STATE_SHOWING)
                             and n.getRoleName() in ("push button", "scroll bar", "menu bar", "split pane", "unknown")]
        tree = next(n for n in nodes if n.getRoleName() == "tree" and n.name == "Sections")
        report["tree_items"] = [
            {"role": c.getRoleName(), "name": c.name, "attributes": list(c.getAttributes()),
             "states": [s.value_nick for s in c.getState().getStates()]}
            for c in tree if c is not None and c.getRoleName() != "table column header"]

        def step(command: str) -> dict:
            events.clear()
            answer = ask(command)
            pump(SETTLE_S)
            return {"answer": answer, "events": list(events)}

        jumped = step("jump")
        jumped["caret"] = view.queryText().caretOffset
        report["jump"] = jumped
        down = step("down")
        down["caret"] = view.queryText().caretOffset
        report["down"] = down
        report["search"] = step("search carcinoid")
        report["tab"] = step("tab")
        enter = step("key Return")
        popover = next((n for n, _ in walk(app) if n.name.startswith("Reference ") and n.getRoleName() == "panel"), None)
        enter["popover_ancestors"] = ancestors(popover) if popover is not None else []
        report["enter"] = enter
        report["escape"] = step("key Escape")
        report["tree_focus"] = step("tree")
        report["collapse"] = step("key Left")
        report["expand"] = step("key Right")
        print(json.dumps(report))
        return 0
    finally:
        try:
            app_proc.stdin.write("quit\n")
            app_proc.stdin.flush()
            app_proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            app_proc.kill()


if __name__ == "__main__":
    sys.exit(main())

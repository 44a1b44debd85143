"""What a screen reader receives, read where it reads it: the AT-SPI accessibility bus (not Qt's
properties). A private D-Bus session with at-spi-bus-launcher, an Xvfb display (Qt's bridge needs a
real platform; offscreen has none), the viewer with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and Debian's
pyatspi in the system Python reading it (screen_reader_check.py). Skipped, saying what is missing,
where those are not installed (apt-get install xvfb dbus at-spi2-core python3-pyatspi).

What Debian 12's Orca 43 speaks decides the channels asserted: it speaks a notification when shown
and the object that takes the focus; it ignores object:announcement.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing() -> list[str]:
    lacking = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        lacking.append(BUS_LAUNCHER)
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        lacking.append("python3-pyatspi")
    return lacking


@pytest.fixture(scope="module")
def received(tmp_path_factory):
    lacking = missing()
    if lacking:
        pytest.skip("no accessibility bus to read: missing " + ", ".join(lacking))
    tmp = tmp_path_factory.mktemp("atspi")
    display = f":{90 + os.getpid() % 500}"
    # the bus launcher and pyatspi read their settings' schemas from the system's data folders; the
    # viewer keeps the tests' empty ones (no library of this machine is read)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               XDG_RUNTIME_DIR=str(tmp), NO_AT_BRIDGE="0", XDG_DATA_DIRS="/usr/local/share:/usr/share",
               VIEWER_XDG_DATA_DIRS=os.environ.get("XDG_DATA_DIRS", ""))
    started = [subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    daemon = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                            env=env, capture_output=True, text=True, check=True).stdout.split()
    env["DBUS_SESSION_BUS_ADDRESS"] = daemon[0]
    try:
        started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)  # the display and the accessibility bus up (no readiness signal to wait on)
        result = subprocess.run([SYSTEM_PYTHON, str(HERE / "screen_reader_check.py"), sys.executable], env=env,
                                capture_output=True, text=True, timeout=90)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        for proc in reversed(started):
            proc.terminate()
            proc.wait(10)
        os.kill(int(daemon[1]), 15)


def spoken(step: dict) -> list[str]:
    """What Orca 43 speaks of a step's feedback: the notifications shown."""
    return [e["name"] for e in step["events"]
            if e["type"] == "object:state-changed:showing" and e["detail1"] == 1 and e["role"] == "notification"]


@pytest.mark.timeout(150)
def test_the_text_is_text_with_a_caret_placed_at_a_jump(received):
    view = received["text_view"]
    assert "Text" in view["interfaces"] and "focusable" in view["states"]
    assert received["start_focus"] == "contentView"  # the window opens on the text
    assert received["unnamed"] == []  # no control a screen reader meets is said as nothing but its role
    jump = received["jump"]
    assert jump["caret"] == jump["answer"]["expected"] > 0  # a screen reader reads on from the section
    assert any(e["type"] == "object:text-caret-moved" and e["name"] == "Summary text" for e in jump["events"])
    down = received["down"]  # the arrows move the caret, line by line: what Orca reads as it moves
    assert down["caret"] == down["answer"]["after"] > down["answer"]["before"] == jump["caret"]
    assert any(e["type"] == "object:text-caret-moved" and e["name"] == "Summary text" for e in down["events"])


@pytest.mark.timeout(150)
def test_feedback_reaches_a_channel_orca_43_speaks_and_only_one(received):
    search = received["search"]
    assert spoken(search) == [search["answer"]["status"]] and search["answer"]["status"].endswith(" results")
    every = [e for step in ("jump", "down", "search", "tab", "enter", "escape", "tree_focus", "collapse", "expand")
             for e in received[step]["events"]]
    assert not [e for e in every if e["type"] == "object:announcement"]  # Orca 43 ignores it; one channel


@pytest.mark.timeout(150)
def test_a_link_the_keyboard_reaches_is_said_with_its_kind(received):
    tab = received["tab"]
    assert tab["answer"]["href"].startswith("cite:"), tab["answer"]
    assert spoken(tab) == [tab["answer"]["said"]] and tab["answer"]["said"].endswith(", reference link")


@pytest.mark.timeout(150)
def test_the_popover_is_in_the_window_is_heard_and_esc_returns_to_the_link(received):
    enter = received["enter"]
    assert enter["answer"]["popover"], (enter["answer"], received["tab"]["answer"])
    assert enter["popover_ancestors"][-2:] == ["frame", "application"]  # in the window, not orphaned
    assert any(e["type"] == "object:state-changed:focused" and e["detail1"] == 1 and e["name"] == "Copy reference"
               for e in enter["events"])
    assert [s for s in spoken(enter) if s.startswith("Reference 4: 4. Modlin IM")]
    escape = received["escape"]
    assert escape["answer"] == {"focus": "contentView", "popover": False}
    assert [e["name"] for e in escape["events"] if e["type"] == "object:state-changed:focused" and e["detail1"]][-1:] \
        == ["Summary text"]


@pytest.mark.timeout(150)
def test_the_tree_says_the_row_the_focus_is_on_and_its_expansion(received):
    items = received["tree_items"]
    assert items and all(i["role"] in ("table cell", "tree item") for i in items)
    assert not [i["name"] for i in items if "expanded" in i["states"] and "expandable" not in i["states"]]
    focus = received["tree_focus"]
    row = focus["answer"]["current"]
    focused = [e for e in focus["events"] if e["type"] == "object:state-changed:focused" and e["detail1"]]
    assert focused and focused[-1]["name"] == row  # the section being read, not just "tree"
    collapsed = [e for e in received["collapse"]["events"] if e["type"] == "object:state-changed:focused" and e["detail1"]]
    assert collapsed and collapsed[-1]["name"] == row and "expanded" not in collapsed[-1]["states"]
    # the rows shown changed: Qt's cells for the rows below are made anew (Orca then says the row again)
    assert any(e["type"] == "object:model-changed" and e["role"] == "tree" for e in received["collapse"]["events"])
    expanded = [e for e in received["expand"]["events"] if e["type"] == "object:state-changed:focused" and e["detail1"]]
    assert expanded and expanded[-1]["name"] == row and "expanded" in expanded[-1]["states"]

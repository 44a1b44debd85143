"""The popover at 40 pt takes the room it needs (seen in a real X11 window at 1366x768: a term's
popover opened from the middle of the view showed three or four lines of its definition, the last
cut in half): one opened by a click moves the text so its link sits at the view's edge and shows
the definition whole; what is longer still (a citation's many references) takes all the window's
height beside its link and scrolls, the last line in view never cut. Run on a laptop's screen in
a process of its own (popover_room_app.py): the tests' offscreen screen is 800x600."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.library import run_import

from ..conftest import PDQ

HERE = Path(__file__).parent
GIST_ES = PDQ / "distribution" / "Summary" / "CDR710915.xml"  # Spanish; "genes" links the dictionary's "gene"
UNUSUAL = next((PDQ / "summaries").glob("CDR0000062872-*.xml"))  # citations of up to a dozen references
GENE = PDQ / "glossary" / "GlossaryTerm-CDR0000045693-gene.xml"
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.fixture(scope="module")
def laptop_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("popover-room")
    week = root / "week"
    week.mkdir()
    for path in (GIST_ES, UNUSUAL, GENE):
        shutil.copyfile(path, week / path.name)
    report = run_import(root / "lib", [week])
    assert report.refused == 0, [str(line) for line in report.lines]
    (root / "screen.json").write_text(json.dumps(LAPTOP))
    return root


def clicked_at_40_pt(root: Path, summary: str, href: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={root / 'screen.json'}")
    run = subprocess.run([sys.executable, str(HERE / "popover_room_app.py"), str(root / "lib"), summary, href,
                          str(root / f"settings-{summary}.ini")], cwd=HERE.parent.parent, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["marker_in_view"], seen
    (marker_top, marker_bottom), (top, bottom) = seen["marker"], seen["popover"]
    assert bottom < marker_top or top > marker_bottom, seen  # the link stays in view, clear of the popover
    assert seen["area"][0] <= top and bottom <= seen["area"][1], seen  # within the window and the screen
    if seen["scrolls"]:  # the last line in view is whole
        assert any(0 <= seen["shown"] - line <= 4 for line in seen["bottoms"]), seen
    return seen


def test_a_definition_clicked_in_the_middle_of_the_view_is_shown_whole(laptop_library):
    seen = clicked_at_40_pt(laptop_library, "CDR0000710915", "glossary:CDR0000045693")
    last = next(n for n, text in enumerate(seen["lines"]) if text.rstrip().endswith("específica."))
    assert seen["bottoms"][last] <= seen["shown"], f"the definition is cut after line {last}: {seen}"


def test_a_long_citation_takes_the_windows_height_beside_its_link_and_scrolls(laptop_library):
    seen = clicked_at_40_pt(laptop_library, "CDR0000062872", "cite:")
    assert seen["scrolls"], seen
    (marker_top, marker_bottom), (top, bottom), (area_top, area_bottom) = seen["marker"], seen["popover"], seen["area"]
    line = max(b - a for a, b in zip([0, *seen["bottoms"]], seen["bottoms"]))
    room = area_bottom - area_top - (marker_bottom - marker_top)
    assert bottom - top >= room - line - 24, seen  # all but the link's line, less a line cut short and the gaps

"""`clinic-viewer --self-test` fails, and says why, when what it checks is broken: the packaging
tests only ever see it pass, so a self-test whose checks did nothing would go unnoticed there."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from viewer.library import run_import

from ..conftest import PDQ_SUMMARIES, REPO

EPENDYMOMA = "CDR0000062843"


def change_summary(generation):
    """The imported summary altered after import (a disk fault, or someone editing it)."""
    path = generation / "summaries" / f"{EPENDYMOMA}.xml"
    path.write_bytes(path.read_bytes().replace(b"Childhood ependymoma", b"Childhood ependymomA", 1))


def drop_from_catalog(generation):
    """The library's catalog no longer lists the summary it holds."""
    path = generation / "index" / "catalog.json"
    path.write_text(json.dumps({k: v for k, v in json.loads(path.read_text()).items() if k != EPENDYMOMA}))


@pytest.mark.parametrize("damage, status, says", [
    (None, 0, "self-test passed"),
    (change_summary, 1, f"SELF-TEST FAILED: {EPENDYMOMA}: cannot be read: “Childhood Ependymoma Treatment (PDQ®)”, summaries/{EPENDYMOMA}.xml: does not match"),
    (drop_from_catalog, 1, "SELF-TEST FAILED: summaries failed to load: "),
], ids=["intact", "summary-changed", "catalog-damaged"])
def test_the_self_test_fails_naming_what_is_broken(tmp_path, damage, status, says):
    library = tmp_path / "library"
    run_import(library, [PDQ_SUMMARIES[0]])
    if damage is not None:
        [generation] = [p for p in library.iterdir() if p.is_dir()]
        damage(generation)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLINIC_VIEWER_LIBRARY=str(library))
    run = subprocess.run([sys.executable, "-m", "viewer", "--self-test"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == status, run.stdout + run.stderr
    assert says in run.stdout, run.stdout
    assert ("self-test passed" in run.stdout) == (status == 0)

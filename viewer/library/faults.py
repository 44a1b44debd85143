"""Fault injection for the tests of the library's storage: a run stops, or waits, at a named step.

`CLINIC_VIEWER_FAULT="step:action"` (e.g. `switching:exit`) in the environment of an import; steps:

    locked      the import lock is held            lock-wait  another import holds the lock
    written     the new generation is on disk, CURRENT not yet replaced
    switching   CURRENT's new copy is written and flushed, not yet renamed over CURRENT
    switched    CURRENT names the new generation; old generations not yet removed

actions:  `exit` ends the process at once (as a kill would: nothing is cleaned up);
          `touch=FILE` creates FILE;  `hold=FILE` creates FILE.reached, then waits until FILE exists.
Without the variable every step is a no-op, so the product pays one dictionary look-up per step.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

ENV = "CLINIC_VIEWER_FAULT"


def at(step: str) -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    name, _, action = spec.partition(":")
    if name != step:
        return
    if action == "exit":
        os._exit(9)
    kind, _, target = action.partition("=")
    if kind == "touch":
        Path(target).touch()
    elif kind == "hold":
        Path(target + ".reached").touch()
        while not Path(target).exists():  # the test releases the hold; it bounds its own wait
            time.sleep(0.02)

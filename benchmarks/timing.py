"""Shared by the start-up benchmarks: how long a command takes to show its window."""
from __future__ import annotations

import subprocess
import time


def time_to_shown(command: list[str], env: dict[str, str], cwd=None) -> tuple[float, float]:
    """(launch to first paint, launch to exit) in seconds. The command must accept
    --quit-when-shown and print 'shown-at <wall-clock time>' once its window is painted."""
    start_wall = time.time()
    start = time.perf_counter()
    out = subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, text=True).stdout
    total = time.perf_counter() - start
    shown = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("shown-at "))
    return shown - start_wall, total

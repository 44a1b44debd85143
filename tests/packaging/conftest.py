"""The bundle, built once per session from this checkout with a site library (the real PDQ files
imported), into a temp folder: packaging/build.sh, as `make package LIBRARY=…` runs it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO


# The first test that needs the bundle waits for its build (build.sh: up to 900 s) and, for the
# .deb, build_deb.sh (up to 600 s) and lintian: such a test gets their time, not the suite's minute.
BUILD_TIMEOUT = 1800


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/packaging" not in str(item.fspath).replace("\\", "/"):
            continue
        if not sys.platform.startswith("linux"):
            item.add_marker(pytest.mark.skip(reason="the build scripts and the shim are for Linux"))
        elif "dist" in item.fixturenames and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT))


@pytest.fixture(scope="session")
def build_deps():
    check = subprocess.run(["bash", "packaging/build-deps.sh", "check"], cwd=REPO, capture_output=True, text=True)
    if check.returncode != 0:
        pytest.skip(check.stderr.strip())


@pytest.fixture(scope="session")
def dist(tmp_path_factory, pdq_library, build_deps):
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, PY=sys.executable, DIST=str(out / "dist"), WORK=str(out / "work"), LIBRARY=str(pdq_library))
    build = subprocess.run(["bash", "packaging/build.sh"], cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return out / "dist"


@pytest.fixture(scope="session")
def deb(dist, tmp_path_factory):
    """The .deb, built from the session's bundle by packaging/build_deb.sh."""
    work = tmp_path_factory.mktemp("deb-work")
    env = dict(os.environ, PY=sys.executable, DIST=str(dist), WORK=str(work))
    build = subprocess.run(["bash", "packaging/build_deb.sh"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stdout + build.stderr
    [package] = dist.glob("clinic-viewer_*_*.deb")
    return package


@pytest.fixture(scope="session")
def unpacked(deb, tmp_path_factory):
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def compile_shim(source: str, out: Path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.fail(f"a C compiler is needed to build {source}")
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(out), str(Path(__file__).with_name(source)), "-ldl"], check=True)
    return out


@pytest.fixture(scope="session")
def no_network_shim(tmp_path_factory):
    return compile_shim("no_network.c", tmp_path_factory.mktemp("shim") / "no_network.so")


@pytest.fixture(scope="session")
def loaded_libraries_audit(tmp_path_factory):
    return compile_shim("loaded_libraries.c", tmp_path_factory.mktemp("audit") / "loaded_libraries.so")


def offline_env(shim, log, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(LD_PRELOAD=str(shim), NO_NETWORK_LOG=str(log), QT_QPA_PLATFORM="offscreen",
               HOME=str(log.parent), XDG_CONFIG_HOME=str(log.parent / "config"), **extra)
    return env

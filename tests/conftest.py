"""Shared test set-up: Qt without a screen, settings and summaries in temp folders."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# In CI, hypothesis runs the same examples every time and keeps no example database: a run can
# only fail for what the code does, not for what an earlier run in the same checkout happened to find.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

# Before anything imports Qt: no screen is needed, and nothing is written to the user's home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface speaks the system's language (viewer/ui/common/i18n.py): the tests that read its
# English words get English on any machine; tests/ui/test_spanish.py asks for Spanish itself.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="viewer-test-config-")
# Nor is a library on this machine read: the default library locations are empty folders.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="viewer-test-data-")
os.environ["XDG_DATA_DIRS"] = tempfile.mkdtemp(prefix="viewer-test-shared-")
os.environ["CLINIC_VIEWER_MACHINE_LIBRARY"] = os.path.join(tempfile.mkdtemp(prefix="viewer-test-machine-"), "library")
os.environ.pop("CLINIC_VIEWER_LIBRARY", None)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PDQ = SHARED / "pdq"
PDQ_SUMMARIES = sorted((PDQ / "summaries").glob("*.xml"))
PDQ_GLOSSARY = sorted((PDQ / "glossary").glob("*.xml"))

METADATA = {
    "title": "Test Summary (PDQ®)",
    "audience": "Health Professional",
    "source": "National Cancer Institute (NCI)",
    "last_updated": "2020-01-02",
}


def write_summary(root: Path, name: str, markdown: str, **metadata) -> Path:
    """A summary folder under `root` with the given Markdown and metadata overrides."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summary.json").write_text(json.dumps({**METADATA, **metadata}, ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "summary.md").write_text(markdown, encoding="utf-8")
    return folder


@pytest.fixture(scope="session", autouse=True)
def clipboard_emptied_before_python_ends():
    """A copy from the reader puts mime data made in Python on the clipboard. Offscreen, Qt keeps it
    in a static object it frees only in the C library's exit handlers, after Python has finalised:
    freeing its Python wrapper then crashes the process (SIGSEGV, exit 139, after "passed"). The app
    hands the text over at aboutToQuit (copy_source.py); under pytest-qt the application never quits,
    so the session empties the clipboard itself while Python still runs."""
    yield
    gui = sys.modules.get("PySide6.QtGui")  # a run that never used Qt has nothing to empty
    if gui is not None and gui.QGuiApplication.instance() is not None:
        gui.QGuiApplication.clipboard().clear()


@pytest.fixture
def make_summary(tmp_path):
    def make(markdown: str, name: str = "test-summary", **metadata) -> Path:
        return write_summary(tmp_path / "summaries", name, markdown, **metadata)
    return make


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def pdq_library(tmp_path_factory):
    """A library imported from the real PDQ files in ../shared/pdq (read there, never copied into the repo)."""
    from viewer.library import run_import

    root = tmp_path_factory.mktemp("pdq-library")
    report = run_import(root, PDQ_SUMMARIES + PDQ_GLOSSARY)
    assert report.refused == 0, [str(line) for line in report.lines]
    return root

"""Shared test set-up: Qt without a screen, settings and summaries in temp folders."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

# Before anything imports Qt: no screen is needed, and nothing is written to the user's home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="viewer-test-config-")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

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


@pytest.fixture
def make_summary(tmp_path):
    def make(markdown: str, name: str = "test-summary", **metadata) -> Path:
        return write_summary(tmp_path / "summaries", name, markdown, **metadata)
    return make


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

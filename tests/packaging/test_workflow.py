"""The GitHub Actions workflow that builds Windows and macOS bundles cannot run here: it is checked
against the workflow schema that check-jsonschema ships (offline), and for what it must do."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "bundles.yml"


def validate(path: Path) -> subprocess.CompletedProcess:
    tool = Path(sys.executable).with_name("check-jsonschema")
    return subprocess.run([str(tool if tool.exists() else shutil.which("check-jsonschema")),
                           "--builtin-schema", "vendor.github-workflows", str(path)], capture_output=True, text=True)


def test_the_workflow_passes_the_schema():
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checker_fails_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on:", "runs_on:"))
    assert validate(broken).returncode != 0


def test_it_builds_self_tests_and_uploads_on_all_three_systems():
    text = WORKFLOW.read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in text
    assert "--self-test --report" in text and "sha256" in text and "actions/upload-artifact" in text
    assert 'pip install --disable-pip-version-check -e ".[package]"' in text  # the pinned tools

"""A folder of NCI's layout that cannot be listed is that folder's refusal, by its name: the rest is
imported, and nothing is skipped unsaid (an unreadable folder, one gone since it was listed, a
failing disk)."""
from __future__ import annotations

import errno
import os
import shutil

import pytest

from viewer.library import run_import

from ..conftest import PDQ_SUMMARIES


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOENT, errno.EIO])
def test_a_folder_that_cannot_be_listed_is_refused_by_name_and_the_rest_imported(tmp_path, monkeypatch, code):
    summary = tmp_path / "pdq" / "Summary"
    (summary / "2025").mkdir(parents=True)
    shutil.copy(PDQ_SUMMARIES[0], summary)
    shutil.copy(PDQ_SUMMARIES[1], summary / "2025")
    listing = os.scandir

    def failing(path="."):
        if os.fspath(path).endswith("2025"):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", failing)
    report = run_import(tmp_path / "lib", [tmp_path / "pdq"])
    assert report.count("added") == 1, [str(line) for line in report.lines]
    refusals = [str(line) for line in report.lines if line.action == "refused"]
    assert len(refusals) == 1 and str(summary / "2025") in refusals[0] and os.strerror(code) in refusals[0], refusals
    assert report.generation  # what could be read is imported

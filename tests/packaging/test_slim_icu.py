"""The bundle's cut-down ICU data (packaging/slim_icu.py): small, well formed, and enough for
what Qt asks of ICU. Checked with the cut library preloaded into a fresh interpreter, where it
stands in for the full one that PySide6 ships."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
from slim_icu import KEEP, IcuDataError, read_items, slim_library, slim_package  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle's ICU is slimmed on Linux")

PROBE = """
import sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication(sys.argv)
words = ["zebra", "Zürich", "apple", "Äpfel", "été", "etc"]
print(sorted(words, key=QCollator(QLocale("en_US")).sortKey))
print(QLocale("tr_TR").toUpper("istanbul"))
print(QTimeZone(b"Europe/Berlin").isValid())
print(QStringDecoder("ISO-8859-15").isValid())
"""


@pytest.fixture(scope="module")
def full_library():
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU of its own")
    return found[0]


@pytest.fixture(scope="module")
def slim(full_library, tmp_path_factory):
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.fail("a C compiler is needed to link the cut-down ICU data")
    return slim_library(full_library, tmp_path_factory.mktemp("icu") / full_library.name, compiler)


def test_only_the_kept_items_remain_and_read_back(full_library, slim):
    _, items, prefix = read_items(slim.read_bytes())
    assert prefix.startswith("icudt")
    assert [name for name, _ in items] == [name for name in sorted(KEEP)]  # ICU's own (sorted) order
    assert slim.stat().st_size < full_library.stat().st_size / 10


def test_a_missing_item_is_refused_by_name(full_library):
    with pytest.raises(IcuDataError, match="no-such.res"):
        slim_package(full_library.read_bytes(), keep=("root.res", "no-such.res"))


def test_qt_sorts_cases_and_knows_time_zones_with_the_cut_data(slim):
    env = dict(os.environ, LD_PRELOAD=str(slim))
    run = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    collated, upper, zone, latin9 = run.stdout.splitlines()
    assert collated == "['Äpfel', 'apple', 'etc', 'été', 'zebra', 'Zürich']"  # Unicode's order, not code points
    assert upper == "İSTANBUL"
    assert zone == "True"
    assert latin9 == "False"  # proof that the cut data, not PySide6's full copy, was in use
    assert "collator" not in run.stderr.lower()

"""(Re)write the SHA-256 manifest of each summary folder given, after editing its text.

    python scripts/write_manifests.py resources/summaries/*
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from viewer.content import manifest  # noqa: E402

for folder in sys.argv[1:]:
    print(manifest.write(Path(folder)))

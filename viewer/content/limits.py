"""What a summary may hold, in either format, so that every summary the app accepts opens in
seconds: measured on this project's machines, Qt lays out a 1 MB PDQ summary in 0.35 s, 2 MB in
1.1 s and 4 MB in 3.7 s (growing faster than the size); real PDQ summaries are at most about
0.5 MB. Past these limits a summary is refused with a message, not opened for minutes or crashed
(a 1 MB title crashed Qt's first paint; 100,000 citation markers took 56 s and 605 MB)."""
from __future__ import annotations

MAX_PDQ_SUMMARY_BYTES = 4 * 1024 * 1024
MAX_MARKDOWN_BYTES = 2 * 1024 * 1024
MAX_TITLE_CHARACTERS = 500
MAX_CITATION_MARKERS = 10_000       # the largest real PDQ summary cites about 600 references
MAX_CROSS_REFERENCES = 2_000        # "Refer to the … section of this summary" phrases

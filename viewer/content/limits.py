"""What a summary may hold, in either format, so that every summary the app accepts opens in
seconds: measured on this project's machines, Qt lays out a 1 MB PDQ summary in 0.35 s, 2 MB in
1.1 s and 4 MB in 3.7 s (growing faster than the size); real PDQ summaries are at most about
0.5 MB. Past these limits a summary is refused with a message, not opened for minutes or crashed
(a 1 MB title crashed Qt's first paint; 100,000 citation markers took 56 s and 605 MB).

Size alone does not bound the time: Qt's HTML import is quadratic in the places it can scroll to
(ids: 6,000 take 0.6 s, 12,000 2.9 s, 24,000 19 s), in the items of one list (12,000: 5 s) and in
overlapping row spans (200 rows of 3 cells spanning 199 rows: 4.4 s; 1,000 rows: 51 s). So a
summary also has counts it may not pass (a Markdown one too: loader._check_counts): the largest real ones (0.7 MB) hold 73 sections, 1,117
places, 569 list items, 98 table rows, 7 reference lists, 493 references and rows spanning at
most 11 rows; the counts below are four or more times that. A summary at each of them is read
and laid out in at most about 3 s (the slowest: 1,000 table rows of text), so the window restores
the last place only after it has appeared (tests/unit/test_pdq_freezes.py prints the times)."""
from __future__ import annotations

MAX_PDQ_SUMMARY_BYTES = 4 * 1024 * 1024
MAX_MARKDOWN_BYTES = 2 * 1024 * 1024
MAX_TITLE_CHARACTERS = 500
MAX_CITATION_MARKERS = 10_000       # the largest real PDQ summary cites about 600 references
MAX_CROSS_REFERENCES = 2_000        # "Refer to the … section of this summary" phrases
MAX_SECTIONS = 1_000
MAX_PLACES = 5_000                  # anchors: sections, paragraphs, list items, table cells, references
MAX_LIST_ITEMS = 5_000
MAX_TABLE_ROWS = 1_000              # with text in every cell: 2.8 s (Qt lays out table cells slowly)
MAX_SPANNED_CELLS = 2_000           # cells covered by row and column spans beyond their own
MAX_REFERENCE_LISTS = 200
MAX_REFERENCES = 5_000
MAX_WORDS_COMPARED = 400            # per paragraph, by "what changed" (see library.changes: difflib)
MAX_WORDS_COMPARED_IN_ALL = 3_000    # per "what changed" report

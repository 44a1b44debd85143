"""Paper: printing and PDF export of a summary or a section, with pages, running heads and the locale's paper. Imports the rooms up to navigation and search."""

"""The PDQ library: where imported summaries live, how an import changes them atomically, and how
the app reads them back, checked. Pure Python, no Qt: the command line and the window share it."""
from .importer import ImportReport, ReportLine, run_import
from .load import Glossary, MediaFiles, load_library_dir
from .locations import library_to_import_into, library_to_read
from .store import Generation, LibraryStore

__all__ = ["Generation", "Glossary", "ImportReport", "LibraryStore", "MediaFiles", "ReportLine", "library_to_import_into",
           "library_to_read", "load_library_dir", "run_import"]

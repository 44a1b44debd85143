"""The PDQ library: where imported summaries live, how an import changes them atomically, and how
the app reads them back, checked. Pure Python, no Qt: the command line and the window share it.

Its parts are imported when first used (PEP 562): a start-up with no library, or one that only
asks where the library is, pays for none of the XML, archive or import code.
"""
from importlib import import_module

_WHERE = {"ImportReport": "report", "ReportLine": "report", "run_import": "importer",
          "Glossary": "load", "MediaFiles": "load", "load_library_dir": "load",
          "library_to_import_into": "locations", "library_to_read": "locations",
          "Generation": "store", "LibraryStore": "store"}
__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)

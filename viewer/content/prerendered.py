"""Summaries rendered at packaging time, so a bundle starts without importing or running Markdown.

The packaging spec loads every bundled summary and pickles it under a key made from the bytes of
its files; at start-up a summary whose files still hash to that key is unpickled instead of
rendered (about 40 ms less per start). Any change to the files changes the key, and the summary
is rendered from its text as usual. The pickles ship inside the bundle beside the code that
reads them, so they are trusted exactly as far as that code is.
"""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from .model import Summary

FORMAT = "2"  # bump when the model's classes change shape


def key(folder: Path) -> str:
    digest = hashlib.sha256(FORMAT.encode())
    for file in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def path_for(folder: Path, store: Path) -> Path:
    return store / f"{folder.name}-{key(folder)}.pickle"


def load(folder: Path, store: Path) -> Summary | None:
    """The pre-rendered summary for `folder`, if one matches its files exactly."""
    try:
        with open(path_for(folder, store), "rb") as stream:
            summary = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    if not isinstance(summary, Summary):
        return None
    summary.folder = folder
    return summary


def save(summary: Summary, store: Path) -> Path:
    store.mkdir(parents=True, exist_ok=True)
    target = path_for(summary.folder, store)
    with open(target, "wb") as stream:
        pickle.dump(summary, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return target

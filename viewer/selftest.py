"""`clinic-viewer --self-test`: proves a build works, headless, and says so in a short report.

It reads and checks every summary (bundled and in the library); for the first few it also renders
each one, runs a search and opens the best hit, opens a citation popover and exports the summary to
PDF, all in the real window (not shown on a screen with
QT_QPA_PLATFORM=offscreen). Exit status 0 when everything worked, 1 with the reason otherwise.
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QPoint, QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from . import paths, version
from .app import create_window
from .ui.common.background import until_idle
from .library.locations import describe_library


EXERCISED = 4  # summaries opened, searched, cited and printed in full; the rest are read and checked


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _search_word(text: str) -> str:
    """A distinctive word of the text to search for: its first word of seven letters or more."""
    match = re.search(r"[^\W\d_]{7,}", text)
    return match.group(0) if match else text.split()[0]


def _exercise(app: QApplication, out: TextIO) -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        library = window.library
        out.write(f"clinic-viewer {version()} self-test; resources: {paths.resources_dir()}\n")
        generation = library.generation
        where = (describe_library(window.state.library_dir, generation.name, generation.imported) if generation else
                 describe_library(window.state.library_dir))
        out.write(f"library: {where}\n")
        _check(not library.problems, "summaries failed to load: " + "; ".join(map(str, library.problems)))
        _check(bool(library.entries()), "no summaries are bundled or imported")
        out.write(f"pre-rendered at packaging time: {', '.join(library.prerendered) or 'none'}\n")
        _check(not window.windowIcon().isNull(), "the application icon is missing")
        window.show()
        app.processEvents()
        for number, entry in enumerate(library.entries()):
            summary = library.get(entry.id)
            _check(summary is not None, f"{entry.id}: cannot be read: " + "; ".join(map(str, library.problems)))
            if number >= EXERCISED:  # a library of hundreds: each read and checked, a few used in full
                out.write(f"ok  {summary.id}: {sum(1 for _ in summary.walk())} sections, read and checked\n")
                continue
            window.navigate_to((summary.id, summary.sections[0].id))
            until_idle(window.opening)  # read and laid out off the UI thread
            text = window.reader.toPlainText()
            _check(summary.sections[0].title in text, f"{summary.id}: the text was not rendered")
            first = next((p for s in summary.walk() for p in s.paragraphs), None)
            searched = ""
            if first is not None:
                word = _search_word(first.text)
                results = window.ensure_search_index().search(word, summary_id=summary.id)
                hits = results.hits
                _check(bool(hits), f"{summary.id}: searching for '{word}' found nothing")
                window.search_panel.box.setText(word)
                window.open_result(hits[0])
                _check(window.highlighter.count > 0, f"{summary.id}: the hits of '{word}' were not marked")
                searched = f", search '{word}': {len(results.hits)} hits"
            links = window.reader.link_rects("cite:")
            popover = "no citations"
            if links:
                href, rect = links[0]
                window.show_citation(href, rect.translated(window.reader.viewport().mapToGlobal(QPoint(0, 0))))
                app.processEvents()
                _check(window.popover.isVisible() and window.popover.plain_text(), f"{summary.id}: the citation popover did not open")
                popover = f"popover {href.split('/')[-1]}: {window.popover.plain_text()[:40]}…"
                window.popover.close()
            pdf = window.export_to_pdf(whole=True, path=str(Path(tmp) / f"{summary.id}.pdf"))
            _check(pdf is not None and Path(pdf).stat().st_size > 1000, f"{summary.id}: the PDF export failed")
            sections = sum(1 for _ in summary.walk())
            out.write(f"ok  {summary.id}: {sections} sections{searched}, {popover}, PDF {Path(pdf).stat().st_size // 1024} kB\n")
        window.close()
    out.write(f"self-test passed in {time.perf_counter() - started:.2f} s\n")


# Headless (QT_QPA_PLATFORM=offscreen), Qt says that window-system features it is asked for do
# not exist there ("This plugin does not support raise()"): true, harmless, and read as errors by
# an administrator. Only those lines are dropped; every other message is still printed.
HARMLESS_HEADLESS = "This plugin does not support "


def _quiet_platform_notices(kind, context, message: str) -> None:
    if not message.startswith(HARMLESS_HEADLESS):
        sys.stderr.write(message + "\n")


def run_self_test(out: TextIO = sys.stdout) -> int:
    previous = qInstallMessageHandler(_quiet_platform_notices)
    try:
        return _run(out)
    finally:
        qInstallMessageHandler(previous)


def _run(out: TextIO) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        _exercise(app, out)
    except SelfTestFailure as failure:
        out.write(f"SELF-TEST FAILED: {failure}\n")
        return 1
    except Exception as exc:  # the report must say why, whatever went wrong
        out.write(f"SELF-TEST FAILED: {type(exc).__name__}: {exc}\n")
        return 1
    return 0

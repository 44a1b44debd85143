"""The small dialogs: keyboard shortcuts (F1, shortcuts_dialog.py), About, and the explanation shown for a web address."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME, version
from ...content import Summary


def show_shortcuts(parent: QWidget, actions: dict[str, QAction]) -> None:
    from .shortcuts_dialog import show_shortcuts as show

    show(parent, actions)


def library_html(library, library_dir) -> str:
    """Where the imported library is, when it was last imported, and what it holds, by type."""
    generation = getattr(library, "generation", None)
    if generation is None:
        where = escape(str(library_dir)) if library_dir else "none chosen"
        return (f"<p><b>Imported library:</b> none yet ({where}). File ▸ Import PDQ Summaries… adds NCI's "
                "summaries; your IT may import them for everyone.</p>")
    kinds: dict[str, int] = {}
    for entry in library.catalog.values():
        kind = entry.metadata.kind or "Other"
        kinds[kind] = kinds.get(kind, 0) + 1
    held = ", ".join(f"{n} {escape(k)}" for k, n in sorted(kinds.items()))
    imported = generation.imported
    when = imported.strftime("%B %-d, %Y, %H:%M") if imported else "an unknown date"
    terms = len(generation.ids("glossary")) if hasattr(generation, "ids") else 0
    return (f"<p><b>Imported library:</b> {escape(str(generation.folder.parent))}<br>"
            f"Last imported {escape(when)} (generation {escape(generation.name)}).<br>"
            f"{len(library.catalog)} summaries ({held}); {terms} dictionary terms.</p>")


def show_about(parent: QWidget, library, library_dir=None) -> None:
    """`library`: the Library shown: its bundled summaries are named, the imported one summed up."""
    sources = "".join(
        f"<p><b>{escape(s.title)}</b> (bundled)<br>{escape(s.metadata.audience)} Version, source: "
        f"{escape(s.metadata.source)}, last updated {escape(s.metadata.last_updated_text)}.</p>"
        for s in library.summaries)
    box = QMessageBox(QMessageBox.Icon.NoIcon, f"About {APP_NAME}", (
        f"<h3>{APP_NAME} {escape(version())}</h3>"
        "<p>An offline reader for NCI's PDQ cancer information summaries. It never connects to a network.</p>"
        f"{library_html(library, library_dir)}{sources}"
        "<p>PDQ text is produced by NCI and is in the public domain.</p>"
        "<p>Built with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3; "
        "python-markdown under the BSD licence; defusedxml under the PSF licence.</p>"),
        QMessageBox.StandardButton.Close, parent)
    box.setObjectName("aboutDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_external_link(parent: QWidget, address: str) -> None:
    """The app is offline: say so, show the address and offer to copy it; open nothing."""
    box = QMessageBox(QMessageBox.Icon.Information, "Web address",
                      "This viewer works offline and does not open web addresses.\n\n"
                      f"{address}\n\nOpen it on a computer with internet access.",
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("externalLinkDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton("Copy Address", QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyAddress")
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(address))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def summary_details_html(summary: Summary) -> str:
    """Everything the source says about the summary itself (PDQ's SummaryMetaData), as a table."""
    meta = summary.metadata
    rows = [("Title", meta.title), ("Short title", meta.short_title), ("Type", meta.kind),
            ("Audience", meta.audience), ("Language", meta.language), ("Last updated", meta.last_updated_text),
            ("First published", meta.first_published.isoformat() if meta.first_published else ""),
            ("Editorial board", meta.board), ("Description", meta.description),
            ("Main topics", ", ".join(meta.topics)), ("Keywords", ", ".join(meta.keywords)),
            ("Published at", f"{meta.url} (not opened: this viewer is offline)" if meta.url else ""),
            ("Source", meta.source), ("Edition", meta.edition), ("Identifier", summary.id)]
    rows += list(meta.other)
    rows += [("Content notice", notice) for notice in summary.notices]
    cells = "".join(f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows if v)
    return f"<table cellpadding='4'>{cells}</table>"


def show_summary_details(parent: QWidget, summary: Summary) -> None:
    box = QMessageBox(QMessageBox.Icon.NoIcon, "Summary Details", summary_details_html(summary),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("summaryDetailsDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()

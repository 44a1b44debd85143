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


def show_about(parent: QWidget, summaries: list) -> None:
    """`summaries`: the library's entries (SummaryEntry: title and metadata)."""
    sources = "".join(
        f"<p><b>{escape(s.title)}</b><br>{escape(s.metadata.audience)} Version, source: {escape(s.metadata.source)},"
        f" last updated {escape(s.metadata.last_updated_text)}. PDQ text is produced by NCI and is in the"
        " public domain.</p>" for s in summaries)
    QMessageBox.about(parent, f"About {APP_NAME}", (
        f"<h3>{APP_NAME} {escape(version())}</h3>"
        "<p>An offline reader for cancer-treatment summaries. It never connects to a network.</p>"
        f"{sources}"
        "<p>Built with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3; "
        "python-markdown under the BSD licence.</p>"))


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

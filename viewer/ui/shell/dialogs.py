"""The small dialogs: keyboard shortcuts (F1, shortcuts_dialog.py), About, and the explanation shown for a web address."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import APP_NAME, version
from ...content import Summary
from ..common.i18n import audience_version, dated, long_date


def show_shortcuts(parent: QWidget, actions: dict[str, QAction]) -> None:
    from .shortcuts_dialog import show_shortcuts as show

    show(parent, actions)


class AboutWords(QObject):
    """About's sentences with numbers in them (Qt's plural forms need tr() on a QObject)."""

    def holdings(self, summaries: int, held: str, terms: int) -> str:
        return self.tr("%n summaries ({held});", "", summaries).format(held=held) + " " + self.tr(
            "%n dictionary terms.", "", terms)


def library_html(library, library_dir) -> str:
    """Where the imported library is, when it was last imported, and what it holds, by type."""
    generation = getattr(library, "generation", None)
    if generation is None:
        where = escape(str(library_dir)) if library_dir else QCoreApplication.translate("About", "none chosen")
        return QCoreApplication.translate(
            "About", "<p><b>Imported library:</b> none yet ({where}). File ▸ Import PDQ Summaries… adds NCI's "
                     "summaries; your IT may import them for everyone.</p>").format(where=where)
    kinds: dict[str, int] = {}
    for entry in library.catalog.values():
        kind = entry.metadata.kind or QCoreApplication.translate("About", "Other")
        kinds[kind] = kinds.get(kind, 0) + 1
    # the types as the library tree names them in the interface's language (navigation/toc_panel.py)
    held = ", ".join(f"{n} {escape(QCoreApplication.translate('Groups', k))}" for k, n in sorted(kinds.items()))
    imported = generation.imported
    when = (QCoreApplication.translate("About", "{date}, {time}").format(  # "21 de agosto de 2026 (hace 3 días), 06:00"
        date=dated(imported.date(), dt.date.today()), time=QLocale().toString(imported.time(), QLocale.FormatType.ShortFormat))
        if imported else QCoreApplication.translate("About", "an unknown date"))
    terms = len(generation.ids("glossary")) if hasattr(generation, "ids") else 0
    return (QCoreApplication.translate("About", "<p><b>Imported library:</b> {folder}<br>"
                                                "Last imported {when} (generation {generation}).<br>").format(
                folder=escape(str(generation.folder.parent)), when=escape(when), generation=escape(generation.name))
            + AboutWords().holdings(len(library.catalog), held, terms) + "</p>")


def show_about(parent: QWidget, library, library_dir=None) -> None:
    """`library`: the Library shown: its bundled summaries are named, the imported one summed up."""
    sources = "".join(
        QCoreApplication.translate(
            "About", "<p><b>{title}</b> (bundled)<br>{version}, source: {source}, last updated {date}.</p>").format(
            title=escape(s.title), version=escape(audience_version(s.metadata.audience)), source=escape(s.metadata.source),
            date=escape(long_date(s.metadata.last_updated)))
        for s in library.summaries)
    box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("About", "About {app}").format(app=APP_NAME), (
        f"<h3>{APP_NAME} {escape(version())}</h3>"
        + QCoreApplication.translate("About", "<p>An offline reader for NCI's PDQ cancer information summaries. "
                                              "It never connects to a network.</p>")
        + f"{library_html(library, library_dir)}{sources}"
        + QCoreApplication.translate("About", "<p>PDQ text is produced by NCI and is in the public domain.</p>"
                                              "<p>Built with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3; "
                                              "python-markdown under the BSD licence; defusedxml under the PSF licence.</p>")),
        QMessageBox.StandardButton.Close, parent)
    box.setObjectName("aboutDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_external_link(parent: QWidget, address: str) -> None:
    """The app is offline: say so, show the address and offer to copy it; open nothing."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("WebAddress", "Web address"),
                      QCoreApplication.translate("WebAddress", "This viewer works offline and does not open web addresses."
                                                               "\n\n{address}\n\nOpen it on a computer with internet "
                                                               "access.").format(address=address),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("externalLinkDialog")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton(QCoreApplication.translate("WebAddress", "Copy Address"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyAddress")
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(address))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def summary_details_html(summary: Summary) -> str:
    """Everything the source says about the summary itself (PDQ's SummaryMetaData), as a table."""
    meta = summary.metadata
    # type, audience and language as the library's tree names them ("Tratamiento", not PDQ's "Treatment")
    named = lambda value: QCoreApplication.translate("Groups", value) if value else value  # noqa: E731

    published = QCoreApplication.translate("SummaryDetails", "{url} (not opened: this viewer is offline)")
    rows = [(QT_TRANSLATE_NOOP("SummaryDetails", "Title"), meta.title),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Short title"), meta.short_title),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Type"), named(meta.kind)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Audience"), named(meta.audience)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Language"), named(meta.language)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Last updated"), long_date(meta.last_updated)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "First published"),
             long_date(meta.first_published) if meta.first_published else ""),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Editorial board"), meta.board),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Description"), meta.description),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Main topics"), ", ".join(meta.topics)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Keywords"), ", ".join(meta.keywords)),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Published at"), published.format(url=meta.url) if meta.url else ""),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Source"), meta.source),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Edition"), meta.edition),
            (QT_TRANSLATE_NOOP("SummaryDetails", "Identifier"), summary.id)]
    rows += list(meta.other)
    rows += [(QT_TRANSLATE_NOOP("SummaryDetails", "Content notice"), notice) for notice in summary.notices]
    cells = "".join(f"<tr><td valign='top'><b>{escape(QCoreApplication.translate('SummaryDetails', k))}</b></td>"
                    f"<td>{escape(v)}</td></tr>" for k, v in rows if v)
    return f"<table cellpadding='4'>{cells}</table>"


def show_summary_details(parent: QWidget, summary: Summary) -> QWidget:
    from .text_dialog import TextDialog  # (when asked for)

    dialog = TextDialog(QCoreApplication.translate("SummaryDetails", "Summary Details"), summary_details_html(summary),
                        "summaryDetailsDialog", parent)
    dialog.open()
    return dialog

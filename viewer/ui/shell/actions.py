"""The window's commands, declared once: text, shortcuts, tooltip. Menus, the toolbar and the
Keyboard Shortcuts page are all built from this table, so they cannot disagree."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..common.key_names import key_name


@dataclass(frozen=True)
class Command:
    """One command: its name, its words, its shortcuts and its tip."""

    name: str  # objectName of the QAction is name + "Action"; of its toolbar button, name
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    tip: str


COMMANDS = (
    Command("back", QT_TRANSLATE_NOOP("Commands", "&Back"), ("Alt+Left", QKeySequence.StandardKey.Back), QT_TRANSLATE_NOOP("Commands", "Go back to where you were")),
    Command("forward", QT_TRANSLATE_NOOP("Commands", "&Forward"), ("Alt+Right", QKeySequence.StandardKey.Forward), QT_TRANSLATE_NOOP("Commands", "Go forward again")),
    Command("fontLarger", QT_TRANSLATE_NOOP("Commands", "&Larger Text"), ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn), QT_TRANSLATE_NOOP("Commands", "Make the text larger")),
    Command("fontSmaller", QT_TRANSLATE_NOOP("Commands", "Sm&aller Text"), ("Ctrl+-", QKeySequence.StandardKey.ZoomOut), QT_TRANSLATE_NOOP("Commands", "Make the text smaller")),
    Command("fontReset", QT_TRANSLATE_NOOP("Commands", "&Default Text Size"), ("Ctrl+0",), QT_TRANSLATE_NOOP("Commands", "Reset the text to its default size")),
    Command("importFiles", QT_TRANSLATE_NOOP("Commands", "&Import PDQ Summaries…"), ("Ctrl+Shift+I",),
            QT_TRANSLATE_NOOP("Commands", "Import NCI PDQ XML files or NCI's tar.gz archive into the library")),
    Command("importFolder", QT_TRANSLATE_NOOP("Commands", "Import PDQ F&older…"), ("Ctrl+Shift+L",),
            QT_TRANSLATE_NOOP("Commands", "Import a folder in NCI's layout (Summary/, GlossaryTerm/, Summary.YYYYWW)")),
    Command("summaryDetails", QT_TRANSLATE_NOOP("Commands", "Summary &Details…"), ("Ctrl+I",), QT_TRANSLATE_NOOP("Commands", "The summary's type, board, description, topics and dates")),
    Command("printSummary", QT_TRANSLATE_NOOP("Commands", "&Print Summary…"), (QKeySequence.StandardKey.Print,), QT_TRANSLATE_NOOP("Commands", "Print the whole summary")),
    Command("printPreview", QT_TRANSLATE_NOOP("Commands", "Print Pre&view…"), ("Ctrl+Alt+P",), QT_TRANSLATE_NOOP("Commands", "See the summary's pages as they will print")),
    Command("printSection", QT_TRANSLATE_NOOP("Commands", "Print Current &Section…"), ("Ctrl+Shift+P",), QT_TRANSLATE_NOOP("Commands", "Print the section you are reading")),
    Command("exportSummary", QT_TRANSLATE_NOOP("Commands", "&Export Summary to PDF…"), ("Ctrl+E",), QT_TRANSLATE_NOOP("Commands", "Save the whole summary as a PDF file")),
    Command("exportSection", QT_TRANSLATE_NOOP("Commands", "Export Current Sectio&n to PDF…"), ("Ctrl+Shift+E",), QT_TRANSLATE_NOOP("Commands", "Save the section you are reading as a PDF file")),
    Command("printHandout", QT_TRANSLATE_NOOP("Commands", "Print Patient &Handout…"), ("Ctrl+Alt+H",),
            QT_TRANSLATE_NOOP("Commands", "Print the section of the patient version you are reading in large print, "
                                          "the words it uses explained")),
    Command("exportHandout", QT_TRANSLATE_NOOP("Commands", "Export Patien&t Handout to PDF…"), ("Ctrl+Shift+H",),
            QT_TRANSLATE_NOOP("Commands", "Save the section of the patient version you are reading as a large-print "
                                          "PDF, the words it uses explained")),
    Command("copy", QT_TRANSLATE_NOOP("Commands", "&Copy with Source"), (QKeySequence.StandardKey.Copy,), QT_TRANSLATE_NOOP("Commands", "Copy the selected text with its source")),
    Command("copyCitation", QT_TRANSLATE_NOOP("Commands", "Copy C&itation of This Summary"), ("Ctrl+Shift+C",),
            QT_TRANSLATE_NOOP("Commands", "Copy NCI's preferred citation of the summary, with its date")),
    Command("selectAll", QT_TRANSLATE_NOOP("Commands", "Select &All"), (QKeySequence.StandardKey.SelectAll,), QT_TRANSLATE_NOOP("Commands", "Select the whole text")),
    Command("findInSummary", QT_TRANSLATE_NOOP("Commands", "&Find in This Summary…"), ("Ctrl+F",), QT_TRANSLATE_NOOP("Commands", "Find words in the summary you are reading")),
    Command("find", QT_TRANSLATE_NOOP("Commands", "&Search the Library…"), ("Ctrl+K", "Ctrl+Shift+F"), QT_TRANSLATE_NOOP("Commands", "Search every summary in the library")),
    Command("nextHit", QT_TRANSLATE_NOOP("Commands", "&Next Hit"), ("F3",), QT_TRANSLATE_NOOP("Commands", "Go to the next search hit in the text")),
    Command("previousHit", QT_TRANSLATE_NOOP("Commands", "&Previous Hit"), ("Shift+F3",), QT_TRANSLATE_NOOP("Commands", "Go to the previous search hit in the text")),
    Command("clearHits", QT_TRANSLATE_NOOP("Commands", "Clear &Highlights"), ("Esc",), QT_TRANSLATE_NOOP("Commands", "Remove the search highlights from the text")),
    Command("toggleTree", QT_TRANSLATE_NOOP("Commands", "Show or Hide the Library &Pane"), ("F9",), QT_TRANSLATE_NOOP("Commands", "Give the text the whole window, or bring the library back")),
    Command("nextTheme", QT_TRANSLATE_NOOP("Commands", "Next T&heme"), ("Ctrl+Shift+T",), QT_TRANSLATE_NOOP("Commands", "Switch to the next colour theme")),
    Command("nextFont", QT_TRANSLATE_NOOP("Commands", "Next Font Famil&y"), ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Commands", "Switch between sans-serif and serif text")),
    Command("chooseFont", QT_TRANSLATE_NOOP("Commands", "&Reading Font…"), ("Ctrl+Shift+O",), QT_TRANSLATE_NOOP("Commands", "Choose any installed font for the text")),
    Command("moreSpacing", QT_TRANSLATE_NOOP("Commands", "&More Line Spacing"), ("Ctrl+Shift+Down",), QT_TRANSLATE_NOOP("Commands", "Spread the lines of the text further apart")),
    Command("lessSpacing", QT_TRANSLATE_NOOP("Commands", "L&ess Line Spacing"), ("Ctrl+Shift+Up",), QT_TRANSLATE_NOOP("Commands", "Bring the lines of the text closer together")),
    Command("markChanges", QT_TRANSLATE_NOOP("Commands", "&Mark Changes in the Text"), ("Ctrl+Shift+M",),
            QT_TRANSLATE_NOOP("Commands", "Underline the passages added or changed at the summary's last update")),
    Command("recent", QT_TRANSLATE_NOOP("Commands", "&Recent Summaries…"), ("Ctrl+H",), QT_TRANSLATE_NOOP("Commands", "Reopen a summary you read lately, where you left it")),
    Command("nextVersion", QT_TRANSLATE_NOOP("Commands", "Ne&xt Version of This Summary"), ("Ctrl+Shift+V",),
            QT_TRANSLATE_NOOP("Commands", "Open the same topic for the other audience or in the other language, at "
                                          "the same section where it has one")),
    Command("whatChanged", QT_TRANSLATE_NOOP("Commands", "What &Changed in This Summary…"), ("Ctrl+Shift+W",),
            QT_TRANSLATE_NOOP("Commands", "Sections added, removed and changed at the summary's last update, words marked")),
    Command("bookmark", QT_TRANSLATE_NOOP("Commands", "&Bookmark This Section"), ("Ctrl+D",), QT_TRANSLATE_NOOP("Commands", "Bookmark the section you are reading, or remove its bookmark")),
    Command("manageBookmarks", QT_TRANSLATE_NOOP("Commands", "&Manage Bookmarks…"), ("Ctrl+Shift+D",), QT_TRANSLATE_NOOP("Commands", "Rename, remove and order your bookmarks")),
    Command("nextPane", QT_TRANSLATE_NOOP("Commands", "Next &Pane"), ("F6",), QT_TRANSLATE_NOOP("Commands", "Move the focus to the next pane")),
    Command("previousPane", QT_TRANSLATE_NOOP("Commands", "Previous Pa&ne"), ("Shift+F6",), QT_TRANSLATE_NOOP("Commands", "Move the focus to the previous pane")),
    Command("shortcuts", QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts"), ("F1",), QT_TRANSLATE_NOOP("Commands", "List every keyboard shortcut")),
    Command("about", QT_TRANSLATE_NOOP("Commands", "&About"), ("Ctrl+F1",), QT_TRANSLATE_NOOP("Commands", "Version, content source and licences")),
    Command("quit", QT_TRANSLATE_NOOP("Commands", "&Quit"), ("Ctrl+Q",), QT_TRANSLATE_NOOP("Commands", "Close the viewer")),
)


def first_shortcut(name: str) -> str:
    """The first key of a command written in the table, named as the menus name it ("Ctrl+Shift+I";
    in Spanish "Control+Mayúsculas+I")."""
    command = next(c for c in COMMANDS if c.name == name)
    return key_name(next((k for k in command.shortcuts if isinstance(k, str)), ""))


def key_sequences(command: Command) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for shortcut in command.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(shortcut)
        else:
            candidates = [QKeySequence(shortcut)]
        sequences += [s for s in candidates if not s.isEmpty() and s not in sequences]
    return sequences


def make_actions(parent) -> dict[str, QAction]:
    actions = {}
    for command in COMMANDS:
        action = QAction(QCoreApplication.translate("Commands", command.text), parent)
        action.setObjectName(command.name + "Action")
        action.setShortcuts(key_sequences(command))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = QCoreApplication.translate("Commands", command.tip)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
        actions[command.name] = action
    return actions


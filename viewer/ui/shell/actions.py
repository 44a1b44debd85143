"""The window's commands, declared once: text, shortcuts, tooltip. Menus, the toolbar and the
Keyboard Shortcuts page are all built from this table, so they cannot disagree."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class Command:
    name: str  # objectName of the QAction is name + "Action"; of its toolbar button, name
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...]
    tip: str


COMMANDS = (
    Command("back", "&Back", ("Alt+Left", QKeySequence.StandardKey.Back), "Go back to where you were"),
    Command("forward", "&Forward", ("Alt+Right", QKeySequence.StandardKey.Forward), "Go forward again"),
    Command("fontLarger", "&Larger Text", ("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn), "Make the text larger"),
    Command("fontSmaller", "Sm&aller Text", ("Ctrl+-", QKeySequence.StandardKey.ZoomOut), "Make the text smaller"),
    Command("fontReset", "&Default Text Size", ("Ctrl+0",), "Reset the text to its default size"),
    Command("importFiles", "&Import PDQ Summaries…", ("Ctrl+Shift+I",),
            "Import NCI PDQ XML files or NCI's tar.gz archive into the library"),
    Command("importFolder", "Import PDQ F&older…", ("Ctrl+Shift+L",),
            "Import a folder in NCI's layout (Summary/, GlossaryTerm/, Summary.YYYYWW)"),
    Command("summaryDetails", "Summary &Details…", ("Ctrl+I",), "The summary's type, board, description, topics and dates"),
    Command("printSummary", "&Print Summary…", (QKeySequence.StandardKey.Print,), "Print the whole summary"),
    Command("printPreview", "Print Pre&view…", ("Ctrl+Alt+P",), "See the summary's pages as they will print"),
    Command("printSection", "Print Current &Section…", ("Ctrl+Shift+P",), "Print the section you are reading"),
    Command("exportSummary", "&Export Summary to PDF…", ("Ctrl+E",), "Save the whole summary as a PDF file"),
    Command("exportSection", "Export Current Sectio&n to PDF…", ("Ctrl+Shift+E",), "Save the section you are reading as a PDF file"),
    Command("printHandout", "Print Patient &Handout…", ("Ctrl+Alt+H",),
            "Print the section of the patient version you are reading in large print, the words it uses explained"),
    Command("exportHandout", "Export Patien&t Handout to PDF…", ("Ctrl+Shift+H",),
            "Save the section of the patient version you are reading as a large-print PDF, the words it uses explained"),
    Command("copy", "&Copy with Source", (QKeySequence.StandardKey.Copy,), "Copy the selected text with its source"),
    Command("copyCitation", "Copy C&itation of This Summary", ("Ctrl+Shift+C",),
            "Copy NCI's preferred citation of the summary, with its date"),
    Command("selectAll", "Select &All", (QKeySequence.StandardKey.SelectAll,), "Select the whole text"),
    Command("findInSummary", "&Find in This Summary…", ("Ctrl+F",), "Find words in the summary you are reading"),
    Command("find", "&Search the Library…", ("Ctrl+K", "Ctrl+Shift+F"), "Search every summary in the library"),
    Command("nextHit", "&Next Hit", ("F3",), "Go to the next search hit in the text"),
    Command("previousHit", "&Previous Hit", ("Shift+F3",), "Go to the previous search hit in the text"),
    Command("clearHits", "Clear &Highlights", ("Esc",), "Remove the search highlights from the text"),
    Command("toggleTree", "Show or Hide the Library &Pane", ("F9",), "Give the text the whole window, or bring the library back"),
    Command("nextTheme", "Next T&heme", ("Ctrl+Shift+T",), "Switch to the next colour theme"),
    Command("nextFont", "Next Font Famil&y", ("Ctrl+Shift+N",), "Switch between sans-serif and serif text"),
    Command("chooseFont", "&Reading Font…", ("Ctrl+Shift+O",), "Choose any installed font for the text"),
    Command("moreSpacing", "&More Line Spacing", ("Ctrl+Shift+Down",), "Spread the lines of the text further apart"),
    Command("lessSpacing", "L&ess Line Spacing", ("Ctrl+Shift+Up",), "Bring the lines of the text closer together"),
    Command("markChanges", "&Mark Changes in the Text", ("Ctrl+Shift+M",),
            "Underline the passages added or changed at the summary's last update"),
    Command("recent", "&Recent Summaries…", ("Ctrl+H",), "Reopen a summary you read lately, where you left it"),
    Command("nextVersion", "Ne&xt Version of This Summary", ("Ctrl+Shift+V",),
            "Open the same topic for the other audience or in the other language, at the same section where it has one"),
    Command("whatChanged", "What &Changed in This Summary…", ("Ctrl+Shift+W",),
            "Sections added, removed and changed at the summary's last update, words marked"),
    Command("bookmark", "&Bookmark This Section", ("Ctrl+D",), "Bookmark the section you are reading, or remove its bookmark"),
    Command("manageBookmarks", "&Manage Bookmarks…", ("Ctrl+Shift+D",), "Rename, remove and order your bookmarks"),
    Command("nextPane", "Next &Pane", ("F6",), "Move the focus to the next pane"),
    Command("previousPane", "Previous Pa&ne", ("Shift+F6",), "Move the focus to the previous pane"),
    Command("shortcuts", "&Keyboard Shortcuts", ("F1",), "List every keyboard shortcut"),
    Command("about", "&About", ("Ctrl+F1",), "Version, content source and licences"),
    Command("quit", "&Quit", ("Ctrl+Q",), "Close the viewer"),
)


def first_shortcut(name: str) -> str:
    """The first key of a command, as written in the table ("Ctrl+Shift+I")."""
    command = next(c for c in COMMANDS if c.name == name)
    return next((k for k in command.shortcuts if isinstance(k, str)), "")


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
        action = QAction(command.text, parent)
        action.setObjectName(command.name + "Action")
        action.setShortcuts(key_sequences(command))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{command.tip} ({shown})" if shown else command.tip)
        action.setStatusTip(command.tip)
        actions[command.name] = action
    return actions


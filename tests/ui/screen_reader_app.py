"""The viewer, driven line by line from stdin, for test_screen_reader_bus.py's checker (which reads
what the accessibility bus receives meanwhile). Each command answers one JSON line on stdout.

Run with the project's Python, on an X display, with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1.
"""
from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QSocketNotifier, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.app import create_window
from viewer.ui.common.background import until_idle
from viewer.ui.appearance.appearance import fusion_application


def press(key: Qt.Key) -> None:
    """A key pressed and released where the keyboard focus is (as the window system delivers it)."""
    target = QApplication.focusWidget()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def main() -> None:
    app = fusion_application(sys.argv)
    window = create_window()
    window.resize(1000, 700)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()  # no window manager under Xvfb: the keyboard focus is given, as a desktop would
    active = QTest.qWaitForWindowActive(window)
    reader, tree = window.reader, window.tree
    until_idle(window.opening)  # the first summary is read and laid out off the UI thread
    summary = window.summary

    def focused() -> str:
        widget = QApplication.focusWidget()
        return widget.objectName() if widget is not None else ""

    def jump() -> dict:
        section = summary.sections[0].children[0] if summary.sections[0].children else summary.sections[-1]
        window.navigate_to((summary.id, section.id))
        return {"caret": reader.textCursor().position(), "expected": reader.anchor_position(section.id)}

    def down() -> dict:
        reader.setFocus()
        before = reader.textCursor().position()
        press(Qt.Key.Key_Down)
        return {"before": before, "after": reader.textCursor().position()}

    def search(query: str) -> dict:
        """The query typed and run; answered once its results are shown (the search runs off the UI
        thread), with what the status then says, as a screen reader hears it when the search ends."""
        window.search_panel.box.setText(query)
        window.search_panel.run_search()
        until_idle(window.search_panel.searching)  # the query runs off the UI thread
        return {"status": window.search_panel.status.accessibleName()}

    def tab_to_citation() -> dict:
        reader.setFocus()
        reader.verticalScrollBar().setValue(0)
        reader.place_caret(0)  # from the top: the summary's first citation
        for _ in range(40):
            press(Qt.Key.Key_Tab)
            if reader.textCursor().charFormat().anchorHref().startswith("cite:"):
                break
        return {"href": reader.textCursor().charFormat().anchorHref(), "said": reader.property("announcement"),
                "focus": focused(), "position": reader.textCursor().position()}

    def key(name: str) -> dict:
        press(getattr(Qt.Key, f"Key_{name}"))
        return {"focus": focused(), "popover": window.link_popovers.made is not None and window.link_popovers.made.isVisible()}

    def tree_focus() -> dict:
        reader.setFocus()
        window.actions["previousPane"].trigger()  # Shift+F6 from the text
        return {"focus": focused(), "current": tree.currentIndex().data()}

    commands = {"jump": jump, "down": down, "search": search, "tab": tab_to_citation, "key": key, "tree": tree_focus}

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line or line.strip() == "quit":
            app.quit()
            return
        name, _, argument = line.strip().partition(" ")
        answer = commands[name](argument) if argument else commands[name]()
        QTest.qWait(50)
        print(json.dumps(answer), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    print(json.dumps({"ready": True, "pid": os.getpid(), "focus": focused(), "active": active}), flush=True)
    app.exec()


if __name__ == "__main__":
    main()

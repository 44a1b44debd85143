"""The viewer on a laptop's screen (1366x768: the tests' offscreen screen is 800x600, too small for
the case), for test_popover_room.py: a 40 pt window open on LIBRARY's SUMMARY, the link HREF ("cite:":
the citation naming most references) put in the middle of the view and clicked. Prints one JSON
object: where the link and the popover are, what the popover's scroll area shows and its text laid
out line by line.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python popover_room_app.py LIBRARY SUMMARY HREF SETTINGS
"""
from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.app import create_window
from viewer.ui.appearance import themed_style
from viewer.ui.common.background import until_idle


def wait_until(condition, ms: int = 10_000) -> None:
    for _ in range(ms // 10):
        if condition():
            return
        QTest.qWait(10)
    raise TimeoutError(condition)


def settle(reader) -> None:
    """Until the text's view keeps its size and its text's height for 150 ms: what the window does
    just after a summary is shown (its scroll bars, the panes following the text's size) would
    otherwise move the text under the popover after it was placed."""
    seen, steady = None, 0
    while steady < 3:
        QTest.qWait(50)
        now = (reader.viewport().size(), reader.verticalScrollBar().maximum())
        steady = steady + 1 if now == seen else 0
        seen = now


def lines(label) -> tuple[list[int], str]:
    """The bottom of each line of the label's text, laid out as QLabel lays it out, and its plain text
    line by line (to find a sentence's last line)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.width())
    document.size()  # laid out whole (Qt lays a document out lazily)
    bottoms, texts, block = [], [], document.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            bottoms.append(round(layout.position().y() + line.y() + line.height()))
            texts.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return bottoms, texts


def link_rect(reader, href: str):
    return next(r for h, r in reader.link_rects(href) if h == href)


def main() -> None:
    library, summary, href, settings = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    window = create_window(QSettings(settings, QSettings.Format.IniFormat), library_dir=library)
    window.resize(1366, 740)  # a maximized window under a title bar
    window.show()
    QTest.qWaitForWindowExposed(window)
    wait_until(themed_style.installed)  # the panes' frames, just after the first paint: the view's size then
    window.font_size.set_size(40)
    window.navigate_to((summary, ""))
    until_idle(window.opening)
    reader = window.reader
    settle(reader)
    if href == "cite:":  # the citation naming the most references
        href = max((h for h, _ in reader.link_rects(href)), key=len)
    viewport, bar = reader.viewport(), reader.verticalScrollBar()
    bar.setValue(bar.value() + link_rect(reader, href).top() - viewport.height() // 2)
    rect = link_rect(reader, href)
    QCursor.setPos(viewport.mapToGlobal(rect.center()))  # where the click is: QTest moves no pointer
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    popover = window.popover
    wait_until(popover.isVisible)
    QTest.qWait(50)
    marker = link_rect(reader, href).translated(viewport.mapToGlobal(QPoint(0, 0)))
    frame = popover.global_frame()
    bottoms, texts = lines(popover.text)
    inside = QApplication.primaryScreen().availableGeometry().intersected(window.geometry())
    print(json.dumps({
        "marker_in_view": viewport.rect().contains(viewport.mapFromGlobal(marker.center())),
        "marker": [marker.top(), marker.bottom()], "popover": [frame.top(), frame.bottom()],
        "area": [inside.top(), inside.bottom()], "shown": popover.scroll.viewport().height(),
        "scrolls": popover.scroll.verticalScrollBar().maximum() > 0, "bottoms": bottoms, "lines": texts,
    }))
    window.close()
    app.quit()


if __name__ == "__main__":
    main()

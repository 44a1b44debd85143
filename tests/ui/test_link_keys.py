"""Tab from link to link in the text: a link that begins a paragraph is selected, framed and said whole."""
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFontMetrics, QRegion

from viewer.library import run_import

from .test_reader_window import open_window, until_shown

# Qt's HTML import marks only the first letter of a link that begins a paragraph with an id (as
# every PDQ paragraph has) as a link: Tab selected "C" of "Cancer can form in any tissue…" (the
# first paragraph of NCI's patient summary of carcinoma of unknown primary), and a screen reader
# heard "C, definition link"
SUMMARY = ('<Summary id="CDR0000000003"><SummaryMetaData><SummaryType>Treatment</SummaryType>'
           "<SummaryAudience>Patients</SummaryAudience></SummaryMetaData><SummaryTitle>Links First</SummaryTitle>"
           '<SummarySection id="_1"><Title>General</Title><Para id="_2"><GlossaryTermRef href="CDR0000045333">Cancer'
           '</GlossaryTermRef> can form in any <GlossaryTermRef href="CDR0000046683">tissue</GlossaryTermRef> of the body.'
           "</Para></SummarySection><DateLastModified>2024-01-01</DateLastModified></Summary>")


def tabbed_to_the_first_link(qtbot, qsettings, tmp_path):
    """A window reading SUMMARY, the keyboard on its first link (Tab from the text's start)."""
    source = tmp_path / "CDR3.xml"
    source.write_text(SUMMARY, encoding="utf-8")
    run_import(tmp_path / "lib", [source])
    window = open_window(qtbot, qsettings, library_dir=tmp_path / "lib")
    window.navigate_to(("CDR0000000003", ""))
    until_shown(qtbot, window)
    window.reader.setFocus()
    window.reader.place_caret(0)
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    return window


def test_a_link_that_begins_a_paragraph_is_selected_framed_and_said_whole(qtbot, qsettings, tmp_path):
    window = tabbed_to_the_first_link(qtbot, qsettings, tmp_path)
    reader = window.reader
    cursor = reader.textCursor()
    assert cursor.selectedText() == "Cancer"
    assert reader.property("announcement") == "Cancer, definition link"
    frame = reader.link_frame()  # the frame round it, round the whole word
    assert frame.width() > QFontMetrics(reader.document().defaultFont()).horizontalAdvance("Cancer"), frame
    qtbot.keyClick(reader, Qt.Key.Key_Return)  # still the link's: Enter opens its definition
    qtbot.waitUntil(window.popover.isVisible)
    qtbot.keyClick(window.popover, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.popover.isVisible())
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert reader.textCursor().selectedText() == "tissue"
    qtbot.keyClick(reader, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().selectedText() == "Cancer"  # and back


class Painted(QObject):
    """What a widget was asked to paint."""

    def __init__(self):
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.region += event.region()
        return False


def test_the_frame_round_a_link_goes_when_the_keyboard_leaves_the_link(qtbot, qsettings, tmp_path):
    """Its lines stayed in the text after Tab to the next link, and after a popover took the focus:
    Qt repaints a selection's rectangle, and the frame is drawn round it."""
    window = tabbed_to_the_first_link(qtbot, qsettings, tmp_path)
    reader = window.reader
    qtbot.wait(300)  # what was to be painted after the text was shown, painted: only the leaving is watched
    reader.viewport().repaint()
    leaving = (lambda: qtbot.keyClick(reader, Qt.Key.Key_Tab),  # to the next link
               lambda: qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4)),  # a click
               lambda: window.search_panel.box.setFocus())  # elsewhere (F6, a popover)
    for leave in leaving:
        if reader.link_frame() is None:
            qtbot.keyClick(reader, Qt.Key.Key_Tab)
            qtbot.wait(50)
        frame = reader.link_frame()
        painted = Painted()
        reader.viewport().installEventFilter(painted)
        leave()
        assert frame is not None
        qtbot.waitUntil(lambda: QRegion(frame).subtracted(painted.region).isEmpty(), timeout=2000)  # all of it
        reader.viewport().removeEventFilter(painted)

"""Themes: every text colour meets WCAG 2.1 AA against its background, and choices persist."""
import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication

from viewer.ui.reading.hit_highlighter import CURRENT_BACKGROUND, HIT_BACKGROUND
from viewer.ui.appearance.themes import THEMES, contrast_ratio

from .test_reader_window import open_window

AA = 4.5


def test_contrast_formula_matches_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic AA near-miss
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("key", sorted(THEMES))
def test_every_theme_meets_wcag_aa(key):
    theme = THEMES[key]
    for name, (foreground, background) in theme.text_pairs().items():
        assert contrast_ratio(foreground, background) >= AA, f"{key}: {name} {foreground} on {background}"
    # search hits are black text on marker colours in every theme
    for marker in (HIT_BACKGROUND, CURRENT_BACKGROUND):
        assert contrast_ratio("#000000", marker.name()) >= AA


@pytest.mark.parametrize("key", sorted(THEMES))
def test_every_themes_thumbs_and_borders_meet_wcag_non_text_contrast(key):
    """Issue 12: High Contrast's scroll thumb, pane borders and search box border were black on black."""
    for name, (foreground, background) in THEMES[key].control_pairs().items():
        assert contrast_ratio(foreground, background) >= 3.0, f"{key}: {name} {foreground} on {background}"


@pytest.mark.parametrize("key", ["high-contrast", "dark", "light", "sepia"])
def test_the_thumb_and_borders_are_painted_in_the_themes_colours(qtbot, qsettings, key):
    """What the contrast test checks is what is on screen: the pixels of the scroll bar, the
    text pane's border and the search box's border."""
    from PySide6.QtCore import QPoint

    window = open_window(qtbot, qsettings)
    window.font_size.set_size(24)  # the text longer than the pane: a thumb to see
    window.findChild(QAction, f"theme-{key}").trigger()
    theme = THEMES[key]
    qtbot.waitUntil(lambda: QApplication.style().metaObject().className() != "QFusionStyle", timeout=2000)
    qtbot.wait(50)
    bar = window.reader.verticalScrollBar()
    image = bar.grab().toImage()
    slider_middle = bar.height() * (bar.pageStep() / 2) / (bar.maximum() + bar.pageStep())
    thumb = image.pixelColor(QPoint(bar.width() // 2, max(24, int(slider_middle)))).name()
    assert thumb == theme.thumb
    window.tree.setFocus()  # the window opens with the focus on the text, framed in the highlight colour
    qtbot.wait(20)
    frame = window.reader.grab().toImage()
    assert frame.pixelColor(QPoint(0, window.reader.height() // 2)).name() == theme.border
    box = window.search_panel.box
    window.reader.setFocus()  # (a focused box is framed in the highlight colour)
    qtbot.wait(20)
    assert box.grab().toImage().pixelColor(QPoint(0, box.height() // 2)).name() == theme.border
    window.findChild(QAction, "theme-system").trigger()


def test_choosing_a_theme_repaints_and_is_remembered(qtbot, qsettings):
    window = open_window(qtbot, qsettings)
    window.findChild(QAction, "theme-high-contrast").trigger()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert window.reader.text_style.link == "#ffff00"
    assert "color: #ffff00" in window.reader.document().defaultStyleSheet()
    window.close()
    again = open_window(qtbot, qsettings)
    assert again.appearance.theme_key == "high-contrast"
    assert again.findChild(QAction, "theme-high-contrast").isChecked()
    again.findChild(QAction, "theme-system").trigger()


def test_the_window_paints_in_fusion_whatever_the_desktop_style(qtbot, qsettings):
    open_window(qtbot, qsettings)
    assert QApplication.style().name().lower() == "fusion"  # the style that follows the palette


def test_next_theme_cycles_with_its_shortcut(qtbot, qsettings):
    from PySide6.QtCore import Qt

    window = open_window(qtbot, qsettings)
    seen = []
    for _ in range(5):
        qtbot.keyClick(window.reader, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        seen.append(window.appearance.theme_key)
    assert seen == ["light", "dark", "high-contrast", "sepia", "system"]


def test_font_family_and_line_spacing_apply_and_persist(qtbot, qsettings):
    window = open_window(qtbot, qsettings)
    window.findChild(QAction, "font-serif").trigger()
    window.findChild(QAction, "spacing-150").trigger()
    assert window.reader.text_style.family == "serif" and window.reader.text_style.line_spacing == 150
    block = window.reader.document().begin().next()
    assert block.blockFormat().lineHeight() == 150
    assert window.tree.font().family() == window.reader.font().family()
    window.close()
    again = open_window(qtbot, qsettings)
    assert again.reader.text_style.family == "serif" and again.reader.text_style.line_spacing == 150
    assert again.reader.document().begin().next().blockFormat().lineHeight() == 150


def test_switching_from_serif_back_to_sans_serif_takes_effect_at_once(qtbot, qsettings):
    """Issue 12: the menu showed sans-serif, the text stayed serif until a restart."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from .test_reader_window import open_window

    window = open_window(qtbot, qsettings)
    default = QFontInfo(QApplication.font()).family()
    window.appearance.set_family("serif")
    serif = QFontInfo(window.reader.font()).family()
    assert serif != default
    window.appearance.set_family("")
    assert QFontInfo(window.reader.font()).family() == default
    assert QFontInfo(window.tree.font()).family() == default


def test_the_notices_are_readable_in_every_theme(qtbot, qsettings):
    """The currency notice kept the light theme's text colour on the dark window (invisible)."""
    from PySide6.QtWidgets import QLabel

    from viewer.ui.appearance.themes import CHOICES

    from .test_reader_window import open_window

    window = open_window(qtbot, qsettings)
    notice = window.findChild(QLabel, "currencyNotice")
    assert notice.isVisible()  # the bundled 2015 section is over a year old
    for key in CHOICES:
        window.appearance.set_theme(key)
        qtbot.wait(20)  # the palette change arrives as events
        shot = window.grab().toImage()  # as composed on screen: the window shows through the label
        at = notice.mapTo(window, notice.rect().topLeft())
        image = shot.copy(at.x(), at.y(), notice.width(), notice.height())
        ground = image.pixelColor(image.width() - 8, image.height() // 2)  # inside the card, past the text
        darkest = min((image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(4, image.height() - 4)),
                      key=lambda c: c.lightness())  # the letters
        assert contrast_ratio(darkest.name(), ground.name()) >= 4.5, (key, darkest.name(), ground.name())


def test_the_reading_font_is_chosen_from_a_list_of_families_with_a_preview(qtbot, qsettings):
    """Issue 12: Qt's stock font dialog offered strikeout, underline, a writing system and sizes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QFontDialog, QLabel, QListWidget

    from viewer.ui.appearance.font_chooser import FAMILY_ROLE, text_families

    window = open_window(qtbot, qsettings)
    window.font_size.set_size(16)
    families = text_families()
    assert families  # the machine's fonts, scalable, Latin, not symbols
    wanted = families[-1]
    seen = {}

    def choose():
        dialog = window.findChild(QDialog, "fontChooser")
        assert dialog is not None and not isinstance(dialog, QFontDialog)
        listing = dialog.findChild(QListWidget, "fontFamilies")
        preview = dialog.findChild(QLabel, "fontPreview")
        seen["first"] = listing.item(0).text()
        seen["sample"] = preview.text()
        dialog.filter.setText(wanted)
        seen["shown"] = [listing.item(r).data(FAMILY_ROLE) for r in range(listing.count()) if not listing.item(r).isHidden()]
        seen["preview"] = (preview.font().family(), preview.font().pointSize())
        dialog.accept()
    QTimer.singleShot(200, choose)
    window.actions["chooseFont"].trigger()
    assert seen["first"].startswith("Sans-serif")
    assert seen["sample"].startswith("Although the response of carcinoid tumors")  # the text being read
    assert wanted in seen["shown"] and all(wanted.casefold() in f.casefold() for f in seen["shown"])
    assert seen["preview"] == (wanted, 16)
    assert window.appearance.family == wanted and window.reader.text_style.family == wanted
    assert window.statusBar().currentMessage() == f"Font: {wanted}"
    window.appearance.set_family("")


def test_the_trees_arrows_are_drawn_in_the_rows_text_colour(qtbot, qsettings):
    """High Contrast: Fusion's arrow was a faint 9-pixel one, white on the cyan selection."""
    from PySide6.QtCore import QPoint

    window = open_window(qtbot, qsettings)
    window.font_size.set_size(24)
    window.findChild(QAction, "theme-high-contrast").trigger()
    qtbot.waitUntil(lambda: QApplication.style().metaObject().className() != "QFusionStyle", timeout=2000)
    qtbot.wait(50)
    tree = window.tree
    index = tree.currentIndex()  # the section being read: selected, with subsections below it
    assert tree.model().hasChildren(index)
    item = tree.visualRect(index)
    image = tree.viewport().grab().toImage()
    theme = THEMES["high-contrast"]
    arrow = [image.pixelColor(QPoint(x, y)).name() for x in range(max(0, item.left() - tree.indentation()), item.left())
             for y in range(item.top(), item.top() + tree.fontMetrics().height() * 2)]
    assert arrow.count(theme.highlighted_text) >= 20  # a solid arrow, dark on the selection
    window.findChild(QAction, "theme-system").trigger()


def arrow_colours(action: QAction, mode) -> set[str]:
    from PySide6.QtGui import QIcon

    image = action.icon().pixmap(16, 16, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200}


@pytest.mark.parametrize("key", sorted(THEMES))
def test_back_and_forward_arrows_are_seen_in_every_theme(qtbot, qsettings, key):
    """Qt's own arrows are black: on Dark and High Contrast the toolbar's Back was black on black
    (seen at 1366x768, 40 pt), and a disabled Forward as white as an enabled Back."""
    from PySide6.QtGui import QIcon

    window = open_window(qtbot, qsettings)
    window.findChild(QAction, f"theme-{key}").trigger()
    theme, back = THEMES[key], window.actions["back"]
    for colour in arrow_colours(back, QIcon.Mode.Normal):
        assert contrast_ratio(colour, theme.window) >= 3, (key, colour)  # WCAG 1.4.11, non-text
    disabled = arrow_colours(back, QIcon.Mode.Disabled)
    assert disabled and disabled != arrow_colours(back, QIcon.Mode.Normal)
    window.findChild(QAction, "theme-system").trigger()


def test_dialogs_and_menus_follow_large_text_up_to_the_headers_size(qtbot, qsettings):
    """At 40 pt, F1's list, About, the bookmarks and details dialogs and the menus stayed at the
    desktop's 9 pt (seen at 1366x768 and 1900x1000)."""
    from PySide6.QtWidgets import QDialog, QMenu

    from viewer.ui.appearance.pane_fonts import HEADER_MAX_POINTS

    window = open_window(qtbot, qsettings)
    desktop = QApplication.font().pointSize()
    window.font_size.set_size(40)
    window.actions["shortcuts"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert dialog.font().pointSize() == HEADER_MAX_POINTS
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu) and menu.font().pointSize() == HEADER_MAX_POINTS
    window.font_size.set_size(12)  # the default size: the desktop's again
    assert dialog.font().pointSize() == menu.font().pointSize() == desktop
    dialog.close()


ICONS_ON_A_DESKTOP = """
import sys
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from viewer.ui.appearance import themed_style
from viewer.ui.appearance.themes import THEMES

app = QApplication(sys.argv[:1])
themed_style.paint_with(app, THEMES["high-contrast"])
box = QMessageBox(QMessageBox.Icon.Information, "Report", "Done.", QMessageBox.StandardButton.Close)
box.show()
app.processEvents()
print("icons", sum(not button.icon().isNull() for button in box.findChildren(QPushButton)))
"""


@pytest.mark.timeout(60)
def test_a_dialogs_buttons_carry_no_desktop_icon_that_high_contrast_hides():
    """The import report's Close had the desktop's dark icon on High Contrast's black. (On an X
    display: the offscreen platform gives dialog buttons no icons at all.)"""
    import os
    import shutil
    import subprocess
    import sys

    from ..conftest import REPO

    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (apt-get install xvfb)")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    run = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", ICONS_ON_A_DESKTOP], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=50)
    assert "icons 0" in run.stdout, run.stdout + run.stderr

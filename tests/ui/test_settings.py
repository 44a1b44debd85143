"""Settings read back from disk are checked: a damaged file never breaks the app or loses it."""
import pytest
from PySide6.QtCore import QSettings

from viewer.settings import FONT_SIZE, Settings


def test_a_file_qsettings_cannot_parse_is_set_aside_and_defaults_apply(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[reading\nfontSize=30\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.font_size == FONT_SIZE.default
    assert "set aside" in settings.notice
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("settings.ini.broken-")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith("[reading")
    settings.font_size = 18
    settings.sync()
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).font_size == 18


def test_stored_values_are_clamped_or_replaced(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    for raw, expected in ((0, 8), (400, 40), ("x", 12), (None, 12), (20, 20)):
        store.setValue("reading/fontSize", raw)
        assert settings.font_size == expected, raw
    store.setValue("reading/lastLocation", "no-anchor")
    assert settings.last_location is None
    store.setValue("window/geometry", "not bytes")
    assert settings.geometry.isEmpty()


@pytest.mark.parametrize("garbage", [b"\0" * 4096, bytes(range(256)) * 16])
def test_a_settings_file_of_nuls_or_random_bytes_is_set_aside_and_said(tmp_path, garbage):
    """Finding 9 of the attack: such a file was read as empty and quietly written over."""
    from PySide6.QtCore import QSettings

    from viewer.settings import Settings

    path = tmp_path / "clinic-viewer.ini"
    path.write_bytes(garbage)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert "could not be read; it was set aside" in settings.notice
    [kept] = [p for p in tmp_path.iterdir() if p.name.startswith("clinic-viewer.ini.broken-")]
    assert kept.read_bytes() == garbage
    settings.font_size = 20
    settings.sync()
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).font_size == 20


def test_settings_that_cannot_be_saved_are_said_once_and_the_viewer_works(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from viewer.app import create_window

    blocked = tmp_path / "a-file"
    blocked.write_text("x")  # the config folder cannot be made (as an unwritable HOME)
    window = create_window(QSettings(str(blocked / "cfg" / "clinic-viewer.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert "Your settings cannot be saved" in window.statusBar().currentMessage()
    window.font_size.larger()  # and it keeps working
    assert window.reader.font().pointSize() == 13

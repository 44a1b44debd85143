"""Settings read back from disk are checked: a damaged file never breaks the app or loses it."""
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

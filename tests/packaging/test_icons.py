"""The app's icon in the forms the platforms take: PNGs (window icon, .desktop), .ico (Windows)
and .icns (the macOS .app), all rendered from packaging/icon.svg by packaging/make_icons.py."""
import struct

from PySide6.QtGui import QImage

from ..conftest import REPO

PACKAGING = REPO / "packaging"


def icns_entries(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    entries, at = [], 8
    while at < len(data):
        kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
        entries.append((kind, data[at + 8:at + length]))
        at += length
    assert at == len(data)
    return entries


def test_the_icns_holds_every_size_a_mac_asks_for_as_png():
    import sys

    sys.path.insert(0, str(PACKAGING))
    from make_icons import ICNS_TYPES

    entries = dict(icns_entries((PACKAGING / "clinic-viewer.icns").read_bytes()))
    assert set(entries) == {kind for kind, _ in ICNS_TYPES}
    for kind, size in ICNS_TYPES:
        image = QImage.fromData(entries[kind], "PNG")
        assert (image.width(), image.height()) == (size, size), kind
        assert image.pixelColor(size // 2, size // 2).alpha() > 0, kind  # drawn, not blank


def test_the_window_icon_sizes_and_the_windows_icon_are_there():
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(str(REPO / "resources" / "icons" / f"clinic-viewer-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert not QImage(str(PACKAGING / "clinic-viewer.ico")).isNull()
    assert "clinic-viewer.icns" in (PACKAGING / "clinic-viewer.spec").read_text()

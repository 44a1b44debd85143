"""Rasterise packaging/icon.svg into the sizes the app and the platforms need.

    python packaging/make_icons.py

Writes resources/icons/clinic-viewer-<N>.png (N = 16 … 256; the app sets them as its window
icon), packaging/clinic-viewer.ico (Windows) and packaging/clinic-viewer.icns (the macOS .app:
PNG images in Apple's container, 16 to 1024 px). Run it after changing the SVG; the outputs are
committed so that building needs no SVG renderer (nor macOS's iconutil).
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
# The .icns entry types that hold PNG data, and the pixels each holds (the @2x ones for Retina
# screens share a size with a larger plain one).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))
HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def icns(pngs: dict[int, bytes]) -> bytes:
    """Apple's icon container: 'icns', its length, then (type, length, PNG data) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 (image plugins need it)
    renderer = QSvgRenderer(str(HERE / "icon.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"clinic-viewer-{size}.png"))
    render(renderer, 256).save(str(HERE / "clinic-viewer.ico"))
    pngs = {size: png_bytes(render(renderer, size)) for _, size in ICNS_TYPES}
    (HERE / "clinic-viewer.icns").write_bytes(icns(pngs))
    print(f"icons written to {ICONS}, {HERE / 'clinic-viewer.ico'} and {HERE / 'clinic-viewer.icns'}")


if __name__ == "__main__":
    main()

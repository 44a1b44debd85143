"""Rasterise packaging/icon.svg into the sizes the app and the platforms need.

    python packaging/make_icons.py

Writes resources/icons/clinic-viewer-<N>.png (N = 16 … 256; the app sets them as its window
icon) and packaging/clinic-viewer.ico (Windows). Run it after changing the SVG; the outputs are
committed so that building needs no SVG renderer.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
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


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 (image plugins need it)
    renderer = QSvgRenderer(str(HERE / "icon.svg"))
    ICONS.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"clinic-viewer-{size}.png"))
    render(renderer, 256).save(str(HERE / "clinic-viewer.ico"))
    print(f"icons written to {ICONS} and {HERE / 'clinic-viewer.ico'}")


if __name__ == "__main__":
    main()

"""Screenshots of the real window, for the README and for looking at what we build.

    QT_QPA_PLATFORM=offscreen python scripts/screenshot.py [OUT_DIR]

Writes window.png (default size), window-large.png (largest font), window-popover.png (a
citation popover open; the popover is its own window, so it is painted onto the window's shot)
window-search.png (a search with its results and the hits marked in the text) and
theme-<name>.png (each colour theme at 24 pt).
Settings go to a temporary file: the user's own are not touched.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from viewer.app import create_window  # noqa: E402
from viewer.settings import FONT_SIZE  # noqa: E402
from viewer.ui.appearance.themes import THEMES  # noqa: E402
from viewer.ui.common.background import until_idle  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: str = "docs") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        window = create_window(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1100, 720)
        window.show()
        until_idle(window.opening)
        settle(app)
        window.grab().save(str(out / "window.png"))

        href, rect = window.reader.link_rects("cite:")[0]
        viewport = window.reader.viewport()
        window.show_citation(href, rect.translated(viewport.mapToGlobal(QPoint(0, 0))))
        settle(app)
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap(window.mapFromGlobal(window.popover.pos()), window.popover.grab())
        painter.end()
        shot.save(str(out / "window-popover.png"))
        window.popover.close()

        window.search_panel.box.setText("metastasis")
        window.search_panel.run_search()  # off the UI thread, as the summary's opening is
        until_idle(window.search_panel.searching)
        window.open_result(window.search_panel._hits[0])
        until_idle(window.opening)
        window.highlighter.step(1)
        settle(app)
        window.grab().save(str(out / "window-search.png"))
        window.search_panel.box.clear()

        window.font_size.set_size(FONT_SIZE.maximum)
        settle(app)
        window.grab().save(str(out / "window-large.png"))

        window.font_size.set_size(24)
        window.reader.scroll_to(window.summary.sections[0].paragraphs[2].anchor)
        for key in THEMES:
            window.appearance.set_theme(key)
            settle(app)
            window.grab().save(str(out / f"theme-{key}.png"))
        window.appearance.set_theme("system")
        window.close()
    print(f"screenshots written to {out}/")


if __name__ == "__main__":
    main(*sys.argv[1:2])

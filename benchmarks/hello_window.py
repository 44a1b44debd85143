"""The baseline for bundle benchmarks: a bare PySide6 window, shown and painted, then closed."""
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(1100, 760)
window.setWindowTitle("Hello")
window.show()



def report_shown_and_quit():  # the same moment as viewer.__main__.report_shown_and_quit
    app.processEvents()
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()


if "--quit-when-shown" in sys.argv:
    QTimer.singleShot(0, report_shown_and_quit)
sys.exit(app.exec())

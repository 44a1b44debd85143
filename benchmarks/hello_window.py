"""The baseline for bundle benchmarks: a bare PySide6 window, shown and painted, then closed."""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(1100, 760)
window.setWindowTitle("Hello")
window.show()
if "--quit-when-shown" in sys.argv:
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())

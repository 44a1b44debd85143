"""The baseline for bundle benchmarks: a bare PySide6 window, shown and painted, then closed."""
import sys

from PySide6.QtWidgets import QApplication, QWidget

from shown import run  # benchmarks/shown.py

app = QApplication(sys.argv)
window = QWidget()
window.resize(1100, 760)
window.setWindowTitle("Hello")
window.show()
run(app)

"""A floor for start-up: the kinds of widget the viewer shows, with its text, and none of its code.

    python benchmarks/widgets_window.py DOCUMENT.html --quit-when-shown

Menu bar, toolbar, header, search box, section tree and a QTextBrowser holding DOCUMENT.html
(the bundled summary as the viewer renders it; benchmarks/startup.py writes it beforehand), in
Fusion, at the viewer's size. What this costs beyond hello_window.py is the price of those Qt
widgets and that text; what the viewer costs beyond this is its own code.
"""
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QSplitter, QTextBrowser, QToolBar,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from shown import run  # benchmarks/shown.py

app = QApplication([sys.argv[0], "-style", "Fusion"])
window = QMainWindow()
for title in ("&File", "&Edit", "&View", "&Go", "&Help"):
    window.menuBar().addMenu(title)
toolbar = QToolBar()
for text in ("Back", "Forward", "A−", "A", "A+"):
    toolbar.addAction(text)
window.addToolBar(toolbar)
header = QLabel("<b>Gastrointestinal Carcinoid Tumors Treatment (PDQ®)</b><br>Health Professional Version",
                wordWrap=True)
header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
tree = QTreeWidget()
tree.setHeaderHidden(True)
root = QTreeWidgetItem(tree, ["Gastrointestinal Carcinoid Tumors Treatment (PDQ®)"])
for title in ("Metastatic Gastrointestinal Carcinoid Tumors", "Current Clinical Trials"):
    QTreeWidgetItem(root, [title])
tree.expandAll()
text = QTextBrowser()
text.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
left = QWidget()
left_layout = QVBoxLayout(left)
left_layout.addWidget(QLineEdit(placeholderText="Search (Ctrl+F)", clearButtonEnabled=True))
left_layout.addWidget(tree)
splitter = QSplitter()
splitter.addWidget(left)
splitter.addWidget(text)
splitter.setSizes([280, 720])
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(header)
layout.addWidget(splitter, 1)
window.setCentralWidget(central)
window.resize(1100, 760)
window.show()
run(app)

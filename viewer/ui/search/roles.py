"""The item data roles of the results list, shared by the panel that fills it and the delegate
that paints it (kept apart so the delegate's painting classes load only when first needed)."""
from PySide6.QtCore import Qt

HIT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # what result_delegate paints
MORE_ROLE = Qt.ItemDataRole.UserRole + 4  # the last row, which lists the next page of results

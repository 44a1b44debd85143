"""Where Down or Enter in the library filter go in the tree: to the row being read if it is still
in sight, else to the first title the filter leaves. Once a filter hid the summary being read, the
tree's current row stayed on its hidden section, and Enter went there, unseen."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView

from .toc_panel import LOCATION_ROLE


def current_or_first_title(tree: QTreeView) -> None:
    """The tree's current row: kept if it is in sight, else the first title shown."""
    if not _in_sight(tree, tree.currentIndex()):
        _first_title(tree)


def _in_sight(tree: QTreeView, index: QModelIndex) -> bool:
    """A title or section with a row in view (not hidden by the filter, nor under a closed branch)."""
    root = tree.rootIndex()
    if not index.isValid() or not index.data(LOCATION_ROLE):
        return False
    while index.isValid() and index != root:
        parent = index.parent()
        if tree.isRowHidden(index.row(), parent) or (parent.isValid() and parent != root and not tree.isExpanded(parent)):
            return False
        index = parent
    return True


def _first_title(tree: QTreeView) -> None:
    """The first title the filter shows becomes the current row (not its group's heading)."""
    model, root = tree.model(), tree.rootIndex()
    for row in range(model.rowCount(root)):
        group = model.index(row, 0, root)
        if tree.isRowHidden(row, root):
            continue
        if group.data(LOCATION_ROLE):  # one summary's sections are the tree: no groups
            tree.setCurrentIndex(group)
            return
        for child in range(model.rowCount(group)):
            if not tree.isRowHidden(child, group):
                tree.expand(group)
                tree.setCurrentIndex(model.index(child, 0, group))
                return

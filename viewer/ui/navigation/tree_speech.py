"""What Qt's tree view does not tell a screen reader: the row the focus is on when the tree gets
the focus (Qt says only "tree"), that a row was expanded or collapsed (Qt sends no state change),
and the focus still on that row once the rows below it have changed.

Sent only while assistive technology listens (QAccessible.isActive())."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QTreeView


def expand_branches(tree: QTreeView, index: QModelIndex) -> None:
    """Expand `index` and every row under it that has rows of its own: a leaf is never marked
    expanded (QTreeView.expandRecursively marks leaves too, and a screen reader says so)."""
    model = tree.model()
    pending = [index]
    while pending:
        parent = pending.pop()
        if model.hasChildren(parent):
            tree.expand(parent)
            pending.extend(model.index(row, 0, parent) for row in range(model.rowCount(parent)))


def tell_focus_soon(tree: QTreeView) -> None:
    """After Qt's own focus event for the tree (sent once the focus-in is handled), the row."""
    QTimer.singleShot(0, tree, lambda: tree.hasFocus() and tell_focus(tree, tree.currentIndex()))


def tell_expansion_soon(tree: QTreeView, index: QModelIndex) -> None:
    """Once the rows below are laid out and Qt has told of them (its cells are made anew). Only
    the reader's own Left and Right (the tree has the focus), not the expansions of a jump."""
    if not tree.hasFocus():
        return
    persistent = QPersistentModelIndex(index)
    QTimer.singleShot(0, tree, lambda: persistent.isValid() and tell_expansion(tree, QModelIndex(persistent)))


def tell_focus(tree: QTreeView, index: QModelIndex) -> None:
    """The focus is on the row of `index` (a focus event for that row, as Qt sends on a move)."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    child = _accessible_child(tree, index)
    if child >= 0:
        event = QAccessibleEvent(tree, QAccessible.Event.Focus)
        event.setChild(child)
        QAccessible.updateAccessibility(event)


def tell_expansion(tree: QTreeView, index: QModelIndex) -> None:
    """The row of `index` was expanded or collapsed: the rows shown changed (Qt tells of rows
    inserted, not of rows hidden by a collapse, and its cells for the rows below go stale), the
    row's state changed, and the focus is still on it — the row said again with its new state."""
    from PySide6.QtGui import QAccessible, QAccessibleStateChangeEvent, QAccessibleTableModelChangeEvent

    tree.executeDelayedItemsLayout()  # the rows under it are laid out: the row numbers are right
    child = _accessible_child(tree, index)
    if child < 0:
        return
    QAccessible.updateAccessibility(
        QAccessibleTableModelChangeEvent(tree, QAccessibleTableModelChangeEvent.ModelChangeType.ModelReset))
    changed = QAccessible.State()
    changed.expanded = True
    changed.collapsed = True
    event = QAccessibleStateChangeEvent(tree, changed)
    event.setChild(child)
    QAccessible.updateAccessibility(event)
    if tree.hasFocus() and tree.currentIndex() == index:
        tell_focus(tree, index)


def _accessible_child(tree: QTreeView, index: QModelIndex) -> int:
    """The index of the row's cell among the tree's accessible children (-1 when not shown or no
    screen reader listens): its visual row, after the header's cells, in column 0."""
    from PySide6.QtGui import QAccessible

    if not (QAccessible.isActive() and index.isValid()):
        return -1
    row, above = -1, index
    while above.isValid():
        row += 1
        above = tree.indexAbove(above)
    columns = tree.model().columnCount(tree.rootIndex()) or 1
    return (row + 1) * columns + index.column()  # the header's cells come first, hidden or not

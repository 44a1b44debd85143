"""Back/forward history of reading positions, as a browser keeps it. Pure Python."""
from __future__ import annotations

from typing import Generic, TypeVar

Location = TypeVar("Location")


class History(Generic[Location]):
    """Entries and a cursor. The entry under the cursor is refreshed with where the reader
    actually is before every move, so Back returns to the paragraph they scrolled to."""

    def __init__(self) -> None:
        self._entries: list[Location] = []
        self._index = -1

    def visit(self, current: Location, target: Location) -> None:
        """Record a jump from `current` to `target`; forward entries are dropped."""
        if self._index < 0:
            self._entries, self._index = [current], 0
        else:
            del self._entries[self._index + 1:]
            self._entries[self._index] = current
        if target != current:
            self._entries.append(target)
            self._index += 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._entries) - 1

    def back(self, current: Location) -> Location | None:
        if not self.can_go_back():
            return None
        self._entries[self._index] = current
        self._index -= 1
        return self._entries[self._index]

    def forward(self, current: Location) -> Location | None:
        if not self.can_go_forward():
            return None
        self._entries[self._index] = current
        self._index += 1
        return self._entries[self._index]

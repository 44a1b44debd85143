"""Back/forward history of reading positions, as a browser keeps it. Pure Python."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

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

    def forget(self, gone: Callable[[Location], bool]) -> None:
        """Drop the entries `gone` says are no longer there (a summary an update removed), all but
        the one under the cursor, where the reader is; and an entry then the same as the one before
        it, so that Back and Forward each go somewhere."""
        kept: list[Location] = []
        index = -1
        for i, entry in enumerate(self._entries):
            here = i == self._index
            if (here or not gone(entry)) and not (kept and kept[-1] == entry):
                kept.append(entry)
            if here:
                index = len(kept) - 1
        self._entries, self._index = kept, index

"""The places of one summary's text a link can reach, named as it is written.

Anchors are NCI's own ids wherever the source has them (`_1`, `_93`): they are stable across NCI's
updates, so links and saved places survive them. An id on something that is not a passage of its
own (a list, a table, a figure) waits for the next place and becomes its alias. A place without an
id of its own gets one made from its section's ("_93-p4"), never one already given."""
from __future__ import annotations

from typing import Callable


class Anchors:
    def __init__(self, counted: Callable[[], None]):
        """`counted`: called for each place named (the body writer caps how many there may be)."""
        self.used: dict[str, None] = {}  # anchors in document order (a dict keeps the order)
        self.aliases: dict[str, str] = {}  # an id that names no place of its own -> the place it names
        self._counted = counted
        self._pending: list[str] = []
        self._counter: dict[str, int] = {}
        self._suffix: dict[str, int] = {}  # base -> the last suffix `fresh` gave it

    def fresh(self, base: str) -> str:
        """`base`, else `base-2`, `base-3`, …: counting on from the last one given for `base`, so a
        summary asking 20,000 times for the same base costs 20,000 steps, not 200 million."""
        anchor, n = base, self._suffix.get(base, 1)
        if n > 1:
            anchor = f"{base}-{n}"
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self._suffix[base] = n
        return anchor

    def note_id(self, element_id: str | None) -> None:
        """An id on something that is not a passage: it names the first place that follows."""
        if element_id and element_id.strip() and element_id.strip() not in self.used:
            self._pending.append(element_id.strip())

    def take(self, anchor: str) -> str:
        """`anchor` is a place: the ids waiting for one name it."""
        self.used[anchor] = None
        self._counted()
        for pending in self._pending:
            if pending != anchor:
                self.aliases[pending] = anchor
        self._pending.clear()
        return anchor

    def claim(self, own_id: str, section_id: str) -> str:
        """A place in the text: its own id, else the first id waiting for a place, else a new one
        in `section_id`."""
        own_id = own_id.strip()
        if own_id and own_id not in self.used:
            anchor = own_id
        elif self._pending:
            anchor = self._pending.pop(0)
        else:
            self._counter[section_id] = self._counter.get(section_id, 0) + 1
            anchor = self.fresh(f"{section_id}-p{self._counter[section_id]}")
        return self.take(anchor)

    def finish(self) -> None:
        """Ids still waiting at the end name the last place."""
        last = next(reversed(self.used), "") if self.used else ""
        for pending in self._pending:
            self.aliases.setdefault(pending, last)
        self._pending.clear()

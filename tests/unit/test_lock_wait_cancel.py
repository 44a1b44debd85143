"""An import waiting for another's lock (clinic IT's weekly import holds it for minutes) can be
cancelled while it waits: the window's Cancel, and its quit at logout, which waits for the import's
end. Without it the wait went on up to LOCK_WAIT_SECONDS (30 minutes) whatever was asked."""
from __future__ import annotations

import threading
from pathlib import Path

from viewer.library import LibraryStore, lock as lock_module, run_import

from ..conftest import PDQ_SUMMARIES
from .test_library_storage import BOUND, import_process, wait_for


def test_an_import_cancelled_while_it_waits_for_the_lock_stops_waiting_and_changes_nothing(tmp_path, monkeypatch):
    library = tmp_path / "lib"
    run_import(library, PDQ_SUMMARIES[:1])
    hold = tmp_path / "release"
    holder = import_process(library, PDQ_SUMMARIES[1], fault=f"locked:hold={hold}")
    try:
        wait_for(Path(f"{hold}.reached"), holder, "the other import taking the lock")
        monkeypatch.setattr(lock_module, "LOCK_WAIT_SECONDS", 20)  # (not 30 minutes if the cancel is not heard)
        waiting, cancel, result = threading.Event(), threading.Event(), []
        waiter = threading.Thread(target=lambda: result.append(run_import(
            library, PDQ_SUMMARIES[2:], on_wait=lambda message: waiting.set(), cancelled=cancel.is_set)))
        waiter.start()
        assert waiting.wait(BOUND), "the import never waited for the lock"
        cancel.set()  # Cancel, or the window's quit
        waiter.join(timeout=5)
        assert not waiter.is_alive(), "the import still waits for the lock 5 s after it was cancelled"
        assert result and result[0].cancelled and not result[0].lines
    finally:
        hold.touch()
        holder.communicate(timeout=BOUND)
        if "waiter" in locals():
            waiter.join(timeout=BOUND)
    assert LibraryStore(library).open().ids("summaries") == {"CDR0000062843", "CDR0000062872"}  # the holder's only

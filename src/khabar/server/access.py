"""One open ``EventStore`` per app, shared by all requests under a lock.

A DuckDB connection is not safe to use from several threads at once, and FastAPI runs plain
endpoints in a thread pool; one connection behind a lock keeps the queries simple and correct.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from fastapi import Request

from ..store import EventStore


class StoreAccess:
    def __init__(self, db: Path, *, read_only: bool):
        self.db = db
        self.read_only = read_only
        self._lock = threading.Lock()
        self._store: EventStore | None = None

    @contextmanager
    def use(self) -> Iterator[EventStore]:
        """The store, held exclusively for the duration of the block (opened on first use)."""
        with self._lock:
            if self._store is None:
                self._store = EventStore(self.db, read_only=self.read_only).__enter__()
            yield self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.__exit__(None, None, None)
                self._store = None


def using(request: Request) -> AbstractContextManager[EventStore]:
    """The app's store, held for a ``with`` block inside an endpoint."""
    return request.app.state.access.use()

"""The DuckDB event store: ``EventStore`` owns the file, ``EventFilter`` selects events, ``Stats`` counts them."""
from .filters import EventFilter
from .stats import Stats

__all__ = ["EventFilter", "EventStore", "Stats"]


def __getattr__(name: str):
    # EventStore on first use: it brings pyarrow, whose import starts a thread (see khabar.api._open_store)
    if name == "EventStore":
        from .store import EventStore
        return EventStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

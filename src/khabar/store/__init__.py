"""The DuckDB event store: ``EventStore`` owns the file, ``EventFilter`` selects events, ``Stats`` counts them."""
from .filters import EventFilter
from .stats import Stats
from .store import EventStore

__all__ = ["EventFilter", "EventStore", "Stats"]

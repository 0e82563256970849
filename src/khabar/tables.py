"""Plain-text tables of events for the terminal."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import Event

_COLUMNS = (("date", 10), ("event", 9), ("actor", 26), ("recipient", 26), ("where", 14), ("size", 10), ("text", 60))


def _names(actors) -> str:
    return "; ".join(a.name for a in actors)


def _size(event: Event) -> str:
    s = event.size
    parts = [f"{k}={v}" for k, v in (("d", s.dead), ("i", s.injured), ("a", s.arrested), ("n", s.count)) if v is not None]
    return " ".join(parts)


def _cells(event: Event) -> tuple[str, ...]:
    when = event.date.isoformat() if event.date else "?"
    where = event.event_loc.name if event.event_loc else ""
    flag = "" if event.factuality == "asserted" else f"[{event.factuality}] "
    return (when, event.event, _names(event.actor), _names(event.recipient), where, _size(event), flag + event.text)


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table(events: Iterable[Event]) -> Iterator[str]:
    yield "  ".join(name.ljust(width) for name, width in _COLUMNS).rstrip()
    for event in events:
        yield "  ".join(_fit(cell, w).ljust(w) for cell, (_, w) in zip(_cells(event), _COLUMNS)).rstrip()

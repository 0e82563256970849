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


_GROUP_COLUMNS = (("date", 10), ("event", 9), ("where", 18), ("dead", 9), ("articles", 8), ("sources", 7),
                  ("first seen", 10), ("last seen", 10))


def group_rows(groups) -> Iterator[dict]:
    for g in groups:
        yield {"group": g.id, "event": g.event, "date": g.date, "enddate": g.enddate,
               "date_precision": g.date_precision, "place": g.place.to_dict() if g.place else None,
               "dead": g.dead, "dead_low": g.dead_low, "dead_high": g.dead_high, "injured": g.injured,
               "arrested": g.arrested, "articles": g.articles, "sources": g.sources,
               "first_seen": g.first_seen, "last_seen": g.last_seen, "events": list(g.event_ids)}


def group_table(groups) -> Iterator[str]:
    yield "  ".join(name.ljust(width) for name, width in _GROUP_COLUMNS).rstrip()
    for g in groups:
        dead = "" if g.dead is None else (f"{g.dead_low}-{g.dead_high}" if g.dead_low != g.dead_high else str(g.dead))
        cells = (g.date.isoformat() if g.date else "?", g.event, g.place.name if g.place else "", dead,
                 str(g.articles), str(g.sources), str(g.first_seen or ""), str(g.last_seen or ""))
        yield "  ".join(_fit(c, w).ljust(w) for c, (_, w) in zip(cells, _GROUP_COLUMNS)).rstrip()

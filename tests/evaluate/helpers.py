"""Hand-built events for scoring tests (no model needed)."""
from __future__ import annotations

from khabar.model import Actor, Event, Place


def event(doc_id: str, category: str, *, actors=(), recipients=(), factuality="asserted", confidence=0.5,
          trigger_span=None, place: Place | None = None) -> Event:
    return Event(id=f"{doc_id}-{category}-{confidence}", doc_id=doc_id, event=category, factuality=factuality,
                 confidence=confidence, trigger_span=trigger_span, event_loc=place,
                 actor=tuple(_actor(a) for a in actors), recipient=tuple(_actor(r) for r in recipients))


def _actor(spec) -> Actor:
    """("Iraqi police", "IRQ") or ("the militia", None, (10, 21)) -> Actor."""
    text, country, *span = spec
    return Actor(text=text, name=text, country=country, span=span[0] if span else None)

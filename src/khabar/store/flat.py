"""Events as flat rows of scalars: the CSV export, GeoJSON properties and the ACLED-style table.

In the flat row ``text`` is the record's evidence sentence and ``mentions`` the other sentences that told the
event, joined by " | " (their offsets and triggers are in the PLOVER JSONL and Parquet exports)."""
from __future__ import annotations

from typing import Any

from ..model import Actor, Event
from .countries import country_name

FLAT_COLUMNS = ("id", "doc_id", "event", "mode", "context", "cameo", "acled_event_type", "acled_sub_event_type",
                "date", "enddate", "date_precision", "actor", "actor_id", "actor_country", "actor_sector",
                "recipient", "recipient_id", "recipient_country", "recipient_sector", "location", "admin1",
                "country", "latitude", "longitude", "geo_precision", "geonameid", "dead", "injured", "arrested",
                "count", "factuality", "confidence", "link", "trigger", "text", "mentions")

ACLED_COLUMNS = ("event_id_cnty", "event_date", "disorder_type", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude",
                 "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities")

# ACLED's disorder type follows from its event type.
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Political violence; Demonstrations", "Strategic developments": "Strategic developments"}
_TIME_PRECISION = {"day": 1, "week": 2, "month": 2, "year": 3, "range": 3}
_SEP = "; "
_MENTION_SEP = " | "  # between sentences, which often hold "; " themselves


def flat_row(event: Event) -> dict[str, Any]:
    """One event as scalar columns (several actors joined by "; ")."""
    loc, size = event.event_loc, event.size
    return {
        "id": event.id, "doc_id": event.doc_id, "event": event.event, "mode": event.mode,
        "context": _SEP.join(event.context), "cameo": event.cameo, "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type, "date": _iso(event.date),
        "enddate": _iso(event.enddate), "date_precision": event.date_precision,
        **_actors("actor", event.actor), **_actors("recipient", event.recipient),
        "location": loc.name if loc else None, "admin1": loc.admin1 if loc else None,
        "country": loc.country if loc else None, "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None, "geo_precision": loc.precision if loc else None,
        "geonameid": loc.geonameid if loc else None, "dead": size.dead, "injured": size.injured,
        "arrested": size.arrested, "count": size.count, "factuality": event.factuality,
        "confidence": event.confidence, "link": event.link, "trigger": event.trigger, "text": event.text,
        "mentions": _MENTION_SEP.join(m.text for m in event.mentions),
    }


def acled_row(event: Event, *, source: str) -> dict[str, Any]:
    """One event in ACLED's columns; ``notes`` holds the evidence sentence."""
    loc = event.event_loc
    iso3 = (loc.country if loc else None) or _first_country(event)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{event.id}", "event_date": _iso(event.date) or "",
        "disorder_type": _DISORDER.get(event.acled_event_type or "", ""),
        "event_type": event.acled_event_type or "", "sub_event_type": event.acled_sub_event_type or "",
        "actor1": _name(event.actor[:1]), "assoc_actor_1": _name(event.actor[1:]),
        "actor2": _name(event.recipient[:1]), "assoc_actor_2": _name(event.recipient[1:]),
        "country": country_name(iso3), "admin1": (loc.admin1 if loc else None) or "",
        "location": loc.name if loc else "", "latitude": _blank(loc.lat if loc else None),
        "longitude": _blank(loc.lon if loc else None), "geo_precision": _blank(loc.precision if loc else None),
        "time_precision": _TIME_PRECISION.get(event.date_precision, "") if event.date else "",
        "source": source, "notes": event.text, "fatalities": event.size.dead or 0,
    }


def _actors(prefix: str, actors: tuple[Actor, ...]) -> dict[str, str]:
    return {prefix: _name(actors), f"{prefix}_id": _SEP.join(a.id or "" for a in actors) if actors else "",
            f"{prefix}_country": _SEP.join(a.country or "" for a in actors) if actors else "",
            f"{prefix}_sector": _SEP.join(a.sector or "" for a in actors) if actors else ""}


def _name(actors: tuple[Actor, ...]) -> str:
    return _SEP.join(a.name for a in actors)


def _first_country(event: Event) -> str | None:
    return next((a.country for a in event.actor + event.recipient if a.country), None)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _blank(value: Any) -> Any:
    return "" if value is None else value

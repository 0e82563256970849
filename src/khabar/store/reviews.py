"""How an analyst's review changes an event's PLOVER record (the machine row itself is never touched)."""
from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..model import Event, stable_id

ACTIONS = ("wrong", "correct", "missed")

# Fields a reviewer may correct; ids, the article and the evidence span stay the machine's.
EDITABLE = ("event", "mode", "context", "cameo", "acled_event_type", "acled_sub_event_type", "date", "enddate",
            "date_precision", "actor", "recipient", "event_loc", "size", "factuality", "confidence", "link",
            "trigger")


def check_action(action: str) -> None:
    if action not in ACTIONS:
        raise ConfigError(f"unknown review action {action!r}: choose one of {', '.join(ACTIONS)}")


def apply(record: dict[str, Any], after: dict[str, Any]) -> Event:
    """The event ``record`` with the reviewer's ``after`` values; ``size`` merges field by field."""
    unknown = sorted(set(after) - set(EDITABLE))
    if unknown:
        raise ConfigError(f"cannot review field(s) {', '.join(unknown)}: editable fields are {', '.join(EDITABLE)}")
    merged = {**record, **after}
    if "size" in after:
        merged["size"] = {**(record.get("size") or {}), **(after["size"] or {})}
    return _event(merged)


def missed_event(*, doc_id: str, sentence: str, after: dict[str, Any]) -> Event:
    """An event the machine missed, as the reviewer describes it on ``sentence`` of ``doc_id``."""
    record = {"id": stable_id("missed", doc_id, sentence, after.get("event")), "doc_id": doc_id, "text": sentence,
              "confidence": 1.0}
    return apply(record, after)


def _event(record: dict[str, Any]) -> Event:
    try:
        return Event.from_plover(record)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"invalid reviewed value ({exc}); dates are YYYY-MM-DD, actors are lists of objects") \
            from exc

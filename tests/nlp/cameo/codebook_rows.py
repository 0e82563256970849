"""What the code-by-code tables share: their rows as pytest params, and the check of a row's main asserted event."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event

from tests.nlp.conftest import coded_events, party_holds


def row_params(table, known_misses: dict[str, str]):
    """``(code, text, actor, recipient)`` rows as pytest params; a row whose sentence starts with a known miss is a
    strict xfail with its reason."""
    for code, text, actor, recipient in table:
        reason = next((r for start, r in known_misses.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(code, text, actor, recipient, marks=marks, id=f"{code} {text[:50]}")


def check_main_event(coder, text: str, published: dt.date, category: str, actor, recipient) -> None:
    """The sentence's main asserted event has the category and the parties its row states."""
    event = main_event(e for e in coded_events(coder, text, published) if e.factuality == "asserted")
    assert event is not None, "no asserted event"
    assert event.event == category, (event.event, event.trigger)
    assert party_holds(actor, event.actor), [(a.text, a.country) for a in event.actor]
    assert party_holds(recipient, event.recipient), [(a.text, a.country) for a in event.recipient]

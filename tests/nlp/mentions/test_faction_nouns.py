"""Factions named as the sides of a conflict stand for the sides named before (``mentions.named_together``).
Articles written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model

_FIGHTING = ("KHARTOUM, March 3 (Reuters) - Fighting between Sudan's army and the Rapid Support Forces killed 40 "
             "people in Khartoum on Sunday, medics said. ")


@pytest.mark.parametrize("appeal", [
    "Egypt urged the rival camps to agree a ceasefire.",
    "Egypt urged the warring factions to agree a ceasefire.",
    "Egypt urged both sides to agree a ceasefire.",
])
def test_the_rival_camps_are_the_sides_named_before(coder, appeal):
    (request,) = [e for e in _events(coder, _FIGHTING + appeal) if e.event == "REQUEST"]
    assert {a.name for a in request.recipient} == {"Sudanese Armed Forces", "Rapid Support Forces"}
    assert "REF" not in {a.sector for a in request.recipient}

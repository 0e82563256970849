"""Fire as the subject of a use of force is the means, the doer unknown (``arguments.doers``). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Gunfire hit a school in Kabul on Tuesday.",
    "Shellfire killed three civilians in Kharkiv on Monday.",
    "Heavy gunfire wounded two policemen in Lagos on Friday.",
    "Missiles struck Kyiv on Monday.",
])
def test_fire_or_a_munition_opening_the_sentence_is_no_doer(coder, text):
    (event,) = _events(coder, text)
    assert event.event == "ASSAULT"
    assert [a.sector for a in event.actor] == ["UAF"]  # unidentified, not a party named "Gunfire"
    assert not [a for a in event.actor if a.name.lower() in text.lower()]

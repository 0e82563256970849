""""intercept" in the event lexicon (nlp/data/lexicon.csv): fire that brings down a foe's missiles or drones is an
attack (190), as "shot down" is; a ship stopped at sea is still a seizure (1711); a call intercepted, or drones that
scrambled jets go to intercept, no attack.
Sentences we wrote."""
import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, category, cameo", [
    ("Saudi air defences intercepted a ballistic missile over Riyadh on Sunday.", "ASSAULT", "190"),
    ("The Israeli military said it had intercepted a drone launched from Lebanon.", "ASSAULT", "190"),
    ("Ukrainian forces intercepted 30 of the 35 Russian drones overnight, the air force said.", "ASSAULT", "190"),
    ("The navy intercepted a tanker carrying Iranian oil in the Gulf of Oman.", "COERCE", "1711"),
])
def test_intercepting_arms_is_an_attack(coder, text, category, cameo):
    events = [e for e in asserted_events(coder, text) if "intercept" in e.trigger]
    assert [(e.event, e.cameo) for e in events] == [(category, cameo)]


@pytest.mark.parametrize("text", [
    "Police intercepted a phone call between the two suspects last week.",
    "Taiwan scrambled jets to intercept Chinese drones near the island on Sunday.",  # met and escorted, not hit
])
def test_no_attack_where_nothing_is_brought_down(coder, text):
    assert not [e for e in asserted_events(coder, text) if "intercept" in e.trigger and e.event == "ASSAULT"]

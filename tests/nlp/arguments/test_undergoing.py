"""Attacks a subject comes under (``khabar.nlp.arguments.undergoing``): the subject undergoes the attack and does
not do the killing told with it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model


# Each row: a sentence whose subject came under an attack that killed or wounded, and the doer's country (an
# unnamed group of the place has the place's).
CAME_UNDER = [
    ("Tyre came under heavy shelling on Tuesday, killing two people.", "LBN"),
    ("A UN convoy came under fire in Ituri on Monday, wounding two peacekeepers.", "COD"),
    ("Kharkiv came under Russian missile attack overnight, killing four civilians.", "RUS"),
]


@pytest.mark.parametrize("text, country", CAME_UNDER)
def test_who_came_under_an_attack_did_not_do_its_killing(coder, text, country):
    # the attack and its toll are one event
    (event,) = [e for e in asserted_events(coder, text) if e.event == "ASSAULT"]
    assert [a.country for a in event.actor] == [country]
    assert all(a.sector != "IGO" and a.name != "Tyre" for a in event.actor)

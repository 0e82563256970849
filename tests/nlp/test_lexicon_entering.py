"""Rows of ``khabar/nlp/data/lexicon.csv`` for forces entering a place: a move of forces (MOBILIZE 154, as "moved
into" and "deployed to"), an assault (190) only when the fighting is told with it. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from .conftest import asserted_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence,category", [
    ("Malian troops entered the town of Kidal on Sunday.", "MOBILIZE"),
    ("Rebels entered Goma on Tuesday.", "COERCE"),  # armed groups take a town they enter, as "overran" says
    ("Turkish tanks entered Syria on Wednesday.", "MOBILIZE"),
    ("Malian troops entered Kidal on Sunday after the rebels withdrew.", "MOBILIZE"),
    ("Malian troops moved into the town of Kidal on Sunday.", "MOBILIZE"),
    # with fighting told on the same verb, or a verb of force, it is an assault
    ("Malian troops entered the town of Kidal on Sunday after heavy fighting.", "ASSAULT"),
    ("Rebel fighters entered the city amid fierce clashes with the army.", "ASSAULT"),
    ("Malian troops stormed the town of Kidal on Sunday.", "ASSAULT"),
])
def test_forces_entering_a_place_move_unless_fighting_goes_with_it(coder, sentence, category):
    (event,) = [e for e in asserted_events(coder, sentence) if e.trigger in ("entered", "troops moved", "stormed")]
    assert event.event == category
    assert event.actor

"""Why gold events got no predicted event, on sentences written here."""
from __future__ import annotations

from collections import Counter

import pytest

from khabar.evaluate import coder
from khabar.evaluate.coder import Sentence, false_event_shapes, miss_reasons, render_reasons


@pytest.mark.model
@pytest.mark.parametrize("text,category,reason", [
    ("The weather was mild in the capital.", "ASSAULT", coder.NO_WORD),
    ("Police arrested five men in Basra on Monday.", "ASSAULT", coder.OTHER_CATEGORY),
    ("The army will attack the town tomorrow.", "ASSAULT", coder.NOT_ASSERTED),
    ("Militants often attack convoys.", "ASSAULT", coder.DROPPED + "generic"),
    ("The protesters dispersed peacefully in the evening.", "ASSAULT", coder.CONSTRAINT),
    ("The attack helicopters flew over the capital.", "ASSAULT", f"{coder.RULE}: noun in a compound"),
    ("The minister spoke about the protests.", "PROTEST", f"{coder.RULE}: noun not a particular event"),
])
def test_each_miss_gets_the_furthest_stage_it_reached(text, category, reason):
    reasons = miss_reasons([(Sentence(id="s", text=text), category)])
    assert reasons == Counter({(reason, category): 1})


def test_no_misses_need_no_coding():
    assert miss_reasons([]) == Counter() and false_event_shapes([]) == Counter()


@pytest.mark.model
def test_false_events_are_counted_by_trigger_shape():
    shapes = false_event_shapes([(Sentence(id="s", text="Police arrested five men in Basra on Monday."), "COERCE")])
    assert shapes == Counter({("verbal ROOT", "COERCE"): 1})


def test_reasons_render_most_frequent_first_with_their_categories():
    lines = render_reasons(Counter({("no parties", "AID"): 1, ("generic", "ASSAULT"): 2, ("generic", "PROTEST"): 1}))
    assert lines == ["     3  generic (ASSAULT 2, PROTEST 1)", "     1  no parties (AID 1)"]

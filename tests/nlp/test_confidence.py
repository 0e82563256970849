"""The confidence score ranks the sentence's news above its background and adjuncts (``khabar.nlp.confidence``).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


@pytest.mark.parametrize("text,main", [
    # a purpose infinitive or a participle adds an act to the main clause's, which tells the news
    ("Hundreds of farmers staged a protest in Lahore on Monday to demand higher wheat prices.", "PROTEST"),
    ("Thousands of students marched through Dhaka on Sunday, demanding the minister's resignation.", "PROTEST"),
    # a light verb's event noun tells its act as directly as a verb
    ("Rebels launched an attack on an army base near Goma on Friday.", "ASSAULT"),
])
def test_the_main_clause_tells_the_most_confident_event(coder, text, main):
    events = _events(coder, text)
    assert max(events, key=lambda e: e.confidence).event == main, [(e.event, e.confidence) for e in events]


def test_background_in_a_relative_clause_ranks_below_the_news(coder):
    text = "The minister who resigned last week condemned the arrests on Friday."
    events = _events(coder, text)
    accuse = next(e for e in events if e.event == "ACCUSE")
    assert all(accuse.confidence > e.confidence for e in events if e.event == "RETREAT")

"""``khabar.nlp.mentions.coreference``: "it" and "its" stand for a body or a state whose name ends in a plural word
("the Syrian Democratic Forces", "the Netherlands"), which is one party, not many."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import coded_events, EVENTS_PUBLISHED

# (sentence, category of the act told with "it"/"its", the actor's name expected)
PLURAL_NAMED_BODIES = [
    ("The Syrian Democratic Forces said its fighters had repelled an attack on the dam.", "ASSAULT",
     "Syrian Democratic Forces"),
    ("The Netherlands said it would expel two Iranian diplomats.", "SANCTION", "Netherlands"),
    ("The Philippines said it would lodge a protest with China over the collision.", "ACCUSE", "Philippines"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "actor"), PLURAL_NAMED_BODIES)
def test_it_stands_for_a_body_whose_name_ends_in_a_plural(coder, text, category, actor):
    acts = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.event == category]
    assert acts and [a.name for a in acts[0].actor] == [actor]

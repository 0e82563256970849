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


# (sentence, category, role, the words of the party and its (country, sector)): "its" in what a speaker says, when
# another party's act ("a U.S. strike", "an Israeli raid") harms what "its" holds, is the speaker's; an unnamed
# armed group's own commanders and fighters are the group's, no state's army
SPEAKERS_OWN_HARMED = [
    ("An Iran-aligned militia said on Sunday that a U.S. strike in eastern Syria killed three of its commanders.",
     "ASSAULT", "recipient", ("its commanders", "SYR", "REB")),
    ("Hezbollah said an Israeli drone strike killed two of its fighters.", "ASSAULT", "recipient",
     ("its fighters", "LBN", "REB")),
    ("The rebels said a Russian airstrike killed four of their fighters in Idlib.", "ASSAULT", "recipient",
     ("their fighters", "SYR", "REB")),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "category", "role", "expected"), SPEAKERS_OWN_HARMED)
def test_what_another_party_harms_is_the_speakers_own(coder, text, category, role, expected):
    acts = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.event == category]
    assert acts
    party = getattr(acts[0], role)[0]
    assert (party.text, party.country, party.sector) == expected

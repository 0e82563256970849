"""Whom an event is done to and whose country that party is, on news-wire lead sentences we wrote ourselves.

The rows exercise the shapes where a recipient or its country is easily lost: "X accused Y of ...", "X called
on Y to ...", "X met Y in CITY" (the city is no country of Y's), sanctions and expulsions of another state's
people ("expelled 45 Russian diplomats"), threats and condemnations, force in a third country ("Turkish
warplanes struck PKK fighters in northern Iraq"), people named by title ("the Iraqi foreign minister"), places
standing for a state ("Washington", "the Kremlin", "Tehran's envoy"), a country's citizens ("two Americans"),
"to" and "with" phrases, passives, measures on a place ("a curfew in Kandahar province"), and a state acting on
its own people. The rows are in ``recipient_sentences``; the main asserted event (``main_event``) of each must
have the parties its row states.
"""
from __future__ import annotations

import pytest


from tests.nlp.arguments.recipient_sentences import D6, TABLE
from tests.nlp.conftest import asserted_main_event, coded_events, party_holds, table_params

pytestmark = pytest.mark.model

# Open errors, each the first words of its sentence and why the party is still lost.
KNOWN_MISSES = {
    "Pakistani troops killed six militants":
        "a nationality on the doer's troops reads as a presence abroad, so the militants they fought take no country",
    "Venezuelan soldiers fired tear gas":
        "a nationality on the doer's soldiers reads as a presence abroad, so the protesters take no country",
    "Armenia accused Azerbaijani troops":
        "the parser splits \"Azerbaijani troops\" into two objects and tags the adjective a person's name",
}


@pytest.mark.parametrize("published,text,actor,recipient", list(table_params(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_recipient_and_country_the_sentence_states(session_coder, published, text, actor,
                                                                          recipient):
    event = asserted_main_event(session_coder, text, published)
    assert event is not None
    assert party_holds(actor, event.actor), [(a.text, a.country) for a in event.actor]
    assert party_holds(recipient, event.recipient), [(a.text, a.country) for a in event.recipient]


def test_the_table_is_large_and_varied():
    assert len(TABLE) >= 80
    assert len({row[0] for row in TABLE}) > 1  # several publication dates
    assert len({row[1] for row in TABLE}) == len(TABLE)  # no sentence twice
    assert sum(1 for row in TABLE if row[3] is not None) >= 0.9 * len(TABLE)  # nearly every row checks a recipient


@pytest.mark.parametrize("text, fired", [
    ("The Houthis have fired dozens of drones at commercial vessels in the Red Sea.", "drones"),
    ("Sudan's paramilitaries fired anti-aircraft guns from residential streets in Khartoum.", "guns"),
    ("Rebels fired scores of rockets at the town overnight.", "rockets"),
])
def test_what_is_fired_is_no_recipient(session_coder, text, fired):
    event = asserted_main_event(session_coder, text, D6)
    assert event is not None
    assert not any(fired in a.text for a in event.recipient), [a.text for a in event.recipient]


@pytest.mark.parametrize("text, category, other", [
    ("The United States welcomed the ceasefire and urged Israel to allow more aid into Gaza.", "SUPPORT", "ISR"),
    ("Egypt condemned the raid and urged Hamas to free the hostages.", "ACCUSE", "PSE"),
])
def test_a_verb_joined_by_and_keeps_its_own_object(session_coder, text, category, other):
    events = [e for e in coded_events(session_coder, text, D6) if e.event == category]
    assert events
    assert all(a.country != other for e in events for a in e.recipient), [
        (a.text, a.country) for e in events for a in e.recipient]

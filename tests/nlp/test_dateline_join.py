"""A dateline parsed apart from its lead hangs on the lead's verb, inside the lead's sentence, with no role in the
lead's clause; so the agency and the desk's city of a dateline are no party to the lead's events. Sentences and
articles written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import asserted_events, event_with

pytestmark = pytest.mark.model

_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "agent", "dative"})


@pytest.mark.parametrize("text, place, verb", [
    ("MOSCOW, May 13 (Reuters) - Russia and Ukraine swapped 75 prisoners of war on Monday.", "MOSCOW", "swapped"),
    ("ISLAMABAD, May 13 (Reuters) - The jailed former prime minister was moved to a hospital on Monday.",
     "ISLAMABAD", "moved"),
    ("KABUL, Afghanistan (AP) — Taliban fighters detained two reporters in the capital on Saturday.", "KABUL",
     "detained"),
    ("Rebels free hostages\n\nBENI, Congo — The rebels freed nine aid workers on Friday.", "BENI", "freed"),
])
def test_the_dateline_hangs_on_the_leads_verb(khabar_nlp, text, place, verb):
    doc = khabar_nlp(text)
    lead = next(t for t in doc if t.text == verb).sent
    dateline = next(t for t in doc if t.text == place)
    assert lead.start <= dateline.i < lead.end  # one sentence: the lead quotes its dateline, as without the cut
    assert dateline.head.text == verb and dateline.dep_ == "npadvmod"
    dash = next(t for t in doc if t.i > dateline.i and t.text in ("-", "—"))
    assert not any(t.dep_ in _ROLES and t.head.i > dash.i for t in doc[dateline.i:dash.i])


@pytest.mark.parametrize("text, trigger, actors, recipients", [
    # the parties are the lead's, never the agency in the dateline's parentheses
    ("MOSCOW, May 13 (Reuters) - Russia and Ukraine exchanged 75 prisoners of war on Monday, both sides said.",
     "exchanged", {"RUS", "UKR"}, {"RUS", "UKR"}),
    ("DAKAR, May 13 (AFP) - Senegal and Gambia signed a border agreement on Monday.", "signed a border agreement", {"SEN", "GMB"},
     {"SEN", "GMB"}),
    ("BEIJING (Xinhua) -- China and Russia held joint naval drills in the Sea of Japan on Monday.",
     "held joint naval drills", {"CHN", "RUS"}, {"CHN", "RUS"}),
])
def test_the_agency_of_a_dateline_is_no_party(coder, text, trigger, actors, recipients):
    event = event_with(asserted_events(coder, text, dt.date(2024, 5, 13)), trigger)
    assert {a.country for a in event.actor} == actors
    assert {a.country for a in event.recipient} == recipients
    assert not any(a.sector == "MED" for a in event.actor + event.recipient)


@pytest.mark.parametrize("text", [
    # a participle that only describes the lead's subject tells no act of its own once the dateline is apart
    "KABUL, Afghanistan (AP) — The kidnapped aid workers were freed on Sunday after weeks in captivity.",
])
def test_a_descriptive_participle_after_a_dateline_is_no_event(coder, text):
    events = asserted_events(coder, text, dt.date(2024, 5, 13))
    assert [e.event for e in events] == ["RETREAT"]


@pytest.mark.parametrize("text, trigger, actor", [
    # an acronym opening the lead, which the tagger took for a verb, is the doer
    ("ABUJA (Reuters) - ECOWAS imposed sanctions on Niger on Sunday.", "imposed sanctions",
     "Economic Community of West African States"),
    ("ABUJA, Nigeria (AP) — ECOWAS imposed sanctions on Niger on Sunday.", "imposed sanctions",
     "Economic Community of West African States"),
    ("NAIROBI (Reuters) - IGAD condemned the fighting in Sudan on Monday.", "condemned",
     "Intergovernmental Authority on Development"),
])
def test_an_acronym_opening_the_lead_is_its_doer(coder, text, trigger, actor):
    event = event_with(asserted_events(coder, text, dt.date(2024, 5, 13)), trigger)
    assert [a.name for a in event.actor] == [actor]

"""When an event noun names a particular event (``khabar.nlp.triggers.specific``): a phrasal past the parser hung on
the noun heading a verbless sentence ("The protest march set off from ...") tells the noun's event as done. Sentences
we wrote ourselves."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.triggers.specific import claimed_by, is_specific, set_off
from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 15)


@pytest.mark.parametrize("text,noun,told", [
    ("The protest march set off from the university.", "march", True),
    ("The protest march set off from the square in Dhaka on Monday.", "march", True),
    # a headline's passive has no full stop, no particle; an object or a "by" doer makes the participle a passive
    ("Protest march banned in Dhaka", "march", False),
    ("The protest march called off by the unions.", "march", False),
    ("The protest march set off a wave of arrests.", "march", False),
])
def test_a_phrasal_past_hung_on_the_noun_is_its_act(coder, text, noun, told):
    doc = coder.nlp(text)
    (word,) = [t for t in doc if t.lower_ == noun]
    assert set_off(word) is told


@pytest.mark.parametrize("text,category", [
    ("The protest march set off from the university.", "PROTEST"),
    ("The protest march set off from the central mosque in Peshawar.", "PROTEST"),
])
def test_a_march_that_set_off_is_a_protest(coder, text, category):
    assert category in [e.event for e in asserted_events(coder, text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "The funeral march set off from the church.",  # a mourning march, not a protest
    "The march of technology set off a wave of change.",
])
def test_other_marches_that_set_off_are_no_protest(coder, text):
    assert "PROTEST" not in [e.event for e in asserted_events(coder, text, PUBLISHED)]


@pytest.mark.parametrize("text,noun,specific", [
    # the parser hangs "into" on the verb, right after the noun: the phrase still names what the probe is into
    ("The government ordered a probe into the stampede.", "probe", True),
    ("The president ordered an investigation into the shooting of the protesters.", "investigation", True),
    ("The ministry ordered an inquiry into the collapse of the bridge.", "inquiry", True),
    # a bare noun, or one whose verb's phrase is no patient, is no particular event
    ("The government ordered a probe.", "probe", False),
    ("Critics called for an investigation.", "investigation", False),
])
def test_a_patient_phrase_hung_on_the_verb_makes_the_noun_one_event(coder, text, noun, specific):
    doc = coder.nlp(text)
    (word,) = [t for t in doc if t.lower_ == noun]
    assert is_specific(word) is specific


@pytest.mark.parametrize("text", [
    "The government ordered a probe into the stampede.",
    "Kenya's police chief ordered an inquiry into the deaths in custody.",
])
def test_an_inquiry_ordered_into_an_event_is_an_investigation(coder, text):
    events = asserted_events(coder, text, PUBLISHED)
    assert ("ACCUSE", "investigate") in [(e.event, e.mode) for e in events]


def _categories(coder, text) -> list[str]:
    return sorted(e.event for e in asserted_events(coder, text, PUBLISHED))


@pytest.mark.parametrize("active,passive", [
    ("Police banned the rally on Sunday.", "The rally was banned by police on Sunday."),
    ("Police dispersed the protest on Monday.", "The protest was dispersed by police on Monday."),
    ("Police broke up the demonstration on Friday.", "The demonstration was broken up by police on Friday."),
    ("The union suspended the strike on Monday.", "The strike was suspended by the union on Monday."),
    ("Iran denounced the airstrike on Monday.", "The airstrike was denounced by Iran on Monday."),
    ("Rebels broke the truce on Friday.", "The truce was broken by rebels on Friday."),
])
def test_a_passive_subject_is_what_its_act_is_done_to_as_an_object_is(coder, active, passive):
    # the act done to an event noun is the event; the noun gives no event of its own in either voice
    assert _categories(coder, passive) == _categories(coder, active)


@pytest.mark.parametrize("text,noun,category", [
    ("The ceasefire was violated on Sunday.", "ceasefire", "RETREAT"),
    ("The rally was banned by police.", "rally", "PROTEST"),
    ("The rally and the march were banned by police on Monday.", "rally", "PROTEST"),
])
def test_an_event_noun_an_act_is_done_to_gives_no_event_of_its_own(coder, text, noun, category):
    doc = coder.nlp(text)
    (word,) = [t for t in doc if t.lower_ == noun]
    assert not is_specific(word)
    assert category not in _categories(coder, text)


@pytest.mark.parametrize("text,category", [
    # a verb that carries the noun, sets it off or perceives it tells it as done, in the passive too
    ("Talks were held in Doha on Monday.", "CONSULT"),
    ("An attack was launched on the base on Sunday.", "ASSAULT"),
    ("Clashes were reported in the north on Sunday.", "ASSAULT"),
    ("The protests were sparked by the killing of a student.", "PROTEST"),
])
def test_a_passive_of_carrying_or_perceiving_still_tells_the_event(coder, text, category):
    assert category in _categories(coder, text)


@pytest.mark.parametrize("text", [
    "The authorities banned protests in the capital on Monday.",
    "Protests were banned in the capital on Monday.",
    "Police banned the opposition rally in Dhaka on Friday.",
    "The government outlawed strikes by public sector workers.",
])
def test_what_a_ban_forbids_is_not_done(coder, text):
    categories = _categories(coder, text)
    assert "COERCE" in categories and "PROTEST" not in categories


@pytest.mark.parametrize("text", [
    "Police banned the march scheduled for Friday.",
    "The rally planned for Sunday was banned by the governor.",
])
def test_a_banned_event_set_for_a_date_is_one_occasion_to_come(coder, text):
    doc = coder.nlp(text)
    (word,) = [t for t in doc if t.lower_ in ("march", "rally")]
    assert is_specific(word)


@pytest.mark.parametrize("text,noun,claimant", [
    # a party saying it was behind an act, or responsible for it, claims the act: its own pronoun is the doer
    ("The Islamic State group said it was behind the attack.", "attack", "it"),
    ("The militants said they were responsible for the bombing.", "bombing", "they"),
    ("The rebels claimed responsibility for the bombing.", "bombing", "rebels"),
    # another party named, or the part disowned, claims nothing
    ("Israel said Syria was behind the attack.", "attack", None),
    ("The militants said they were not responsible for the bombing.", "bombing", None),
    ("The group said it was behind the campaign, but denied the attack.", "attack", None),
])
def test_saying_one_did_an_act_claims_it(coder, text, noun, claimant):
    (word,) = [t for t in coder.nlp(text) if t.lower_ == noun]
    claim = claimed_by(word)
    subject = next((c.lower_ for c in claim.children if c.dep_ == "nsubj"), None) if claim is not None else None
    assert subject == (claimant.lower() if claimant else None)


@pytest.mark.parametrize("text,doer", [
    ("The Islamic State group said it was behind the attack.", "Islamic State"),
    ("Al-Shabaab said it was responsible for the bombing in Mogadishu.", "Al-Shabaab"),
])
def test_the_party_that_says_it_did_an_act_is_its_doer(coder, text, doer):
    assaults = [e for e in asserted_events(coder, text, PUBLISHED) if e.event == "ASSAULT"]
    assert [[a.name for a in e.actor] for e in assaults] == [[doer]]

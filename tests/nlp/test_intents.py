"""Stated intentions and demands are events of their own, on sentences we wrote."""
import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.model import Article
from khabar.nlp.intents import stated_intents
from khabar.nlp.mentions import MentionResolver
from khabar.nlp.pipeline import Coder

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2021, 5, 14)


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _events(coder, text):
    coded = list(coder.code([Article(id="t", text=text, published=PUBLISHED)]))[0]
    assert coded.failure is None
    return [e for e in coded.events if e.factuality == "asserted"]


def _doc(coder, text):
    doc = coder.nlp.make_doc(text)
    doc._.published = PUBLISHED
    return coder.nlp(doc)


@pytest.mark.parametrize("text,event,mode", [
    ("Japan will send medical aid to the earthquake zone, officials said.", "AGREE", None),
    ("The army will attack the rebel stronghold, the general said.", "THREATEN", "violence"),
    ("The president plans to visit Cairo in June.", "AGREE", None),
    ("Norway is willing to send food and tents to the flood zone.", "AGREE", None),
    ("The militia will retaliate, its commander said.", "THREATEN", "violence"),
    # a threat is conditional by nature: "if" does not make it the writer's speculation
    ("The minister said his government would use force against the rebels if necessary.", "THREATEN", "violence"),
    ("The militia will retaliate if its bases are attacked.", "THREATEN", "violence"),
    # not being reluctant to act is meaning to, and a wish to act is an intent too
    ("The general said his troops would not hesitate to shell the port.", "THREATEN", "violence"),
    ("Chile wants to send rescue teams to the quake zone.", "AGREE", None),
])
def test_a_stated_intention_is_an_asserted_event(coder, text, event, mode):
    events = _events(coder, text)
    intents = [e for e in events if e.event == event]
    assert len(intents) == 1 and intents[0].mode == mode and intents[0].actor
    assert not [e for e in events if e.event in ("AID", "ASSAULT", "CONSULT")]  # the act itself is not asserted


@pytest.mark.parametrize("text,mode,cameo", [
    ("The general said his forces would retake Bor within days.", "territory", "1382"),
    ("Rebel commanders said they would capture the provincial capital.", "territory", "1382"),
    # another coercion to come keeps its category's row
    ("The junta will ban the opposition party, the minister said.", "ban", "132"),
])
def test_a_threat_takes_the_code_of_the_act_it_threatens(coder, text, mode, cameo):
    threats = [e for e in _events(coder, text) if e.event == "THREATEN"]
    assert [(t.mode, t.cameo) for t in threats] == [(mode, cameo)]


def test_what_is_called_essential_is_asked_of_its_subject(coder):
    events = _events(coder, "It is essential that Cairo release the reporters, the envoy said.")
    (request,) = [e for e in events if e.event == "REQUEST"]
    assert request.actor[0].text == "envoy" and request.recipient[0].text == "Cairo"


def test_a_demand_for_coercion_is_a_request_too(coder):
    events = _events(coder, "The council must impose sanctions on the junta, the envoy said.")
    (request,) = [e for e in events if e.event == "REQUEST"]
    assert request.cameo == "020" and request.actor[0].text == "envoy"
    assert not [e for e in events if e.event == "SANCTION"]  # the sanctions themselves are only asked for


def test_a_stated_obligation_is_a_request_by_its_speaker(coder):
    text = "Turkey must withdraw its troops from the border, the Iraqi foreign minister said."
    (request,) = [e for e in _events(coder, text) if e.event == "REQUEST"]
    assert request.mode == "yield" and request.recipient and request.recipient[0].id == "TUR"
    assert request.actor


def test_an_intention_already_told_by_a_trigger_is_not_told_twice(coder):
    events = _events(coder, "The rebels vowed to attack government positions.")
    assert [e.event for e in events] == ["THREATEN"]


def test_the_stating_event_is_asserted_undated_and_told_by_the_acts_word(coder):
    doc = _doc(coder, "Japan will send medical aid to the earthquake zone next week, officials said.")
    (act,) = [m for m in doc._.events if m.factuality == "future"]
    resolver = MentionResolver(default_kb(), date=PUBLISHED, country=None)
    (stated,) = stated_intents(doc, [act], resolver)
    assert stated.trigger.entry.event == "AGREE" and stated.trigger.entry.lemma == act.trigger.entry.lemma
    assert stated.factuality == "asserted" and stated.date is None and stated.link_to is None
    assert stated.actor == act.actor and stated.confidence < act.confidence


def test_asserted_mentions_state_no_intention(coder):
    doc = _doc(coder, "Japan sent medical aid to the earthquake zone on Monday.")
    resolver = MentionResolver(default_kb(), date=PUBLISHED, country=None)
    assert doc._.events and stated_intents(doc, doc._.events, resolver) == []


def test_the_writers_speculation_states_no_intent(coder):
    events = _events(coder, "Were such a war to start, the militia would mobilize its allies against the army.")
    assert not [e for e in events if e.event in ("THREATEN", "AGREE")]


@pytest.mark.parametrize("text,mode", [
    ("Iran will not attend the talks in Geneva.", "meet"),
    ("The government said it would not negotiate with the rebels.", "meet"),
    ("The rebels did not accept the peace plan.", None),
    ("The army will not withdraw from the city, the general said.", "yield"),
])
def test_saying_one_will_not_act_is_a_refusal(coder, text, mode):
    (refusal,) = [e for e in _events(coder, text) if e.event == "REJECT"]
    assert refusal.mode == mode and refusal.actor


@pytest.mark.parametrize("text", [
    "The prisoners will not be released.",  # no one refuses
    "The two sides did not agree on a ceasefire.",  # a failure to agree, not a refusal
    "Israel did not withdraw its troops from the town.",  # an act not done
    "The talks did not take place.",
])
def test_acts_not_done_are_no_refusals(coder, text):
    assert not [e for e in _events(coder, text) if e.event == "REJECT"]


@pytest.mark.parametrize("text", [
    "The bill would ban the sale of assault rifles to civilians.",
    "The new law will ban the opposition party from the election.",
    "The draft resolution would impose sanctions on the junta.",
])
def test_what_a_text_provides_is_no_partys_intent(coder, text):
    assert not [e for e in _events(coder, text) if e.event in ("THREATEN", "AGREE", "REQUEST")]


@pytest.mark.parametrize("text", [
    # the writer's own advice is no party's demand: what the government must do is prescriptive, asked by no one
    "The government must lift the siege of Taiz.",
    "It is time for Israel to end its occupation.",
    "Washington should stop arming the rebels.",
])
def test_the_writers_advice_is_no_request(coder, text):
    (coded,) = coder.code([Article(id="t", text=text, published=PUBLISHED)])
    assert coded.events and all(e.factuality == "prescriptive" for e in coded.events)
    assert not [e for e in coded.events if e.event == "REQUEST"]


@pytest.mark.parametrize("text", [
    # a prediction about an unnamed doer states no one's intention
    "Officials said someone would attack the embassy.",
    "Officials said someone will send aid to the camp.",
])
def test_an_act_with_no_one_to_do_it_states_no_intent(coder, text):
    assert not [e for e in _events(coder, text) if e.event in ("THREATEN", "AGREE")]


@pytest.mark.parametrize("text", [
    # what a speaker says a party of another country will do is the speaker's forecast
    "Israel said Hezbollah would fire rockets if the war spread.",
    "Ukraine said Russia would attack the port again within days.",
])
def test_a_forecast_of_another_countrys_act_states_no_intent(coder, text):
    assert not [e for e in _events(coder, text) if e.event in ("THREATEN", "AGREE")]


def test_an_official_speaking_of_the_own_countrys_act_states_its_intent(coder):
    events = _events(coder, "Russian officials said Russia would send more troops to the border.")
    assert "THREATEN" in [e.event for e in events if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    "The junta said it would defend itself against any intervention.",
    "The government said on Monday that it would defend its sovereignty.",
    "The rebels vowed they would protect their own villages.",
])
def test_a_stated_self_defence_asserts_nothing(coder, text):
    assert _events(coder, text) == []


def test_a_called_for_withdrawal_is_no_asserted_retreat(coder):
    text = "Deputies voted on Monday in favour of calls for Turkish troops to leave the island."
    assert not [e for e in _events(coder, text) if e.event == "RETREAT"]


@pytest.mark.parametrize("text,stated", [
    # a plan another party reports is its claim about the doer, not the doer's stated intention
    ("Police said the cell had been preparing to bomb the stadium.", False),
    ("Intelligence officials said the militia planned to shell the airport.", False),
    # the doer's own plan against a party, or its preparations, told by the writer or by the doer itself
    ("The militia plans to shell the government's positions.", True),
    ("The rebels are preparing to attack the city.", True),
    # a plan aimed at no party is an act to come, no threat (PLOVER's threat is aimed at a target)
    ("The militia plans to shell the airport.", False),
    ("Ethiopia intends to deploy troops along the border.", False),
    ("The junta aims to impose a curfew in the capital.", False),
])
def test_a_plan_reported_by_another_party_is_no_stated_threat(coder, text, stated):
    assert any(e.event == "THREATEN" for e in _events(coder, text)) == stated


@pytest.mark.parametrize("text", [
    "Is the government ready to negotiate with the rebels?",
    "Will Iran retaliate against Israel?",
    "Does the army plan to withdraw from the city?",
])
def test_a_question_states_no_intent(coder, text):
    assert [e.event for e in _events(coder, text) if e.factuality == "asserted"] == []

"""Generic statements are no events; one occasion told in any tense is, on sentences we write."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2022, 6, 1)


@pytest.fixture
def coder(session_coder):
    return session_coder


def _events(coder, text):
    return coded_events(coder, text, PUBLISHED)


def test_an_act_ordered_on_one_occasion_is_no_kind_of_event(coder):
    # the bare plural "internet providers" does not make the ordered blocking a habit: the order was one occasion
    events = list(coder.code([Article(id="t", text="Authorities ordered internet providers to block the website.",
                                      published=PUBLISHED)]))[0].events
    assert [(e.event, e.factuality) for e in events] == [("COERCE", "prescriptive")]


@pytest.mark.parametrize("text,event", [
    # a headline's present with a definite object tells one matter at hand
    ("Protesters demand the resignation of the prime minister.", "REQUEST"),
    ("Lawmakers reject the budget proposal.", "REJECT"),
])
def test_a_headline_present_with_a_definite_object_is_news(coder, text, event):
    assert [e.event for e in _events(coder, text)] == [event]


@pytest.mark.parametrize("text", [
    "Militants often attack convoys on the highway.",
    "Protesters demand reforms.",
])
def test_a_present_about_kinds_stays_generic(coder, text):
    assert _events(coder, text) == []


@pytest.mark.parametrize("text", [
    "Rocket attacks have long been a feature of life in the capital.",
    "Militants routinely attack aid convoys in the province.",
])
def test_habits_and_kinds_of_events_are_no_events(coder, text):
    assert _events(coder, text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("Israeli troops have killed three Palestinians in Jenin.", "ASSAULT"),  # a perfect with a particular party
    ("Gunmen kill 12 in attack on Nigerian village", "ASSAULT"),  # a headline's present
    ("Security forces shelled the town repeatedly on Monday.", "ASSAULT"),  # a series on one occasion
    # "troops" and "police" name doers, though the lexicon lists them as objects of a light verb ("sent troops")
    ("Troops have withdrawn from the disputed town.", "RETREAT"),
    ("Police have arrested four men over the bombing.", "COERCE"),
])
def test_one_occasion_is_an_event_whatever_the_tense(coder, text, event):
    assert event in [e.event for e in _events(coder, text)]


@pytest.mark.parametrize("text,event", [
    # a counted or occurring measure gathers one occasion's acts: "a new round of", "a wave of"
    ("A new round of sanctions against Moscow came into effect on Friday.", "SANCTION"),
    ("A new round of U.S. sanctions against Iran took effect on Monday.", "SANCTION"),
])
def test_an_event_noun_gathered_by_a_measure_is_one_occasion(coder, text, event):
    assert (event, "asserted") in {(e.event, e.factuality) for e in _events(coder, text)}


@pytest.mark.parametrize("text", [
    # a text's simple present states what it provides
    "The treaty allows inspectors to visit military sites.",
    "The law bans public gatherings of more than five people.",
    "The plan calls for a ceasefire and the release of prisoners.",
    "The new law requires foreign-funded groups to register as agents.",
    # an undated present passive of an arrangement, or of a rule on a kind of activity, tells how things stand
    "Protests are banned in the capital.",
    "The area is patrolled by UN peacekeepers.",
    "The militia, which was founded in 2014, is backed by Iran.",
    "The town is surrounded by government forces.",
    # a perfect with "long" or "always" sums up a record
    "The group, which controls much of the north, has long sought autonomy.",
    "The president has always rejected talks with the rebels.",
    # an institution's simple present tells its remit
    "The agency investigates allegations of corruption.",
    "The fund provides loans to developing countries.",
])
def test_provisions_standing_states_records_and_remits_are_no_events(coder, text):
    assert [e.event for e in _events(coder, text) if e.factuality == "asserted"] == []


@pytest.mark.parametrize(("text", "event"), [
    ("The ministry sends aid to the flood victims.", "AID"),  # a definite party: the news at hand
    ("The town was surrounded by government forces on Monday.", "COERCE"),  # a past passive: one occasion
    ("Protests are being banned across the country.", "COERCE"),  # a progressive: under way
])
def test_news_beside_those_readings_stays_an_event(coder, text, event):
    assert event in [e.event for e in _events(coder, text) if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    # a rising or falling count of a kind of event is a trend of many acts
    "Attacks on aid workers are rising in South Sudan.",
    "Houthi attacks on shipping have fallen since the truce.",
    "The number of kidnappings in the state has doubled.",
    # a kind of event said to be common, rare or routine
    "The UN said attacks on hospitals had become routine.",
    "Kidnapping is rife in the region, officials said.",  # a gerund the parser reads as a verb
    "Abductions of foreigners are rare in the capital.",
    "The killing of journalists has become common in the country.",  # a gerund the parser tags as a noun
    # a gerund done to a kind of target, by no one named, is a practice: "must stop" asks that it end
    "The UN said the killing of civilians must end.",
    "The bombing of hospitals must stop, the minister said.",
    "Aid groups said the looting of warehouses has to stop.",
    # an event a work tells of is its subject, not news
    "The film recounts the siege of Sarajevo.",
    "A new documentary chronicles the bombing of the old city.",
])
def test_trends_kinds_and_works_are_no_events(coder, text):
    assert [e.event for e in _events(coder, text) if e.factuality in ("asserted", "future")] == []


@pytest.mark.parametrize(("text", "event"), [
    ("Gunmen attacked a convoy near Kandahar on Monday, and the death toll is rising.", "ASSAULT"),
    ("Rebels recounted the siege of the town on Monday and demanded compensation.", "REQUEST"),
    ("Police arrested 12 activists in Minsk on Tuesday.", "COERCE"),
    # a gerund done to counted or particular targets, or by a named party, is one occasion
    ("The shelling of residential areas continued overnight in Kharkiv.", "ASSAULT"),
    ("The killing of protesters by security forces on Friday drew condemnation.", "ASSAULT"),
])
def test_news_beside_trends_and_works_stays_an_event(coder, text, event):
    assert event in [e.event for e in _events(coder, text) if e.factuality == "asserted"]


@pytest.mark.parametrize("text", [
    # markets move; a policy fights a problem; a present kept after a past "said" charges a practice
    "The price of gold stormed past $2,000 an ounce.",
    "Bond yields retreated after the central bank spoke.",
    "The minister said the army was fighting a war against extremism.",
    "The police are fighting drug trafficking in the ports.",
    "The colonel said the militia recruits children as fighters.",
    "The envoy said the junta tortures its opponents.",
])
def test_market_moves_policies_and_charged_practices_are_no_events(coder, text):
    assert [e for e in _events(coder, text) if e.factuality in ("asserted", "future")] == []


@pytest.mark.parametrize(("text", "event"), [
    # a market or a party attacked, a war on a party, an act told back-shifted or a stance kept in the present
    ("Gunmen attacked the stock exchange in Karachi.", "ASSAULT"),
    ("The president declared war on the drug cartels.", "ASSAULT"),
    ("The colonel said the militia recruited 40 children in May.", "MOBILIZE"),
    ("The envoy said the junta rejects the peace plan.", "REJECT"),
])
def test_news_beside_markets_policies_and_practices_stays_an_event(coder, text, event):
    assert event in {e.event for e in _events(coder, text) if e.factuality == "asserted"}


@pytest.mark.parametrize("text", [
    # a status others give, in the present passive, is standing
    "The movement is designated a terrorist group by Canada and Australia.",
    "The militia is listed as a terrorist organisation by the European Union.",
    "The rival administration is recognised by only three countries.",
    "The talks, which are mediated by Norway, resume in Oslo next week.",
    "The bank is sanctioned by Britain and Canada.",
    # a perfect at an earlier time the text does not name sums up a record
    "The union has called the reforms unfair in the past.",
    "The senator has condemned the military's budget before.",
    "Police have previously detained the activist on charges of sedition.",
    # a draft's modal tells what it would provide if passed
    "The draft constitution would allow exiled opposition leaders to return.",
    "The draft charter would allow the king to pardon prisoners.",
    "The peace accord lets the rebels keep their weapons until elections.",
    "The bill would ban the import of military drones.",
    "The bill, which bans the import of military drones, goes to the senate next week.",
    # an event noun ranging over every occasion names none of them
    "Any strike on the dam would be treated as a declaration of war.",
    "Any attack on our ships will be answered, the admiral said.",
    # the predicate of a definition gives the meaning of a word
    "A coup is the seizure of power by the army.",
    "A truce is an agreement to stop fighting for a time.",
    # an event noun put as a label on something names what the speaker takes it for
    "The union called the reforms an attack on workers.",
    "The opposition described the curfew as a crackdown on dissent.",
    # a gerund with no doer, the subject of a present or modal judgement, names a kind of act
    "Killing prisoners is a war crime under the Geneva conventions.",
    "Economists argued that cutting food subsidies would only hurt the poor.",
    # a present saying with a present complement charges a practice
    "Activists say the security forces torture detainees in the jails.",
    "The opposition says the ruling party arrests its rivals before every vote.",
])
def test_status_records_drafts_kinds_and_definitions_are_no_events(coder, text):
    assert [e for e in _events(coder, text) if e.factuality in ("asserted", "future")] == []


@pytest.mark.parametrize(("text", "event"), [
    # the same shapes telling one occasion stay events
    ("The movement was designated a terrorist group by Canada on Monday.", "SANCTION"),
    ("The former governor was accused of embezzling state funds on Tuesday.", "ACCUSE"),
    ("Police have already detained the activist on charges of sedition.", "COERCE"),
    ("The senator condemned the military's budget in a speech on Monday.", "ACCUSE"),
    ("The attack on the power plant killed two workers on Sunday.", "ASSAULT"),
    ("Activists say the security forces beat detainees at the prison on Sunday.", "ASSAULT"),
    ("Parliament banned the import of military drones on Tuesday.", "SANCTION"),
    ("The president condemned the attack on the embassy on Monday.", "ASSAULT"),
    ("Shelling the town on Monday, the army killed six civilians.", "ASSAULT"),
])
def test_news_beside_status_records_drafts_and_kinds_stays_an_event(coder, text, event):
    assert event in {e.event for e in _events(coder, text) if e.factuality == "asserted"}


def test_a_narratives_past_perfect_with_previously_stays_an_event(coder):
    # "had previously demanded" tells one earlier act of the story, not a record like "has previously demanded"
    text = "The rebels had previously demanded that the army leave the valley, a spokesman said on Monday."
    assert "REQUEST" in {e.event for e in _events(coder, text) if e.factuality == "asserted"}


@pytest.mark.parametrize("text", [
    # an undated present perfect in a relative clause on a party sums up its record: who it is, not the news
    "The militia, which has fought in Syria, controls the border crossing.",
    "The group, which has carried out attacks in Kenya, is linked to al-Qaeda.",
    "The general, who has led several offensives against the rebels, is expected to retire.",
    # an arrangement kept up, told in the simple present with a stop, states how things stand
    "The army patrols the northern border.",
    "Iran funds and arms the Houthi movement in Yemen.",
    "Russian forces occupy about a fifth of Ukraine's territory.",
    # what a work shows in the simple present is its content
    "The museum displays weapons used in the 1971 war.",
    "The film shows soldiers storming the presidential palace.",
])
def test_records_standing_activities_and_works_are_no_events(coder, text):
    assert [e.event for e in _events(coder, text) if e.factuality in ("asserted", "future")] == []


@pytest.mark.parametrize(("text", "event"), [
    # a dated or counted record tells the news; a progressive tells an activity under way
    ("Hamas, which has fired more than 100 rockets at Israel since Saturday, said it would continue.", "ASSAULT"),
    ("Police said the gunmen, who have killed three people, were still at large.", "ASSAULT"),
    ("The army, which has arrested 40 people this week, said the operation would go on.", "COERCE"),
    # a headline's present, with no stop, and a past tell one occasion
    ("Rebels besiege the city of El Fasher", "COERCE"),
    ("Police patrolled the market on Monday after the bombing.", "MOBILIZE"),
    # a work's charge is told as one
    ("A new book accuses the intelligence agency of torture.", "ACCUSE"),
])
def test_news_beside_records_and_standings_stays_an_event(coder, text, event):
    assert event in [e.event for e in _events(coder, text) if e.factuality == "asserted"]

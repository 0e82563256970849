"""Arguments of event nouns (``khabar.nlp.arguments.nominal``): the host of talks one party holds abroad or of a
visit, the proposer of what is accepted, the other side hung on a deal's topic; the unnamed doer of an attack told by
a noun or by "came under attack"."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event
from khabar.nlp.mentions.unnamed import UNIDENTIFIED_ARMED_GROUP

from tests.nlp.conftest import asserted_events, coded_events

pytestmark = pytest.mark.model

D = dt.date(2022, 3, 10)


def _main(coder, text):
    event = main_event(e for e in coded_events(coder, text, D) if e.factuality == "asserted")
    assert event is not None
    return event


@pytest.mark.parametrize("text, host", [
    ("Iran's foreign minister held talks in Baghdad on Sunday.", "IRQ"),
    ("The U.N. envoy held talks in Damascus on the constitution.", "SYR"),
    ("The Qatari foreign minister held talks in Tehran on the nuclear deal.", "IRN"),
])
def test_talks_one_party_holds_abroad_are_with_the_host(session_coder, text, host):
    assert [a.country for a in _main(session_coder, text).recipient] == [host]


@pytest.mark.parametrize("text, place", [
    ("Iraqi officials held talks in Baghdad on Sunday.", "IRQ"),  # a plural among themselves
    ("Iran's foreign minister held talks in Tehran on Sunday.", "IRN"),  # at home: no host
    ("Iran's foreign minister held talks in Geneva on Sunday.", "CHE"),  # a town, as often a neutral venue
])
def test_talks_at_home_among_themselves_or_in_a_town_have_no_host(session_coder, text, place):
    event = _main(session_coder, text)
    assert place not in {a.country for a in event.recipient if a not in event.actor}
    assert not any(a.text in ("Baghdad", "Tehran", "Geneva") for a in event.recipient)


@pytest.mark.parametrize("text, recipient", [
    ("North Korea accepted a ceasefire proposed by China.", "CHN"),
    ("An Iraqi delegation in Tehran signed an agreement on border security with Iranian officials.", "IRN"),
    ("Turkey's President Tayyip Erdogan told his Russian counterpart Vladimir Putin in a phone call on Sunday that "
     "Ankara was ready to host talks.", "RUS"),
])
def test_the_other_side_of_an_event_noun(session_coder, text, recipient):
    assert recipient in {a.country for a in _main(session_coder, text).recipient}


@pytest.mark.parametrize("text, host", [
    ("The Japanese prime minister pledged $1 billion in aid during a visit to Kenya.", "KEN"),
    ("On a visit to Kyiv, the German chancellor promised more air defence systems.", "UKR"),
    ("The French president announced a $100 million aid package on a visit to Beirut.", "LBN"),
    ("During a visit to Mosul, the Turkish defence minister pledged aid.", "IRQ"),  # a town: the gazetteer's
    ("During talks in Riyadh, the Chinese president signed 34 investment deals.", "SAU"),
])
def test_what_a_visitor_pledges_abroad_is_for_the_host(session_coder, text, host):
    assert host in {a.country for a in _main(session_coder, text).recipient}


def test_talks_in_a_town_abroad_name_no_host(session_coder):
    event = _main(session_coder, "During talks in Geneva, the Iranian foreign minister signed a deal.")
    assert "CHE" not in {a.country for a in event.recipient}


UNNAMED_PUBLISHED = dt.date(2023, 5, 12)


def _assaults(coder, text):
    return [e for e in asserted_events(coder, text, UNNAMED_PUBLISHED) if e.event == "ASSAULT"]


def _unnamed_doers(events):
    return {a.country for e in events for a in e.actor if a.name == UNIDENTIFIED_ARMED_GROUP}


@pytest.mark.parametrize("text, country, struck", [
    ("NATO troops came under fire near Kandahar on Tuesday.", "AFG", "NATO"),
    ("A UN convoy came under attack in Ituri on Monday.", "COD", "United Nations"),
    ("A police patrol came under fire in Kirkuk on Tuesday.", "IRQ", "Iraqi Police"),
])
def test_who_came_under_attack_was_struck_by_an_unnamed_group(session_coder, text, country, struck):
    events = _assaults(session_coder, text)
    assert _unnamed_doers(events) == {country}
    assert struck in {a.name for e in events for a in e.recipient}


@pytest.mark.parametrize("text", [
    "An army patrol came under attack from Islamist militants near Gao.",  # the "from" phrase names the doer
    "The government came under fire from opposition lawmakers over the tax.",  # words, not guns
    "Government positions came under heavy shelling in the north of the province.",  # no party struck, no place
])
def test_a_named_attacker_or_no_party_struck_leaves_no_unnamed_group(session_coder, text):
    assert not _unnamed_doers(asserted_events(session_coder, text, UNNAMED_PUBLISHED))


@pytest.mark.parametrize("text, country", [
    ("A suicide attack on a mosque in Peshawar left 40 dead.", "PAK"),
    ("There was an attack on an army base near Gao on Monday.", "MLI"),
    ("A bomb blast rocked a market in Peshawar on Friday.", "PAK"),
    ("An ambush on a police convoy in Borno left 12 officers dead.", "NGA"),
])
def test_an_attack_noun_naming_no_doer_is_an_unnamed_groups(session_coder, text, country):
    events = _assaults(session_coder, text)
    assert events and all(_unnamed_doers([e]) == {country} for e in events)


@pytest.mark.parametrize("text", [
    "Taliban fighters stormed a mosque in Kabul. The attack left 40 dead.",  # told before: the Taliban's
    "Heavy clashes continued in Khartoum for a third day.",  # a fight: both sides do it
    "An offensive in the east has stalled.",  # no one struck
])
def test_an_attack_told_before_a_fight_or_no_target_gets_no_unnamed_group(session_coder, text):
    assert not _unnamed_doers(asserted_events(session_coder, text, UNNAMED_PUBLISHED))


def test_blue_helmets_are_un_peacekeepers(session_coder):
    events = _assaults(session_coder, "Two blue helmets were killed in an ambush in northern Mali.")
    struck = [a for e in events for a in e.recipient]
    assert [(a.name, a.country, a.sector) for a in struck] == [("United Nations peacekeepers", None, "MIL")]


@pytest.mark.parametrize("text, sides", [
    ("Border guards from Kyrgyzstan and Tajikistan clashed on the disputed frontier.", {"KGZ", "TJK"}),
    ("Border guards from Iran and Afghanistan exchanged fire near the Helmand river.", {"IRN", "AFG"}),
])
def test_forces_from_two_states_are_two_sides(session_coder, text, sides):
    events = _assaults(session_coder, text)
    assert events and {a.country for a in events[0].actor} == sides
    assert all(a.sector == "MIL" for a in events[0].actor)

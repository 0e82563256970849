"""Trigger misses and false triggers found by reading wire copy (round 20): capitalised event nouns the tagger takes
for names, a light verb's participle after its noun ("the agreement reached on Monday"), "came under fire",
taking, encircling and pushing into towns, "moved to" + infinitive, burning a market, a reaction told in a "which"
clause, a threat said "repeatedly" and a headline's bare passive. Each table has its controls: the same word in the
sense the rule must keep out. All sentences are our own, about invented situations."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2022, 9, 30)

# (sentence, category, mode or None for any): the sentence must give an event of that category (and mode).
FOUND = [
    # a capitalised event noun opening a sentence, tagged as a name
    ("Airstrikes were reported near Idlib on Tuesday.", "ASSAULT", "aerial"),
    ("Clashes erupted between herders and police in Plateau state on Sunday.", "ASSAULT", None),
    ("Protests spread to four more towns in Kazakhstan on Thursday.", "PROTEST", None),
    ("Talks between Ethiopia and Egypt ended without agreement in Khartoum.", "CONSULT", None),
    # a light verb's participle after its noun carries the noun
    ("The agreement reached on Monday between Serbia and Kosovo eases border checks.", "AGREE", None),
    ("The truce brokered by Qatar held through the night in Gaza.", "CONSULT", None),
    ("The deal struck in Muscat frees two hundred prisoners.", "AGREE", None),
    # what a party came under
    ("A UN convoy came under fire from Taliban fighters near Kandahar.", "ASSAULT", "firearms"),
    ("The village came under rocket fire from Hezbollah on Monday.", "ASSAULT", "heavy-weapons"),
    ("Soldiers opened fire on protesters in Mandalay on Sunday.", "ASSAULT", "firearms"),
    # taking, encircling and entering towns (ground taken is occupied, 192; an advance or push into it is force)
    ("Ukrainian forces liberated Kupiansk last week.", "COERCE", "seize"),
    ("Kherson was liberated by Ukrainian forces on Friday.", "COERCE", "seize"),
    ("Russian troops encircled Marinka on Tuesday.", "COERCE", "restrict"),
    ("Government troops besieged the rebel-held town of Ituri on Friday.", "COERCE", "restrict"),
    ("The army recaptured the town of Manbij from the militants.", "COERCE", "seize"),
    ("Jihadists overran an army post in northern Niger.", "COERCE", "seize"),
    ("Russian forces advanced towards Siversk on Friday.", "ASSAULT", None),
    ("Israeli tanks pushed into Khan Younis on Tuesday.", "ASSAULT", None),
    # armed groups entering a town take it, as "overran" and "seized" do; state troops entering one deploy (MOBILIZE)
    ("Rebel fighters entered the town of Rutshuru on Sunday.", "COERCE", "seize"),
    # destruction of property by armed men (1712), looting (1711)
    ("Militiamen burned the market in Katsina on Saturday.", "ASSAULT", "destroy"),
    ("Gunmen set fire to homes in Benue state.", "ASSAULT", "destroy"),
    ("Soldiers looted shops in Bunia.", "COERCE", "seize"),
    # a reaction told in a "which" clause is a new event
    ("Minsk proposed a ceasefire, which Vilnius turned down.", "REJECT", None),
    # words said again and again are the news; a headline's passive without its auxiliary
    ("Moscow has threatened repeatedly to cut gas supplies to Armenia.", "THREATEN", None),
    ("Peace talks rejected by rebels", "REJECT", None),
]


@pytest.mark.parametrize("sentence, category, mode", FOUND, ids=[s[:45] for s, _, _ in FOUND])
def test_the_event_is_found(coder, sentence, category, mode):
    found = [(e.event, e.mode) for e in coded_events(coder, sentence, PUBLISHED)]
    assert any(event == category and (mode is None or got == mode) for event, got in found), found


# (sentence, category): the sentence must give no event of that category.
CONTROLS = [
    # names that are also words stay names
    ("Strike Force commanders met the governor in Lagos.", "ASSAULT"),
    ("Al-Shabaab fighters attacked a base in Somalia.", "PROTEST"),
    ("The Justice and Development Party won the vote in Ankara.", "ASSAULT"),
    # "strike a deal" is never an attack
    ("The deal struck in Muscat frees two hundred prisoners.", "ASSAULT"),
    # a fire that breaks out is no shooting
    ("A fire broke out in a market in Lagos on Tuesday.", "ASSAULT"),
    # an advance, a push or an entry by no armed force
    ("The bill advanced to the Senate on Monday.", "ASSAULT"),
    ("The company entered the Indian market in 2019.", "ASSAULT"),
    ("Oil prices pushed into new territory in London trading.", "ASSAULT"),
    ("The army liberated 40 hostages held by the rebels in Mali.", "COERCE"),
    # "moved to" + infinitive is a step toward the act, no movement of forces
    ("The army moved to arrest the opposition leader in Kampala.", "MOBILIZE"),
    ("Police moved to disperse the crowd outside parliament in Accra.", "MOBILIZE"),
    ("Runners burned calories during the marathon in Boston.", "ASSAULT"),
    # the habit stays generic
    ("Moscow often threatens to cut gas supplies to its neighbours.", "THREATEN"),
    # a headline's ban is no protest
    ("Protests banned in Dhaka", "PROTEST"),
]


@pytest.mark.parametrize("sentence, category", CONTROLS, ids=[s[:45] for s, _ in CONTROLS])
def test_the_other_sense_stays_out(coder, sentence, category):
    events = coded_events(coder, sentence, PUBLISHED)
    assert category not in {e.event for e in events}, [(e.event, e.trigger) for e in events]


# The movements the controls above keep apart from "moved to" still give MOBILIZE.
MOVES = [
    "The army moved troops to the border with Eritrea.",
    "Troops moved into the town of Kidal on Friday.",
]


@pytest.mark.parametrize("sentence", MOVES, ids=[s[:45] for s in MOVES])
def test_a_movement_of_forces_stays_mobilize(coder, sentence):
    assert "MOBILIZE" in {e.event for e in coded_events(coder, sentence, PUBLISHED)}


@pytest.mark.parametrize("sentence", [
    "Police Arrest Opposition Leader in Dhaka",  # a Title-Case headline is read in sentence case (triggers.title_case)
    "Gunfire was heard near the presidential palace in Bamako.",  # placed violence with no party (drops)
], ids=["title-case headline verb", "gunfire with no party"])
def test_once_known_misses(coder, sentence):
    assert coded_events(coder, sentence, PUBLISHED)


def test_criticism_told_as_fire_is_an_accusation_by_the_critics(coder):
    """The parser hangs "from lawmakers" on "came": the nominal arguments read it there (arguments/nominal._voice)."""
    events = coded_events(coder, "The prime minister came under fire from opposition lawmakers over the budget.",
                          PUBLISHED)
    assert "ACCUSE" in {e.event for e in events}, [(e.event, e.trigger) for e in events]

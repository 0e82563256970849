"""Open leads of the events component, round 17: a riot's sides, a place fronted before a verb of saying, a campaign's
course told from a time long past, a participle describing what is held, and a march and its riot in one sentence.

Each table holds sentences of our own with controls; a sentence the rule cannot fix in general is a strict xfail
with its reason.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, rows_with_known_misses

PUBLISHED = dt.date(2024, 6, 26)


def _asserted(events, category: str):
    return [e for e in events if e.event == category and e.factuality == "asserted"]


# --- 1. a riot is the crowd's act against the force it met ------------------------------------------------------------

# (sentence, words of the crowd, words of the force)
RIOTS = [
    ("Police and rioters clashed in central Lagos on Tuesday.", "rioters", "Police"),
    ("Police and demonstrators clashed outside the parliament in Belgrade on Saturday.", "demonstrators", "Police"),
    ("Clashes between police and protesters left 15 people injured in Conakry on Monday.", "protesters", "police"),
    ("Rioters and security forces clashed in the northern city of Kano on Friday.", "Rioters", "security forces"),
    # controls: the crowd already named first, and force used on protesters
    ("Protesters clashed with police in Santiago on Tuesday.", "Protesters", "police"),
    ("Police clashed with protesters in Nairobi on Monday.", "protesters", "Police"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,crowd,force", rows_with_known_misses(RIOTS, {}))
def test_a_riot_is_the_crowds_act_against_the_force(session_coder, text, crowd, force):
    riots = [e for e in _asserted(coded_events(session_coder, text, PUBLISHED), "PROTEST") if e.mode == "riot"]
    assert riots, text
    riot = riots[0]
    assert [a.text for a in riot.actor] and all(crowd.lower() in a.text.lower() for a in riot.actor), riot.actor
    assert any(force.lower() in a.text.lower() for a in riot.recipient), riot.recipient


@pytest.mark.model
def test_armed_parties_that_clash_stay_a_battle(session_coder):
    events = coded_events(session_coder, "Security forces clashed with Islamist rebels near Kismayo on Friday.",
                          PUBLISHED)
    assert _asserted(events, "ASSAULT") and not _asserted(events, "PROTEST")


# --- 2. a place fronted before a verb of saying is where the told act happened --------------------------------------

LEAD = "Soldiers killed more than 100 people across Myanmar on Saturday, witnesses said. "


@pytest.mark.model
@pytest.mark.parametrize("text,records", [
    (LEAD + "In Mandalay, residents said troops fired live rounds into several neighbourhoods.", 2),
    (LEAD + "In Sagaing, a monk said soldiers shot dead four men near the market.", 2),
    # controls: the act retold with no place of its own, and a place named after the verb of saying
    (LEAD + "Residents said troops fired live rounds into crowds.", 1),
])
def test_a_fronted_place_keeps_a_local_act_apart_from_the_countrywide_lead(session_coder, text, records):
    assert len(_asserted(coded_events(session_coder, text, PUBLISHED), "ASSAULT")) == records


# --- 3. a campaign's course from long ago is no occasion ------------------------------------------------------------

COURSES = [
    ("The RSF has fought the army across Darfur since April last year.", "ASSAULT", False),
    ("Fighting between the army and the rebels has intensified since August.", "ASSAULT", False),
    ("Government forces have battled the insurgents in the province since 2019.", "ASSAULT", False),
    ("Clashes have raged in the city since early March.", "ASSAULT", False),
    ("Soldiers have been fighting Islamist militants in the region since 2017.", "ASSAULT", False),
    # controls: a course of days is news; a count of attacks, and an act told in the past, are events
    ("Rebels and troops have clashed since Monday in the north of the country.", "ASSAULT", True),
    ("Troops have fought the militants since Monday morning in the town.", "ASSAULT", True),
    ("The militia has carried out at least 20 drone attacks on the base since last November.", "ASSAULT", True),
    ("The army fought the rebels near Goma on Sunday.", "ASSAULT", True),
]


@pytest.mark.model
@pytest.mark.parametrize("text,category,asserted", rows_with_known_misses(COURSES, {}))
def test_a_campaign_told_from_long_ago_is_no_event(session_coder, text, category, asserted):
    events = coded_events(session_coder, text, PUBLISHED)
    assert bool(_asserted(events, category)) is asserted, [(e.event, e.trigger, e.date) for e in events]


# --- 4. a participle describing what is held tells a standing ----------------------------------------------------

HELD = [
    ("The drivers held by the same group were freed on Sunday.", "held", False),
    ("On Monday, gunmen seized two engineers held by the army near Marib.", "held", False),
    ("Gunmen seized on Monday two engineers held by the army.", "held", False),
    ("Police rescued six hostages held by the kidnappers in a forest near Kaduna.", "held", False),
    # controls: the act told as such, and the backing of an act
    ("Police held five suspects overnight in Mombasa on Tuesday.", "held", True),
    ("Police detained two lorry drivers in Mombasa on Tuesday.", "detained", True),
]


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,coded", rows_with_known_misses(HELD, {}))
def test_a_participle_on_what_is_held_is_no_arrest(session_coder, text, trigger, coded):
    events = coded_events(session_coder, text, PUBLISHED)
    found = [e for e in events if e.event == "COERCE" and e.trigger == trigger and e.factuality == "asserted"]
    assert bool(found) is coded, [(e.event, e.trigger, e.date) for e in events]


# --- 5. a march and its riot in one sentence: one record, the riot ------------------------------------------------

MARCHES = [
    ("Protesters marched on parliament and clashed with police in Lima on Friday.", "riot"),
    ("Thousands of protesters marched through Quito on Friday and clashed with police near the palace.", "riot"),
    ("Supporters of the opposition marched through Dhaka on Sunday and hurled stones at police.", "riot"),
    ("Students marched to the ministry on Monday, where they clashed with riot police.", "riot"),
    # control: a march alone stays a demonstration
    ("Thousands of protesters marched peacefully through Quito on Friday.", "demo"),
]

MARCH_MISSES = {
    "Students marched": "'they clashed' in a relative clause: students are not a protesting crowd to the trigger "
                        "rules (triggers/**), so the clash is an armed clash of its own",
}


@pytest.mark.model
@pytest.mark.parametrize("text,mode", rows_with_known_misses(MARCHES, MARCH_MISSES))
def test_a_march_and_its_riot_in_one_sentence_are_one_riot(session_coder, text, mode):
    events = coded_events(session_coder, text, PUBLISHED)
    protests = _asserted(events, "PROTEST")
    assert len(protests) == 1 and not _asserted(events, "ASSAULT"), [(e.event, e.mode, e.trigger) for e in events]
    assert protests[0].mode == mode

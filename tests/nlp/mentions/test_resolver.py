"""The mention resolver on sentences we wrote: supporters named by the "of" phrase of a state organ are civilians of its
country (a person's supporters were so already, an opposition's or a party's stay its side); armed men loyal to
someone out of office are a militia of his country."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "iso3", "sector"), [
    ("Thousands of supporters of the junta rallied outside the French embassy in Niamey.", "rallied", "NER", "CVL"),
    ("Supporters of the military government marched in Ouagadougou on Sunday.", "marched", "BFA", "CVL"),
    ("Supporters of Imran Khan stormed a military building in Lahore.", "stormed", "PAK", "CVL"),
    ("Supporters of the opposition clashed with police in Conakry.", "clashed", "GIN", "OPP"),
    ("PTI supporters clashed with police in Islamabad.", "clashed", "PAK", "PTY"),
])
def test_supporters_actor(coder, text, trigger, iso3, sector):
    events = [e for e in coded_events(coder, text, dt.date(2024, 5, 14)) if e.trigger == trigger]
    assert events and events[0].actor
    assert (events[0].actor[0].country, events[0].actor[0].sector) == (iso3, sector)


PUBLISHED = dt.date(2024, 5, 14)


# (sentence, trigger, the actor's country, its sector, its id)
LOYAL = [
    ("Militiamen loyal to the former president attacked a police station in Bangui.", "attacked",
     "CAF", "REB", None),
    ("Fighters loyal to former President Ali Abdullah Saleh clashed with Houthi rebels in Sanaa.", "clashed",
     "YEM", "REB", None),
    ("Gunmen loyal to a former minister attacked a police post near Juba.", "attacked", "SSD", "UAF", None),
    # controls
    ("Militants loyal to Boko Haram killed 12 villagers in Borno state.", "killed", "NGA", "INS", "BOKO_HARAM"),
    ("Soldiers loyal to the president attacked rebels near Bangui.", "attacked", "CAF", "MIL", None),
]


@pytest.mark.parametrize(("text", "trigger", "iso3", "sector", "actor_id"), LOYAL)
def test_armed_men_loyal_to_someone(coder, text, trigger, iso3, sector, actor_id):
    events = [e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger]
    assert events and events[0].actor, f"no actor on {trigger!r}"
    actor = events[0].actor[0]
    assert (actor.country, actor.sector, actor.id) == (iso3, sector, actor_id)


@pytest.mark.parametrize(("text", "trigger", "actor_id"), [
    # a body's name after another body's is its own, not the people the first one sends
    ("NATO imposed sanctions on the junta. The EU suspended funding to the country.", "suspended", "EU"),
    ("ECOWAS closed its borders with Niger. The AU suspended the country on Friday.", "suspended", "AU"),
    # control: a bare noun of the people a body sends is that body
    ("The IAEA sent a team to Iran. The inspectors accused Tehran of blocking access to the site.", "accused",
     "IAEA"),
])
def test_a_named_body_after_another_is_itself(coder, text, trigger, actor_id):
    events = [e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger]
    assert events and events[0].actor
    assert events[0].actor[0].id == actor_id

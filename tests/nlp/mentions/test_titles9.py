"""Titles and "the group" in whole sentences (sweep titles9): a minister named by title acts as the holder on the
article's date; "the group" after a movement's spokesman or leader is the movement, never the person."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

D = dt.date


def _actors_of(coder, text: str, published: dt.date, trigger: str) -> list:
    events = [e for e in coded_events(coder, text, published) if trigger in e.trigger]
    assert events, f"no event on {trigger!r}"
    return [a for e in events for a in e.actor]


# (published, sentence, trigger, the actor's id)
TITLED = [
    (D(2020, 6, 26), "Russia's foreign minister accused Poland of spying on Russian diplomats on Tuesday.", "accused",
     "person.lavrov"),
    (D(2020, 6, 26), "The British foreign secretary met his Chinese counterpart in Beijing on Monday.", "met",
     "person.raab"),
    (D(2021, 2, 10), "Israel's defence minister visited troops on the Gaza border on Thursday.", "visited",
     "person.gantz"),
    (D(2021, 9, 9), "The Turkish defence minister threatened Greece with military action over the islands.",
     "threatened", "person.hulusiakar"),
    (D(2019, 9, 3), "Secretary of State Mike Pompeo criticized Iran for arresting two journalists.", "criticized",
     "person.pompeo"),
    (D(2022, 4, 12), "Foreign Minister Sergei Lavrov accused Ukraine of shelling a village near Belgorod.",
     "accused", "person.lavrov"),
    # with no holder known on the date the ministry acts, not a nameless person
    (D(1995, 6, 1), "Russia's foreign minister accused Poland of spying on Russian diplomats on Tuesday.",
     "accused", "RUS.MFA"),
]


@pytest.mark.model
@pytest.mark.parametrize("published, text, trigger, expected", TITLED, ids=[r[1][:50] for r in TITLED])
def test_a_titled_actor_is_the_holder_on_the_day(coder, published, text, trigger, expected):
    assert expected in [a.id for a in _actors_of(coder, text, published, trigger)]


@pytest.mark.model
def test_a_former_minister_is_no_holder(coder):
    text = "Egypt's former foreign minister criticized the government for the arrests of two reporters."
    actors = _actors_of(coder, text, D(2016, 8, 1), "criticized")
    assert actors and all(a.id != "person.shoukry" for a in actors)


# (published, sentence, trigger, the group's id)
THE_GROUP = [
    (D(2021, 3, 7), "Houthi spokesman Yahya Saree said the group had fired missiles at Saudi oil facilities.",
     "fired", "HOUTHIS"),
    (D(2021, 3, 7), "Yahya Saree said the group had launched drones against an airport in southern Saudi Arabia.",
     "launched", "HOUTHIS"),
    (D(2021, 5, 12), "Abu Obeida, the spokesman of the Qassam Brigades, said the group had fired rockets at Tel Aviv.",
     "fired", "HAMAS.QASSAM"),
    (D(2021, 7, 2), "Taliban spokesman Zabihullah Mujahid said the group had attacked a police checkpoint in Kunduz.",
     "attacked", "TALIBAN"),
    (D(2019, 9, 1), "Hezbollah leader Hassan Nasrallah said the group would retaliate against Israel.",
     "retaliate", "HEZBOLLAH"),
]


@pytest.mark.model
@pytest.mark.parametrize("published, text, trigger, expected", THE_GROUP, ids=[r[1][:50] for r in THE_GROUP])
def test_the_group_is_the_movement_not_its_spokesman(coder, published, text, trigger, expected):
    actors = _actors_of(coder, text, published, trigger)
    assert expected in [a.id for a in actors]
    assert not any((a.id or "").startswith("person.") and a.text.lower().endswith("group") for a in actors)

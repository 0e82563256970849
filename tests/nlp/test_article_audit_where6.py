"""Sixth audit of where (helper where6): the places the last round left wrong, fixed in general on sentences of our
own (none copied from a real story or a benchmark), each with controls.

Causes fixed:
- a town abroad reached only by another name GeoNames lists for it ("Boni", one of Bonn's names), in a text firmly
  about another country that its sentence does not name, is a namesake: the text's country (``geo/resolve``); a
  sentence naming a town read so places its events in that country, not at the reporter's desk (``geo/location``);
- "the town of Mambasa in Ituri province": a stated province is a container as a stated country is (``geo/resolve``);
- "set fire to a school for girls in Bunia", "laid siege to the town of X": the target after a light verb's "to" is
  where the act was (``geo/location``);
- "withdrew towards the Sambisa forest": a natural feature's name before its noun is a place, not a party
  (``geo/recognise``), and the noun heads a place phrase (``geo/location``);
- "a road between Bint Jbeil and Aitaroun": what a road or border runs between are places (``geo/recognise``).
"""
import datetime as dt

import pytest

from .conftest import coded_events, told_field

D = dt.date
pytestmark = pytest.mark.model
DAY = D(2024, 6, 26)

# (text, trigger, field, expected)
FIXED_CASES = [
    # a namesake abroad by another name: the dateline's country
    ("BAMAKO, Mali (AP) - Suspected jihadists ambushed a convoy of Malian soldiers near Boni on Tuesday, killing nine "
     "troops, the army said.", "ambushed", "country", "MLI"),
    ("BAMAKO, Mali (AP) - Suspected jihadists ambushed a convoy of Malian soldiers near Boni on Tuesday, killing nine "
     "troops, the army said.", "ambushed", "feature", "PCLI"),
    # controls: the foreign country named in the sentence; a big city named by its exonym; a capital abroad
    ("NAIROBI, Kenya (AP) - Kenyan diplomats met officials in Boni on Monday, the German foreign ministry said.",
     "met", "country", "DEU"),
    ("NAIROBI, Kenya (AP) - Police in Cologne arrested two Kenyan men on Monday.", "arrested", "country", "DEU"),
    ("NAIROBI, Kenya (AP) - Kenyan police arrested two men in Paris on Monday, French officials said.", "arrested",
     "loc", "Paris"),
    ("Government warplanes bombed the Syrian town of Saraqeb on Monday, killing six people, activists said.",
     "bombed", "loc", "Saraqib"),
    # a stated province holds the town
    ("Rebels laid siege to the town of Mambasa in Ituri province on Friday.", "laid", "country", "COD"),
    # the target of "set fire to"
    ("KINSHASA, Congo (AP) - Militiamen set fire to a school for girls in Bunia on Tuesday, officials said.", "set",
     "loc", "Bunia"),
    # control: where the wounded were taken is no place of the shooting
    ("Gunmen shot dead four villagers in Kaduna on Monday. Two wounded men were taken to a hospital in Kano.", "shot",
     "loc", "Kaduna"),
    # a movement's destination
    ("MAIDUGURI, Nigeria (AP) - Boko Haram fighters withdrew towards the Sambisa forest on Tuesday after a battle with "
     "troops, the army said.", "withdrew", "loc", "Sambisa Forest"),
    # the towns a road runs between
    ("BEIRUT (AP) - An Israeli drone strike hit a car on a road between Bint Jbeil and Aitaroun on Monday, killing two "
     "people, Lebanese state media said.", "hit", "country", "LBN"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "expected"), FIXED_CASES,
                         ids=[f"{row[1]}-{row[2]}-{row[0][:40]}" for row in FIXED_CASES])
def test_fixed_causes(session_coder, text, trigger, name, expected):
    assert told_field(session_coder, text, DAY, trigger, name) == expected


# (text, trigger, role, name that must not be a party): fixed by helper who9 (arguments/parties.named_by_its_place)
PLACES_NOT_PARTIES = [
    ("BEIRUT (AP) - An Israeli drone strike hit a car on a road between Bint Jbeil and Aitaroun on Monday, killing two "
     "people, Lebanese state media said.", "hit", "recipient", "Aitaroun"),
    ("MAIDUGURI, Nigeria (AP) - Boko Haram fighters withdrew towards the Sambisa forest on Tuesday after a battle with "
     "troops, the army said.", "withdrew", "recipient", "Sambisa"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), PLACES_NOT_PARTIES)
def test_place_is_no_party(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events
    assert not any(name.lower() in p.name.lower() for e in events for p in getattr(e, role))

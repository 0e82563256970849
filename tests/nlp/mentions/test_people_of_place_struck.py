"""People a harming participle counts ("..., killing 10 soldiers") are of the party the act struck when its words
state a country, not of the place where it happened (sentences we wrote)."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 10)

# (sentence, the countries of the main event's recipients): the place's country would be wrong in the first rows
STRUCK = [
    ("Kurdish militants attacked a Turkish base in northern Iraq, killing 10 soldiers.", ["TUR"]),
    ("Al-Shabaab fighters stormed a Kenyan army base in Somalia, killing dozens of soldiers.", ["KEN"]),
    ("Insurgents ambushed a French patrol in Mali, killing two soldiers and wounding three.", ["FRA"]),
    ("A car bomb exploded near a Chinese convoy in Pakistan, killing three engineers.", ["CHN", "CHN"]),
    ("Gunmen attacked a bus of Iranian pilgrims in Iraq, killing 12.", ["IRN"]),
    # controls: a nationality the victims' own words state, and a struck party of no state's words
    ("Militants attacked a U.S. base in Iraq, killing two Iraqi soldiers.", ["USA", "IRQ"]),
    ("Israeli jets struck a Hamas base in Gaza, killing 10 people.", ["PSE", "PSE"]),
    ("Militants attacked a police station in Kenya, killing four officers.", ["KEN"]),
]


@pytest.mark.parametrize(("text", "countries"), STRUCK)
def test_people_killed_with_a_party_struck_are_its_own(coder, text, countries):
    (event,) = [e for e in coded_events(coder, text, PUBLISHED) if e.event == "ASSAULT"]
    assert [a.country for a in event.recipient] == countries

"""Seventh audit of where (helper where7): places the last rounds left wrong, on sentences of our own (none copied
from a real story or a benchmark), each with controls.

Causes fixed:
- a later mention only the dateline places folded into a record whose first mention names a place in another country:
  the dateline's city (precision 2) beat the sentence's country (precision 3) by precision alone; a place in another
  country than the dateline's now beats the desk's city (``nlp/records._better_place``);
- "residents of Khartoum", "the mayor of Mykolaiv": people of a place cue a town the tagger calls a person or an
  organisation (``geo/recognise``); a town GeoNames files with its Arabic article ("Ar Raqqah") is the town of its
  name without it ("Raqqa") when a cue says the name is a town.
Held as controls (right before and after): where the wounded were flown, rushed, evacuated or transferred to is no
place of the attack.
"""
import datetime as dt

import pytest

from .conftest import told_field

pytestmark = pytest.mark.model
DAY = dt.date(2024, 6, 26)

# (text, trigger, field, expected)
CASES = [
    # the dateline's city does not beat the country the first mention names
    ("KAMPALA, Uganda — Congolese troops clashed with rebels in eastern Congo on Monday.\n\nTwelve people died in "
     "Monday's clashes, according to refugees who crossed into Uganda's Kasese district.", "clashed", "country", "COD"),
    ("KAMPALA, Uganda — Congolese troops clashed with rebels in eastern Congo on Monday. Twelve people were killed in "
     "the clashes, refugees arriving in Kasese said.", "clashed", "country", "COD"),
    # controls: the dateline's city where the sentence names no other country
    ("KAMPALA, Uganda — Police fired tear gas at protesters on Monday.", "fired", "loc", "Kampala"),
    ("NAIROBI, Kenya — Police fired tear gas at protesters on Monday. The clashes left five people injured, "
     "witnesses said.", "fired", "loc", "Nairobi"),
    ("KAMPALA, Uganda — Soldiers killed 12 rebels in eastern Congo on Monday. The killings were confirmed by refugees "
     "arriving in the Ugandan town of Kasese.", "killed", "country", "COD"),
    # destinations are no place of the act
    ("Gunmen ambushed a police patrol near Tumaco on Monday, killing four officers. A fifth officer wounded in the "
     "ambush was flown to a hospital in Bogota.", "ambushed", "loc", "Tumaco"),
    ("Militants stormed a checkpoint outside Peshawar on Sunday, killing two policemen. Three officers injured in the "
     "attack were taken to a military hospital in Rawalpindi.", "stormed", "loc", "Peshawar"),
    ("A bomb exploded at a market in Mogadishu, wounding 12 people who were airlifted to Nairobi.", "exploded", "loc",
     "Mogadishu"),
    ("Suspected jihadists attacked a village near Djibo on Friday. The wounded from the raid were evacuated to "
     "Ouagadougou.", "attacked", "loc", "Djibo"),
    ("Police arrested five protesters in Lahore who were later transferred to a prison in Karachi.", "arrested",
     "loc", "Lahore"),
    ("Gunmen shot dead a judge on Monday in Pakistan. His wounded bodyguard was rushed to a hospital in Peshawar.",
     "shot", "country", "PAK"),
    # a town the tagger misses, cued by its people
    ("Residents of Khartoum said troops shelled the city's northern districts on Tuesday.", "shelled", "country",
     "SDN"),
    ("Residents of Goma said rebels attacked an army post on Tuesday.", "attacked", "country", "COD"),
    ("Thousands of residents of Mykolaiv marched through the city on Sunday.", "marched", "loc", "Mykolayiv"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "expected"), CASES,
                         ids=[f"{row[1]}-{row[2]}-{row[0][:40]}" for row in CASES])
def test_places(session_coder, text, trigger, name, expected):
    assert told_field(session_coder, text, DAY, trigger, name) == expected

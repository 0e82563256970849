"""Ninth audit of where (helper geo9): places the last rounds left wrong, on sentences of our own (none copied from a
real story or a benchmark), each with controls.

Causes fixed:
- a town the tagger reads as no noun before a passive verb of force ("Bakhmut was shelled overnight") was a town only
  when read through a dateline; it is one at a sentence's start too (``geo/recognise._struck_in_a_passive``);
- where someone is wanted, charged or convicted, and where the act they are wanted for was, placed an arrest made
  elsewhere ("Police arrested a suspect wanted in the United States"), turned the article's focus and set the dateline
  aside (``geo/pursuits``);
- the place a clause describing a site gives ("a base hosting U.S. forces in western Iraq", "a hotel frequented by
  officials in Kismayo"), or a clause of travel gives what was struck on the move ("a car travelling on a road near
  Tyre"), lost to the dateline's city (``geo/location._where_its_clause_puts_it``).
"""
import datetime as dt

import pytest

from .conftest import told_field

pytestmark = pytest.mark.model
DAY = dt.date(2024, 6, 26)

# (text, trigger, field, expected)
CASES = [
    # a town before a passive verb of force, with or without a dateline
    ("Bakhmut was shelled overnight, the regional governor said.", "shelled", "loc", "Bakhmut"),
    ("Toretsk was shelled again on Monday, the army said.", "shelled", "loc", "Toretsk"),
    # control: a common noun before the passive is no town (Poland has a town Police)
    ("KYIV — Police were attacked by protesters on Monday.", "attacked", "loc", "Kyiv"),
    # where someone is wanted is not where they were caught
    ("Police arrested a suspect wanted in the United States.", "arrested", "loc", None),
    ("Mexican police arrested a drug cartel leader wanted in the United States.", "arrested", "country", "MEX"),
    ("NAIROBI, Kenya — Police arrested a man charged in Uganda with the killing of a journalist.", "arrested", "loc",
     "Nairobi"),
    ("NEW DELHI — Indian police on Sunday arrested a separatist leader wanted in Canada over a killing in British "
     "Columbia, officials said.", "arrested", "country", "IND"),
    ("Kenyan police on Monday arrested a former militia commander convicted in absentia in Uganda of murder.",
     "arrested", "country", "KEN"),
    # controls: the arrest's own place, and a trial's
    ("Police in Nairobi arrested a Somali man who is wanted in Ethiopia over a hotel attack.", "arrested", "loc",
     "Nairobi"),
    ("A court in Cairo sentenced 12 men to death on Sunday.", "sentenced", "loc", "Cairo"),
    # a clause describing a site says where the site is
    ("BAGHDAD — Rockets struck near a base hosting U.S. forces in western Iraq on Tuesday, the U.S.-led coalition "
     "said.", "struck", "loc", "Iraq"),
    ("BAGHDAD — Rockets struck a base used by coalition troops in Anbar province on Tuesday.", "struck", "loc",
     "Anbar"),
    ("MOGADISHU — A suicide bomber attacked a hotel frequented by government officials in Kismayo on Friday.",
     "attacked", "loc", "Kismayo"),
    ("GAZA CITY — Israeli jets bombed a school sheltering displaced people in Deir al-Balah on Tuesday.", "bombed",
     "loc", "Deir al-Balah"),
    # ... and a clause of travel where what was struck was on its way
    ("BEIRUT — An Israeli drone struck a car travelling on a road near Tyre, killing two Hezbollah fighters.",
     "struck", "loc", "Tyre"),
    ("KABUL — Gunmen opened fire on a vehicle carrying aid workers in Badakhshan province, killing three, police "
     "said.", "opened", "loc", "Badakhshan"),
    # the first lead: the bases' own place, not the dateline's city
    ("BAGHDAD — Iran launched more than a dozen ballistic missiles at two military bases in Iraq that host U.S. "
     "troops.", "launched", "loc", "Iraq"),
    # controls: a clause describing people tells of another time; a site struck with no place keeps the dateline
    ("KABUL — Gunmen killed a driver who had worked in Herat for years.", "killed", "loc", "Kabul"),
    ("BAGHDAD — A drone attacked a base hosting U.S. forces, the coalition said.", "attacked", "loc", "Baghdad"),
]


@pytest.mark.parametrize(("text", "trigger", "name", "expected"), CASES,
                         ids=[f"{row[1]}-{row[2]}-{row[0][:40]}" for row in CASES])
def test_places(session_coder, text, trigger, name, expected):
    assert told_field(session_coder, text, DAY, trigger, name) == expected

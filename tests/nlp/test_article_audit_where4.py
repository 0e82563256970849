"""Fourth analyst's audit of when, where and how many (helper where4).

``FIXED_CASES`` holds sentences written for this test (none copied from a real story or a benchmark), one or more
per general cause fixed in this round, with controls (the causes it left open were fixed by helpers when5 and
where5 in session 18: their rows are in test_dates_leads18.py, test_article_audit_where5.py and ``FIXED_CASES``).
"""
import datetime as dt

import pytest

from .conftest import told_field

D = dt.date
pytestmark = pytest.mark.model


# (text, publication date, trigger, field, expected): each cause fixed, then its control.
FIXED_CASES = [
    # a place fronted on the saying verb of witnesses is where the act they report happened
    ("In Yangon, residents said troops fired live rounds at protesters on Sunday.",
     D(2024, 6, 26), "fired", "loc", "Yangon"),
    ("In Yangon, residents said troops fired live rounds at protesters on Sunday, killing three.",
     D(2024, 6, 26), "fired", "dead", 3),
    ("In Kandahar, villagers told reporters that gunmen had attacked a checkpoint overnight.",
     D(2024, 6, 26), "attacked", "loc", "Kandahār"),
    ("In Bago, witnesses said, security forces opened fire on a funeral procession on Saturday.",
     D(2024, 6, 26), "opened", "loc", "Bago"),
    # control: officials speaking in a capital place nothing they report
    ("In Washington, officials said militants fired rockets at a base on Sunday.",
     D(2024, 6, 26), "fired", "country", "USA"),
    # a participle's toll that the parser hung on the saying verb as its subject ("including ...")
    ("Army jets bombed a village in the central Magway region on Friday, killing at least 11 civilians including "
     "three children, residents and an aid worker said.\n\nThe junta did not reply to a request for comment.",
     D(2024, 6, 26), "bombed", "dead", 11),
    ("Government aircraft struck a market in the northern Shan state on Tuesday, killing at least 9 people including "
     "two monks, residents and a local militia said.\n\nA spokesman for the army could not be reached.",
     D(2024, 6, 26), "struck", "dead", 9),
    # control: the object where the parser keeps it
    ("Air strikes hit a camp near Idlib on Monday, killing at least 12 people including four women, rescuers and a "
     "monitoring group said.", D(2024, 6, 26), "hit", "dead", 12),
    # a town the small model tags as a DATE ("in Turbat") is still a place
    ("Gunmen killed two policemen in Turbat on Tuesday, officials said.", D(2024, 6, 26), "killed", "loc", "Turbat"),
    ("Gunmen killed seven labourers at a construction site in the southwestern town of Turbat late on Thursday.",
     D(2024, 6, 26), "killed", "loc", "Turbat"),
    # control: a month stays a time
    ("Gunmen killed two policemen in May, officials said.", D(2024, 6, 26), "killed", "loc", None),
    # a site of our own list named with its kind, or after a lower-case article
    ("Government troops raided Kalma camp on Sunday, killing four people, residents said.",
     D(2024, 6, 26), "raided", "loc", "Kalma camp"),
    ("A drone struck near al-Tanf on Monday, the monitor said.", D(2024, 6, 26), "struck", "loc", "al-Tanf"),
    # the country stated around a town's name picks the namesake there
    ("Gunmen attacked an army post in the Lebanese city of Tripoli on Friday.",
     D(2024, 6, 26), "attacked", "country", "LBN"),
    ("Gunmen attacked an army post in the city of Tripoli in northern Lebanon on Friday.",
     D(2024, 6, 26), "attacked", "country", "LBN"),
    ("Fighters captured the Malian town of Menaka on Sunday.", D(2024, 6, 26), "captured", "loc", "Ménaka"),
    # D5 (fixed in session 18): a month of the year before
    ("In July last year, gunmen killed 30 villagers in Plateau state.", D(2024, 6, 26), "killed", "date",
     D(2023, 7, 1)),
]


@pytest.mark.parametrize(("text", "published", "trigger", "name", "expected"), FIXED_CASES,
                         ids=[f"{row[2]}-{row[3]}-{row[0][:40]}" for row in FIXED_CASES])
def test_fixed_causes(session_coder, text, published, trigger, name, expected):
    assert told_field(session_coder, text, published, trigger, name) == expected

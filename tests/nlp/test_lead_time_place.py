"""The lead's day and place hold for the paragraphs that go on telling its episode (helper leadtime).

Short wire-style articles written for this test: a later paragraph that takes up the lead's words, names its
place or adds "other" victims takes the lead's day (and, naming no place, its place) over quotes and
attributions; a background paragraph at another time, or a new place, takes nothing.
"""
import datetime as dt

import pytest

from .conftest import told_field

D = dt.date
pytestmark = pytest.mark.model

# (text, publication date, trigger, field, expected)
EPISODE_CASES = [
    # a place of the lead named again, after a sentence dated only by its saying
    ("NAIROBI, July 9 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi and the western city of "
     "Kisumu on Tuesday, witnesses said.\n\nPolice arrested 120 people in Nairobi, the interior ministry said in a "
     "statement late on Tuesday. Several people were injured in Kisumu, a Reuters witness said.",
     D(2024, 7, 9), "injured", "date", D(2024, 7, 9)),
    # "the fighting": a definite noun takes up the lead's word; its day and place follow
    ("GOMA, May 2 (AFP) - M23 rebels seized the town of Masisi in eastern Congo's North Kivu province on Tuesday "
     "after two days of fighting with the army.\n\nDozens of people were killed in the fighting, a civil society "
     "leader told AFP.", D(2024, 5, 2), "killed", "date", D(2024, 4, 30)),
    ("GOMA, May 2 (AFP) - M23 rebels seized the town of Masisi in eastern Congo's North Kivu province on Tuesday "
     "after two days of fighting with the army.\n\nDozens of people were killed in the fighting, a civil society "
     "leader told AFP.", D(2024, 5, 2), "killed", "loc", "Masisi"),
    ("MOGADISHU, Aug 12 (AFP) - Al Shabaab fighters stormed a hotel in the port city of Kismayo on Friday, "
     "officials said.\n\nA police officer said the siege lasted several hours. \"It was chaos,\" a witness said.\n\n"
     "Nine guests were killed in the siege, the officer said.", D(2024, 8, 12), "killed", "date", D(2024, 8, 9)),
    # control: a background paragraph at another time takes nothing, nor do the paragraphs after it
    ("NAIROBI, July 9 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi and the western city of "
     "Kisumu on Tuesday, witnesses said.\n\nMore than 40 people have been killed in protests since June, a rights "
     "group said.\n\nSeveral people were injured in Mombasa.", D(2024, 7, 9), "injured", "date", None),
    # control: a new place is a new event
    ("KABUL, June 3 (Reuters) - Gunmen stormed a prison in Jalalabad on Friday, officials said.\n\nA spokesman "
     "said the attack was over.\n\nMilitants attacked a checkpoint in Kunar province.",
     D(2022, 6, 3), "attacked", "date", None),
    # control: a new subject with no word of the lead is not taken up
    ("CARACAS, Feb 2 (Reuters) - Soldiers fired on protesters in Caracas on Monday, witnesses said.\n\n"
     "The opposition called the shooting a massacre.\n\nStudents occupied a university building.",
     D(2024, 2, 2), "occupied", "date", None),
]


@pytest.mark.parametrize(("text", "published", "trigger", "name", "expected"), EPISODE_CASES)
def test_lead_time_and_place(session_coder, text, published, trigger, name, expected):
    assert told_field(session_coder, text, published, trigger, name) == expected

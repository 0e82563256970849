"""A DATE entity that runs on past a dateline's dash is cut back there, so the subject after the dash is a party
again and the dateline's day is the day the story was filed (sentences we wrote ourselves)."""
from __future__ import annotations

from datetime import date

import pytest

from ..conftest import events_of

pytestmark = pytest.mark.model

# A Saturday: "on Friday" counted from it is March 8; counted from a dateline's Thursday, March 7, it is March 1.
PUBLISHED = date(2024, 3, 9)


# (text, category, the actor's country, the actor's sector): a plain noun subject right after the dateline's dash
@pytest.mark.parametrize("text,category,country,sector", [
    ("CAIRO, March 7 - Soldiers killed five militants in Sinai.", "ASSAULT", "EGY", "MIL"),
    ("CAIRO, March 7 - Gunmen killed five soldiers in Sinai.", "ASSAULT", "EGY", None),
    ("DHAKA, June 5 - Protesters clashed with police in the capital.", "ASSAULT", "BGD", None),
    ("BAMAKO, Mali, May 14 - Soldiers detained the prime minister on Tuesday.", "COERCE", "MLI", "MIL"),
    ("JUBA, March 7 – Rebels attacked a convoy near Yei, killing six.", "ASSAULT", "SSD", None),
    ("KABUL, March 7 — Troops arrested four insurgents in Helmand.", "COERCE", "AFG", "MIL"),
    # a name swallowed too: the party is the name's
    ("GAZA, March 7 - Hamas fired rockets at Tel Aviv on Wednesday.", "ASSAULT", "PSE", None),
    ("KYIV, March 7 - Zelenskiy accused Russia of shelling Kharkiv on Wednesday.", "ACCUSE", "UKR", None),
])
def test_the_subject_after_a_datelines_dash_is_the_actor(coder, text, category, country, sector):
    event = events_of(coder, text, category, PUBLISHED)[0]
    assert event.actor, f"no actor for {text!r}"
    assert event.actor[0].country == country
    if sector is not None:
        assert event.actor[0].sector == sector


@pytest.mark.parametrize("text", [
    "CAIRO, March 7 - Soldiers killed five militants in Sinai on Friday.",
    "CAIRO, March 7 – Soldiers killed five militants in Sinai on Friday.",
    "CAIRO, March 7 (Reuters) - Soldiers killed five militants in Sinai on Friday.",
])
def test_a_datelines_day_is_the_day_the_story_was_filed(coder, text):
    event = events_of(coder, text, "ASSAULT", PUBLISHED)[0]
    assert event.date == date(2024, 3, 1)


@pytest.mark.parametrize("text,phrase", [
    ("Talks were held from March 4 - 6 in Doha.", "March 4 - 6"),
    ("The ceasefire held from March - April last year.", "March - April last year"),
    ("Fighting raged from Monday - Wednesday in Goma.", "Monday - Wednesday"),
])
def test_a_range_across_a_dash_stays_one_date(coder, text, phrase):
    doc = coder.nlp(text)
    assert phrase in [e.text for e in doc.ents if e.label_ == "DATE"]

"""A Title-Case headline is read as it would be in sentence case (``khabar.nlp.triggers.title_case``): its common
words written small in a copy the model's own components analyse, the doc's text unchanged. Headlines we wrote
ourselves."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.triggers.title_case import title_case_line
from tests.nlp.conftest import asserted_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 15)
BODY = "\nOfficials gave no further details."


@pytest.mark.parametrize("headline,is_title_case", [
    ("Police Arrest Opposition Leader in Dhaka", True),
    ("Rebels Seize Town in Eastern Congo", True),
    ("Police arrest opposition leader in Dhaka", False),  # sentence case: already read as it is
    ("POLICE ARREST OPPOSITION LEADER", False),  # all capitals: no word stands out as a name
    ("Police Arrest Opposition Leader in Dhaka.", False),  # a full stop: a sentence, not a headline
    ("Putin Meets Xi", False),  # too short to tell names from common words
])
def test_a_title_case_first_line_is_recognised(coder, headline, is_title_case):
    doc = coder.nlp.make_doc(headline + BODY)
    assert (title_case_line(doc) is not None) is is_title_case


@pytest.mark.parametrize("headline,category,actor,recipient", [
    ("Police Arrest Opposition Leader in Dhaka", "COERCE", "COP", "OPP"),
    ("Rebels Seize Town in Eastern Congo", "COERCE", "REB", None),
    ("Army Shells Rebel Positions Near Aleppo", "ASSAULT", "MIL", None),
    ("Iran Condemns Israeli Strike on Damascus", "ACCUSE", None, None),
])
def test_a_title_case_headline_gives_its_event(coder, headline, category, actor, recipient):
    events = [e for e in asserted_events(coder, headline + BODY, PUBLISHED) if e.text == headline]
    event = next(e for e in events if e.event == category)
    assert actor is None or event.actor[0].sector == actor
    assert recipient is None or event.recipient[0].sector == recipient


def test_the_text_stays_as_written(coder):
    text = "Police Arrest Opposition Leader in Dhaka" + BODY
    doc = coder.nlp(text)
    assert doc.text == text and doc[1].text == "Arrest" and doc[1].pos_ == "VERB"

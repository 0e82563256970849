"""People whose words put them in a body of no state (an international body, a charity, a news agency) are the
body's, not the people of the place where it happened (sentences we wrote)."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article

# Each row: the sentence, the word of the event, the recipient's text, and the sector of its body.
PEOPLE_OF_BODIES = [
    ("Gunmen abducted two aid workers of Medecins Sans Frontieres in northern Mali on Tuesday.", "abducted",
     "aid workers", "NGO"),
    ("Two employees of the World Food Programme were abducted in South Sudan on Sunday.", "abducted",
     "employees", "IGO"),
    ("Two journalists of Agence France-Presse were wounded in Kharkiv on Monday.", "wounded", "journalists", "MED"),
    ("A nurse from the International Committee of the Red Cross was shot dead near Goma on Friday.", "shot",
     "nurse", "NGO"),
]


@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import Coder
    return Coder()


def _recipient(coder, text: str, trigger: str, words: str):
    (coded,) = coder.code([Article(id="t", text=text, published=dt.date(2024, 3, 10))])
    event = next(e for e in coded.events if e.trigger == trigger)
    return next(a for a in event.recipient if a.text == words)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, words, sector", PEOPLE_OF_BODIES)
def test_people_of_a_body_of_no_state_are_the_bodys(coder, text, trigger, words, sector):
    found = _recipient(coder, text, trigger, words)
    assert (found.country, found.sector) == (None, sector)


@pytest.mark.model
def test_people_of_a_states_body_stay_of_the_place(coder):
    # "workers of a mining company": a body the knowledge base does not know, whose people stay the place's
    found = _recipient(coder, "Gunmen kidnapped three workers of a mining company in Zamfara state on Monday.",
                       "kidnapped", "workers")
    assert found.country == "NGA"

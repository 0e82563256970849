"""A mention read from its own words (mentions/named), on sentences we wrote: a person's name that ends in an
organisation's one-word alias ("Alaa Abdel Fattah", "Mohamed Fatah") is a person the knowledge base lacks, not the
organisation; the organisation's own name, or a nationality before it, stays the organisation."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2019, 10, 1)

# (sentence, trigger, the recipient's country): a person of the story's country, not the party
PEOPLE = [
    ("CAIRO, Oct 1 (Reuters) - Egyptian authorities arrested activist Alaa Abdel Fattah on Sunday.", "arrested",
     "EGY"),
    ("CAIRO, Oct 1 (Reuters) - Police detained Mohamed Fatah in Alexandria on Sunday.", "detained", "EGY"),
    ("BEIRUT, Oct 1 (Reuters) - Lebanese police arrested Ali Amal at the airport on Sunday.", "arrested", "LBN"),
    ("BEIRUT, Oct 1 (Reuters) - Police arrested Khalid Hezbollah in Beirut on Sunday.", "arrested", "LBN"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), PEOPLE)
def test_a_person_named_like_a_party_is_the_person(coder, text, trigger, country):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger)
    assert [a.country for a in event.recipient] == [country]
    assert all(a.id is None and a.sector != "PTY" for a in event.recipient)


# (sentence, trigger, the party's id): the party named by its own name
PARTIES = [
    ("RAMALLAH, Oct 1 (Reuters) - Fatah accused Hamas of sabotaging the elections.", "accused", "FATAH"),
    ("RAMALLAH, Oct 1 (Reuters) - Palestinian Fatah officials accused Hamas of sabotaging the elections.",
     "accused", "FATAH"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PARTIES)
def test_the_party_s_own_name_stays_the_party(coder, text, trigger, expected):
    event = next(e for e in coded_events(coder, text, PUBLISHED) if e.trigger == trigger)
    assert [a.id for a in event.actor] == [expected]

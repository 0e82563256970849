"""Places where someone is pursued (geo/pursuits.py), on sentences we wrote: where a person is wanted, charged or
convicted names the pursuing state, not where the story happens, and does not turn the article's focus."""
from __future__ import annotations

import pytest

from khabar.geo.pursuits import pursued_in

pytestmark = pytest.mark.model


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Police arrested a suspect wanted in the United States.", "States", True),
    ("Police detained a man who is wanted in Ethiopia over a hotel attack.", "Ethiopia", True),
    ("Officers arrested a former commander convicted in absentia in Uganda of murder.", "Uganda", True),
    ("Police arrested a man charged in Uganda with the killing of a journalist.", "Uganda", True),
    # where the act someone is wanted for was is not where they were caught either
    ("Police arrested a man wanted for a bombing in Paris.", "Paris", True),
    ("Police detained a leader wanted in Canada over a killing in British Columbia.", "Columbia", True),
    # controls: where the arrest, the trial or the attack itself was
    ("Police arrested a suspect in Madrid on Tuesday.", "Madrid", False),
    ("A court in Cairo sentenced 12 men to death on Sunday.", "Cairo", False),
    ("He was sentenced in Cairo on Sunday.", "Cairo", False),
    ("Police arrested a man in Lyon who had fled a prison in Paris.", "Paris", False),
])
def test_where_someone_is_pursued(nlp, text, name, expected):
    assert pursued_in(_token(nlp(text), name)) is expected


@pytest.mark.parametrize(("text", "country"), [
    ("NAIROBI — Police arrested a man wanted in the United States on Monday.", "KEN"),
    # control: an arrest in the United States is a story there, whatever the desk
    ("NAIROBI — Police arrested a man in the United States on Monday.", "USA"),
])
def test_a_pursuit_abroad_leaves_the_focus_at_home(nlp, text, country):
    assert nlp(text)._.geo_focus[0] == country

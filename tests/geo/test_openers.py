"""The first name after a dateline, which the parser hangs on the dateline's word (geo/openers.py), on sentences we
wrote: read through the dateline's word, the name has its role back ("KHARTOUM, Sudan — El Fasher fell": the town that
fell, the place of the event); elsewhere a name keeps its own role."""
from __future__ import annotations

import pytest

from khabar.geo.openers import role_word

pytestmark = pytest.mark.model


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("KHARTOUM, Sudan — El Fasher fell to the Rapid Support Forces on Sunday.", "Fasher", "KHARTOUM"),
    ("KYIV, Ukraine — Bakhmut was shelled overnight.", "Bakhmut", "KYIV"),
    # controls: a name with its own role, or no dateline before it
    ("Troops entered El Fasher on Sunday.", "Fasher", "Fasher"),
    ("KHARTOUM, Sudan — Fighting spread to El Fasher on Sunday.", "Fasher", "Fasher"),
    ("GAZA CITY — Israeli jets struck Rafah on Monday.", "Rafah", "Rafah"),
])
def test_the_role_of_a_name_hung_on_the_dateline(nlp, text, name, role):
    assert role_word(_token(nlp(text), name)).text == role


@pytest.mark.parametrize(("text", "name", "country"), [
    # the tagger calls the town a group, or an adverb; the dateline took its role as the subject of what it underwent
    ("KHARTOUM, Sudan — El Fasher fell to the Rapid Support Forces on Sunday.", "El Fasher", "SDN"),
    ("KYIV, Ukraine — Bakhmut was shelled overnight.", "Bakhmut", "UKR"),
])
def test_a_town_hung_on_the_dateline_is_a_place(nlp, text, name, country):
    mention = next(m for m in nlp(text)._.places if m.text == name)
    assert (mention.place.country, mention.actor) == (country, False)


def test_a_capital_hung_on_the_dateline_still_speaks_for_its_government(nlp):
    mention = next(m for m in nlp("MOSCOW — Kyiv rejected the proposal on Monday.")._.places if m.text == "Kyiv")
    assert mention.actor

"""Dropped triggers keep their reason; a trigger with no parties is dropped unless it took lives or is a protest
(``khabar.nlp.drops``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


@pytest.mark.parametrize("text,reason", [
    ("Militants often attack convoys.", "generic"),
    ("An investigation was opened into the killings.", "no parties"),
])
def test_a_dropped_trigger_leaves_its_reason(coder, text, reason):
    doc = coder.nlp(text)
    assert not doc._.events
    assert [d.reason for d in doc._.dropped] == [reason]


@pytest.mark.parametrize("text,dead", [
    ("The Nairobi mall attack left 67 dead.", 67),
    ("The attack left 14 people dead in the market.", 14),
    ("The bombing wounded 30 people.", None),
])
def test_violence_that_took_lives_is_an_event_with_no_party_named(coder, text, dead):
    (event,) = _events(coder, text)
    assert event.event == "ASSAULT" and event.size.dead == dead
    assert event.size.dead or event.size.injured


def test_recording_drops_leaves_the_events_as_they_were(coder):
    doc = coder.nlp("Police arrested five men in Basra on Monday. Militants often attack convoys.")
    assert [m.trigger.entry.event for m in doc._.events] == ["COERCE"]
    assert {d.reason for d in doc._.dropped} <= {"generic", "covered", "no parties", "refers back", "status"}


@pytest.mark.parametrize("text,event", [
    # a protest always has protesters, who need not be named
    ("A general strike paralysed the country.", "PROTEST"),
    # a named party's call or ban is one act of its own
    ("The UN's call for a ceasefire went unheeded.", "REQUEST"),
    ("The junta's ban on opposition rallies angered the students.", "COERCE"),
])
def test_unnamed_protesters_and_named_parties_acts(coder, text, event):
    assert event in [e.event for e in _events(coder, text, published=None)]


@pytest.mark.parametrize("text", [
    "Calls for a ceasefire went unheeded.",
    "The ban on smoking in bars is popular.",
])
def test_a_bare_call_or_ban_is_no_event(coder, text):
    assert _events(coder, text, published=None) == []


@pytest.mark.parametrize("text,place", [
    # violence told as happening where the text places it, with no doer or target named (undated)
    ("Peacekeepers came under fire in Bangui.", "Bangui"),
    ("Heavy shelling was reported on the outskirts of Donetsk.", "Donetsk"),
    ("Gunfire was heard near the presidential palace in Ouagadougou.", "Ouagadougou"),
    ("Explosions were heard in central Kharkiv overnight.", "Kharkiv"),
])
def test_placed_violence_is_an_event_with_no_party_named(coder, text, place):
    (event,) = _events(coder, text, published=None)
    assert event.event == "ASSAULT" and event.event_loc is not None and event.event_loc.name == place


@pytest.mark.parametrize("text", [
    "Shelling is common in the villages along the front line near Donetsk.",  # a standing state, no occasion
    "The two leaders agreed to halt fighting in Idlib province.",  # fighting named, not told as happening
    "Gunfire was heard overnight.",  # no place, no party, no date: nothing particular
])
def test_unplaced_or_untold_violence_with_no_party_is_dropped(coder, text):
    assert "ASSAULT" not in [e.event for e in _events(coder, text, published=None)]


@pytest.mark.parametrize("text,categories", [
    # a participle describing the subject by an earlier act tells no second event: one event per told act
    ("The released activists accused the police of torture.", ["ACCUSE"]),
    ("The freed hostages thanked the Qatari government for its mediation.", ["SUPPORT"]),
    ("The arrested protesters were charged with rioting on Tuesday.", ["COERCE"]),
    ("The kidnapped students were freed by police on Sunday.", ["RETREAT"]),
    ("The sanctioned oligarch sued the European Union on Tuesday.", ["ACCUSE"]),
    ("The deported activist criticized the government in an interview.", ["ACCUSE"]),
    ("The banned party held a rally in Dhaka on Friday.", ["PROTEST"]),
    ("The wounded soldiers were decorated by the president on Monday.", []),
])
def test_a_participle_describing_the_subject_is_no_event_of_its_own(coder, text, categories):
    assert [e.event for e in _events(coder, text)] == categories

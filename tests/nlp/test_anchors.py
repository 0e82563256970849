"""Acts anchored to another event are dated from it (``khabar.nlp.anchors``). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import EVENTS_PUBLISHED
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model
PUBLISHED = EVENTS_PUBLISHED


# (text, trigger, its date): an act anchored to another event's noun is dated from that event, shifted by the span
# the text states; a running count gives no day.
ANCHOR_DATES = [
    ("Israeli aircraft struck a house in Rafah on Monday, killing six people. Two days after the strike, thousands "
     "of protesters marched in Ramallah.", "marched", dt.date(2020, 6, 24)),
    ("Gunmen attacked a police station in Zinder on Friday. A day before the attack, the army had arrested three "
     "suspects in the town.", "arrested", dt.date(2020, 6, 25)),
    ("Police raided a house in Kano on Tuesday. Police arrested five men the day after the raid.", "arrested",
     dt.date(2020, 6, 24)),
    # controls: no stated span keeps the anchor's day; a running count gives none
    ("Israeli aircraft struck a house in Rafah on Monday, killing six people. After the strike, protesters marched "
     "in Ramallah.", "marched", dt.date(2020, 6, 22)),
    ("Russian strikes have hit Ukraine's power grid more than 40 times since October, officials said. Repair crews "
     "restored power in Kharkiv a day after the strikes, the mayor said.", "restored", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text,trigger,day", ANCHOR_DATES)
def test_an_act_anchored_to_an_event_is_dated_from_it(coder, text, trigger, day):
    found = [e for e in _events(coder, text, published=dt.date(2020, 6, 26)) if e.trigger == trigger]
    assert found, [e.trigger for e in _events(coder, text, published=dt.date(2020, 6, 26))]
    assert found[0].date == day


ANCHORED_CLAUSES = [
    ("Gunmen attacked a police station in Zinder on Friday. After the attack, police arrested three men.", "arrested",
     True),
    ("Police raided a house in Kano on Tuesday. Police arrested five men the day after the raid.", "arrested", True),
    ("Police arrested five men in Kano on Tuesday.", "arrested", False),
]


@pytest.mark.parametrize(("text", "verb", "anchored"), ANCHORED_CLAUSES)
def test_anchor_phrase_kept_per_doc_answers_as_asked_afresh(coder, text, verb, anchored):
    from khabar.nlp.anchors import _anchor_phrase, anchor_phrase  # the kept answer and the rule itself

    doc = coder.nlp(text)
    lexicon = coder.nlp.get_pipe("khabar_events_v1").lexicon
    trig = next(t for t in doc._.triggers if doc[t.governor].text == verb)
    first = anchor_phrase(doc, trig, lexicon)
    assert first == _anchor_phrase(doc[trig.governor], lexicon)
    assert (first is not None) is anchored
    assert anchor_phrase(doc, trig, lexicon) is first  # asked again: the kept answer

"""The answers ``date_for_trigger`` keeps in the doc's index (``kept_in_index``) must not depend on which trigger asked
first, and must be dropped with the doc's dates or triggers."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.dates import date_for_trigger

PUBLISHED = dt.date(2021, 5, 14)

TEXTS = [
    "Soldiers stormed a rebel camp near Goma on Tuesday and arrested 14 men. They later released six of them.",
    "Police said on Monday they had detained five students in Lahore. The arrests followed a protest on Saturday.\n\n"
    "The protesters clashed with police outside the university.",
    "Thousands marched in Santiago last Wednesday, and police fired tear gas. At least 20 people were injured.",
    "The army said on Thursday it would not negotiate with the rebels. A bomb killed three soldiers in Mosul in March, "
    "the day after the raid on the village.",
]


def _parse(coder, text):
    return coder.nlp(coder._make_doc(Article(id="t", text=text, published=PUBLISHED)))


def _dates(doc, triggers):
    return [date_for_trigger(doc[t.head], doc) for t in triggers]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_answers_do_not_depend_on_the_order_asked(session_coder, text):
    doc = _parse(session_coder, text)
    triggers = list(doc._.triggers or [])
    assert triggers, "the sentences tell events"
    in_order = _dates(doc, triggers)
    doc._.triggers = list(triggers)  # a new list: the index is built again, with no answer kept
    backwards = _dates(doc, triggers[::-1])[::-1]
    assert backwards == in_order
    assert any(value is not None for value in in_order)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_answers_are_dropped_with_the_dates(session_coder, text):
    doc = _parse(session_coder, text)
    triggers = list(doc._.triggers or [])
    _dates(doc, triggers)
    doc._.dates = []  # no date left: no answer may come from the index built on the old ones
    assert _dates(doc, triggers) == [None] * len(triggers)

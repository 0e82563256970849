"""The graver of one doer's acts on one occasion ranks first, on sentences we write."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.model import Article
from khabar.nlp.pipeline import Coder

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _events(coder, text):
    coded = list(coder.code([Article(id="t", text=text, published=dt.date(2022, 6, 1))]))[0]
    assert coded.failure is None
    return coded.events


@pytest.mark.parametrize("text", [
    # a chain of conjuncts, each hung on the one before
    "Troops raided the village, arrested five men and shot dead a teenager who tried to flee.",
    # a participle on the second conjunct
    "Security forces raided the opposition headquarters on Friday and arrested 20 people, killing one.",
    # a use of force told by a light verb and its noun
    "Police arrested dozens of protesters and used tear gas to disperse the crowd.",
    # violence told as the occasion of the arrest, in a relative clause on the raid or by the noun itself
    "Israeli troops arrested a Hamas commander in a raid on Jenin that killed two militants.",
    "Police detained 30 people during clashes in which one officer was killed.",
])
def test_every_lesser_act_of_the_occasion_ranks_below_the_violence(coder, text):
    events = _events(coder, text)
    violence = max(e.confidence for e in events if e.event == "ASSAULT")
    coercion = [e.confidence for e in events if e.event == "COERCE"]
    assert coercion and all(c < violence for c in coercion)


def test_another_partys_act_is_not_ranked_with_the_doers(coder):
    # "and the army killed two": another subject, another occasion's act; the arrests keep their own rank
    events = _events(coder, "Police arrested five protesters on Monday and the army killed two gunmen on Tuesday.")
    arrest = next(e for e in events if e.event == "COERCE")
    killing = next(e for e in events if e.event == "ASSAULT")
    assert arrest.confidence == killing.confidence  # both fully told, neither lowered

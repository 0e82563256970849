"""Parties named together that a later "the two groups" or "the two sides" stands for: groups joined by "and", and
the doer and target of an attack "on" or "at" them (texts we wrote)."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

PUBLISHED = dt.date(2022, 9, 13)

# (article, trigger, side, every party the plural noun stands for: by id or name)
NAMED_TOGETHER = [
    ("Hamas and Islamic Jihad condemned the raid on Jenin. The two groups vowed to retaliate against Israel.",
     "vowed", "actor", {"HAMAS", "PIJ"}),
    ("Azerbaijani troops fired on Armenian positions near the border. The two sides accused one another of "
     "starting the clashes.", "accused", "actor", {"Azerbaijani military", "Armenian military"}),
    ("Indian soldiers shot at Pakistani posts along the Line of Control. Both sides accused each other of "
     "violating the ceasefire.", "accused", "actor", {"IND", "PAK"}),
    # the doer and the direct object of an attack, each qualified by a nation's word
    ("Azerbaijani forces shelled Armenian villages on Tuesday. Both sides accused each other of violating the "
     "ceasefire.", "accused", "actor", {"AZE", "ARM"}),
    ("Ethiopian soldiers attacked Sudanese farmers near the border. The two sides traded accusations on "
     "Wednesday.", "traded", "actor", {"ETH", "SDN"}),
]


def _names(parties: list) -> set[str]:
    return {n for a in parties for n in (a.id, a.name, a.country) if n}


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, side, expected", NAMED_TOGETHER, ids=[r[0][:40] for r in NAMED_TOGETHER])
def test_a_plural_noun_stands_for_the_parties_named_together(coder, text, trigger, side, expected):
    events = [e for e in coded_events(coder, text, PUBLISHED) if trigger in e.trigger]
    assert events and expected <= _names([a for e in events for a in getattr(e, side)])


@pytest.mark.model
def test_a_day_after_on_is_no_other_side(coder):
    text = ("Kenyan police fired tear gas on Tuesday in Nairobi. The two sides accused each other of provoking "
            "the violence.")
    events = [e for e in coded_events(coder, text, PUBLISHED) if "accused" in e.trigger]
    assert all(len(e.actor) <= 1 for e in events)


@pytest.mark.model
def test_an_object_no_nation_names_is_no_side(coder):
    """"The minister condemned the attacks": no second side named, so "both sides" stand for no pair."""
    text = "The minister condemned the attacks. Both sides called for calm."
    events = [e for e in coded_events(coder, text, PUBLISHED) if "called" in e.trigger]
    assert events and not {a.country for e in events for a in e.actor} - {None}

"""A toll goes to the event it names (``coreference.named_attack``, ``records._statements_by_record``).

"The toll from the market bombing rose to 15" counts the market bombing even where the article told a police post
attacked after it: a toll that names its event by its words ("the market bombing", "the Bama attack"), its day
("Tuesday's bombing") or its place ("the toll in Maiduguri") updates the attack that matches, and the latest attack
told before it only where it names nothing or nothing matches. Every article here is our own; a row the rules cannot
yet meet is a strict xfail with its reason.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

THURSDAY = dt.date(2024, 4, 18)  # publication: "Tuesday" is 16 April, "Wednesday" 17 April

MARKET_THEN_POST = ("A bomb exploded at a market in Maiduguri on Tuesday, killing 8 people. On Wednesday, gunmen "
                    "attacked a police post in Bama, killing 3 officers. ")
RAID_THEN_AMBUSH = ("Militants raided a village near Djibo on Monday, killing 11 civilians. Two days later, fighters "
                    "ambushed an army convoy near Arbinda, killing 6 soldiers. ")


# (article, trigger word of each attack in order, their dead)
NAMED_TOLLS = [
    # the toll names its event by its words: the head noun and its compounds
    (MARKET_THEN_POST + "The toll from the market bombing rose to 15, officials said.",
     ("exploded", "attacked"), (15, 3)),
    (MARKET_THEN_POST + "The toll from the Bama attack rose to 5, officials said.", ("exploded", "attacked"), (8, 5)),
    (RAID_THEN_AMBUSH + "The death toll from the village raid rose to 19, a local official said.",
     ("raided", "ambushed"), (19, 6)),
    # ... by its day
    (MARKET_THEN_POST + "The toll from Tuesday's bombing rose to 15, officials said.", ("exploded", "attacked"), (15, 3)),
    # ... by its place
    (MARKET_THEN_POST + "The toll in Maiduguri rose to 15, officials said.", ("exploded", "attacked"), (15, 3)),
    (RAID_THEN_AMBUSH + "The toll in Arbinda rose to 9, the army said.", ("raided", "ambushed"), (11, 9)),
    # controls: a toll naming nothing, or naming what matches no attack, goes to the latest attack told
    (MARKET_THEN_POST + "The death toll rose to 5, officials said.", ("exploded", "attacked"), (8, 5)),
    (MARKET_THEN_POST + "The toll from the checkpoint shooting rose to 5, officials said.",
     ("exploded", "attacked"), (8, 5)),
    # a toll whose words match both attacks goes to the latest of them
    ("Gunmen attacked a church in Owo on Sunday, killing 20 worshippers. On Monday, gunmen attacked a mosque in "
     "Zaria, killing 4 people. The toll from the attack rose to 7, police said.", ("attacked", "attacked"), (20, 7)),
    # the day or place named contradicts the latest attack: the earlier one, though the words match both
    ("Gunmen attacked a church in Owo on Sunday, killing 20 worshippers. On Monday, gunmen attacked a mosque in "
     "Zaria, killing 4 people. The toll from Sunday's attack rose to 26, police said.",
     ("attacked", "attacked"), (26, 4)),
    # "N people died in X": the toll of the attack X names (``quantities.toll_host``)
    (MARKET_THEN_POST + "Fifteen people died in Tuesday's blast, officials said.", ("exploded", "attacked"), (15, 3)),
]

# (article, trigger word of the attack, its dead): one attack, whatever the toll names
ONE_ATTACK = [
    ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing 9 people. The toll from the hotel bombing "
     "rose to 12, police said.", "exploded", 12),
    ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing 9 people. The toll from the market attack "
     "rose to 12, police said.", "exploded", 12),
    ("A car bomb exploded outside a hotel in Mogadishu on Friday, killing 9 people. The death toll rose to 12, "
     "police said.", "exploded", 12),
]


def _dead_of(events, text: str, trigger: str, occurrence: int) -> int | None:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    found = [e for e in events if e.trigger_span and e.trigger_span[0] == start]
    assert found, f"no record on {trigger!r} #{occurrence}: {[e.trigger for e in events]}"
    return found[0].size.dead


@pytest.mark.model
@pytest.mark.parametrize(("text", "triggers", "dead"), NAMED_TOLLS, ids=[f"{i:02d}" for i in range(len(NAMED_TOLLS))])
def test_a_toll_updates_the_attack_it_names(session_coder, text, triggers, dead):
    events = coded_events(session_coder, text, THURSDAY)
    found = tuple(_dead_of(events, text, trigger, triggers[:i].count(trigger)) for i, trigger in enumerate(triggers))
    assert found == dead


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "dead"), ONE_ATTACK, ids=[f"{i:02d}" for i in range(len(ONE_ATTACK))])
def test_a_toll_of_the_only_attack_updates_it_whatever_it_names(session_coder, text, trigger, dead):
    events = coded_events(session_coder, text, THURSDAY)
    assert _dead_of(events, text, trigger, 0) == dead

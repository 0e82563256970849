"""The toll of one record (``khabar.nlp.tolls``): tolls of the same victims update one another, tolls of different
victims add up, as ACLED's fatalities count every death of the event."""
from __future__ import annotations

import pytest

from khabar.nlp.tolls import Counted, Victims, entered, same_victims

SOLDIERS = Victims("targets", frozenset({("forces", "MLI")}))
OTHER_SOLDIERS = Victims("targets", frozenset({("forces", "BFA")}))
CIVILIANS = Victims("targets", frozenset({("civilians", "MLI")}))
EVERYONE = Victims("targets", frozenset())
ASSAILANTS = Victims("doers", frozenset({("armed", "MLI")}))


@pytest.mark.parametrize("told,total", [
    ([(SOLDIERS, 9), (SOLDIERS, 11)], 11),  # an update of one group's toll: the larger wins
    ([(SOLDIERS, 9), (ASSAILANTS, 40)], 49),  # the doers' dead add to the targets'
    ([(SOLDIERS, 5), (CIVILIANS, 3)], 8),  # two groups of one side that cannot be one
    ([(SOLDIERS, 5), (OTHER_SOLDIERS, 2)], 7),  # two states' soldiers
    ([(EVERYONE, 20), (CIVILIANS, 6)], 20),  # a group within everyone the act hit: a part
    ([(EVERYONE, 12), (EVERYONE, 15)], 15),  # the toll of everyone, reported again
    ([(SOLDIERS, 5), (CIVILIANS, 3), (EVERYONE, 10)], 10),  # a toll of everyone no smaller than the sum: the total
    ([(SOLDIERS, 5), (CIVILIANS, 3), (EVERYONE, 4)], 8),  # a smaller one: a part of it
    ([(EVERYONE, 12), (ASSAILANTS, 40), (EVERYONE, 15)], 55),  # the targets' toll rose; the doers' stays apart
])
def test_tolls_of_one_record_update_the_same_victims_and_add_up_different_ones(told, total):
    ledger: list[Counted] = []
    for victims, value in told:
        ledger = entered(ledger, Counted(victims, value))
    assert sum(c.value for c in ledger) == total


def test_a_toll_told_as_added_is_summed_whatever_its_victims():
    ledger = entered([Counted(EVERYONE, 14)], Counted(EVERYONE, 2), added=True)  # "two more people died"
    assert sum(c.value for c in ledger) == 16


@pytest.mark.parametrize("first,second,same", [
    (SOLDIERS, SOLDIERS, True),
    (SOLDIERS, EVERYONE, True),
    (SOLDIERS, CIVILIANS, False),
    (SOLDIERS, OTHER_SOLDIERS, False),
    (ASSAILANTS, Victims("targets", frozenset({("armed", "MLI")})), False),  # the doers' side is never the targets'
    (CIVILIANS, Victims("targets", frozenset({("civilians", "NER")})), True),  # a civilian's guessed country
])
def test_same_victims(first, second, same):
    assert same_victims(first, second) is same
    assert same_victims(second, first) is same

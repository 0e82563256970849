"""The occupiers' table: who holds a land on a date, and no one where the table names none."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors.occupations import occupations, occupier_of


@pytest.mark.parametrize(("territory", "day", "occupier"), [
    ("IRQ", dt.date(2004, 5, 1), "USA"),
    ("IRQ", dt.date(2015, 5, 1), None),  # the coalition had left
    ("LBN", dt.date(1998, 3, 2), "ISR"),
    ("LBN", dt.date(2006, 7, 20), None),  # the strip was given up in 2000
    ("KWT", dt.date(1990, 10, 10), "IRQ"),
    ("PSE", dt.date(2021, 10, 12), "ISR"),  # still held: no end date
    ("FRA", dt.date(2021, 10, 12), None),
    (None, dt.date(2021, 10, 12), None),
])
def test_occupier_on_a_date(territory, day, occupier):
    assert occupier_of(territory, date=day) == occupier


def test_undated_text_reads_only_holdings_not_ended():
    assert occupier_of("PSE", date=None) == "ISR"
    assert occupier_of("IRQ", date=None) is None


def test_every_row_starts_before_it_ends():
    assert occupations()
    assert all(o.end is None or o.start < o.end for o in occupations())

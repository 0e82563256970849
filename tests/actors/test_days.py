"""A resolution made for every date at once: it completes only where the date cannot change the answer."""
import datetime as dt

import pytest

from khabar.actors import default_kb, shipped_files
from khabar.actors.days import ANY_DAY, DayNeeded, On
from khabar.actors.index import build_index
from khabar.actors.resolver import resolve
from khabar.actors.schema import load_file

D = dt.date
DAYS = (None, D(2001, 3, 1), D(2010, 6, 1), D(2019, 12, 15), D(2020, 7, 1))


@pytest.fixture(scope="module")
def index():
    return build_index([load_file(p) for p in shipped_files()])


@pytest.mark.parametrize("mention, country", [
    ("the Iraqi police", None), ("police", "IRQ"), ("Kataib Hezbollah fighters", None), ("U.S. forces in Iraq", None),
    ("Hariri", "LBN"), ("the prime minister", "IRQ"), ("the Quds Force commander", None), ("lawmakers", "IRN"),
])
def test_an_answer_for_any_day_is_the_answer_on_every_day(index, mention, country):
    try:
        timeless = resolve(index, mention, day=ANY_DAY, country=country)
    except DayNeeded:
        return  # the date was needed: such mentions are resolved for their own date only
    assert all(resolve(index, mention, day=On(day), country=country) == timeless for day in DAYS)


@pytest.mark.parametrize("mention, country", [
    ("the prime minister", "IRQ"),  # an office: its holder on the date
    ("the Quds Force commander", None),
    ("Hariri", "LBN"),  # namesakes, told apart by who was in office on the date
])
def test_a_mention_whose_answer_depends_on_the_date_needs_it(index, mention, country):
    with pytest.raises(DayNeeded):
        resolve(index, mention, day=ANY_DAY, country=country)


@pytest.mark.parametrize("mention, country", [("the Iraqi police", None), ("Kataib Hezbollah", None),
                                              ("protesters", "SDN")])
def test_a_mention_that_names_one_actor_whatever_the_date_needs_none(index, mention, country):
    assert resolve(index, mention, day=ANY_DAY, country=country) is not None


def test_the_knowledge_base_answers_dated_mentions_for_each_date_after_undated_ones():
    kb = default_kb()
    police = [kb.resolve("the police", date=day, country="IRQ") for day in DAYS]
    assert police[0] is not None and all(p == police[0] for p in police)
    holders = [kb.resolve("the prime minister", date=day, country="IRQ").id for day in (D(2019, 12, 15), D(2020, 7, 1))]
    assert holders == ["person.abdulmahdi", "person.kadhimi"]

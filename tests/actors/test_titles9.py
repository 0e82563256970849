"""Ministers named by title resolve to the holder on the date (sweep titles9); a title before a known name is the
person; a person in an international body's headship or an armed force's command takes that office's sector."""
import datetime as dt

import pytest

from khabar.actors import default_kb

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return default_kb()


# (mention, date, article country, the holder's id)
MINISTERS = [
    ("Russia's foreign minister", D(2020, 6, 26), None, "person.lavrov"),
    ("the British foreign secretary", D(2020, 6, 26), None, "person.raab"),
    ("the British foreign secretary", D(2017, 3, 1), None, "person.bjohnson"),
    ("Israel's defence minister", D(2021, 2, 10), None, "person.gantz"),
    ("the U.S. secretary of state", D(2019, 9, 3), None, "person.pompeo"),
    ("U.S. Secretary of State", D(2022, 4, 12), None, "person.blinken"),
    ("the Iranian foreign minister", D(2018, 11, 5), None, "person.zarif"),
    ("the Iranian foreign minister", D(2023, 2, 5), None, "person.amirabdollahian"),
    ("French Foreign Minister", D(2019, 10, 8), None, "person.ledrian"),
    ("the foreign minister of Egypt", D(2016, 8, 1), None, "person.shoukry"),
    ("the Egyptian minister of foreign affairs", D(2016, 8, 1), None, "person.shoukry"),
    ("the Chinese foreign minister", D(2017, 5, 2), None, "person.wangyi"),
    ("the Russian defence minister", D(2016, 4, 4), None, "person.shoigu"),
    ("the U.S. defense secretary", D(2020, 2, 20), None, "person.esper"),
    ("Turkey's defense minister", D(2021, 9, 9), None, "person.hulusiakar"),
    # with no state stated, the article's own
    ("the foreign minister", D(2016, 8, 1), "TUR", "person.cavusoglu"),
    ("the defence minister", D(2021, 9, 9), "TUR", "person.hulusiakar"),
    ("the secretary of state", D(2019, 9, 3), "USA", "person.pompeo"),
    ("the foreign secretary", D(2020, 6, 26), "GBR", "person.raab"),
    ("Foreign Minister", D(2020, 6, 26), "RUS", "person.lavrov"),
]


@pytest.mark.parametrize("mention, day, country, expected", MINISTERS)
def test_a_minister_named_by_title_is_the_holder_on_the_day(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor
    assert actor.text == mention


# (mention, date, article country, the ministry's id): no holder known on the date
MINISTRIES = [
    ("Russia's foreign minister", D(1995, 6, 1), None, "RUS.MFA"),
    ("the British foreign secretary", D(1995, 6, 1), None, "GBR.FCDO"),
    ("the Indian defence minister", D(2005, 6, 1), None, "IND.MOD"),
    ("the foreign minister", D(1990, 1, 1), "TUR", "TUR.MFA"),
]


@pytest.mark.parametrize("mention, day, country, expected", MINISTRIES)
def test_with_no_holder_on_the_day_the_ministry_acts(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor
    assert actor.id.startswith(actor.country)  # the state's own ministry, not a nameless person


@pytest.mark.parametrize("mention, country", [
    ("a former foreign minister", "EGY"),
    ("Egypt's former foreign minister", None),
    ("the former British foreign secretary", None),
    ("the foreign minister", None),  # no state stated and none for the article: nobody is guessed
])
def test_no_holder_for_a_former_minister_or_an_unknown_state(kb, mention, country):
    actor = kb.resolve(mention, date=D(2020, 6, 26), country=country)
    assert actor is None or actor.id is None or not actor.id.startswith("person.")


# (mention, date, expected id): the named person wins over the title around the name
TITLED_NAMES = [
    ("Secretary of State Mike Pompeo", D(2020, 6, 26), "person.pompeo"),
    ("U.S. Secretary of State Antony Blinken", D(2022, 1, 10), "person.blinken"),
    ("Secretary of Defense Mark Esper", D(2020, 6, 26), "person.esper"),
    ("Foreign Minister Sergei Lavrov", D(2020, 6, 26), "person.lavrov"),
    ("Defence Secretary Ben Wallace", D(2020, 6, 26), "person.benwallace"),
    ("Prime Minister Boris Johnson", D(2020, 6, 26), "person.bjohnson"),
    ("Gen. Mark Milley", D(2020, 6, 26), "person.milley"),
    # a title the person did not hold on the date still names him: the name wins
    ("Foreign Secretary Boris Johnson", D(2017, 3, 1), "person.bjohnson"),
    ("Prime Minister Boris Johnson", D(2021, 5, 1), "person.bjohnson"),
]


@pytest.mark.parametrize("mention, day, expected", TITLED_NAMES)
def test_a_known_name_after_a_title_is_the_person(kb, mention, day, expected):
    actor = kb.resolve(mention, date=day, country=None)
    assert actor is not None and actor.id == expected, actor


def test_a_secretary_of_a_person_is_not_the_person(kb):
    """The title check reads the office's whole name: "Pompeo's secretary" is one of his staff, of his country."""
    actor = kb.resolve("Pompeo's secretary", date=D(2020, 6, 26), country=None)
    assert actor is not None and actor.id != "person.pompeo" and actor.country == "USA"


# (mention, date, expected sector, expected country)
OFFICE_SECTORS = [
    ("NATO Secretary General Jens Stoltenberg", D(2020, 6, 26), "IGO", None),
    ("Stoltenberg", D(2012, 6, 1), "GOV", "NOR"),  # before NATO: his own state's politician
    ("Antonio Guterres", D(2019, 3, 1), "IGO", None),
    ("Mark Rutte", D(2021, 6, 1), "GOV", "NLD"),  # Dutch prime minister
    ("Mark Rutte", D(2025, 3, 1), "IGO", None),  # NATO's secretary-general
    ("Benny Gantz", D(2013, 6, 1), "MIL", "ISR"),  # chief of staff of the IDF
    ("Benny Gantz", D(2021, 6, 1), "GOV", "ISR"),  # a defence minister is a politician: his own sector
]


@pytest.mark.parametrize("mention, day, sector, country", OFFICE_SECTORS)
def test_a_person_takes_the_sector_of_the_office_held_on_the_day(kb, mention, day, sector, country):
    actor = kb.resolve(mention, date=day, country=None)
    assert actor is not None and actor.id is not None and actor.id.startswith("person.")
    assert (actor.sector, actor.country) == (sector, country)


@pytest.mark.parametrize("mention, body", [
    ("Yahya Saree", "HOUTHIS"), ("Abu Obeida", "HAMAS.QASSAM"), ("Zabihullah Mujahid", "TALIBAN")])
def test_armed_movements_spokesmen_are_of_their_movement(kb, mention, body):
    actor = kb.resolve(mention, date=D(2021, 5, 14), country=None)
    movement = kb.get(body)
    assert actor is not None and actor.id.startswith("person.")
    assert (actor.country, actor.sector) == (movement.country, movement.sector)
    assert any(r.type == "member_of" and r.object == body for r in kb.entry(actor.id).relations)

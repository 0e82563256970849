"""Interior, finance, home-affairs and police ministers named by title resolve to the holder on the date (sweep
kb10), under each office's English names; prime ministers of states whose presidents head the government too."""
import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.actors.normalise import normalise
from khabar.actors.titles import office_names

D = dt.date


@pytest.fixture(scope="module")
def kb():
    return default_kb()


# (mention, date, article country, the holder's id)
MINISTERS = [
    ("Iraq's interior minister", D(2021, 3, 14), None, "person.ghanimi"),
    ("the Iraqi interior minister", D(2017, 6, 1), None, "person.araji"),
    ("Iraqi Interior Minister", D(2023, 5, 1), None, "person.aashammari"),
    ("the interior minister", D(2019, 9, 1), "IRQ", "person.yasiri"),
    ("the minister of interior", D(2019, 9, 1), "IRQ", "person.yasiri"),
    ("the finance minister", D(2021, 3, 14), "IRQ", "person.aliallawi"),
    ("Iraq's finance minister", D(2015, 2, 1), None, "person.zebari"),
    ("Turkey's interior minister", D(2019, 2, 20), None, "person.soylu"),
    ("the Turkish finance minister", D(2019, 2, 20), None, "person.albayrak"),
    ("the Turkish finance minister", D(2024, 2, 20), None, "person.simsek"),
    ("Iran's interior minister", D(2018, 1, 2), None, "person.rahmanifazli"),
    ("the Iranian interior minister", D(2022, 9, 20), None, "person.vahidi"),
    ("the Lebanese interior minister", D(2022, 9, 16), None, "person.mawlawi"),
    ("Lebanon's finance minister", D(2022, 9, 16), None, "person.youssefkhalil"),
    ("the Syrian interior minister", D(2020, 1, 5), None, "person.rahmoun"),
    ("Saudi Arabia's interior minister", D(2016, 1, 3), None, "person.mbnayef"),
    ("the Saudi finance minister", D(2020, 5, 11), None, "person.jadaan"),
    ("Israel's finance minister", D(2023, 8, 2), None, "person.smotrich"),
    ("the Israeli interior minister", D(2017, 4, 1), None, "person.deri"),
    ("the national security minister", D(2023, 8, 2), "ISR", "person.bengvir"),
    ("the public security minister", D(2018, 4, 1), "ISR", "person.erdan"),
    ("the French interior minister", D(2021, 1, 10), None, "person.darmanin"),
    ("the minister of the interior", D(2018, 1, 10), "FRA", "person.collomb"),
    ("the French finance minister", D(2019, 1, 10), None, "person.lemaire"),
    ("the Russian interior minister", D(2019, 1, 10), None, "person.kolokoltsev"),
    ("Russia's finance minister", D(2022, 3, 1), None, "person.siluanov"),
    ("the Chinese finance minister", D(2020, 3, 1), None, "person.liukun"),
    ("the Chinese public security minister", D(2023, 3, 1), None, "person.wangxiaohong"),
    # Britain's and America's names for the offices
    ("the British home secretary", D(2020, 1, 1), None, "person.ppatel"),
    ("the home secretary", D(2017, 1, 1), "GBR", "person.amberrudd"),
    ("Britain's home secretary", D(2024, 1, 10), None, "person.cleverly"),
    ("the chancellor of the exchequer", D(2021, 1, 1), "GBR", "person.sunak"),
    ("the British finance minister", D(2023, 3, 1), None, "person.jhunt"),
    ("the U.S. treasury secretary", D(2022, 1, 1), None, "person.yellen"),
    ("the secretary of the treasury", D(2018, 1, 1), "USA", "person.mnuchin"),
    ("the U.S. secretary of homeland security", D(2022, 1, 1), None, "person.mayorkas"),
    ("the homeland security secretary", D(2025, 6, 1), "USA", "person.noem"),
    ("India's home minister", D(2022, 1, 1), None, "person.amitshah"),
    ("Afghanistan's interior minister", D(2022, 1, 1), None, "person.shaqqani"),
    # defence and foreign ministers filled in for the years since 2015
    ("the Iraqi defence minister", D(2021, 1, 1), None, "person.jumainad"),
    ("the Iraqi foreign minister", D(2016, 1, 1), None, "person.jaafari"),
    ("the Syrian defence minister", D(2020, 1, 1), None, "person.ayyoub"),
    ("the Syrian foreign minister", D(2024, 10, 15), None, "person.sabbagh"),
    ("the Lebanese defence minister", D(2023, 1, 1), None, "person.mslim"),
    ("the Israeli defense minister", D(2019, 3, 1), None, "person.netanyahu"),
    ("the Israeli foreign minister", D(2019, 6, 1), None, "person.ikatz"),
    ("the Saudi defence minister", D(2023, 1, 1), None, "person.khalidbinsalman"),
    ("the defence minister", D(2016, 6, 1), "TUR", "person.fikriisik"),
    # a state's government as a whole owns its ministers as the state does; a ministry owns none
    ("the Taliban government's defence minister", D(2023, 1, 1), None, "person.myaqoob"),
    ("the Iraqi government's interior minister", D(2021, 3, 14), None, "person.ghanimi"),
    ("the U.S. administration's treasury secretary", D(2022, 1, 1), None, "person.yellen"),
]


@pytest.mark.parametrize("mention, day, country, expected", MINISTERS)
def test_a_minister_named_by_title_is_the_holder_on_the_day(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor


# (mention, date, article country, the ministry's id): no holder known on the date
MINISTRIES = [
    ("the Iraqi interior minister", D(2016, 10, 1), None, "IRQ.MOI"),  # after Ghabban resigned, before Araji
    ("the interior minister", D(2005, 1, 1), "IRQ", "IRQ.MOI"),
    ("the U.S. interior secretary", D(2021, 3, 1), None, "USA.DOI"),  # Haaland took office on March 16
    ("Lebanon's finance minister", D(2010, 1, 1), None, "LBN.MOF"),
]


@pytest.mark.parametrize("mention, day, country, expected", MINISTRIES)
def test_with_no_holder_on_the_day_the_ministry_acts(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor
    assert actor.id.startswith(actor.country)


@pytest.mark.parametrize("mention, country", [
    ("a deputy interior minister", "IRQ"),
    ("the deputy finance minister", "TUR"),
    ("the former interior minister", "IRQ"),
    ("the interior minister's spokesman", "IRQ"),
    ("the shadow home secretary", "GBR"),
    ("the interior minister", None),  # no state stated and none for the article: nobody is guessed
])
def test_no_holder_for_a_deputy_a_former_minister_or_an_unknown_state(kb, mention, country):
    actor = kb.resolve(mention, date=D(2021, 3, 14), country=country)
    assert actor is None or actor.id is None or not actor.id.startswith("person.")


def test_the_other_states_office_is_not_the_holder(kb):
    """Israel has an interior minister and a police minister: each title names its own office's holder."""
    day = D(2017, 4, 1)
    assert kb.resolve("the interior minister", date=day, country="ISR").id == "person.deri"
    assert kb.resolve("the public security minister", date=day, country="ISR").id == "person.erdan"


@pytest.mark.parametrize("title, other", [
    ("home secretary", "interior minister"), ("treasury secretary", "finance minister"),
    ("secretary of homeland security", "homeland security secretary"),
])
def test_one_office_under_its_english_names(title, other):
    assert office_names(title) == office_names(other)


def test_the_interior_and_the_police_ministry_are_two_offices():
    assert office_names("interior minister") != office_names("public security minister")
    assert office_names("finance minister") != office_names("interior minister")


def test_britains_chancellor_is_a_finance_minister_but_a_chancellor_is_not_always_one():
    assert {normalise("finance minister"), normalise("chancellor")} <= office_names("chancellor of the exchequer")
    assert normalise("finance minister") not in office_names("chancellor")


# (mention, date, article country, expected id): "chancellor" heads Germany's government and Britain's Treasury
CHANCELLORS = [
    ("the British chancellor", D(2021, 3, 14), None, "person.sunak"),
    ("the chancellor", D(2023, 3, 15), "GBR", "person.jhunt"),
    ("the German chancellor", D(2021, 3, 14), None, "person.merkel"),
    ("the chancellor", D(2021, 3, 14), "DEU", "person.merkel"),
    ("the Austrian chancellor", D(2021, 3, 14), None, "person.kurz"),
]


@pytest.mark.parametrize("mention, day, country, expected", CHANCELLORS)
def test_a_chancellor_is_the_holder_of_the_states_office_of_that_name(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor


def test_a_chancellor_where_none_is_known_is_no_finance_minister(kb):
    actor = kb.resolve("the chancellor", date=D(2022, 1, 1), country="USA")
    assert actor is None or actor.id != "person.yellen"


# (mention, date, article country, expected id): states whose president also heads the government, with a premier
PREMIERS = [
    ("the prime minister", D(2023, 3, 1), "BFA", "person.kyelem"),
    ("the Congolese prime minister", D(2022, 3, 1), None, "person.lukonde"),
    ("the prime minister", D(2022, 3, 1), "UGA", "person.nabbanja"),
    ("Uganda's president", D(2022, 3, 1), None, "person.museveni"),
    ("the Malian prime minister", D(2020, 1, 1), None, "person.bouboucisse"),
    ("the Chadian prime minister", D(2023, 1, 1), None, "person.kebzabo"),
    ("the Rwandan prime minister", D(2020, 1, 1), None, "person.ngirente"),
    ("Rwanda's president", D(2020, 1, 1), None, "person.kagame"),
    ("the Central African prime minister", D(2023, 1, 1), None, "person.moloua"),
    ("Niger's prime minister", D(2022, 1, 1), None, "person.ouhoumoudou"),
]


@pytest.mark.parametrize("mention, day, country, expected", PREMIERS)
def test_a_premier_and_a_president_are_each_their_office_holder(kb, mention, day, country, expected):
    actor = kb.resolve(mention, date=day, country=country)
    assert actor is not None and actor.id == expected, actor

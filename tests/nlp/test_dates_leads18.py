"""Open leads of the dates, round 18: a month of last year, a weekday after a dateline, the day a report was made,
spans counted from the story's last day, and six wire articles of our own dense in dates of every form.

Each table holds sentences of our own with controls; a sentence the rules cannot date in general is a strict xfail
with its reason. Expected values are (date, enddate, precision), None for an undated event.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.nlp.dates import DateValue, resolve_date
from tests.nlp.conftest import coded_events, coded_headed_articles, dated_fact_params, event_telling, rows_with_known_misses
from tests.nlp.conftest import as_tuple, told_date
from tests.nlp.conftest import day_told as day, month_told as month, year_told as year

D = dt.date
FRIDAY = D(2020, 6, 26)  # publication of the sentence tables: a Friday
SUNDAY = D(2020, 6, 28)
ARTICLES = Path(__file__).parent / "data" / "dates18"


def week(monday: dt.date) -> tuple:
    return monday, monday + dt.timedelta(days=6), "week"


# --- the phrases alone ------------------------------------------------------------------------------------------------

ANCHOR = DateValue(D(2020, 6, 2), D(2020, 6, 2), "day")  # "... on June 2." told before

PHRASES = [
    # (phrase, publication, anchor, expected)
    ("in July last year", FRIDAY, None, month(2019, 7, 31)),
    ("in March last year", FRIDAY, None, month(2019, 3, 31)),
    ("in May this year", FRIDAY, None, month(2020, 5, 31)),
    ("in July of last year", FRIDAY, None, month(2019, 7, 31)),
    ("in mid-July last year", FRIDAY, None, month(2019, 7, 31)),
    ("March of next year", FRIDAY, None, month(2021, 3, 31)),
    ("earlier this year", FRIDAY, None, year(2020)),
    ("late last year", FRIDAY, None, year(2019)),
    # controls: a bare month is the last one not after publication, "last July" the one before
    ("in July", FRIDAY, None, month(2019, 7, 31)),
    ("in May", FRIDAY, None, month(2020, 5, 31)),
    ("last July", FRIDAY, None, month(2019, 7, 31)),
    # spans counted from publication
    ("three years ago", FRIDAY, None, year(2017)),
    ("in the 1990s", FRIDAY, None, (D(1990, 1, 1), D(1999, 12, 31), "range")),
    ("in the past week", FRIDAY, None, (D(2020, 6, 19), FRIDAY, "range")),
    ("the past month", FRIDAY, None, (D(2020, 5, 26), FRIDAY, "range")),
    ("less than a week ago", FRIDAY, None, (D(2020, 6, 19), FRIDAY, "range")),
    ("more than a week ago", FRIDAY, None, None),
    ("last week", FRIDAY, None, week(D(2020, 6, 15))),  # control: the calendar week before
    ("since the beginning of October", FRIDAY, None, (D(2019, 10, 1), FRIDAY, "range")),
    ("over the weekend", FRIDAY, None, (D(2020, 6, 20), D(2020, 6, 21), "range")),
    ("over the weekend", SUNDAY, None, (D(2020, 6, 27), SUNDAY, "range")),  # Sunday's paper: this weekend
    ("last weekend", SUNDAY, None, (D(2020, 6, 20), D(2020, 6, 21), "range")),
    # counted from the story's last day, else from publication only where the phrase allows it
    ("the week before", FRIDAY, ANCHOR, week(D(2020, 5, 25))),
    ("the week before", FRIDAY, None, None),
    ("the previous week", FRIDAY, ANCHOR, week(D(2020, 5, 25))),
    ("the previous week", FRIDAY, None, week(D(2020, 6, 15))),
    ("the month before", FRIDAY, ANCHOR, month(2020, 5, 31)),
    ("the following week", FRIDAY, ANCHOR, week(D(2020, 6, 8))),
    ("the following week", FRIDAY, None, None),
    ("the day before", FRIDAY, ANCHOR, day(D(2020, 6, 1))),
    ("two days earlier", FRIDAY, ANCHOR, day(D(2020, 5, 31))),
]


@pytest.mark.parametrize("phrase,published,anchor,expected", PHRASES)
def test_a_phrase_resolves(phrase, published, anchor, expected):
    assert as_tuple(resolve_date(phrase, published, anchor=anchor)) == expected


# --- in sentences: the date the coder gives the event --------------------------------------------------------------

SENTENCES = [
    # (text, publication, trigger, expected)
    # 1. a month of last year or of this one
    ("Rebels seized the town of Gao in July last year.", FRIDAY, "seized", month(2019, 7, 31)),
    ("Police arrested the opposition leader in March last year.", FRIDAY, "arrested", month(2019, 3, 31)),
    ("Troops killed 12 militants in May this year.", FRIDAY, "killed", month(2020, 5, 31)),
    ("The army launched an offensive in July of last year.", FRIDAY, "launched", month(2019, 7, 31)),
    ("The government imposed a curfew earlier this year.", FRIDAY, "imposed", year(2020)),
    ("Protesters stormed the parliament last July.", FRIDAY, "stormed", month(2019, 7, 31)),
    # 2. a weekday after a dateline counts from the dateline; "after two days of fighting" is no date of its own
    ("MOGADISHU, June 14 (Reuters) - Somali troops captured the town of Bardere on Saturday after two days of "
     "fighting, the army said.", FRIDAY, "captured", day(D(2020, 6, 13))),
    ("LIMA, June 14 (AFP) - The government declared a state of emergency on Saturday after protesters blocked roads "
     "for a fifth week.", FRIDAY, "declared", day(D(2020, 6, 13))),
    ("Kenyan troops captured the town on Saturday after two days of fighting.", FRIDAY, "captured",
     day(D(2020, 6, 20))),  # control: no dateline, the Saturday before publication
    # 3. the day of a report is not the day of the past act it reports
    ("The army said in a statement on Monday that its troops had killed 12 attackers in an ambush.", FRIDAY,
     "killed", None),
    ("Police said on Monday they had arrested five men.", FRIDAY, "arrested", None),
    ("Police said on Monday they arrested five men.", FRIDAY, "arrested", None),
    ("Gunmen stormed a village in Zamfara on Sunday. Police said on Monday they had arrested five suspects.",
     FRIDAY, "arrested", None),
    # controls: the act's own day, told after its verb
    ("The army said on Monday its troops killed 12 attackers on Sunday.", FRIDAY, "killed", day(D(2020, 6, 21))),
    ("Police said they arrested 5 men on Monday.", FRIDAY, "arrested", day(D(2020, 6, 22))),
    # a day later than the act's day, not the report's
    ("Jihadist fighters killed 20 soldiers at an army post late on Wednesday, the army said on Thursday. A day later, "
     "troops recaptured the post.", FRIDAY, "recaptured", day(D(2020, 6, 25))),
    # control: a report's day anchors where its sentence tells no act's day
    ("Officials said on Monday that the talks had collapsed. The next day, rebels shelled the city.", FRIDAY,
     "shelled", day(D(2020, 6, 23))),
    # 4. spans: the weekend, overnight, the early hours, the day or week before, years ago, a decade
    ("Gunmen attacked a church over the weekend, killing four people.", FRIDAY, "attacked",
     (D(2020, 6, 20), D(2020, 6, 21), "range")),
    ("Gunmen attacked a church over the weekend, killing four people.", SUNDAY, "attacked",
     (D(2020, 6, 27), D(2020, 6, 28), "range")),
    ("Gunmen attacked a police station overnight, killing three officers.", FRIDAY, "attacked", day(FRIDAY)),
    ("KABUL, June 14 (Reuters) - Taliban fighters attacked a police post overnight, killing six officers, officials "
     "said.", FRIDAY, "attacked", day(D(2020, 6, 14))),
    ("Troops attacked the village in the early hours of Tuesday.", FRIDAY, "attacked", day(D(2020, 6, 23))),
    ("Police raided the compound on Thursday. The day before, gunmen attacked a checkpoint.", FRIDAY, "attacked",
     day(D(2020, 6, 24))),
    ("Troops shelled the town on June 2. The week before, rebels seized the airport.", FRIDAY, "seized",
     week(D(2020, 5, 25))),
    ("Troops shelled the town on June 2. The previous week, rebels had seized the airport.", FRIDAY, "seized",
     week(D(2020, 5, 25))),
    ("Troops shelled the town on June 2. A week earlier, rebels seized the airport.", FRIDAY, "seized",
     day(D(2020, 5, 26))),
    ("Ukrainian forces entered Kherson on Friday. Moscow had announced the withdrawal two days earlier.", FRIDAY,
     "announced", day(D(2020, 6, 24))),
    ("Rebels seized the airport the previous week.", FRIDAY, "seized", week(D(2020, 6, 15))),
    ("Rebels seized the airport a week earlier.", FRIDAY, "seized", None),  # earlier than no day told
    ("The militia attacked the village three years ago.", FRIDAY, "attacked", year(2017)),
    ("The army massacred hundreds of villagers in the 1990s.", FRIDAY, "massacred",
     (D(1990, 1, 1), D(1999, 12, 31), "range")),
    ("Less than a week ago, the rebels struck an oil depot in the port.", FRIDAY, "struck",
     (D(2020, 6, 19), FRIDAY, "range")),
    # a coarse date in the sentence leaves "two days later" no day to count from
    ("Police raided the compound on Thursday. Last October, a court freed the cleric on bail; he was detained again "
     "two days later.", FRIDAY, "detained", None),
    # a clause of time on "since X" tells X, not the whole stretch
    ("The party has held protests in several cities since last May, when its leader was first detained.", FRIDAY,
     "detained", month(2020, 5, 31)),
    # a date after a participle that describes a noun is the clause's
    ("The United States imposed sanctions on four companies linked to both sides on June 1.", FRIDAY, "imposed",
     day(D(2020, 6, 1))),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,trigger,expected", rows_with_known_misses(SENTENCES, {}))
def test_the_event_takes_the_date_the_text_gives_it(session_coder, text, published, trigger, expected):
    event = event_telling(coded_events(session_coder, text, published), text, trigger)
    assert told_date(event) == expected


# --- whole articles -----------------------------------------------------------------------------------------------

# (article, words of the sentence, trigger, expected, why it is still missed or None)
ARTICLE_FACTS = [
    ("a1_mali", "Jihadist fighters killed", "killed", day(D(2023, 3, 8)), None),
    ("a1_mali", "it had lost 11 soldiers", "ambush", week(D(2023, 2, 27)), None),  # last week from the dateline
    ("a1_mali", "more than 40 attacks", "attacks", (D(2022, 10, 1), D(2023, 3, 9), "range"), None),
    ("a1_mali", "In December, gunmen", "killed", month(2022, 12, 31), None),
    ("a1_mali", "Two months ago", "expelled", month(2023, 1, 31), None),
    ("a1_mali", "its air force killed", "killed", day(D(2023, 3, 7)), None),
    ("a1_mali", "Hundreds of people marched", "marched", day(D(2023, 3, 6)), None),
    ("a1_mali", "would march again in April", "march", month(2023, 4, 30), None),
    ("a2_ukraine", "Russian missiles struck", "struck", (D(2022, 11, 12), D(2022, 11, 13), "range"), None),
    ("a2_ukraine", "A drone attack overnight", "set", day(D(2022, 11, 14)), None),
    ("a2_ukraine", "Moscow had announced", "announced", day(D(2022, 11, 9)), None),
    ("a2_ukraine", "The next day, Ukrainian police", "arrested", day(D(2022, 11, 13)), None),
    ("a2_ukraine", "it had shot down", "shot", None, None),
    ("a2_ukraine", "shelled the town of Nikopol", "shelled", day(D(2022, 11, 13)), None),
    ("a2_ukraine", "Russia launched its invasion", "launched", month(2022, 2, 28), None),
    ("a2_ukraine", "Since the beginning of October", "fired", (D(2022, 10, 1), D(2022, 11, 14), "range"), None),
    ("a2_ukraine", "will meet in Germany", "meet", month(2022, 12, 31), None),
    ("a2_ukraine", "Repair crews restored", "restored", None, None),
    ("a3_pakistan", "Pakistani police arrested", "arrested", day(D(2024, 2, 5)), None),
    ("a3_pakistan", "The protesters had gathered", "gathered", day(D(2024, 2, 4)), None),
    ("a3_pakistan", "Police fired tear gas", "fired", day(D(2024, 2, 4)), None),
    ("a3_pakistan", "Two weeks ago, a court", "barred", week(D(2024, 1, 22)), None),
    ("a3_pakistan", "Two weeks ago, a court", "rejected", month(2024, 1, 31), None),
    ("a3_pakistan", "Gunmen killed two election workers", "killed", day(D(2024, 2, 3)), None),
    ("a3_pakistan", "A week earlier, a bomb", "exploded", day(D(2024, 1, 27)), None),
    ("a3_pakistan", "when its leader was first detained", "detained", month(2023, 5, 31), None),
    ("a3_pakistan", "earlier this year", "suspended", year(2024), None),
    ("a3_pakistan", "he was detained again two days later", "detained", None, None),
    ("a4_sudan", "Air strikes killed", "killed", day(D(2023, 6, 17)), None),
    ("a4_sudan", "ceasefire began on Sunday", "ceasefire", day(D(2023, 6, 18)), None),
    ("a4_sudan", "the governor of West Darfur", "killed", day(D(2023, 6, 14)), None),
    ("a4_sudan", "Last month, the two sides", "signed", month(2023, 5, 31), None),
    ("a4_sudan", "Talks were suspended", "suspended", week(D(2023, 5, 29)), None),
    ("a4_sudan", "imposed sanctions on four companies", "imposed", day(D(2023, 6, 1)), None),
    ("a4_sudan", "would host new talks", "host", month(2023, 7, 31), None),
    ("a5_colombia", "The group attacked a military base", "attacked", month(2022, 1, 31), None),
    ("a5_colombia", "On Tuesday, gunmen", "shot", day(D(2022, 8, 23)), None),
    ("a5_colombia", "Police arrested two suspects", "arrested", day(D(2022, 8, 24)), None),
    ("a5_colombia", "In the early hours of Monday", "shot", day(D(2022, 8, 22)), None),
    ("a5_colombia", "met government envoys in Havana", "met", (D(2022, 8, 20), D(2022, 8, 21), "range"), None),
    ("a6_myanmar", "Myanmar security forces shot", "shot", day(D(2021, 3, 27)), None),
    ("a6_myanmar", "Soldiers opened fire", "opened", day(D(2021, 3, 28)), None),
    ("a6_myanmar", "Protesters had marched", "marched", day(D(2021, 3, 27)), None),
    ("a6_myanmar", "Police arrested three journalists", "arrested", day(D(2021, 3, 5)), None),
    ("a6_myanmar", "A week later, a court", "charged", day(D(2021, 3, 12)), None),
    ("a6_myanmar", "Last month, tens of thousands", "joined", month(2021, 2, 28), None),
    ("a6_myanmar", "imposed sanctions on two", "imposed", week(D(2021, 3, 15)), None),
    ("a6_myanmar", "will discuss the crisis", "discuss", day(D(2021, 3, 31)), None),
    ("a6_myanmar", "Envoys of regional states met", "met", day(D(2021, 3, 25)), None),
]


@pytest.fixture(scope="module")
def article_events(session_coder):
    if not ARTICLES.is_dir():
        pytest.skip("the date articles are not present")
    return coded_headed_articles(session_coder, ARTICLES)


@pytest.mark.model
@pytest.mark.parametrize("article,words,trigger,expected", dated_fact_params(ARTICLE_FACTS))
def test_an_article_dates_each_event(article_events, article, words, trigger, expected):
    found = [e for e in article_events[article] if words in e.text and e.trigger.split()[0] == trigger]
    assert found, [(e.trigger, e.text[:60]) for e in article_events[article]]
    assert told_date(found[0]) == expected


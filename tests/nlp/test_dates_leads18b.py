"""Open leads of the dates, round 18b: a claim's day is not the claimed act's, "the day after the raid", "in the
following weeks", a stated intention dated by its saying, a crowd taken up again, and five analysis pieces of our own
(background paragraphs with years, seasons, "that year", "the following year").

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
MID_MAY = D(2024, 5, 15)
ARTICLES = Path(__file__).parent / "data" / "dates18b"


def span(start: dt.date, end: dt.date) -> tuple:
    return start, end, "range"


# --- the phrases alone ------------------------------------------------------------------------------------------------

SEPTEMBER_2022 = DateValue(D(2022, 9, 1), D(2022, 9, 30), "month")
JUNE_3 = DateValue(D(2020, 6, 3), D(2020, 6, 3), "day")

PHRASES = [
    # (phrase, publication, the last time told, expected)
    ("last spring", MID_MAY, None, span(D(2023, 3, 1), D(2023, 5, 31))),  # this spring is not over yet
    ("this spring", MID_MAY, None, span(D(2024, 3, 1), D(2024, 5, 31))),
    ("last spring", D(2024, 11, 2), None, span(D(2024, 3, 1), D(2024, 5, 31))),
    ("in the summer of 2019", MID_MAY, None, span(D(2019, 6, 1), D(2019, 8, 31))),
    ("last winter", MID_MAY, None, span(D(2023, 12, 1), D(2024, 2, 29))),
    ("in August that year", MID_MAY, SEPTEMBER_2022, month(2022, 8, 31)),
    ("later that year", MID_MAY, SEPTEMBER_2022, year(2022)),
    ("the same year", MID_MAY, SEPTEMBER_2022, year(2022)),
    ("the following year", MID_MAY, SEPTEMBER_2022, year(2023)),
    ("that year", MID_MAY, None, None),  # no year told before
    ("the following week", MID_MAY, SEPTEMBER_2022, None),  # control: a week after a month is no week
    ("in the following weeks", FRIDAY, JUNE_3, span(D(2020, 6, 4), FRIDAY)),
    ("the weeks that followed", FRIDAY, JUNE_3, span(D(2020, 6, 4), FRIDAY)),
    ("in the months since", FRIDAY, JUNE_3, span(D(2020, 6, 4), FRIDAY)),
    ("weeks later", FRIDAY, JUNE_3, span(D(2020, 6, 4), FRIDAY)),
    ("in the following weeks", FRIDAY, None, None),  # after nothing told
    ("two weeks later", FRIDAY, JUNE_3, day(D(2020, 6, 17))),  # control: a told span is counted
]


@pytest.mark.parametrize("phrase,published,anchor,expected", PHRASES)
def test_a_phrase_resolves(phrase, published, anchor, expected):
    assert as_tuple(resolve_date(phrase, published, anchor=anchor)) == expected


# --- in sentences: the date the coder gives the event --------------------------------------------------------------

SENTENCES = [
    # (text, publication, trigger, expected)
    # 1. a claim's, a condemnation's day is the response's; the act responded to keeps its own
    ("Suspected militants stormed an army post in Borno state on Tuesday, killing four soldiers. The Islamic State "
     "West Africa Province claimed the attack on Wednesday.", FRIDAY, "claimed", day(D(2020, 6, 23))),
    ("Gunmen attacked a market in Katsina on Tuesday, killing nine traders. The governor condemned Tuesday's attack "
     "on Thursday.", FRIDAY, "condemned", day(D(2020, 6, 25))),
    ("Gunmen attacked a market in Katsina on Tuesday, killing nine traders. The governor condemned the attack on "
     "Thursday.", FRIDAY, "condemned", day(D(2020, 6, 25))),
    # control: joining a protest is done on the protest's day
    ("Thousands of teachers joined Saturday's protest in Nairobi.", FRIDAY, "joined", day(D(2020, 6, 20))),
    # 2. "the day after X" is X's day and one; "days after X" gives no day
    ("Troops raided a village in Kunar on Monday. Police arrested five men the day after the raid.", FRIDAY,
     "arrested", day(D(2020, 6, 23))),
    ("A bomb exploded at a bus station in Quetta on June 2, killing nine people. Two days after the bombing, police "
     "arrested five men.", FRIDAY, "arrested", day(D(2020, 6, 4))),
    ("Gunmen ambushed a convoy near Tillaberi on Sunday. A day after the ambush, troops detained 12 suspects.", FRIDAY,
     "detained", day(D(2020, 6, 22))),
    ("Troops raided a village in Kunar on Monday. Days after the raid, police arrested five men.", FRIDAY,
     "arrested", None),
    # controls: a day of its own wins; "after the ambush" with no span is the ambush's day
    ("Gunmen ambushed a convoy near Tillaberi on Sunday. On Wednesday, two days after the ambush, troops detained 12 "
     "suspects.", FRIDAY, "detained", day(D(2020, 6, 24))),
    ("Gunmen ambushed a convoy near Tillaberi on Sunday. After the ambush, troops detained 12 suspects.", FRIDAY,
     "detained", day(D(2020, 6, 21))),
    # 3. "in the following weeks": after the neighbour sentence's time, up to publication
    ("Security forces opened fire on protesters in Khartoum on June 3. Thousands were arrested in the following "
     "weeks.", FRIDAY, "arrested", span(D(2020, 6, 4), FRIDAY)),
    ("Security forces opened fire on protesters in Khartoum on June 3. In the weeks that followed, police arrested "
     "hundreds of activists.", FRIDAY, "arrested", span(D(2020, 6, 4), FRIDAY)),
    ("Soldiers fired on protesters in Omdurman in May. Weeks later, police detained the protest leaders.", FRIDAY,
     "detained", span(D(2020, 5, 1), FRIDAY)),
    ("Thousands were arrested in the following weeks.", FRIDAY, "arrested", None),  # control: after nothing told
    # 4. a stated intention: the saying's day is not the act's
    ("The rebels said on Wednesday they would attack the capital.", FRIDAY, "attack", None),
    ("The rebels said on Wednesday they would attack the capital on Sunday.", FRIDAY, "attack", day(D(2020, 6, 28))),
    # control: a refusal is made on the saying's day
    ("The government said on Wednesday it would not negotiate with the rebels.", FRIDAY, "negotiate",
     day(D(2020, 6, 24))),
    # 5. a sentence that goes on with the crowd takes the episode's day
    ("The protesters had gathered on Sunday outside the ministry. Police fired tear gas to disperse the crowd.", FRIDAY,
     "fired", day(D(2020, 6, 21))),
    ("The protesters had gathered on Sunday outside the ministry to demand the release of their leader, who was "
     "sentenced to prison last Tuesday. Police fired tear gas to disperse the crowd.", FRIDAY, "fired",
     day(D(2020, 6, 21))),
    # controls: another time told, a new paragraph after another time, a crowd never told
    ("The protesters had gathered on Sunday outside the ministry. Last year, police fired tear gas to disperse the "
     "crowd.", FRIDAY, "fired", year(2019)),
    ("The protesters had gathered on Sunday outside the ministry.\n\nThe opposition won the election in 2018. Police "
     "fired tear gas to disperse the crowd.", FRIDAY, "fired", None),
    ("Hundreds of farmers marched in Lahore on Sunday. Police arrested a journalist.", FRIDAY, "arrested", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,trigger,expected", rows_with_known_misses(SENTENCES, {}))
def test_the_event_takes_the_date_the_text_gives_it(session_coder, text, published, trigger, expected):
    event = event_telling(coded_events(session_coder, text, published), text, trigger)
    assert told_date(event) == expected


@pytest.mark.model
def test_a_claimed_attack_is_not_a_second_attack(session_coder):
    text = ("Suspected militants stormed an army post in Borno state on Tuesday, killing four soldiers. The Islamic "
            "State West Africa Province claimed the attack on Wednesday.")
    assaults = [e for e in coded_events(session_coder, text, FRIDAY) if e.event == "ASSAULT"]
    assert {told_date(e) for e in assaults} == {day(D(2020, 6, 23))}


# --- whole analysis pieces ------------------------------------------------------------------------------------------

# (article, words of the sentence, trigger, expected, why it is still missed or None)
ARTICLE_FACTS = [
    ("b1_sahel", "Last spring, soldiers", "killed", span(D(2023, 3, 1), D(2023, 5, 31)), None),
    ("b1_sahel", "In February, jihadists", "attacked", month(2024, 2, 29), None),
    ("b1_sahel", "Days after the attack", "launched", None, None),
    ("b1_sahel", "Last month, the government", "suspended", month(2024, 4, 30), None),
    ("b1_sahel", "Mali's army seized power", "detained", month(2023, 7, 31), None),
    ("b2_lebanon", "In January, an Israeli strike", "killed", month(2024, 1, 31), None),
    ("b2_lebanon", "A week later, a Hezbollah drone", "hit", None, None),  # a week after a month: no day
    ("b2_lebanon", "France presented", "visited", month(2024, 3, 31), None),
    ("b3_sudan", "In June, its fighters", "killed", month(2023, 6, 30), None),
    ("b3_sudan", "In December, the RSF", "captured", month(2023, 12, 31), None),
    # 'on April 15' after 'in early April last year' in the same sentence: the year of the story (``story_year``)
    ("b3_sudan", "Talks on merging", "clashed", day(D(2023, 4, 15)), None),
    ("b4_colombia", "Last week, ELN fighters", "kidnapped", (D(2023, 10, 23), D(2023, 10, 29), "week"), None),
    ("b4_colombia", "Last week, ELN fighters", "released", day(D(2023, 11, 2)), None),
    ("b4_colombia", "The government opened talks", "opened", month(2022, 11, 30), None),
    ("b5_myanmar", "Soldiers detained Aung San Suu Kyi", "detained", None, None),  # not the month of the lead
    ("b5_myanmar", "In late October", "launched", month(2023, 10, 31), None),
    ("b5_myanmar", "In November, the Arakan Army", "attacked", month(2023, 11, 30), None),
    ("b5_myanmar", "The junta extended", "extended", day(D(2024, 1, 31)), None),
]

# (article, words of the sentence, trigger): background the coder drops as history once it is dated
HISTORY = [
    ("b1_sahel", "ousted the previous military ruler", "ousted"),  # "that year": 2022
    ("b1_sahel", "The following year, his government", "expelled"),  # 2023
    ("b2_lebanon", "brokered a ceasefire in August that year", "brokered"),  # August 2006
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


@pytest.mark.model
@pytest.mark.parametrize("article,words,trigger", HISTORY)
def test_background_dated_years_back_is_no_news(article_events, article, words, trigger):
    found = [e for e in article_events[article] if words in e.text and e.trigger.split()[0] == trigger]
    assert found == [], [(e.trigger, e.date) for e in found]

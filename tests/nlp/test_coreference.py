"""Within-article event coreference (``khabar.nlp.coreference``): a later mention retelling an event told before
shares its link, so the article yields one record of it; another day, place, side or a word marking a new occasion
keeps two events apart."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.ingest import read_sources
from khabar.model import Article, Place, Size
from khabar.nlp.coreference import places_agree, tolls_conflict
from khabar.settings import Settings
from tests.nlp.conftest import coded_events, rows_with_known_misses

ARTICLES = Path(__file__).parent / "data" / "evcoref"
PUBLISHED = dt.date(2024, 3, 12)

KHARKIV = Place(text="Kharkiv", name="Kharkiv", geonameid=706483, country="UKR", admin1="Kharkiv", precision=1)
KHARKIV_OBLAST = Place(text="Kharkiv region", name="Kharkiv", geonameid=706482, country="UKR", admin1="Kharkiv",
                       precision=3)
UKRAINE = Place(text="Ukraine", name="Ukraine", geonameid=690791, country="UKR", precision=3)
ODESA = Place(text="Odesa", name="Odesa", geonameid=698740, country="UKR", admin1="Odessa", precision=1)


@pytest.mark.parametrize("first,second,agree", [
    (KHARKIV, KHARKIV, True),
    (KHARKIV, KHARKIV_OBLAST, True),  # a city inside its province
    (UKRAINE, KHARKIV, True),  # a city inside its country
    (KHARKIV, None, True),  # one unknown
    (KHARKIV, ODESA, False),
    (KHARKIV_OBLAST, ODESA, False),  # a province does not hold another province's city
])
def test_places_agree_when_one_holds_the_other(first, second, agree):
    assert places_agree(first, second) is agree
    assert places_agree(second, first) is agree


@pytest.mark.parametrize("earlier,later,conflict", [
    (Size(dead=12), Size(dead=15), False),  # the toll rose
    (Size(dead=12), Size(), False),
    (Size(dead=12), Size(dead=2), True),  # a smaller toll is another act
    (Size(arrested=5), Size(dead=1), False),
])
def test_a_smaller_later_toll_conflicts(earlier, later, conflict):
    assert tolls_conflict(earlier, later) is conflict


# (text, category, records of the category told as done): a retelling adds no record; a new occasion does.
PAIRS = [
    # a retelling with an indefinite or named object, or a new subject noun
    ("Rebels attacked an army post near Goma on Monday, killing six soldiers. The fighters opened fire on the post "
     "before dawn, a local official said.", "ASSAULT", 1),
    ("Police arrested opposition leader Amina Diallo in Dakar on Friday. Officers detained Diallo outside her "
     "home, her lawyer said.", "COERCE", 1),
    ("Thousands of teachers marched through Lima on Thursday to demand higher pay. The teachers blocked a main "
     "avenue for several hours, police said.", "PROTEST", 1),
    # controls: another day, another place, another side, a word of a new occasion
    ("Rebels attacked an army post near Goma on Monday, killing six soldiers. Rebels attacked a police station near "
     "Beni on Saturday, killing two officers.", "ASSAULT", 2),
    ("Police arrested opposition leader Amina Diallo in Dakar on Friday. Police arrested another opposition "
     "figure in Dakar on Friday, her party said.", "COERCE", 2),
    ("Thousands of teachers marched through Lima on Thursday to demand higher pay. Nurses marched through Cusco "
     "on Thursday to demand higher pay.", "PROTEST", 2),
    ("Gunmen killed 12 villagers in Zamfara state on Sunday. In a separate attack, gunmen killed four farmers, "
     "police said.", "ASSAULT", 2),
    ("Gunmen killed 12 villagers in Zamfara state on Sunday. Gunmen killed two herders on Sunday, residents "
     "said.", "ASSAULT", 2),  # a smaller toll on the same day is another act
]

@pytest.mark.model
@pytest.mark.parametrize("text,category,records", list(rows_with_known_misses(PAIRS, {})))
def test_a_retelling_adds_no_record_and_a_new_occasion_does(session_coder, text, category, records):
    events = [e for e in coded_events(session_coder, text, PUBLISHED)
              if e.event == category and e.factuality == "asserted"]
    assert len(events) == records, [(e.trigger, str(e.date), e.text[:40]) for e in events]


# --- the articles --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def articles(session_coder):
    read = [a for a in read_sources([str(ARTICLES)], settings=Settings()) if isinstance(a, Article)]
    return {Path(a.id).name[:2]: list(coded.events) for a, coded in zip(read, session_coder.code(read))}


def _records_from(events, category: str, words: str) -> list:
    """The asserted records of ``category`` whose own sentence holds ``words``."""
    return [e for e in events if e.event == category and e.factuality == "asserted" and words in e.text]


# (article, category, words of a sentence, "linked" = it adds no record of its own, "apart" = it has one)
LINKS = [
    ("01", "ASSAULT", "The attackers opened fire on the trucks", "linked"),
    ("01", "ASSAULT", "In a separate incident, gunmen", "apart"),
    ("02", "COERCE", "Officers detained the men", "linked"),
    ("02", "COERCE", "police in the western province of Anbar", "apart"),
    ("03", "PROTEST", "The workers blocked a main road", "linked"),
    ("03", "PROTEST", "In the industrial hub of Gazipur", "apart"),
    ("04", "ASSAULT", "The Houthis fired a ballistic missile", "apart"),
    ("05", "ASSAULT", "Officers killed the men", "linked"),
    ("05", "ASSAULT", "Last month, police in Nairobi", "apart"),
    ("06", "ASSAULT", "Soldiers shot the men", "linked"),
    ("06", "ASSAULT", "At least 45 Palestinians were wounded", "linked"),
    ("06", "ASSAULT", "On Tuesday, a Palestinian gunman", "apart"),
    ("07", "ASSAULT", "Two days earlier, the same group", "apart"),
    ("08", "ASSAULT", "Artillery rounds fired from a nearby army base", "linked"),
    ("08", "ASSAULT", "In February, an air strike", "apart"),
    ("09", "ASSAULT", "Officers used the water cannon", "linked"),
    ("09", "PROTEST", "On Sunday, tens of thousands", "apart"),
    ("10", "ASSAULT", "Last week, bandits kidnapped", "apart"),
    # known misses
    ("01", "ASSAULT", "Several vehicles were burned", "linked"),
    ("04", "ASSAULT", "Warplanes bombed the Al-Raqw market", "linked"),
    ("07", "ASSAULT", "The rebels fired explosives from drones", "linked"),
    ("10", "ASSAULT", "The attackers seized the victims", "linked"),
]

LINK_MISSES = {
    "Several vehicles were burned": "an undated retelling links only where the article gives its kind one day; "
                                    "here the claim ('claimed the ambush on Tuesday') and a separate attack add two",
    "Warplanes bombed": "'Warplanes' resolves to Yemen's own forces, whose country clashes with the coalition's",
    "The rebels fired explosives": "an undated retelling links only where the article gives its kind one day; the "
                                   "attack two days earlier adds another",
    "The attackers seized": "the seizing is coded COERCE, the abduction ASSAULT: no cross-category pair yet",
}


def _link_params():
    for number, category, words, expected in LINKS:
        reason = LINK_MISSES.get(next((k for k in LINK_MISSES if words.startswith(k)), ""), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(number, category, words, expected, marks=marks, id=f"{number}:{expected}:{words[:40]}")


@pytest.mark.model
@pytest.mark.parametrize("number,category,words,expected", list(_link_params()))
def test_an_article_counts_each_event_once(articles, number, category, words, expected):
    events = articles[number]
    own = _records_from(events, category, words)
    assert bool(own) is (expected == "apart"), [(e.event, e.trigger, str(e.date), e.text[:50]) for e in events]


def test_the_coreference_articles_are_ours_and_dated():
    files = sorted(ARTICLES.glob("*.txt"))
    assert len(files) == 10
    assert all(f.read_text().splitlines()[1].startswith("Published: ") for f in files)

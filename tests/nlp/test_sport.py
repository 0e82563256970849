"""Sport told in the words of conflict gives no event; politics in a sentence about sport still does.

Every sentence was written for these tests.
"""
import datetime as dt

import pytest

from khabar.model import Actor
from khabar.nlp.sport import _RESULT_VERBS, SPORT_WORDS, _word_positions, political_party

from tests.nlp.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)

# Matches, results, transfers and touchline rows: no political event.
SPORT = [
    "Arsenal beat Chelsea 3-1 at the Emirates on Saturday.",
    "Real Madrid won 2-0 on Sunday.",
    "Bayern thrashed their rivals 5-0 in Munich.",
    "The striker signed a new contract with the club.",
    "The coach criticised the referee after the match.",
    "The team attacked from the first whistle.",
    "The visitors crushed the hosts in the Champions League.",
    "The goalkeeper blocked a penalty and the home side held on.",
    "The batsman attacked the bowling from the first over of the innings.",
    "The Lakers beat the Celtics in overtime.",
    "The home side stormed back to win the match in extra time.",
    # a nationality adjective on a word only sport uses names a player, not the state
    "The club signed the Colombian midfielder from Ajax for 30 million euros.",
    "The Nigerian goalkeeper praised his teammates after the semifinal.",
]

# Politics and violence in sentences about sport: (sentence, a category the coder must still give).
POLITICS = [
    ("Fans clashed with police outside the stadium after the football match.", "PROTEST"),
    ("A suicide bomber killed 12 people at a cricket match in Lahore.", "ASSAULT"),
    ("Gunmen attacked a bus carrying the visiting cricket team, killing six policemen.", "ASSAULT"),
    ("The government banned the football league after the riots.", "COERCE"),
    ("The president congratulated the national football team on its victory.", "SUPPORT"),
    ("Protesters marched to the stadium to demand the release of detained footballers.", "PROTEST"),
    ("Police arrested two referees accused of taking bribes from a betting ring.", "COERCE"),
    ("Women's rights activists demanded the right to attend football matches.", "REQUEST"),
]

# Sentences with a count like a score that are no match result.
NOT_A_SCORE = [
    ("The rebels defeated government troops near the town, killing 5-6 soldiers.", "ASSAULT"),
    ("Troops attacked the village on 3-4 June.", "ASSAULT"),
]


@pytest.mark.parametrize("text", SPORT)
def test_sport_gives_no_event(session_coder, text):
    assert coded_events(session_coder, text, DAY) == []


@pytest.mark.parametrize(("text", "category"), POLITICS + NOT_A_SCORE)
def test_politics_about_sport_is_kept(session_coder, text, category):
    assert category in {e.event for e in coded_events(session_coder, text, DAY)}


@pytest.mark.parametrize(("actor", "political"), [
    (Actor(text="police", name="police", sector="COP"), True),
    (Actor(text="Russia", name="Russia", id="RUS", country="RUS"), True),
    (Actor(text="the UN", name="United Nations", id="UN", sector="IGO"), True),
    (Actor(text="fans", name="civilians", sector="CVL"), False),
    (Actor(text="Arsenal", name="Arsenal"), False),
    (Actor(text="the striker", name="workers", sector="LAB"), False),
])
def test_political_party(actor, political):
    assert political_party(actor) is political


@pytest.mark.parametrize("text", [
    "Liverpool sealed a 2-0 win over Everton on Sunday.",
    "The champions lost 1-2 at home to the league leaders.",
])
def test_results_with_a_score_give_no_event(session_coder, text):
    assert coded_events(session_coder, text, DAY) == []


@pytest.mark.parametrize("text", [
    "FIFA banned the Footballers who beat Chelsea 3-1 in the World Cup semi-final.",
    "The OLYMPICS opened in Paris as Uganda's sprinters won gold and the umpire retired.",
    "Protesters defeated the bill; police held the square and the referee drew a crowd.",
])
def test_sport_words_are_found_where_a_word_by_word_reading_finds_them(raw_nlp, text):
    doc = raw_nlp(text)
    positions = _word_positions(doc)
    assert positions.sport == [t.i for t in doc if t.lower_ in SPORT_WORDS or t.lemma_.lower() in SPORT_WORDS]
    assert positions.results == [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in _RESULT_VERBS]
    assert positions.sport  # each sentence holds a word only sport uses

"""The PLOVER category and CAMEO code of the main event, lexicon rows of the lex3 round: a state's protest voiced or
sent in writing is a complaint (ACCUSE 114), not a demonstration; blows with a blunt weapon are a physical assault
(ASSAULT 182) and hitting back at an armed party is retaliation by force (190); a base or an outpost a state or an
armed party sets up is a deployment (MOBILIZE 154); a place shaken or rocked by shelling, airstrikes or protests
names that event. Sentences we wrote ourselves in wire style; none taken from a benchmark or the seed. ``None`` is a
sentence with no asserted event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2021, 5, 14)

# (sentence, category of its main asserted event or None, its CAMEO code or None)
TABLE = [
    # a protest voiced, or sent as a note or a letter
    ("China voiced strong protest to India over the border clash.", "ACCUSE", "114"),
    ("Seoul expressed strong protest over the move.", "ACCUSE", "114"),
    ("Morocco sent a protest note to Algeria.", "ACCUSE", "114"),
    ("Iran handed a protest note to the Swiss envoy.", "ACCUSE", "114"),
    ("The ministry delivered a note of protest to the embassy.", "ACCUSE", "114"),
    ("The embassy sent a letter of protest to the foreign ministry.", "ACCUSE", "114"),
    # blows with a blunt weapon; hitting back at an armed party
    ("Police hit protesters with batons on Monday.", "ASSAULT", "182"),
    ("Security forces struck demonstrators with clubs on Friday.", "ASSAULT", "182"),
    ("Rebels hit back at government forces near Goma on Monday.", "ASSAULT", "190"),
    ("The army hit back at the militants with airstrikes on Sunday.", "ASSAULT", "190"),
    # a military presence set up
    ("The US set up a base in Syria.", "MOBILIZE", "154"),
    ("Russia established a military base in Libya.", "MOBILIZE", "154"),
    ("Turkey set up military outposts in Idlib.", "MOBILIZE", "154"),
    ("China opened its first overseas military base in Djibouti.", "MOBILIZE", "154"),
    # what shook or rocked a place
    ("The town was shaken by heavy shelling.", "ASSAULT", "194"),
    ("The city was rocked by airstrikes overnight.", "ASSAULT", "195"),
    ("The capital was rocked by protests on Monday.", "PROTEST", "141"),
    # negative controls: the same words in no political sense
    ("The company set up a base in Dublin.", None, None),
    ("The singer set up a base in Los Angeles.", None, None),
    ("The party established a strong support base in the north.", None, None),
    ("The batter hit the ball with a bat.", None, None),
    ("The market was shaken by the news.", None, None),
    ("The minister hit back at critics over the plan.", "ACCUSE", "111"),
]


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _, _ in TABLE}) == len(TABLE) >= 20


@pytest.mark.parametrize("text,category,cameo", TABLE)
def test_the_main_event_has_the_category_and_code_its_wire_words_give(session_coder, text, category, cameo):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    found = (event.event, event.cameo) if event is not None else (None, None)
    assert found == (category, cameo)

"""The PLOVER category of the main event, eleventh lexicon sweep: misses the tenth sweep found, with controls that
use the same words in no political sense. Sentences we wrote ourselves in wire style; none taken from a benchmark or
the seed.

Conventions these rows add (each decided in ``khabar/nlp/data/lexicon.csv``): a march that sets off or begins in a
clause of its own is a protest told as one; a battle fought, waged or "locked in" with an armed party is fighting
(ASSAULT 193), a legal, electoral or medical battle none; coming under pressure from a party is that party's appeal
(REQUEST 020, as the verb "pressure"); power taken outright ("assumed direct power", an army assuming control) is a
seizure (COERCE 192, as a coup), power assumed by rule no event; only captives a party hands back are released or
returned (RETREAT 084x), not passengers or pupils a ferry or a teacher brings home; aid from a donor that reaches a
place is aid (AID 073). A denial of involvement is a statement PLOVER leaves out, no event. ``None`` is a sentence
with no asserted event. The event compared is the main asserted one (``conftest.asserted_main_event``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event, coded_events, rows_with_known_misses

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2020, 6, 26)

# (sentence, category of its main asserted event, or None)
TABLE = [
    # protest nouns starting out in a clause of their own
    ("The demonstration that began in Freedom Square on Friday drew thousands.", "PROTEST"),
    ("The rally that started outside the election commission in Nairobi swelled to 5,000 people.", "PROTEST"),
    ("A demonstration began in front of the parliament in Bishkek on Monday.", "PROTEST"),
    ("The march that set off from the university reached parliament by noon.", "PROTEST"),
    ("A march that began at the mosque ended outside the governor's office in Peshawar.", "PROTEST"),
    ("The protest march set off from the university on Sunday.", "PROTEST"),
    # battles with armed parties
    ("Troops fought a fierce battle with rebels near Goma.", "ASSAULT"),
    ("Kurdish fighters fought a battle with Islamic State militants for the town.", "ASSAULT"),
    ("Police were locked in a gun battle with gunmen in Karachi.", "ASSAULT"),
    ("Peacekeepers came under fire in Bangui.", "ASSAULT"),
    ("French troops came under fire in northern Mali.", "ASSAULT"),
    # pressure from a party, a seizure of power, captives handed back, aid that arrives
    ("The interior minister came under pressure from lawmakers to resign.", "REQUEST"),
    ("The army assumed control of the country after the president fled.", "COERCE"),
    ("Nepal's king sacked the government and assumed direct power.", "COERCE"),
    ("The kidnappers returned the children unharmed.", "RETREAT"),
    ("Hamas returned the bodies of two soldiers to Israel.", "RETREAT"),
    ("Humanitarian aid from Egypt reached Gaza.", "AID"),
    ("Food aid from the United Nations arrived in Sanaa on Monday.", "AID"),
    ("Germany sent humanitarian aid to Turkey.", "AID"),
    # denials of involvement: statements PLOVER leaves out
    ("Moscow denied involvement in the poisoning.", None),
    # negative controls: the same words in no political sense
    ("The march of technology began decades ago.", None),
    ("The funeral march set off from the church.", None),
    ("The long march to the final began in August.", None),
    ("The two firms were locked in a legal battle over the patent.", None),
    ("The senator fought a long battle against cancer.", None),
    ("The candidates were locked in a tight battle for the seat.", None),
    ("The pound came under pressure on Monday.", None),
    ("The new president assumed power on Monday.", None),
    ("The vice president assumed the presidency after the death of the leader.", None),
    ("The company assumed control of its rival.", None),
    ("The ferry returned the passengers safe.", None),
    ("The teacher returned the children safe to their parents.", None),
]

# Rows the coder still gets wrong, by the start of their sentence, and why (each needs code this sweep does not own).
KNOWN_MISSES = {
    "Nepal's king sacked the government":
        "the new assume row codes \"assumed direct power\" COERCE 192, but the main event of the coordination is the "
        "first verb, \"sacked the government\" (CONCEDE 0831, a monarch dismissing a government as after protests); "
        "a seizure conjoined with a dismissal should outrank it (evaluate.coder.main_event or a coordination rule)",
}


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _ in TABLE}) == len(TABLE) >= 30


@pytest.mark.parametrize("text,category", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_its_wire_words_give(session_coder, text, category):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert (event.event if event is not None else None) == category


@pytest.mark.parametrize("text,cameo", [
    ("Nepal's king sacked the government and assumed direct power.", "192"),
    ("The interior minister came under pressure from lawmakers to resign.", "020"),
])
def test_a_seizure_or_an_appeal_is_coded_with_its_cameo_code(session_coder, text, cameo):
    events = coded_events(session_coder, text, PUBLISHED)
    assert cameo in {e.cameo for e in events if e.factuality == "asserted"}

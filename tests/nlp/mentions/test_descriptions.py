"""A kind word that takes up only a body whose name holds it: "the union" after "the African Union" is that union,
not any trade union's workers of the story's country (texts we wrote)."""
import datetime as dt

import pytest

from tests.nlp.conftest import coded_events

PUBLISHED = dt.date(2023, 8, 31)

# (article, trigger, the body "the union" stands for: its id)
UNION_AFTER_A_UNION = [
    ("The African Union suspended Gabon after the coup. The union demanded that the soldiers release the "
     "president.", "demanded", "AU"),
    ("The European Union imposed new tariffs on Chinese steel. The union threatened further measures against "
     "Beijing.", "threatened", "EU"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", UNION_AFTER_A_UNION, ids=[r[2] for r in UNION_AFTER_A_UNION])
def test_the_union_is_the_union_named_before(coder, text, trigger, expected):
    events = [e for e in coded_events(coder, text, PUBLISHED) if trigger in e.trigger]
    assert events and expected in {a.id for e in events for a in e.actor}


@pytest.mark.model
def test_the_union_takes_up_no_body_of_another_name(coder):
    text = "NATO promised to reinforce its eastern flank. The union demanded higher wages for dock workers."
    events = [e for e in coded_events(coder, text, PUBLISHED) if "demanded" in e.trigger]
    assert events and all(a.id != "NATO" for e in events for a in e.actor)

"""Parties the earlier rounds left wrong (helper who9), on wire-style sentences we wrote ourselves, with controls.
No sentence is taken from a benchmark or the seed.

Causes fixed:
- a name placed by its phrase is no party: before a feature's noun ("towards the Sambisa forest") or at an end of a
  way ("a road between Bint Jbeil and Aitaroun") (``arguments/parties.named_by_its_place``);
- a town's name inside a person's name ("arrested Musa Bello and Ibrahim Sani": Bello, Colombia) gives no party its
  country, and a name joined to a person's is a person's (``mentions/place_countries``, ``mentions/phrases``);
- the place where a crowd gathers ("gathered outside the hospital") is no recipient (``arguments/recipients``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, party_named

pytestmark = pytest.mark.model

DAY = dt.date(2024, 7, 9)

# (text, trigger word, role, words of a name that must not be a party of that role)
NOT_PARTIES = [
    ("TYRE, Lebanon (AP) - An Israeli drone struck a motorbike on the road between Srifa and Qana on Sunday, killing "
     "one man, Lebanese officials said.", "struck", "recipient", "Qana"),
    ("TYRE, Lebanon (AP) - An Israeli drone struck a motorbike on the road between Srifa and Qana on Sunday, killing "
     "one man, Lebanese officials said.", "struck", "recipient", "Srifa"),
    ("MAIDUGURI, Nigeria (AP) - The insurgents retreated towards the Mandara mountains after the clash, the army "
     "said.", "retreated", "recipient", "Mandara"),
    ("Relatives of the dead miners gathered outside the hospital in Rustenburg on Thursday.", "gathered",
     "recipient", "health"),
    ("KADUNA, Nigeria (AP) - Soldiers arrested Sani Bello and Yusuf Danjuma in Zaria on Wednesday.", "arrested",
     "actor", "Colombia"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_PARTIES,
                         ids=[f"{r[1]}-{r[3]}" for r in NOT_PARTIES])
def test_no_party_by_that_name(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events
    assert not any(name.lower() in f"{p.name} {p.text} {p.sector}".lower()
                   or (name == "Colombia" and p.country == "COL") for e in events for p in getattr(e, role))


# (text, trigger word, expected actor, expected recipient): (words of the name, ISO3 or None); None checks nothing
PARTIES = [
    # a person's name that holds a town's gives its country to no one
    ("KANO, Nigeria (AP) - Police arrested Musa Bello and Ibrahim Sani in Kano on Monday.", "arrested",
     ("police", "NGA"), ("Musa Bello", "NGA")),
    # controls: a town as the target of force keeps its people; talks between two states keep both sides
    ("Russian missiles struck Kharkiv on Monday, killing three civilians, Ukrainian officials said.", "struck",
     ("Russia", "RUS"), None),
    ("Officials held talks between Egypt and Ethiopia in Cairo on Monday.", "talks", None, ("Ethiopia", "ETH")),
    # control: a protest outside an embassy is aimed at its state
    ("Hundreds of students protested outside the French embassy in Bamako on Friday.", "protested", None,
     ("France", "FRA")),
    # the gathering's recipient is the authorities of the place, not its staff
    ("Relatives of the victims gathered outside the hospital in Kano on Tuesday to demand answers.", "gathered",
     ("civilians", "NGA"), ("government", "NGA")),
]
FIXED_LATER = [
    # the passive "they" two sentences back: the paragraph's nearest people acted on (the retelling joins the arrest)
    ("LAGOS, Nigeria (AP) - Police arrested Musa Bello and Ibrahim Sani in Kano on Monday. The two men "
     "were wanted for robbery. The spokesman said they had been detained for questioning.",
     "detained", None, ("Musa Bello", "NGA")),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), PARTIES + FIXED_LATER,
                         ids=[r[0][:50] for r in PARTIES] + ["passive they two sentences back"])
def test_parties(session_coder, text, trigger, actor, recipient):
    # a later sentence that retells the event is one of its mentions ("they had been detained")
    events = [e for e in coded_events(session_coder, text, DAY)
              if trigger in e.trigger or any(trigger in m.trigger for m in e.mentions)]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.event, e.trigger, e.actor, e.recipient) for e in events]

"""The act a judgement takes up (``khabar.nlp.arguments.judged``), on articles we wrote ourselves: "condemned the
attack" names as its recipient the party an earlier sentence says claimed the attack, never one that claims it only
after the judgement is told (the doc's first claim is found once per doc and compared with the judging sentence)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, event_with

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2020, 6, 26)


@pytest.mark.parametrize(("text", "claimer"), [
    ("Gunmen attacked a police station in Quetta on Monday, killing six officers. The Baloch Liberation Army "
     "claimed responsibility for the attack. Pakistan's foreign ministry condemned the attack.",
     "Baloch Liberation Army"),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu on Saturday. Kenya condemned the bombing.",
     "Al-Shabaab"),
])
def test_a_judged_act_is_the_claimers_when_the_claim_comes_first(session_coder, text, claimer):
    condemned = event_with(coded_events(session_coder, text, _PUBLISHED), "condemned")
    assert claimer in [a.name for a in condemned.recipient]


def test_a_claim_told_after_the_judgement_names_no_recipient_of_it(session_coder):
    text = ("Pakistan's foreign ministry condemned the attack on a police station in Quetta on Monday. Gunmen killed "
            "six officers. The Baloch Liberation Army later claimed responsibility for the attack.")
    condemned = event_with(coded_events(session_coder, text, _PUBLISHED), "condemned")
    assert "Baloch Liberation Army" not in [a.name for a in condemned.recipient]

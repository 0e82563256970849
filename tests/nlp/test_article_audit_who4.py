"""Who did it to whom, fourth round: the causes the third audit left (strict xfails in ``test_article_audit_who3``),
fixed in general on sentences of our own, with controls. No sentence is taken from a benchmark or the seed.

Causes fixed:
- "accused the army of bombing markets": a charge's "of" phrase that opens with an "-ing" word tells the act, not
  whose part the object is (``arguments/parties.group_owner``);
- "Moscow says NATO's expansion threatens its security": a possessive pronoun in the object of a harming verb whose
  subject is a party's act or thing is the speaker's, not that party's (``mentions/coreference``);
- "police fired tear gas as they protested": a protesting pronoun whose clause hangs on a verb of force is never that
  force's doer (``mentions/coreference.crowd_forced_verb``);
- "a spokesman for the UN mission in Somalia": an international body's voice, not the host state's government
  (``arguments/parties``);
- "Paramilitary Rangers": Pakistan's state paramilitary force, not a militia (knowledge base).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import coded_events, party_named

pytestmark = pytest.mark.model

XFAIL = pytest.mark.xfail
DAY = dt.date(2024, 6, 26)


# (text, trigger word, actor, recipient)
FIXED = [
    # the charge an accusation's "of" phrase tells, not a part of the accused
    ("The rebels accused the army of bombing markets in the city.", "accused", ("rebels", None), ("military", None)),
    ("The RSF accused the army of shelling homes in El Fasher.", "accused", ("Rapid Support Forces", "SDN"),
     ("Sudanese Armed Forces", "SDN")),
    # control: members of a named group are the group's
    ("Kyiv accused members of the Wagner group of killing civilians.", "accused", ("Ukraine", "UKR"),
     ("Wagner", "RUS")),
    ("The ministry accused leaders of the opposition of inciting violence.", "accused", None, ("opposition", None)),
    # "its" in what another party's act harms: the speaker's
    ("Moscow says NATO's expansion threatens its security.", "threatens", ("NATO", None), ("Russia", "RUS")),
    ("NATO's expansion threatens its security, the Kremlin said.", "threatens", ("NATO", None), ("Russia", "RUS")),
    # control: a party's own force doing its own act keeps "its"
    ("Iran said its missiles would strike Israel.", "strike", ("Iran", "IRN"), ("Israel", "ISR")),
    # "they" protesting while force is used on them: the crowd, not the force
    ("Hundreds of opposition supporters gathered in Nairobi, and police fired tear gas as they protested against "
     "the tax bill.", "protested", ("opposition", "KEN"), None),
    ("Thousands of students marched in Dhaka. Police fired rubber bullets as they protested outside parliament.",
     "protested", ("students", "BGD"), None),
    ("Soldiers opened fire on villagers as they protested against the mine in Tete.", "protested",
     ("civilians", "MOZ"), None),
    # an international body's spokesman is the body's
    ("A spokesman for the UN mission in Somalia condemned the attack on the base.", "condemned",
     ("United Nations", None), None),
    ("A spokesman for the UN mission in Haiti condemned the killing of two peacekeepers.", "condemned",
     ("United Nations", None), None),
    ("A spokeswoman for the African Union mission in Somalia said its troops repelled the attack.", "repelled",
     ("African Union", None), None),
    # control: a national body's spokesman keeps the body's state
    ("A spokesman for the Somali government condemned the attack.", "condemned", ("Somalia", "SOM"), None),
    # Pakistan's paramilitary Rangers are a state force
    ("Paramilitary Rangers arrested dozens of protesters in Karachi on Friday.", "arrested",
     ("Pakistan Rangers", "PAK"), ("civilians", "PAK")),
    ("Sindh Rangers detained four suspects in a raid in Karachi.", "detained", ("Pakistan Rangers", "PAK"), None),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), FIXED, ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, trigger, actor, recipient):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]


# (text, trigger word, role, a name no party of the role may carry)
NOT_READ = [
    ("The rebels accused the army of bombing markets in the city.", "accused", "recipient", "civilians"),
    ("Moscow says NATO's expansion threatens its security.", "threatens", "recipient", "NATO"),
    ("Police fired tear gas as they protested against the tax bill.", "protested", "actor", "police"),
    ("A spokesman for the UN mission in Somalia condemned the attack on the base.", "condemned", "actor", "Somalia"),
    ("Paramilitary Rangers arrested dozens of protesters in Karachi on Friday.", "arrested", "actor", "militia"),
    # control: no bare "rangers" is Pakistan's
    ("Park rangers arrested three poachers in Kenya.", "arrested", "actor", "Pakistan"),
    ("U.S. Army Rangers raided a compound in Somalia.", "raided", "actor", "Pakistan"),
    # fixed in the sixth round (test_article_audit_who6)
    ("Police arrested 30 supporters of former prime minister Imran Khan in Lahore.", "arrested", "recipient",
     "Imran Khan"),
    ("A spokeswoman for the African Union mission in Somalia said its troops repelled the attack.", "repelled",
     "actor", "Somali"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_READ,
                         ids=[(r.values[0] if hasattr(r, "values") else r[0])[:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events
    found = [p for e in events for p in getattr(e, role)]
    assert not any(name.lower() in p.name.lower() for p in found), found


# Causes still open, each with a sentence of our own.
OPEN = [
    pytest.param("Soldiers repelled an attack on a base near Gao. Forty assailants had been killed, the army said.",
                 "killed", ("military", None), marks=XFAIL(
                     strict=True, reason="a passive toll of attackers names no doer; the force that repelled them, "
                                         "told before, is not taken up")),
    pytest.param("Rwandan troops deployed in Cabo Delgado province since 2021 pursued the insurgents and killed 12 "
                 "of them.", "killed", ("Rwandan", "RWA")),  # a parse with 'deployed' as main verb, mended
]


@pytest.mark.parametrize(("text", "trigger", "actor"), OPEN, ids=[r.values[0][:60] for r in OPEN])
def test_open_doer(session_coder, text, trigger, actor):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) for e in events), [(e.trigger, e.actor, e.recipient) for e in events]

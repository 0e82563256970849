"""Who did it to whom, seventh round: parties the last audits left wrong, fixed in general on sentences and short
wire articles of our own (tests/nlp/data/audit_who7), with controls. No sentence is taken from a benchmark or the seed.

Causes fixed:
- "police foiled a plot to bomb the embassy": the doer of a foiled plan is the plotter its noun names ("a plot by
  militants to", "an Iranian plot to"), else nobody named, never who foils it (``arguments/subjects._foiled_plan``);
- "the onus is on Moscow to end the blockade", "the responsibility to ... lies with", "it is up to Kyiv to": the party
  the duty is laid on does the prescribed act (``arguments/subjects._bearer_of_duty``);
- "The government said they had been detained": the subject of an agentless passive of authority is the people acted
  on (the object of an earlier act), never the state speaker, its likely agent (``mentions/antecedents``);
- "Egypt and Jordan said they would strike": the stated intent carries every speaker (``intents._speakers``);
- a known name with "and" in it, cut by the parser or preceded by a modifier ("the al-Qaida-linked Group for the
  Support of Islam and Muslims", "gunmen from the Group | for the Support ..."), is read whole
  (``mentions/named._whole_name_in``); "gunmen from X", "militants loyal to X" are X's (``arguments/parties``);
- "X, an al-Qaida affiliate": the appositive describes X, so "the group" after it is X (``mentions/short_names``);
- a gathering for an exam, prayers, a wedding or a ceremony is no protest (lexicon rows).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import UNFIXED, article_fact_params, coded_events, dated_article_events, party_named

pytestmark = pytest.mark.model

DAY = dt.date(2024, 3, 12)
AUDIT = Path(__file__).parent / "data" / "audit_who7"
NOBODY = ("", "")  # marker: the role must be empty

# (text, trigger word, actor, recipient): each (words in the party's name or text, ISO3 or None), None unchecked,
# NOBODY for no party at all
FIXED = [
    # a foiled plot is the plotters'
    ("Police in Nairobi said they had foiled a plot to bomb the Israeli embassy.", "bomb", NOBODY, None),
    ("Kenyan police said they foiled a plot by al-Shabaab militants to bomb a hotel.", "bomb", ("Shabaab", "SOM"),
     None),
    ("Israel said it foiled an Iranian plot to kill a diplomat in Cyprus.", "kill", ("Iran", "IRN"), None),
    ("The army said it had thwarted a plan to attack the parliament.", "attack", NOBODY, None),
    ("A plot to bomb the embassy was foiled by police.", "bomb", NOBODY, None),
    # control: a plot hatched is the hatchers'
    ("The rebels hatched a plot to kill the governor.", "kill", ("militia", None), None),
    # a duty laid on a party
    ("The onus is on Moscow to end the blockade of the port.", "end", ("Russia", "RUS"), None),
    ("The burden is now on the junta to release the prisoners.", "release", ("government", None), None),
    ("The responsibility to end the blockade lies with Moscow.", "end", ("Russia", "RUS"), None),
    ("It is up to the Syrian government to release the detainees.", "release", ("Government of Syria", "SYR"), None),
    # an agentless passive of authority told by a state: the people acted on
    ("Three journalists went missing in Harare on Monday. The government said they had been detained on Tuesday.",
     "detained", ("government", "ZWE"), ("media", "ZWE")),
    ("Five activists vanished in Minsk last week. Belarusian police said they had been arrested for hooliganism.",
     "arrested", ("police", "BLR"), ("civilians", "BLR")),
    # control: a victim speaking of an attack on itself
    ("The rebels said they had been attacked on Tuesday.", "attacked", None, ("militia", None)),
    # names with "and" in them, and the armed men of a group
    ("The al-Qaida-linked Group for the Support of Islam and Muslims (JNIM) ambushed a convoy in central Mali.",
     "ambushed", ("Nusrat", "MLI"), None),
    ("Gunmen from the Group for the Support of Islam and Muslims attacked a village near Djibo.", "attacked",
     ("Nusrat", "MLI"), None),
    ("Burkina Faso's army said it had killed 30 militants of the Group for the Support of Islam and Muslims.",
     "killed", ("military", "BFA"), ("Nusrat", "MLI")),
    ("Militants loyal to Boko Haram kidnapped a priest.", "kidnapped", ("Boko Haram", "NGA"), None),
    ("Gunmen from the Revolutionary Armed Forces of Colombia attacked a village.", "attacked",
     ("Revolutionary Armed Forces", "COL"), None),
    # controls: a country after armed men is where they come from; soldiers loyal to a president are the army
    ("Two rebels from Sudan were arrested in Chad.", "arrested", None, ("militia", "SDN")),
    ("Soldiers loyal to the president surrounded the parliament.", "surrounded", ("military", None), None),
    ("The Israeli army and Hamas exchanged fire near Gaza City.", "exchanged", ("Israel Defense Forces", "ISR"), None),
]


def _holds(parties, expected) -> bool:
    return not parties if expected == NOBODY else party_named(parties, expected)


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), FIXED, ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, trigger, actor, recipient):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any(_holds(e.actor, actor) and _holds(e.recipient, recipient) for e in events), \
        [(e.event, e.trigger, e.actor, e.recipient) for e in events]


# (text, trigger word, role, words no party of the role may carry in its name)
NOT_READ = [
    ("Police in Nairobi said they had foiled a plot to bomb the Israeli embassy.", "bomb", "actor", "police"),
    ("The government said they had been detained on Tuesday.", "detained", "recipient", "government"),
    ("Police said they had thwarted an attempt to attack the airport.", "attack", "actor", "police"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_READ, ids=[r[0][:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events, f"no event on {trigger!r}"
    assert not any(name.lower() in p.name.lower() for e in events for p in getattr(e, role))


# (text, trigger word, category, every country the actors of the event of that category must hold)
EVERY_SPEAKER = [
    ("Egypt and Jordan said they would strike the camps.", "strike", "THREATEN", {"EGY", "JOR"}),
    ("France, Germany and Britain said they would impose sanctions on Iran.", "sanctions", "THREATEN",
     {"FRA", "DEU", "GBR"}),
    # control: one speaker
    ("Iran said it would strike the bases.", "strike", "THREATEN", {"IRN"}),
]


@pytest.mark.parametrize(("text", "trigger", "category", "countries"), EVERY_SPEAKER,
                         ids=[r[0][:60] for r in EVERY_SPEAKER])
def test_every_speaker_states_the_intent(session_coder, text, trigger, category, countries):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger and e.event == category]
    assert any({a.country for a in e.actor} == countries for e in events), [(e.event, e.actor) for e in events]


# (text, whether a PROTEST is coded)
GATHERINGS = [
    ("Students gathered in the hall for the exam.", False),
    ("Worshippers gathered at the mosque for Friday prayers.", False),
    ("Thousands of villagers gathered in the square for the wedding of the chief's son.", False),
    ("Students assembled in the courtyard for the graduation ceremony.", False),
    # controls: a crowd gathering to protest, or outside a seat of power
    ("Hundreds of students gathered outside the ministry to protest against fee increases.", True),
    ("Protesters gathered outside parliament in Nairobi on Tuesday.", True),
    pytest.param("Fans gathered at the stadium for the match against Egypt.", False,
                 marks=pytest.mark.xfail(strict=True, reason=f"{UNFIXED}: the parser hangs 'for the match' on "
                                                             "'stadium'; a 'pobj.for' constraint does not look through "
                                                             "the place's own phrase (triggers code, not lexicon rows)")),
]


@pytest.mark.parametrize(("text", "protest"), GATHERINGS)
def test_a_gathering_protests_only_for_a_cause(session_coder, text, protest):
    events = coded_events(session_coder, text, DAY)
    assert any(e.event == "PROTEST" for e in events) == protest, [(e.event, e.trigger) for e in events]


# (article number, trigger word, actor, recipient, reason it is still wrong or None)
ARTICLE_FACTS = [
    ("01", "bomb", NOBODY, ("Israel", "ISR"), None),
    ("01", "arrested", ("police", "KEN"), None, None),
    # "they had been detained": the "four suspects" arrested two sentences back (a nearer "the men" is a subject)
    ("01", "detained", ("police", "KEN"), ("criminals", "KEN"), None),
    ("01", "condemned", ("Egypt", "EGY"), None, None),
    ("01", "gathered", ("civilians", "KEN"), None,
     "'Relatives of the suspects' take the suspects' camp, and the suspects (recruited by al-Shabaab) are read as "
     "Somali"),
    ("01", "threw", ("civilians", "KEN"), ("police", "KEN"),
     "the stone-throwing of 'young men' is folded away and 'officers, who fired tear gas' read as the army"),
    # the claim names the ambush's doer (the tagger takes 'Gunmen' after the dateline dash for a name)
    ("02", "ambushed", ("Nusrat", "MLI"), ("Nigerien", "NER"), None),
    ("02", "attacked", ("Nusrat", "MLI"), None, None),
    ("02", "launch", ("Niger", "NER"), None, None),
    ("02", "threw", ("civilians", "NER"), ("France", "FRA"), None),
]


@pytest.mark.parametrize(("number", "trigger", "actor", "recipient"), article_fact_params(ARTICLE_FACTS))
def test_article_party(session_coder, number, trigger, actor, recipient):
    events = [e for e in dated_article_events(session_coder, AUDIT, number, DAY) if trigger in e.trigger]
    assert any(_holds(e.actor, actor) and _holds(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]


def test_no_gathering_for_an_exam_in_the_article(session_coder):
    events = dated_article_events(session_coder, AUDIT, "02", DAY)
    assert not [e for e in events if e.event == "PROTEST" and "exam" in e.text]


def test_a_crowd_is_never_a_body_named_after_it(session_coder):
    folder = Path(__file__).parent / "data" / "audit_facts2"
    events = [e for e in dated_article_events(session_coder, folder, "03", DAY) if "threw" in e.trigger]
    assert events and all(party_named(e.actor, ("civilians", "BFA")) for e in events), [e.actor for e in events]

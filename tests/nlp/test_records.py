"""Folding the mentions of one event: which mention's parties the event keeps."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from khabar.model import Actor, Mention
from khabar.nlp.tolls import toll_statements
from khabar.nlp.records import _better_actors, _mention, _Sentences, events_from_doc

from .conftest import coded_events

RUSSIA = Actor(text="Russian", name="Russia", id="RUS", country="RUS")
IRAQ = Actor(text="Iraq", name="Iraq", id="IRQ", country="IRQ")
CTS = Actor(text="Iraq's Counter Terrorism Service", name="Counter Terrorism Service", id="IRQ.CTS", country="IRQ",
            sector="MIL")
RUSSIAN_PARTY = Actor(text="the parties", name="Russian party", country="RUS", sector="PTY")


def test_a_later_mention_naming_the_countrys_institution_replaces_the_country():
    assert _better_actors((IRAQ,), (CTS,)) == (CTS,)


def test_a_generic_party_of_the_same_country_does_not_replace_the_named_country():
    assert _better_actors((RUSSIA,), (RUSSIAN_PARTY,)) == (RUSSIA,)


def test_a_mention_with_no_parties_takes_the_later_ones():
    assert _better_actors((), (RUSSIAN_PARTY,)) == (RUSSIAN_PARTY,)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudan and South Sudan signed a peace agreement in Juba on Monday.",
    "The government and the rebels signed a ceasefire deal on Friday.",
])
def test_a_signed_agreement_carries_acleds_agreement_type_by_its_cameo_code(session_coder, text):
    signed = [e for e in coded_events(session_coder, text, dt.date(2020, 6, 26)) if e.cameo == "057"]
    assert signed and all((e.acled_event_type, e.acled_sub_event_type) == ("Strategic developments", "Agreement")
                          for e in signed)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("M23 rebels captured the town of Rubaya on Tuesday.", ("Battles", "Non-state actor overtakes territory")),
    ("Islamic State militants occupied the town of Palma.", ("Battles", "Non-state actor overtakes territory")),
    ("The army recaptured the town of Kidal from the rebels.", ("Battles", "Government regains territory")),
    ("Government troops retook the city of Marawi.", ("Battles", "Government regains territory")),
    ("Russia annexed the Crimean peninsula in 2014.", ("Strategic developments", "Non-violent transfer of territory")),
])
def test_territory_taken_has_acleds_type_by_who_takes_it(session_coder, text, expected):
    """An armed group of no state overtakes territory, a state's forces regain it, and a state named as such
    (annexing) takes it without a battle: all three are CAMEO 192."""
    taken = [e for e in coded_events(session_coder, text, dt.date(2024, 6, 26)) if e.cameo == "192"]
    assert taken and all((e.acled_event_type, e.acled_sub_event_type) == expected for e in taken)


# --- provenance: every mention folded into a record is kept on it ----------------------------------------------

EVCOREF = sorted((Path(__file__).parent / "data" / "evcoref").glob("*.txt"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "record_trigger", "retold"), [
    ("KABUL - A suicide bomber killed 9 people at a wedding hall in Kabul on Friday, police said. The bomber "
     "killed 11 people in the blast, a health official said later.", "killed", [("killed", "The bomber killed 11")]),
    ("LAGOS - Police raided a warehouse in Lagos on Thursday. They arrested 8 suspects during the operation, "
     "a spokesman said.", "arrested", [("raided", "Police raided a warehouse")]),
    ("MANILA - Gunmen ambushed a military truck on Mindanao on Sunday. The attackers killed three soldiers in "
     "the ambush, the army said.", "ambushed", [("killed", "The attackers killed three")]),
    ("CARACAS - Soldiers attacked a rebel camp near the border on Saturday, killing four fighters.", "attacked",
     [("killing", "Soldiers attacked a rebel camp")]),
])
def test_a_record_lists_the_other_mentions_folded_into_it(session_coder, text, record_trigger, retold):
    """The toll from the second sentence, the raid the arrests were coded from, the participle of one sentence:
    the record quotes one mention and lists the others, each with its sentence and the word that told it."""
    events = coded_events(session_coder, text, dt.date(2020, 6, 26))
    record = next(e for e in events if e.mentions)
    assert record.trigger == record_trigger
    assert [(m.trigger, m.text) for m in record.mentions] == [(t, _sentence_with(text, w)) for t, w in retold]
    for m in record.mentions:
        assert text[m.span[0]:m.span[1]] == m.text and text[m.trigger_span[0]:m.trigger_span[1]] == m.trigger
    assert sum(len(e.mentions) for e in events) == len(retold)


def _sentence_with(text: str, words: str) -> str:
    start = text.rfind(". ", 0, text.index(words))
    start = 0 if start < 0 else start + 2
    end = text.index(".", text.index(words)) + 1
    return text[start:end]


@pytest.mark.model
@pytest.mark.parametrize("path", EVCOREF, ids=[p.stem[:2] for p in EVCOREF])
def test_every_folded_mention_is_listed_once_and_never_the_records_own(session_coder, path):
    """Over the coreference articles: each mention the coder found is a record's own or in exactly one record's
    ``mentions`` (beside the toll statements a record lists), and no record lists the mention it quotes."""
    nlp = session_coder.nlp
    doc = nlp.make_doc(path.read_text(encoding="utf-8"))
    doc._.published, doc._.doc_id = dt.date(2024, 3, 12), path.name
    doc = nlp(doc)
    events = events_from_doc(doc)
    quoted = [Mention(text=e.text, span=e.span, trigger=e.trigger, trigger_span=e.trigger_span) for e in events]
    statements = {doc[s.verb].idx for s in toll_statements(doc)}  # "the death toll rose to 14": no event mention
    listed = [m for e in events for m in e.mentions if m.trigger_span[0] not in statements]
    sentences = _Sentences(doc)
    found = [_mention(doc, sentences, m) for m in doc._.events]
    assert Counter(quoted + listed) == Counter(found)
    for event in events:
        own = (event.span, event.trigger_span)
        assert own not in [(m.span, m.trigger_span) for m in event.mentions]
        assert len(set(event.mentions)) == len(event.mentions)
        assert list(event.mentions) == sorted(event.mentions, key=lambda m: (m.span, m.trigger_span))
    assert any(e.mentions for e in events)


# (article, the record's trigger, a word of the actor it must have, of the recipient it must keep)
CLAIMS = [
    # a claim retelling an attack by a kind of party names its doer
    ("Gunmen ambushed a police patrol near Gao on Monday, killing six officers. Jama'at Nusrat al-Islam "
     "wal-Muslimin claimed the attack in a statement.", "ambushed", "Nusrat", "police"),
    ("Suspected militants stormed an army post in Borno state on Tuesday, killing four soldiers. The Islamic State "
     "West Africa Province claimed the attack in a statement.", "stormed", "Islamic State", "army"),
    # the claim's day ("claimed the attack on Wednesday") is the claim's, not the attack's: still Tuesday's attack
    ("Suspected militants stormed an army post in Borno state on Tuesday, killing four soldiers. The Islamic State "
     "West Africa Province claimed the attack on Wednesday.", "stormed", "Islamic State", "army"),
    # control: a named doer is not replaced by a kind retelling it ("the attackers")
    ("Al-Shabaab fighters attacked a base in Lower Shabelle on Sunday, killing five soldiers. The attackers fled "
     "after the assault, officials said.", "attacked", "Shabaab", "soldiers"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "doer", "target"), CLAIMS, ids=["gao", "borno", "borno-claim-day", "shabelle"])
def test_a_claim_names_the_doer_of_the_attack_it_retells(session_coder, text, trigger, doer, target):
    records = [e for e in coded_events(session_coder, text, dt.date(2024, 6, 26)) if trigger in e.trigger]
    assert len(records) == 1, [(e.trigger, e.actor) for e in records]
    assert any(doer in a.name or doer in a.text for a in records[0].actor), records[0].actor
    assert any(target in a.text for a in records[0].recipient), records[0].recipient


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "doer", "target"), [
    # the record told first names no party: the act that retells it fills both sides
    ("KABUL — Residents reported heavy clashes in Kunduz on Saturday. Witnesses said Taliban fighters attacked police "
     "checkpoints on the edge of the city.", "clashes", "Taliban", "Police"),
    # control: a record that names its parties keeps them
    ("KABUL — Taliban fighters clashed with soldiers in Kunduz on Saturday. Witnesses said the militants attacked "
     "checkpoints on the edge of the city.", "clashed", "Taliban", "MIL"),
])
def test_a_retelling_fills_the_parties_the_record_left_open(session_coder, text, trigger, doer, target):
    event = next(e for e in coded_events(session_coder, text, dt.date(2021, 5, 17)) if e.trigger == trigger)
    assert [a.name for a in event.actor if doer in a.name] and [a for a in event.recipient if target in (a.name, a.sector) or target in a.name], \
        (event.actor, event.recipient)

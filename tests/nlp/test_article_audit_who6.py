"""Who did it to whom, sixth round: the parties the last audits left wrong, fixed in general on sentences and short
wire articles of our own (tests/nlp/data/audit_who6), with controls. No sentence is taken from a benchmark or the seed.

Causes fixed:
- "30 supporters of Imran Khan were arrested": a person's supporters and anyone's kin are civilians of X's country,
  a person's aides and guards of his sector, not X; a party's supporters stay its side (``actors/camps``);
- "a spokeswoman for the AU mission said its troops ...": a body's pronoun in what its spokesperson says is the
  body's (``mentions/coreference._body_spoken_for``);
- "Forty assailants had been killed, the army said": a force's toll of armed foes, no doer or other cause named, is
  the force's act (``arguments/unnamed``); the tagger's "Forty assailants" number entity is still people
  (``arguments/parties._counted_agents``);
- "the Taliban" in a story from Pakistan: the country's branch the knowledge base names by its demonym ("Pakistani
  Taliban"), unless the words or the sentence tie it home (``mentions/branches``);
- the Polisario Front is of Western Sahara (ESH, a non-member territory like Kosovo); "U.S.-led air strikes" are the
  United States' (``arguments/parties.leader_word``); a separatist movement's "its fighters" are the movement's;
- "Egypt and Jordan said they would send aid": "they" for a subject joined by "and" is every party joined
  (``mentions/resolver._coordinated_referents``).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import article_fact_params, coded_events, dated_article_events, party_named

pytestmark = pytest.mark.model

DAY = dt.date(2024, 6, 26)
AUDIT = Path(__file__).parent / "data" / "audit_who6"

# (text, trigger word, actor, recipient): each (words in the party's name or text, ISO3 or None), None unchecked
FIXED = [
    # people of someone's camp, not that someone
    ("Police arrested 30 supporters of Imran Khan in Lahore on Friday.", "arrested", ("police", "PAK"),
     ("civilians", "PAK")),
    ("Police in Kampala detained dozens of Bobi Wine supporters on Monday.", "detained", ("police", "UGA"),
     ("civilians", "UGA")),
    ("Riot police fired tear gas at supporters of Raila Odinga in Kisumu.", "fired", ("police", "KEN"),
     ("civilians", "KEN")),
    # control: a party's supporters stay the party's side
    ("Police arrested dozens of PTI supporters in Islamabad.", "arrested", ("police", "PAK"),
     ("Pakistan Tehreek-e-Insaf", "PAK")),
    ("Security forces detained relatives of the slain commander in Quetta.", "detained", None, ("civilians", "PAK")),
    # control: the person himself
    ("Police arrested Imran Khan in Islamabad on Tuesday.", "arrested", ("police", "PAK"), ("Imran Khan", "PAK")),
    # a spokesperson's "its": the body spoken for
    ("A spokeswoman for the AU mission said its troops had repelled an attack by al-Shabaab near Mogadishu.",
     "repelled", ("African Union", None), ("Al-Shabaab", "SOM")),
    # control: a national army's spokesman keeps its army
    ("A spokesman for the Somali army said its troops had killed 20 militants.", "killed",
     ("Somali National Army", "SOM"), None),
    # a force's toll of its armed foes
    ("Forty assailants had been killed, the army said.", "killed", ("military", None), ("armed men", None)),
    ("Eight rebels were killed near Beni, the Congolese army said in a statement.", "killed", ("army", "COD"),
     ("rebels", "COD")),
    ("Police said five bandits were killed in a shootout in Zamfara.", "killed", ("police", "NGA"),
     ("bandits", "NGA")),
    # control: another hand named
    ("Twelve militants were killed in a U.S. drone strike, the army said.", "killed", ("United States", "USA"), None),
    # the Pakistani Taliban where the story is Pakistan's
    ("PESHAWAR, Pakistan (AP) - The Taliban attacked a police station in Khyber Pakhtunkhwa, killing four officers.",
     "attacked", ("Taliban", "PAK"), ("police", "PAK")),
    ("PESHAWAR, Pakistan (AP) - Taliban fighters ambushed an army convoy in North Waziristan, killing six soldiers.",
     "ambushed", ("Taliban", "PAK"), None),
    ("The Tehreek-e-Taliban Pakistan said it carried out the bombing. The Taliban warned of more attacks on security "
     "forces in Pakistan.", "warned", ("Taliban", "PAK"), None),
    # controls: Afghanistan's Taliban
    ("The Taliban seized a district in Helmand province.", "seized", ("Taliban", "AFG"), None),
    ("KABUL (Reuters) - The Taliban detained two journalists in Kabul.", "detained", ("Taliban", "AFG"), None),
    ("ISLAMABAD (Reuters) - Pakistan's foreign minister met Taliban officials in Afghanistan on Monday.", "met",
     None, ("Taliban", "AFG")),
    ("ISLAMABAD (Reuters) - Pakistan accused the Taliban government in Kabul of sheltering militants.", "accused",
     ("Pakistan", "PAK"), ("Afghanistan", "AFG")),
    # Western Sahara's movement; a state-led coalition's strikes
    ("The Polisario Front attacked Moroccan positions near the berm.", "attacked", ("Polisario", "ESH"),
     ("Moroccan", "MAR")),
    ("The Polisario Front said its fighters shelled Moroccan army posts.", "shelled", ("Polisario", "ESH"), None),
    ("U.S.-led air strikes killed 12 militants in Syria.", "killed", ("United States", "USA"), None),
    ("A U.S.-led coalition air strike killed four civilians near Mosul, residents said.", "killed",
     ("United States", "USA"), ("civilians", "IRQ")),
    ("Saudi-led air strikes killed 12 people in Yemen.", "killed", ("Saudi", "SAU"), ("civilians", "YEM")),
    # "they" for a government or a coordinated subject
    ("The Kenyan government said they had arrested 3 suspects.", "arrested", ("Kenyan government", "KEN"), None),
    ("The Kenyan government said police had arrested three suspects after they attacked a bus.", "attacked",
     ("criminals", "KEN"), None),
]


@pytest.mark.parametrize(("text", "trigger", "actor", "recipient"), FIXED, ids=[r[0][:60] for r in FIXED])
def test_fixed_party(session_coder, text, trigger, actor, recipient):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]


# (text, trigger word, role, words no party of the role may carry in its name)
NOT_READ = [
    ("Police arrested 30 supporters of Imran Khan in Lahore on Friday.", "arrested", "recipient", "Imran Khan"),
    ("Police in Kampala detained dozens of Bobi Wine supporters on Monday.", "detained", "recipient", "Bobi Wine"),
    ("A spokeswoman for the AU mission said its troops had repelled an attack by al-Shabaab near Mogadishu.",
     "repelled", "actor", "Somali"),
    ("Forty civilians had been killed, the army said.", "killed", "actor", "military"),
    ("Six insurgents were killed, residents said.", "killed", "actor", "civilians"),
    ("KABUL (Reuters) - The Taliban detained two journalists in Kabul.", "detained", "actor", "Tehrik"),
    ("The Kenyan government said police had arrested three suspects after they attacked a bus.", "attacked", "actor",
     "government"),
]


@pytest.mark.parametrize(("text", "trigger", "role", "name"), NOT_READ, ids=[r[0][:60] for r in NOT_READ])
def test_party_not_read(session_coder, text, trigger, role, name):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert events, f"no event on {trigger!r}"
    assert not any(name.lower() in p.name.lower() for e in events for p in getattr(e, role))


# (text, trigger word, every country the actors must hold)
EVERY_ACTOR = [
    ("Egypt and Jordan said they would send aid to Gaza.", "send", {"EGY", "JOR"}),
    ("Egypt, Jordan and Qatar said they would send aid to Gaza.", "send", {"EGY", "JOR", "QAT"}),
    ("Egypt and Jordan said they had arrested smugglers near the border.", "arrested", {"EGY", "JOR"}),
]


@pytest.mark.parametrize(("text", "trigger", "countries"), EVERY_ACTOR, ids=[r[0][:60] for r in EVERY_ACTOR])
def test_coordinated_they(session_coder, text, trigger, countries):
    events = [e for e in coded_events(session_coder, text, DAY) if trigger in e.trigger]
    assert any({a.country for a in e.actor} == countries for e in events), [(e.trigger, e.actor) for e in events]


# (article number, trigger word, actor, recipient, reason it is still wrong or None)
ARTICLE_FACTS = [
    ("01", "arrested", ("police", "MLI"), ("opposition", "MLI"), None),
    ("01", "condemned", ("France", "FRA"), None, None),
    # 'Boni' (only an alternate name of Bonn in the gazetteer) is Mali's, not Germany's (fixed by where6); the doer
    # is the 'suspected jihadists' or, once the claim names it, JNIM: only the recipient is checked here
    ("01", "ambushed", None, ("Malian", "MLI"), None),
    # the claim retells the ambush, and names its doer
    ("01", "ambush", ("Jama'at Nusrat al-Islam wal-Muslimin", "MLI"), None, None),
    # the 12 supporters of an opposition figure, as the arrest codes them (fixed by who7)
    ("01", "detained", None, ("opposition", "MLI"), None),
    ("02", "attacked", ("Taliban", "PAK"), ("police", "PAK"), None),
    ("02", "detained", ("police", "PAK"), ("civilians", "PAK"), None),
    ("02", "accused", ("Pakistan", "PAK"), ("Afghanistan", "AFG"), None),
    ("03", "shelled", ("Polisario", "ESH"), ("Moroccan", "MAR"), None),
    ("03", "repelled", ("Moroccan", "MAR"), ("Polisario", "ESH"), None),
    ("03", "sit-in", ("civilians", "ESH"), None, None),
]


@pytest.mark.parametrize(("number", "trigger", "actor", "recipient"), article_fact_params(ARTICLE_FACTS))
def test_article_party(session_coder, number, trigger, actor, recipient):
    events = [e for e in dated_article_events(session_coder, AUDIT, number, DAY) if trigger in e.trigger]
    assert any(party_named(e.actor, actor) and party_named(e.recipient, recipient) for e in events), \
        [(e.trigger, e.actor, e.recipient) for e in events]

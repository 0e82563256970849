import pytest

from khabar.nlp.lexicon import LIGHT_VERBS, load_intents, load_lexicon, verb_lemma
from khabar.ontology import cameo_to_plover
from tests.nlp.conftest import EVENTS_PUBLISHED, asserted_events, coded_events

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_entry_names_a_plover_category():
    lex = load_lexicon()
    entries = [e for table in (lex.verbs, lex.nouns, lex.adjectives) for es in table.values() for e in es]
    assert entries and {e.event for e in entries} <= PLOVER


def test_constrained_entries_come_first():
    strike = load_lexicon().entries("strike", "VERB")
    assert strike[0].required and strike[0].event == "AGREE"
    assert not strike[-1].required and strike[-1].event == "ASSAULT"


def test_light_verbs_are_plain_lemmas():
    assert all(v == v.lower() and " " not in v for v in LIGHT_VERBS)


def test_version_is_stable():
    assert load_lexicon().version == load_lexicon().version and len(load_lexicon().version) == 12


def test_stated_intents_follow_the_cameo_crosswalk():
    intents = load_intents()
    assert ("ASSAULT", "future") in intents and ("RETREAT", "prescriptive") in intents
    for (act, kind), entry in intents.items():
        category, _, code = act.partition(":")  # "COERCE:192": the row for one code of the category
        assert kind in ("future", "prescriptive", "refusal") and category in PLOVER
        assert not code or cameo_to_plover(code)[0] == category
        assert cameo_to_plover(entry.cameo)[0] == entry.event
        assert entry.event == {"future": entry.event, "prescriptive": "REQUEST", "refusal": "REJECT"}[kind]
        assert entry.event in {"AGREE", "THREATEN", "REQUEST", "REJECT"}


def test_agent_nouns_are_marked_in_the_lexicon():
    visit = load_lexicon().entries("visit", "NOUN")
    assert any(e.alone_with_agent and not e.alone for e in visit)
    assert not any(e.alone_with_agent for e in load_lexicon().entries("willingness", "NOUN"))


def test_every_word_class_in_the_lexicon_is_defined():
    from khabar.nlp.triggers.matching import _WORD_CLASSES
    lex = load_lexicon()
    entries = [e for table in (lex.verbs, lex.nouns, lex.adjectives) for es in table.values() for e in es]
    named = {w for e in entries for c in e.required + e.vetoes for w in c.lemmas if w.startswith("@")}
    assert named and named <= set(_WORD_CLASSES)


def test_semantic_word_lists_do_not_overlap():
    from khabar.nlp.lexicon import ABSTRACT_NOUNS, HAZARD_NOUNS, TARGET_NOUNS
    # a word that is both an idea and a target would make "attacked the X" both criticism and violence
    assert not ABSTRACT_NOUNS & TARGET_NOUNS and not HAZARD_NOUNS & ABSTRACT_NOUNS


def test_predicate_adjectives_have_their_own_table():
    lexicon = load_lexicon()
    (critical,) = lexicon.entries("critical", "ADJ")
    assert (critical.event, critical.required[0].dep) == ("ACCUSE", "pobj.of")
    assert lexicon.entries("critical", "VERB") == () and lexicon.entries("critical", "NOUN") == ()


@pytest.mark.model
@pytest.mark.parametrize("text, word, lemma", [
    ("Soldiers raped dozens of women.", "raped", "rape"),  # the lemmatizer gives "rap", a verb of criticism
    ("The junta unbanned the party.", "unbanned", "unban"),
    ("Critics rapped the government.", "rapped", "rap"),
    # the lemmatizer gives "fin", "snip", "cordone", "scapegoate" and "rap" for these forms
    ("A court fined the newspaper.", "fined", "fine"),
    ("Regulators are fining the bank.", "fining", "fine"),
    ("Gunmen sniped at the patrol.", "sniped", "snipe"),
    ("Police cordoned off the square.", "cordoned", "cordon"),
    ("The minister scapegoated migrants.", "scapegoated", "scapegoat"),
    ("Militiamen were raping women.", "raping", "rape"),
    ("Police arrested five men.", "arrested", "arrest"),
])
def test_a_verbs_lexicon_lemma_mends_known_lemmatizer_errors(raw_nlp, text, word, lemma):
    token = next(t for t in raw_nlp(text) if t.text == word)
    assert verb_lemma(token) == lemma



@pytest.mark.model
@pytest.mark.parametrize("text, phoned", [
    # "which" or "what" as the object of "call" is a thing named, never a party phoned
    ("The guerrillas fight the regime, which they call a dictatorship.", False),
    ("The students oppose the government, which they call a regime.", False),
    ("The nationalists fight the federation, which they call an empire.", False),
    # a party called is phoned, also as a relative pronoun
    ("The Kenyan president called his Ugandan counterpart on Sunday.", True),
    ("The envoy, whom the minister called on Sunday, agreed to visit Juba.", True),
])
def test_a_thing_named_by_call_is_no_phone_call(coder, text, phoned):
    from tests.nlp.conftest import coded_events

    events = coded_events(coder, text, None)
    assert any(e.event == "CONSULT" and e.mode == "phone" for e in events) == phoned


# Rows of firing: a launcher fired, and fire returned, are uses of force.
@pytest.mark.parametrize("text,trigger,mode", [
    ("Fighters fire a rocket launcher near Idlib on Sunday.", "fire", "heavy-weapons"),
    ("Rebels fired a grenade launcher at the checkpoint on Tuesday.", "fired", "heavy-weapons"),
    ("The troops returned fire after coming under attack, the army said.", "returned", "firearms"),
    ("Police returned fire, killing two of the gunmen.", "returned", "firearms"),
])
@pytest.mark.model
def test_firing_a_launcher_or_returning_fire_is_an_assault(coder, text, trigger, mode):
    events = asserted_events(coder, text)
    assert [(e.event, e.trigger, e.mode) for e in events] == [("ASSAULT", trigger, mode)]


@pytest.mark.parametrize("text", [
    "The minister returned to Kabul on Monday after talks in Doha.",
    "The company returned the launcher to the manufacturer for repairs.",
])
@pytest.mark.model
def test_returning_anything_else_is_no_assault(coder, text):
    assert all(e.event != "ASSAULT" for e in asserted_events(coder, text))


# Workers strike by stopping work, also where the parser reads the grievance as an object, and threaten to.
@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("The union threatened to strike over pay on Monday.", [("THREATEN", "relations", "asserted"),
                                                             ("PROTEST", "strike", "hypothetical")]),
    ("Nurses struck over working conditions in Harare on Monday.", [("PROTEST", "strike", "asserted")]),
    ("The rebels threatened to strike the capital.", [("THREATEN", "violence", "asserted"),
                                                      ("ASSAULT", None, "hypothetical")]),
])
def test_workers_strike_and_threaten_to_strike_by_stopping_work(coder, text, expected):
    coded = coded_events(coder, text, EVENTS_PUBLISHED)
    assert [(e.event, e.mode, e.factuality) for e in coded] == expected


# A place rocked or shaken by a blast is the scene of one attack; rocked by what is no attack is none.
@pytest.mark.model
@pytest.mark.parametrize("text,town", [
    ("Peshawar was rocked by a bomb blast on Monday.", "Peshawar"),
    ("Peshawar was rocked by a powerful explosion on Monday.", "Peshawar"),  # the noun's own date: still one event
    ("The market in Peshawar was rocked by a blast.", "Peshawar"),
    ("Kabul was rocked by a series of explosions on Tuesday.", "Kabul"),
])
def test_a_place_rocked_by_a_blast_is_attacked_there_once(coder, text, town):
    events = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.event == "ASSAULT"]
    assert len(events) == 1 and events[0].event_loc is not None and events[0].event_loc.name == town


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The region was rocked by protests last year.",
    "Markets were rocked by the news.",
])
def test_rocked_by_what_is_no_attack_is_no_assault(coder, text):
    assert not [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.event == "ASSAULT"]

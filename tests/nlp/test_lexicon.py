from khabar.nlp.lexicon import LIGHT_VERBS, load_lexicon

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_entry_names_a_plover_category():
    lex = load_lexicon()
    entries = [e for table in (lex.verbs, lex.nouns) for es in table.values() for e in es]
    assert entries and {e.event for e in entries} <= PLOVER


def test_constrained_entries_come_first():
    strike = load_lexicon().entries("strike", "VERB")
    assert strike[0].required and strike[0].event == "AGREE"
    assert not strike[-1].required and strike[-1].event == "ASSAULT"


def test_light_verbs_are_plain_lemmas():
    assert all(v == v.lower() and " " not in v for v in LIGHT_VERBS)


def test_version_is_stable():
    assert load_lexicon().version == load_lexicon().version and len(load_lexicon().version) == 12

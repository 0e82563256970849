"""Irregular pasts the tagger read as nouns (``khabar.nlp.past_verbs``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from khabar.nlp.past_verbs import repair_pasts_read_as_nouns
from tests.nlp.conftest import asserted_events as _events  # the events told as done

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,verb", [
    ("The army retook Sinjar on Monday.", "retake"),
    ("Government troops retook the airport on Friday.", "retake"),
])
def test_a_past_read_as_a_noun_tells_its_event(coder, text, verb):
    (event,) = _events(coder, text)
    assert (event.event, event.cameo, event.trigger) == ("COERCE", "192", "retook")
    assert [a.sector for a in event.actor] == ["MIL"]


def test_a_noun_without_a_verbs_arcs_stays_a_noun(coder):
    """Only a root with a subject before it and an object after it is made a verb, and only an irregular form."""
    doc = coder.nlp.make_doc("The retook.")
    for token in doc:
        token.pos_, token.tag_, token.dep_ = "NOUN", "NN", "ROOT"
        token.head = token
    repair_pasts_read_as_nouns(doc, lambda word: "retake" if word == "retook" else None)
    assert [t.pos_ for t in doc] == ["NOUN", "NOUN", "NOUN"]


@pytest.mark.parametrize("text,category,actor,recipient", [
    # the root noun after a subject the parser gave it, or after a name it read as a compound's first word
    ("The US cut funding to UNRWA.", "SANCTION", "United States", "UNRWA"),
    ("The EU cut funding to the Palestinian Authority.", "SANCTION", "European Union", "Palestinian Authority"),
    ("The EU budget cut funding to farmers.", "SANCTION", "European Union", None),
    # a verbless sentence the parser headed with the object, the past a compound between the name and it
    ("The U.S. cut funding to the agency.", "SANCTION", "United States", None),
    # a clause a verb of saying governs, before or after it
    ("Officials said the EU cut funding to the agency.", "SANCTION", "European Union", None),
    ("The EU cut funding to the agency, officials said.", "SANCTION", "European Union", None),
])
def test_a_past_spelt_as_its_base_read_as_a_noun_tells_its_event(coder, text, category, actor, recipient):
    events = [e for e in _events(coder, text) if e.trigger == "cut"]
    assert [e.event for e in events] == [category]
    assert [a.name for a in events[0].actor] == [actor]
    assert recipient is None or recipient in [r.name for r in events[0].recipient]


@pytest.mark.parametrize("text", [
    "Officials said the EU cut was a mistake.",  # the subject of a clause with a verb of its own: a noun
    "Analysts said the OPEC cut would lift prices.",
    "The cut in funding angered the agency.",
    "The tax cut plan was approved.",
])
def test_a_past_spelt_as_its_base_that_names_a_thing_stays_a_noun(khabar_nlp, text):
    (cut,) = [t for t in khabar_nlp(text) if t.lower_ == "cut"]
    assert cut.pos_ == "NOUN"


def test_only_a_lexicon_verb_spelt_as_its_past_is_made_a_verb(khabar_nlp):
    """"bid" is spelt as its past, yet no event verb of the lexicon: the tagger's noun stays."""
    (bid,) = [t for t in khabar_nlp("The EU bid farewell to the envoy.") if t.lower_ == "bid"]
    assert bid.pos_ == "NOUN"


@pytest.mark.parametrize("text,actor", [
    # a past spelt as its participle read as an adjective of its object, the name before it as the adjective's adverb
    ("Witnesses said the RSF set fire to the market.", "Rapid Support Forces"),
    ("Residents said the Houthis set fire to the port.", "Houthis"),
])
def test_a_past_read_as_an_adjective_after_a_name_heads_its_clause(coder, text, actor):
    (event,) = [e for e in _events(coder, text) if e.trigger == "set"]
    assert event.event == "ASSAULT" and [a.name for a in event.actor] == [actor]


@pytest.mark.parametrize("text", [
    "The set price was high.",
    "He said the IMF set rate was too low.",  # a clause with a verb of its own: "set" a modifier
])
def test_a_past_that_modifies_a_noun_with_a_verb_stays_a_modifier(khabar_nlp, text):
    (word,) = [t for t in khabar_nlp(text) if t.lower_ == "set"]
    assert word.dep_ in ("amod", "compound") and word.pos_ != "VERB"


@pytest.mark.parametrize("text,actor_sector", [
    # a participle spelt as its base after "was", read as a noun with a "by" phrase of its own (lex3)
    ("The town was overrun by rebels on Monday.", "REB"),
    ("Officials said the post was overrun by jihadists on Sunday.", None),
])
def test_a_participle_read_as_a_noun_after_be_is_a_passive(coder, text, actor_sector):
    (event,) = [e for e in _events(coder, text) if e.trigger == "overrun"]
    assert (event.event, event.cameo) == ("COERCE", "192")
    assert actor_sector is None or [a.sector for a in event.actor] == [actor_sector]


@pytest.mark.parametrize("text,word", [
    ("The project was a success by any measure.", "success"),  # a noun with a determiner stays a noun
    ("The result was overrun by nothing.", None),
])
def test_a_noun_after_be_with_a_determiner_stays_a_noun(khabar_nlp, text, word):
    doc = khabar_nlp(text)
    assert word is None or next(t for t in doc if t.lower_ == word).pos_ == "NOUN"
    assert all(t.dep_ != "auxpass" for t in doc if t.lower_ != "was") and sum(t.dep_ == "ROOT" for t in doc) == 1

"""Questions about a parse asked across the coder, on sentences we write."""
from __future__ import annotations

import pytest

from spacy.symbols import NOUN, VERB

from khabar.nlp.syntax import (children_of, entity_around, entity_bounds, kept_per_doc, participial_host, to_infinitive,
                               unpunctuated, words_with_lemma)


@pytest.fixture
def nlp(raw_nlp):
    return raw_nlp  # the plain model, loaded once for the session (tests/conftest.py)


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", [
    ("The court ordered the militia to leave the town.", "leave", True),
    ("Lawmakers voted on Thursday to remove the governor.", "remove", True),
    ("The militia left the town on Monday.", "left", False),
    ("Troops are expected to withdraw.", "withdraw", True),
    ("Police arrested ten men.", "arrested", False),
])
def test_a_verb_marked_by_to_is_an_infinitive(nlp, text, verb, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    assert to_infinitive(token) is expected


@pytest.mark.model
@pytest.mark.parametrize("text, host", [
    ("Gunmen stormed the village on Sunday, killing 12 people.", "stormed"),
    ("A car bomb struck the station as commuters waited for buses, killing 39 people.", "struck"),
    # the parser reads "crowds ... trying" as a clause of its own and hangs "killing" on "trying"
    ("A suicide bomber struck crowds of Afghans trying to reach the evacuation flights at Kabul's airport on "
     "Thursday, killing 13 American service members.", "struck"),
    ("Police said the gunmen fled, leaving two dead.", "fled"),
])
def test_a_participle_adjunct_hangs_on_the_main_act(nlp, text, host):
    killing = next(t for t in nlp(text) if t.text in ("killing", "leaving"))
    assert participial_host(killing).text == host


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", [
    ("Rebels withdraw from key town", "withdraw", True),
    ("Government lifts curfew in capital", "lifts", True),
    ("Rebels withdraw from key town.", "withdraw", False),
    ('"We will withdraw," the commander said.', "said", False),
    ("Will the rebels withdraw?", "withdraw", False),
    ('The commander said: "We will withdraw."', "withdraw", False),
    ("Rebels withdraw from key town (Reuters)", "withdraw", True),
])
def test_a_sentence_with_no_closing_stop_is_a_headline(nlp, text, verb, expected):
    token = next(t for t in nlp(text) if t.text == verb)
    assert unpunctuated(token) is expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ethiopian and Eritrean troops clashed near the border town of Badme on Tuesday, officials in Addis Ababa said.",
    "Five people, including two policemen, were killed when gunmen attacked a checkpoint in Peshawar.",
    "The Colombian government and the ELN resumed talks in Havana after a pause of six months.",
])
def test_the_children_kept_are_the_parse_s_children(nlp, text):
    doc = nlp(text)
    for token in doc:
        assert children_of(token) == tuple(token.children)
        assert children_of(token) is children_of(token)  # asked again: the tuple kept, not walked anew


@pytest.mark.model
def test_a_question_kept_per_doc_is_answered_once_per_token(nlp):
    asked = []

    @kept_per_doc("tests.syntax.plural")
    def plural(token):
        asked.append(token.i)
        return token.tag_ == "NNS"

    doc = nlp("Rebels seized two towns and the army shelled the villages.")
    first = [plural(t) for t in doc]
    again = [plural(t) for t in doc]
    assert first == again == [t.tag_ == "NNS" for t in doc]
    assert asked == [t.i for t in doc]  # each token asked once
    other = nlp("Militants stormed a prison.")
    assert plural(other[0]) == (other[0].tag_ == "NNS")  # another doc: asked anew, kept apart
    assert asked[-1] == 0 and len(asked) == len(doc) + 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mali expels French ambassador",  # headlines whose parse the triggers component repairs
    "UN chief calls for ceasefire in Gaza",
    "Putin, Xi meet in Beijing",
    "NAIROBI, Kenya — Police fired tear gas at protesters marching on parliament, killing two, witnesses said.",
])
def test_the_children_kept_for_the_coder_are_the_final_parse_s_children(session_coder, text):
    """The children are read for the whole doc at once, off its heads column, when the events component first
    asks: after the repairs, so they must be those the final parse gives."""
    doc = session_coder.nlp(text)
    for token in doc:
        assert children_of(token) == tuple(token.children)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police in Kano arrested Musa Bello and Ibrahim Sani on Tuesday, the Nigerian army said.",
    "The European Union imposed sanctions on three Belarusian officials in October.",
    "No names here at all.",
])
def test_the_entity_rows_kept_are_the_doc_s_entities(nlp, text):
    doc = nlp(text)
    assert entity_bounds(doc) == tuple((e.start, e.end, e.label_) for e in doc.ents)
    assert entity_bounds(doc) is entity_bounds(doc)  # read once per doc


@pytest.mark.model
@pytest.mark.parametrize("text, pos, lemmas, some", [
    ("The death toll rose to 15 after two more people died. The toll road was closed.", NOUN, frozenset({"toll"}),
     True),
    ("Three of the wounded died in hospital and another succumbed on Friday.", VERB, frozenset({"die", "succumb"}),
     True),
    ("Rebels attacked the town; nobody died.", NOUN, frozenset({"toll"}), False),
])
def test_the_words_found_by_lemma_are_those_a_scan_finds(nlp, text, pos, lemmas, some):
    doc = nlp(text)
    expected = [t.i for t in doc if t.pos == pos and t.lemma_.lower() in lemmas]
    assert [t.i for t in words_with_lemma(doc, pos, lemmas)] == expected
    assert bool(expected) is some


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Fighters of Kataib Hezbollah fired rockets at the base.", "Hezbollah"),
    ("The United Nations Security Council met on Friday.", "Security"),
    ("Police arrested two men in Basra.", "Basra"),
    ("Police arrested two men in the city.", "city"),
])
def test_entity_around_is_the_models_entity_holding_the_word(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    holding = [(e.start, e.end) for e in doc.ents if e.start <= token.i < e.end]
    assert entity_around(token) == (holding[0] if holding else (token.i, token.i + 1))

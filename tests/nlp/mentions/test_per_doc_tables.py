"""The per-doc tables the party rules read instead of asking Token by Token give what the Token-by-Token
definitions give, on real parses: the words describing nouns, the earlier parties, the words that may run a name on,
the people's entities, the state a place's words state, and a mention's actor retold with its words."""
from __future__ import annotations

from dataclasses import replace

import pytest

from khabar.actors import default_kb
from khabar.model import Actor
from khabar.nlp.mentions.antecedents import _ancestor_indices, _describing_words, _head_indices, _word_positions
from khabar.nlp.mentions.coreference import _PARTY_DEPS, _actor_positions, _may_name_actor, _party_positions
from khabar.nlp.mentions.phrases import _as_words_of, _char_span, _opens_name
from khabar.nlp.mentions.other_state import _stating_indices, _states
from khabar.nlp.mentions.place_countries import _event_places, _persons, _places_at_home, places_by_sentence
from khabar.nlp.mentions.presence_abroad import away_host
from khabar.nlp.mentions.stated_state import _read_stated_state, stated_state
from khabar.nlp.text import span_text

TEXTS = [
    "The paramilitary Rapid Support Forces shelled El Fasher on Monday. The paramilitaries denied the charge, "
    "and the Sudanese army said its troops had repelled the attack.",
    "Police arrested Musa Bello and Ibrahim Sani in Kano, the Nigerian police said, after the militant group "
    "Boko Haram attacked a police station in the town of Damboa in northern Nigeria.",
    "Egypt's foreign ministry condemned the raid. The ministry urged Israeli and Palestinian leaders to resume "
    "talks with the Group for the Support of Islam and Muslims, the envoy said.",
    "THE HAGUE (Reuters) - Ukrainian President Volodymyr Zelenskiy met Dutch Prime Minister Mark Rutte; the "
    "two leaders signed a deal on F-16 jets for the Ukrainian air force in The Hague.",
    "",
]


@pytest.fixture(scope="module", params=TEXTS, ids=range(len(TEXTS)))
def doc(request, khabar_nlp):
    return khabar_nlp(request.param)


@pytest.mark.model
def test_describing_words_are_the_amod_and_compound_words_on_nouns(doc):
    expected: dict[str, list[tuple[int, int]]] = {}
    for t in doc:
        if t.dep_ in ("amod", "compound") and t.head.pos_ in ("PROPN", "NOUN"):
            expected.setdefault(t.lemma_.lower(), []).append((t.i, t.head.i))
    assert _describing_words(doc) == expected


@pytest.mark.model
def test_party_positions_are_the_subject_and_object_nouns(doc):
    assert _party_positions(doc) == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _PARTY_DEPS]


@pytest.mark.model
def test_actor_positions_are_the_party_positions_that_may_name_an_actor(doc):
    kb = default_kb()
    expected = [i for i in _party_positions(doc) if _may_name_actor(doc[i], kb)]
    assert _actor_positions(doc, kb) == expected
    assert not doc or expected  # every text names parties


@pytest.mark.model
def test_word_positions_are_the_words_of_a_lemma_and_tag(doc):
    for t in doc:
        lemma = t.lemma_.lower()
        assert _word_positions(doc, lemma, t.tag) == [w.i for w in doc if w.lemma_.lower() == lemma and w.tag == t.tag]


@pytest.mark.model
def test_name_openers_are_the_capitalised_words_and_the(doc):
    assert [_opens_name(doc, i) for i in range(len(doc))] == [t.text[:1].isupper() or t.lower_ == "the" for t in doc]


@pytest.mark.model
def test_persons_are_the_person_entities(doc):
    assert _persons(doc) == tuple((e.start, e.end) for e in doc.ents if e.label_ == "PERSON")


@pytest.mark.model
def test_a_places_stated_state_is_read_once_and_as_the_words_give_it(doc):
    places = doc._.places or ()
    assert not doc or places  # every text names places
    for mention in places:
        assert stated_state(doc, mention) == _read_stated_state(doc, mention)
        assert stated_state(doc, mention) == stated_state(doc, mention)


@pytest.mark.model
def test_an_actor_retold_with_a_mentions_words_is_the_actor_replaced(khabar_nlp):
    doc = khabar_nlp("The paramilitary Rapid Support Forces shelled El Fasher.")
    actor = Actor(text="x", name="Rapid Support Forces", id="sdn.rsf", country="SDN", sector="MIL",
                  aliases=("RSF",), span=(0, 1))
    span = doc[1:5]
    retold = _as_words_of(actor, span)
    assert retold == replace(actor, text=span_text(span), span=_char_span(span))
    assert (retold.text, retold.span) == ("paramilitary Rapid Support Forces", (4, 37))


@pytest.mark.model
def test_ancestor_indices_are_the_tokens_ancestors(doc):
    heads = _head_indices(doc)
    assert heads == [t.head.i for t in doc]
    for t in doc:
        assert _ancestor_indices(heads, t.i) == {a.i for a in t.ancestors}


@pytest.mark.model
def test_stating_indices_are_the_words_that_state_each_country(doc):
    kb = default_kb()
    countries = {c for t in doc for c in [kb.country_of(t.text)] if c}
    assert not doc or countries  # every text names a state
    for country in countries:
        assert _stating_indices(doc, country, kb) == {t.i for t in doc if _states(t, country, kb)}


@pytest.mark.model
def test_places_by_sentence_are_the_places_each_sentence_holds(doc):
    for places in (_event_places(doc), _places_at_home(doc)):
        grouped = places_by_sentence(doc, places)
        for sent in doc.sents:
            assert grouped.get(sent.start, []) == [m for m in places if sent.start <= m.start < sent.end]
        assert sum(map(len, grouped.values())) == len(places)


@pytest.mark.model
def test_places_at_home_are_the_event_places_where_no_one_is_away(doc):
    places = _event_places(doc)
    assert _places_at_home(doc) == [m for m in places if away_host(doc[m.end - 1]) is None]
    if "Kano" in doc.text:  # a text whose places the geo step finds
        assert places

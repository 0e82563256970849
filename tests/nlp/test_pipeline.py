"""The coder's batching: model passes bounded in tokens, and coded docs freed at once."""
from __future__ import annotations

import datetime as dt
import gc

import pytest
import spacy
from spacy.tokens import Doc

from khabar.model import Article
from khabar.nlp.pipeline import MODEL_TOKENS, Coder, _passes


def test_passes_hold_whole_documents_within_the_token_budget():
    nlp = spacy.blank("en")
    docs = [nlp.make_doc("word " * n) for n in (10, MODEL_TOKENS - 20, 15, MODEL_TOKENS * 2, 5)]
    runs = list(_passes(docs))
    assert [doc for run in runs for doc in run] == docs  # every document once, in order
    assert [len(run) for run in runs] == [2, 1, 1, 1]
    assert all(sum(len(d) for d in run) <= MODEL_TOKENS for run in runs if len(run) > 1)


@pytest.mark.model
def test_coded_documents_are_not_left_for_the_garbage_collector():
    """Annotations held each doc in a reference cycle, so dead docs piled up between full collections."""
    text = "Police arrested 14 protesters in Baghdad on Monday. The army said it had killed three militants."
    articles = [Article(id=f"a{i}", text=text, published=dt.date(2024, 3, 4)) for i in range(6)]
    coder = Coder(batch_size=3)
    gc.disable()
    try:
        before = {id(o) for o in gc.get_objects() if isinstance(o, Doc)}  # other tests' docs
        coded = list(coder.code(articles))
        left = [o for o in gc.get_objects() if isinstance(o, Doc) and id(o) not in before]
    finally:
        gc.enable()
    assert all(c.events for c in coded)
    assert left == []

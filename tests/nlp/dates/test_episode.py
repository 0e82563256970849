"""The episode rules read the doc's entities once per doc: the kept list must give what ``Span.ents`` gives."""
from __future__ import annotations

import pytest

from khabar.nlp.dates.episode import _entities_within, _names, _places
from khabar.nlp.dates.index import _refresh_index

TEXTS = [
    "Police fired tear gas at protesters in Nairobi and Kisumu on Tuesday. The ministry said 120 people were held.\n"
    "Several people were injured in Kisumu, a witness told Reuters.",
    "KABUL, March 3 - Militants attacked a checkpoint in Kunar province overnight, the Interior Ministry said. "
    "Two soldiers of the Afghan army died in the fighting near Asadabad.",
    "The United Nations and the African Union called for talks in Addis Ababa. Sudan's army rejected the call.",
    "No names stand here at all, and no places either.",
]


@pytest.fixture(scope="module")
def docs(session_coder):
    parsed = [session_coder.nlp(text) for text in TEXTS]
    for doc in parsed:
        _refresh_index(doc)  # the memo the episode rules keep their answers in
    return parsed


def _spans(doc):
    """Every sentence, every run of two sentences, and spans cutting through entities."""
    sents = list(doc.sents)
    spans = sents + [doc[a.start:b.end] for a, b in zip(sents, sents[1:])]
    return spans + [doc[i:j] for i in range(0, len(doc), 3) for j in range(i + 1, len(doc) + 1, 4)]


@pytest.mark.model
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_kept_entities_are_the_span_entities(docs, k):
    doc = docs[k]
    for span in _spans(doc):
        expected = [(e.start, e.end, e.label_, e.text.lower()) for e in span.ents]
        assert _entities_within(span) == expected, span.text


@pytest.mark.model
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_places_and_names_read_as_before(docs, k):
    doc = docs[k]
    for span in _spans(doc):
        places = frozenset(e.text.lower() for e in span.ents if e.label_ in ("GPE", "LOC", "FAC"))
        names = frozenset({e.text.lower() for e in span.ents} | {t.lower_ for t in span if t.pos_ == "PROPN"})
        assert (_places(span), _names(span)) == (places, names), span.text


@pytest.mark.model
def test_a_doc_with_places_has_some(docs):
    assert {"nairobi", "kisumu"} <= _places(docs[0][:])  # the comparison above is not vacuous

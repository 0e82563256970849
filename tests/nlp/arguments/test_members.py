"""Lists of members (``khabar.nlp.arguments.members``): the list a plural mention opens later in its sentence, read off
the doc's columns, is the one a word-by-word reading finds."""
from __future__ import annotations

import pytest

from khabar.nlp.arguments.members import _list_marker, _opens_list
from khabar.nlp.sentences import sentence_bounds

pytestmark = pytest.mark.model


def _read_word_by_word(token):
    """The next list opener after a comma in the token's sentence, with no plural noun before it."""
    doc = token.doc
    for t in doc[token.i + 1:sentence_bounds(token).end - 1]:
        if t.tag_ in ("NNS", "NNPS"):
            return None
        if doc[t.i - 1].text == "," and _opens_list(t):
            return t
    return None


@pytest.mark.parametrize("text", [
    "Gunmen killed five people in the attack on the market in Maiduguri, including two policemen.",
    "Dozens of protesters were detained in Minsk on Sunday, among them a journalist and two students.",
    "Soldiers fired on the crowd, and the wounded, including children, were taken to hospitals in Homs.",
    "The talks in Doha, among them the Afghan delegates, ended without an agreement on prisoners.",
    "Villagers fled to camps near Goma, including Kanyaruchinya.",
])
def test_the_list_opener_is_the_one_a_word_by_word_reading_finds(session_coder, text):
    doc = session_coder.nlp(text)
    plurals = [t for t in doc if t.pos_ in ("NOUN", "PRON") and t.tag_ == "NNS"]
    assert plurals
    for token in plurals:
        own = next((c for c in token.children if c.dep_ == "prep" and _opens_list(c)), None)
        assert _list_marker(token) == (own if own is not None else _read_word_by_word(token))

"""``capitalised_words``, read off a doc's columns, are the words the Token-by-Token definitions give."""
from __future__ import annotations

import pytest

from khabar.nlp.mentions.capitalised import capitalised_words
from khabar.nlp.text import span_text

TEXTS = [
    "The United States and the Islamic Republic of Iran's Quds Force traded threats in the Gulf of Oman.",
    "NAIROBI, Kenya (AP) - Kenyan police fired tear gas at supporters of Raila Odinga, the opposition leader.",
    "Israeli jets struck Gaza City; Hamas said the Palestinian Authority and U.N. envoys were told.\n\nNo one spoke.",
    "Ukraine's President Volodymyr Zelenskiy met Sudanese, Ethiopian and South African mediators in Addis Ababa.",
]


def _name(token) -> str:
    """The whole entity a word ends, else the word (the definition the other-side test reads)."""
    if token.ent_iob_ == "O":
        return token.text
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return span_text(token.doc[start:token.i + 1])


def _by_tokens(doc) -> list[tuple]:
    return [(t.i, t.text, _name(t), t.ent_iob_ != "O" and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")
            for t in doc if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_the_columns_give_the_words_the_tokens_do(khabar_nlp, text):
    doc = khabar_nlp(text)
    words = capitalised_words(doc)
    assert [(w.i, w.text, w.name, w.inside_name) for w in words] == _by_tokens(doc)
    assert any(w.inside_name for w in words)  # the texts have names of several words
    assert capitalised_words(doc) is words  # read once per doc

"""What a light verb carries through a measure (``khabar.nlp.triggers.light_verbs``): a measure inside a measure
("hundreds of tonnes of food aid") and a package ("a package of sanctions") stand for what they measure, so the verb
that sends or imposes them carries its event. Sentences we wrote ourselves."""
from __future__ import annotations

import pytest

from khabar.nlp.triggers.light_verbs import governing_verb, light_object

pytestmark = pytest.mark.model


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("sentence,noun,verb", [
    ("Hundreds of tonnes of food aid were delivered to Tigray on Friday.", "aid", "delivered"),
    ("The agency sent thousands of tonnes of medicine to Yemen.", "medicine", "sent"),
    ("Ten tonnes of food aid were delivered to Tigray.", "aid", "delivered"),
    # no measure: the noun's own head
    ("The convoy carrying aid reached the town.", "aid", "carrying"),
])
def test_a_measure_of_a_measure_hangs_on_the_verb(raw_nlp, sentence, noun, verb):
    doc = raw_nlp(sentence)
    assert governing_verb(_word(doc, noun)).text == verb


@pytest.mark.parametrize("sentence,verb,carried", [
    ("EU ministers approved a new package of sanctions on Iran.", "approved", "sanctions"),
    ("Britain delivered hundreds of tonnes of aid to the island.", "delivered", "aid"),
    ("The United States announced a new military aid package for Ukraine.", "announced", "package"),
])
def test_a_light_verb_carries_what_its_measure_measures(raw_nlp, sentence, verb, carried):
    doc = raw_nlp(sentence)
    noun = light_object(_word(doc, verb))
    assert noun is not None and noun.text == carried

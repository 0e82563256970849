"""Constraint matching (``khabar.nlp.triggers.matching``): the word classes a constraint names, and the objects of
its prepositions read one reading at a time."""
from __future__ import annotations

import pytest

from khabar.nlp.lexicon import Constraint
from khabar.nlp.triggers.matching import (_WORD_CLASSES, _class_tests, _meets, _prep_object_readings,
                                          _prep_referents)
from khabar.nlp.triggers.word_classes import referents


@pytest.mark.parametrize("words,classes", [
    (frozenset({"police", "army"}), ()),
    (frozenset({"@person", "police"}), ("@person",)),
    (frozenset({"@arms", "@person", "*"}), ("@arms", "@person")),
])
def test_a_constraint_tests_only_the_word_classes_it_names(words, classes):
    assert sorted(_class_tests(words), key=id) == sorted((_WORD_CLASSES[c] for c in classes), key=id)
    assert _class_tests(words) is _class_tests(frozenset(words))  # picked out once per set of words


# (sentence, trigger word, constraint, met): prepositional objects on the verb itself and those the parser hangs
# on its object, its destination, a free relative or a time phrase.
POBJ_CASES = [
    ("Police charged two soldiers with murder in Nairobi.", "charged", "pobj.with:murder", True),
    ("Police charged two soldiers with murder in Nairobi.", "charged", "pobj.with:theft", False),
    ("The minister assured the IAEA of its full cooperation.", "assured", "pobj.of:cooperation", True),
    ("Germany sent tanks to Ukraine on Monday.", "tanks", "pobj.to:Ukraine", True),
    ("Rebels fired what appeared to be a rocket at the base.", "fired", "pobj.at:base", True),
    ("The court relieved the general of his command.", "relieved", "pobj.of:command", True),
    ("The colonel was accused of torturing detainees.", "accused", "pobj.of:torture", True),
    ("The army had warned for days of an attack on the capital.", "warned", "pobj.of:attack", True),
    ("Protesters marched through the capital on Friday.", "marched", "pobj.with:*", False),
    # "away", read as an adverb, carries the phrase of what is left as "out" does
    ("The rebels walked away from the talks on Monday.", "walked", "pobj.from:talk", True),
    ("The driver walked away from the crash.", "walked", "pobj.from:talk", False),
    # "dobjmod": a noun or adjective before the verb's object
    ("France put forward a peace plan for Lebanon.", "put", "dobjmod:peace", True),
    ("The union put forward a new peace and security plan.", "put", "dobjmod:peace", True),
    ("The airline put forward a plan to cut jobs.", "put", "dobjmod:peace", False),
    # "@dignitary": a person or an office one person holds, not a party called on to act
    ("The army chief called on the Saudi crown prince.", "called", "pobj.on:@dignitary", True),
    ("The minister called on Mohammed bin Salman in Riyadh.", "called", "pobj.on:@dignitary", True),
    ("The UN called on the parties to end the fighting.", "called", "pobj.on:@dignitary", False),
]


@pytest.mark.model
@pytest.mark.parametrize("text,word,spec,met", POBJ_CASES)
def test_prepositional_objects_are_read_where_the_parser_hung_them(khabar_nlp, text, word, spec, met):
    doc = khabar_nlp(text)
    token = next(t for t in doc if t.text == word)
    constraint, = Constraint.parse(spec.lower())
    assert _meets(token, constraint, tuple(token.children)) is met


@pytest.mark.model
def test_the_readings_begin_with_the_words_own_phrases(khabar_nlp):
    doc = khabar_nlp("Police charged two soldiers with murder in Nairobi.")
    charged = doc[1]
    readings = _prep_object_readings(charged, ("with",), any_word=False)
    assert next(readings).lower_ == "murder"  # the first reading settles most constraints
    assert "murder" in [t.lower_ for t in _prep_object_readings(charged, (), any_word=False)]  # any preposition
    assert list(_prep_object_readings(charged, ("against",), any_word=False)) == []


# Sentences whose words have prepositional phrases of their own, on their objects, on a free relative and on a
# time phrase, asked of constraint after constraint: the kept referents must be what the readings give.
PREP_SENTENCES = [
    "Iraq withdrew its ambassador from Turkey after talks in Ankara collapsed on Monday.",
    "Rebels fired what appeared to be a rocket at the base near the border with Syria.",
    "Japan sent 20 trucks of medical supplies to Nepal and provided the army with fuel.",
    "Sudan's army had warned for days of an attack on Khartoum by the paramilitaries.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", PREP_SENTENCES)
def test_kept_prepositional_referents_are_the_readings_referents(khabar_nlp, text):
    doc = khabar_nlp(text)
    found = 0
    for token in doc:
        for preps in ((), ("from",), ("at", "near"), ("to",), ("of", "on", "by"), ("with",)):
            for any_word in (False, True):
                direct = tuple(r for o in _prep_object_readings(token, preps, any_word=any_word) for r in referents(o))
                assert _prep_referents(token, preps, any_word=any_word) == direct
                assert _prep_referents(token, preps, any_word=any_word) == direct  # asked again: kept
                found += len(direct)
    assert found  # the sentences have prepositional objects to read

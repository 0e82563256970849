"""Constraint matching (``khabar.nlp.triggers.matching``): the word classes a constraint names, and the objects of
its prepositions read one reading at a time."""
from __future__ import annotations

import pytest

from khabar.nlp.lexicon import Constraint
from khabar.nlp.syntax import children_of
from khabar.nlp.triggers.matching import (_WORD_CLASSES, _class_tests, _meets, _prep_object_readings,
                                          _prep_referents, _read, _readings)
from khabar.nlp.triggers.word_classes import referents

from ..conftest import EVENTS_PUBLISHED, coded_events


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


# (sentence, word, constraint, met): each reading of a dependency the kept readings gather, met and not.
READING_CASES = [
    ("The embassy was stormed by protesters on Sunday.", "stormed", "nsubj:protester", True),
    ("Putin and Erdogan are expected to meet in Sochi.", "meet", "nsubj:putin", True),
    ("Police arrested five journalists in Minsk.", "arrested", "nsubj:soldier", False),
    ("Workers went on strike in Lagos.", "strike", "gov:go", True),
    ("The opposition filed charges against the mayor.", "charges", "govsubj:opposition", True),
    ("Hungary allowed UN inspectors to return.", "allowed", "dobj:inspector", True),
    ("Ecuador rejected the proposal for talks.", "rejected", "dobj:talk", True),
    ("Ecuador rejected the proposal for talks.", "rejected", "dobj:@official", False),
    ("The assets were frozen on Monday.", "frozen", "dobj:asset", True),
    ("The men held last week were freed.", "held", "dobj:man", True),
    ("The court held the army responsible.", "held", "oprd:responsible", True),
    ("The president called for foreign troops to leave.", "called", "prep:for", True),
    ("Chad threatened on Friday to attack the capital.", "threatened", "xcomp:attack", True),
]


@pytest.mark.model
@pytest.mark.parametrize("text,word,spec,met", READING_CASES)
def test_a_constraint_reads_its_dependency_where_the_frame_puts_it(khabar_nlp, text, word, spec, met):
    doc = khabar_nlp(text)
    token = next(t for t in doc if t.text == word)
    constraint, = Constraint.parse(spec.lower())
    assert _meets(token, constraint, children_of(token)) is met
    assert _meets(token, constraint, children_of(token)) is met  # asked again: read off the kept readings


# Constraints of every reading, asked of every word of sentences with passives, raised objects, free relatives,
# particles and shared subjects: the kept readings must give what reading them afresh gives.
KEPT_SPECS = ["nsubj:@actor", "gov:*", "govsubj:@actor", "dobj:*", "dobj:@person", "prt:off|down", "xcomp:*",
              "xcomp:@conflict", "oprd:*", "poss:@actor", "prep:for", "compound:*", "content:*", "dobjmod:*",
              "pobj.by:@actor", "pobj.with:*"]
KEPT_SENTENCES = [
    "The embassy in Tripoli was stormed by rioters, who set fire to its gate and called off the march.",
    "Hungary allowed UN inspectors to return after Serbia's miners responded with a strike.",
    "Rebels fired what appeared to be a rocket, killing two guards held responsible for the camp.",
    "The talks the opposition rejected were called for by Qatar, which put forward a peace plan.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", KEPT_SENTENCES)
def test_kept_readings_are_what_reading_afresh_gives(khabar_nlp, text):
    doc = khabar_nlp(text)
    found = 0
    for token in doc:
        children = children_of(token)
        for spec in KEPT_SPECS:
            constraint, = Constraint.parse(spec)
            any_word = "*" in constraint.lemmas
            afresh = tuple(_read(token, constraint.dep, any_word, children))
            assert _readings(token, constraint.dep, any_word, children) == afresh
            assert _readings(token, constraint.dep, any_word, children) == afresh  # asked again: kept
            found += len(afresh)
    assert found  # the sentences have words to read


# "after weeks of fighting": the gerund after a stretch of time is fighting, whatever its lemma.
@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Troops entered the town after weeks of fighting.", "ASSAULT"),
    ("Rebels entered the city after days of heavy fighting.", "ASSAULT"),
    ("Troops entered the town after heavy fighting.", "ASSAULT"),
    # control: entering with no fighting is a deployment
    ("Troops entered the town after weeks of talks.", "MOBILIZE"),
])
def test_entering_after_a_stretch_of_fighting_is_an_assault(coder, text, category):
    events = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.trigger == "entered"]
    assert [e.event for e in events] == [category]


# "killed by friendly fire": fire named by the side it came from is shooting, not a blaze (a hazard has no doer)
@pytest.mark.model
@pytest.mark.parametrize("text, killed", [
    ("Two soldiers were killed by friendly fire in Helmand on Monday.", True),
    ("A patrol came under enemy fire and three soldiers were killed by hostile fire near Kandahar.", True),
    # control: a blaze that kills is no attack
    ("Twelve people were killed by a fire in a market in Lagos on Monday.", False),
])
def test_fire_named_by_its_side_is_shooting(coder, text, killed):
    events = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.event == "ASSAULT" and e.trigger == "killed"]
    assert bool(events) is killed


@pytest.mark.parametrize(("text", "trigger"), [
    # a clause with its own subject after a noun tells what the noun says: its verb keeps its own object
    ("The army denied reports that gunmen attacked the village.", "attacked"),
    ("Officials dismissed claims that troops attacked the camp.", "attacked"),
])
@pytest.mark.model
def test_a_content_clause_is_no_reduced_relative(coder, text, trigger):
    events = [e for e in coded_events(coder, text, EVENTS_PUBLISHED) if e.trigger == trigger]
    assert [e.event for e in events] == ["ASSAULT"]

"""Light verbs and measures: the event noun a light verb carries ("launched a raid", "gave $2 billion in
aid"), the noun a measure phrase measures, and the verb a noun depends on.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import (LIGHT_VERBS, NARROW_LIGHT_VERBS, PLACEHOLDER_OBJECTS, PREPOSITIONAL_LIGHT_VERBS, QUANTITY_NOUNS,
                       load_lexicon)
from ..syntax import children_of
from .word_classes import is_money


def governing_verb(token: Token) -> Token:
    """The word a noun depends on, through a preposition ("called for the release") and through a measure
    ("sent 10 tons of food", "gave $2 billion in aid"), and for a conjoined noun through the first of its
    conjuncts ("sent aid workers and medical supplies": the verb sends the supplies too)."""
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i:
        token = token.head
    head = token.head
    head = head.head if head.dep_ == "prep" else head
    head = _outer_measure(head)
    if head.i != token.i and head.dep_ in ("dobj", "nsubjpass") and _measured(head).i == token.i:
        return head.head
    return head


def _outer_measure(noun: Token) -> Token:
    """"delivered hundreds of tonnes of food aid": a measure inside a measure ("tonnes", in "hundreds of") hangs on
    the outer one, which is the verb's object."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_measure(noun) and _is_measure(noun.head.head):
        noun = noun.head.head
    return noun


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions (all, or only ``preps``), through nested ones: "out of the talks"."""
    out: list[Token] = []
    for child in children_of(token):
        if _directional_particle(child):  # "pulled out of the talks", "walked away from the deal"
            out.extend(prep_objects(child, preps))
        # "sent a delegation to Kabul": the parser may read a "to" phrase after an object as a dative
        if child.dep_ not in ("prep", "agent") and not (child.dep_ == "dative" and child.pos_ == "ADP"):
            continue
        if not preps or child.lower_ in preps:
            out.extend(c for c in children_of(child) if c.dep_ == "pobj")
        out.extend(prep_objects(child, preps))
    return out


# Particles of leaving whose phrase tells what is left: "pulled out of the talks", "walked away from the deal",
# "pulled back from the plan".
_LEAVING_PARTICLES = frozenset({"out", "away", "back"})


def _directional_particle(child: Token) -> bool:
    """"out" read as a particle, or "away" and "back" read as a particle or an adverb (the parser's usual reading of
    them): the preposition after it hangs on it, not on the verb."""
    if child.lower_ not in _LEAVING_PARTICLES:
        return False
    return child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ != "out")


# Measures of what follows "of"/"in": "$2 billion in aid", "10 tons of food", "dozens of attacks".
_MEASURES = QUANTITY_NOUNS | {"ton", "tonne", "truckload", "consignment", "batch", "shipment", "load", "worth",
                              "million", "billion", "kilogram", "litre", "liter", "barrel", "pallet", "planeload",
                              # what carries or doses it: "20 trucks of medical supplies", "a million doses of
                              # vaccine", "a brigade of 200 doctors", "a tranche of aid"
                              "truck", "lorry", "boatload", "shipload", "dose", "tranche", "brigade", "contingent",
                              "team", "dos",  # the small model lemmatises "doses" as "dos"
                              # what bundles it: "approved a new package of sanctions"
                              "package",
                              # how long it lasted: "wrapped up two days of talks", "after a week of protests"
                              "day", "week", "hour"}


def _is_measure(noun: Token) -> bool:
    return noun.pos_ == "NUM" or is_money(noun) or noun.lemma_.lower() in _MEASURES


def _measured(obj: Token) -> Token:
    """The noun a measure phrase measures ("$50 million in assistance" → assistance; "hundreds of tonnes of food" →
    food), else the object itself."""
    if not _is_measure(obj):
        return obj
    inside = next((c for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                   for c in children_of(p) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if inside is not None and _is_measure(inside):
        return _measured(inside)
    return inside or _measured_on_verb(obj) or obj


def _measured_on_verb(obj: Token) -> Token | None:
    """"gave 30 million pounds in humanitarian aid": the parser may hang the "in" phrase on the verb; a bare noun
    there (no article: not "in the region") is what the sum measures."""
    if obj.dep_ not in ("dobj", "nsubjpass"):
        return None
    inside = (c for p in children_of(obj.head) if p.dep_ == "prep" and p.lower_ == "in" and p.i > obj.i
              for c in children_of(p) if c.dep_ == "pobj" and c.pos_ == "NOUN"
              and not any(d.dep_ in ("det", "poss") for d in children_of(c)))
    return next(inside, None)


def light_object(verb: Token) -> Token | None:
    """The event noun a light verb carries: "launched a raid", "went on strike", "engaged in talks",
    "took part in the protest", "gave $2 billion in aid"."""
    # a plural object noun the tagger read as a verb ("held live-fire drills") is still the object
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")
                and (c.pos_ in ("NOUN", "NUM") or c.tag_ == "VBZ" or c.lower_ in QUANTITY_NOUNS)), None)
    obj = obj if obj is not None else _noun_complement(verb) or _relative_object(verb)
    noun = _measured(obj) if obj is not None else None
    noun = noun if noun is not None and (noun.pos_ == "NOUN" or noun.tag_ == "VBZ") else None
    noun = (_split_compound(noun) or _split_head(noun) or noun) if noun is not None else None
    prep = PLACEHOLDER_OBJECTS.get((verb.lemma_.lower(), noun.lemma_.lower())) if noun is not None else None
    if prep is not None:
        inside = prep_objects(noun, (prep,)) or prep_objects(verb, (prep,))
        return next((o for o in inside if o.pos_ == "NOUN"), None)
    if noun is not None or verb.lemma_ not in PREPOSITIONAL_LIGHT_VERBS:
        return noun
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ == PREPOSITIONAL_LIGHT_VERBS[verb.lemma_]:
            return next((c for c in children_of(prep) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _relative_object(verb: Token) -> Token | None:
    """"the sanctions Washington imposed on Moscow", "the ban that the junta imposed": in an object relative clause
    the noun the clause describes is the light verb's object."""
    pronoun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS), None)
    if (pronoun is not None or gapped_relative(verb)) and verb.head.pos_ == "NOUN":
        return verb.head
    return None


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "what"})


def gapped_relative(verb: Token) -> bool:
    """"the sanctions Washington imposed", "the envoy Poland expelled": a relative clause with a subject of its own,
    no object and no pronoun has its noun for object; not "the town the rebels withdrew from", whose noun a stranded
    preposition takes, nor "the talks he said would fail", whose noun a clause takes."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    children = children_of(verb)
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    stranded = any(c.dep_ in ("prep", "prt") and c.lower_ not in _PARTICLES
                   and not any(o.dep_ in ("pobj", "pcomp") for o in children_of(c)) for c in children)
    return subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS and not stranded


# Words the parser reads as a preposition without an object that are particles of a phrasal verb ("called off").
_PARTICLES = frozenset({"off", "out", "up", "down", "back", "away", "over", "in"})


def _noun_complement(verb: Token) -> Token | None:
    """"voiced dismay at the verdict": with no object, the parser may read a bare noun after a light verb as its
    clausal complement (xcomp); to the reader it is the object."""
    return next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i == verb.i + 1), None)


def _split_compound(noun: Token) -> Token | None:
    """"staged a sit-in outside parliament": the tokenizer splits a hyphenated event noun, and the parser may hang
    its first part (with the rest as a particle) on the noun after it; when that noun names no event and the first
    part does, the first part is the object the verb carries."""
    lexicon = load_lexicon()
    if lexicon.entries(noun.lemma_.lower(), "NOUN"):
        return None
    doc = noun.doc
    return next((m for m in children_of(noun) if m.dep_ in ("nmod", "compound") and m.pos_ == "NOUN"
                 and m.i + 2 < noun.i and doc[m.i + 1].text == "-" and not doc[m.i].whitespace_
                 and not doc[m.i + 1].whitespace_ and lexicon.entries(m.lemma_.lower(), "NOUN")), None)


def _split_head(noun: Token) -> Token | None:
    """"made a U-turn on the law": the tokenizer splits a hyphenated noun and the parser may make each part an object
    of the verb; when the first part names no event and the part after the hyphen does, that last part (the head of
    the compound) is the object the verb carries."""
    doc, lexicon = noun.doc, load_lexicon()
    if noun.i + 2 >= len(doc) or lexicon.entries(noun.lemma_.lower(), "NOUN"):
        return None
    hyphen, last = doc[noun.i + 1], doc[noun.i + 2]
    joined = hyphen.text == "-" and not noun.whitespace_ and not hyphen.whitespace_
    sibling = last.head.i == noun.head.i and last.dep_ == noun.dep_ and last.pos_ == "NOUN"
    return last if joined and sibling and lexicon.entries(last.lemma_.lower(), "NOUN") else None


def is_light(lemma: str) -> bool:
    return (lemma in LIGHT_VERBS or lemma in PREPOSITIONAL_LIGHT_VERBS or lemma in NARROW_LIGHT_VERBS
            or any(lemma == verb for verb, _ in PLACEHOLDER_OBJECTS))

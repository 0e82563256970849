"""Two-sided events: "talks between X and Y", "the two sides agreed", "Kenya and Uganda met": the first side
is the actor and the others its counterparts; "Egypt and Israel agreed", "X and Y accused each other": parties
named together that act on each other are each the other's recipient.
"""
from __future__ import annotations

from bisect import bisect_left

import numpy
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...actors import default_kb
from ..syntax import children_of
from ..triggers import TriggerMatch
from .parties import PARTY_ENTS, is_party, plausible_party, two_word_agent
from .phrases import prep_objects, with_conjuncts
from .record import Arguments
from .subjects import co_subjects


def among_themselves(verb: Token, args: Arguments) -> Arguments:
    """"Kenya and Uganda met", "the two ministers met in Vienna": a meeting whose plural subject names no one
    else is among the subject's own parties, the first with the others (a plural noun with itself)."""
    if args.recipients or not meets_among_themselves(verb):
        return args
    sides = args.actors
    if len(sides) == 1:  # "the leaders of Sudan and Chad met": the parties the plural is of
        owners = prep_objects(verb.doc[sides[0]], ("of",))
        named = [t.i for t in with_conjuncts(owners[0]) if plausible_party(t)] if owners else []
        sides = tuple(named) if len(named) > 1 else sides
    if len(sides) > 1:
        return Arguments(actors=sides[:1], recipients=sides[1:], passive=args.passive)
    return Arguments(actors=sides, recipients=sides, passive=args.passive)


def meets_among_themselves(verb: Token) -> bool:
    """A meeting verb with a plural or coordinated subject of its own and no object."""
    if any(c.dep_ in ("dobj", "dative") for c in children_of(verb)):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or len(with_conjuncts(subject)) > 1)


# "The two sides agreed ... in talks between X and Y": a pair named only by a common noun is the pair named
# after "between".
_SIDE_NOUNS = frozenset({"side", "country", "nation", "party", "government", "state", "neighbour", "neighbor",
                         "delegation", "leader", "rival", "foe", "enemy", "adversary"})


def both_sides(doc: Doc, actors: tuple[int, ...]) -> bool:
    return len(actors) == 1 and doc[actors[0]].lemma_.lower() in _SIDE_NOUNS and any(
        c.lower_ in ("two", "both") for c in children_of(doc[actors[0]]))


def between_sides(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """"talks between Ethiopia and Egypt", "an accord was signed between X and Y": with no one else named as
    the doer, the first side is the actor and the others its counterparts."""
    prep = _between_phrase([doc[trig.head], doc[trig.governor]])
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    sides = [t.i for t in with_conjuncts(pobj) if plausible_party(t)] if pobj is not None else []
    if len(sides) < 2 and args.actors and both_sides(doc, args.actors):
        sides = _pair_named_before(doc[args.actors[0]])  # "India and Pakistan ... The two countries signed"
        if len(sides) > 1 and _mutual_blows(doc, trig):  # "... The two sides traded blame": each at the other
            return Arguments(actors=tuple(sides), recipients=(*sides[1:], sides[0]), passive=args.passive)
    if len(sides) == 1 and doc[sides[0]].tag_ in ("NNS", "NNPS") and not both_sides(doc, args.actors):
        # "clashes broke out between rival militias": the plural fights itself
        return Arguments(actors=(sides[0],), recipients=(sides[0],), passive=args.passive)
    if len(sides) < 2:
        return args
    standing = set(args.actors) | {sides[0]}  # "the two sides" itself is no counterpart of theirs
    others = tuple(dict.fromkeys([*sides[1:], *(i for i in args.recipients if i not in standing
                                                and is_party(doc[i]))]))  # not "agreed to a truce"
    return Arguments(actors=(sides[0],), recipients=others, passive=args.passive)


def hyphened_sides(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """"Israeli-Syrian talks", "the India-Pakistan ceasefire": two states' words joined by a hyphen before an
    event noun are its two sides, the first the actor and the second its counterpart (unless someone else is
    named as the doer)."""
    pair = _hyphened_pair(doc[trig.head]) if trig.nominal else []
    if not pair or not set(args.actors) <= set(pair):
        return args
    return Arguments(actors=(pair[0],), recipients=(pair[1],), passive=args.passive)


def _hyphened_pair(noun: Token) -> list[int]:
    kb = default_kb()
    for word in (c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")):
        first = word.nbor(-2) if word.i >= 2 and word.nbor(-1).text == "-" else None
        if first is not None and first.head.i in (word.i, word.head.i) and kb.country_of(first.text) and (
                kb.country_of(word.text)):
            return [first.i, word.i]
    return []


# How far back "the two sides" may point to the pair the text named: a few sentences.
_PAIR_LOOKBACK = 120


def _pair_named_before(pair: Token) -> list[int]:
    """The nearest parties named together before "the two sides" ("India and Pakistan held talks ... The two
    countries"): a name and its coordinated names, each a party."""
    doc = pair.doc
    conjuncts = _conjunct_positions(doc)
    window = conjuncts[bisect_left(conjuncts, max(0, pair.i - _PAIR_LOOKBACK)):bisect_left(conjuncts, pair.i)]
    for t in (doc[i] for i in reversed(window)):
        if t.head.i >= t.i or not _named_party(t) or not _named_party(t.head):
            continue
        if _listed_as_places(t.head):
            continue  # "fled into neighbouring countries, including Egypt, Chad and South Sudan": no sides
        if _addresses(t.head, pair):
            continue  # "Egypt and Qatar urged both sides to observe the truce": the speakers, not the sides
        sides = [s.i for s in with_conjuncts(t.head) if _named_party(s)]
        if len(sides) >= 2:
            return sides
    return []


_CONJUNCTS_KEY = "khabar.arguments.conjuncts"  # doc.user_data key: the positions of the words labelled "conj"


def _conjunct_positions(doc: Doc) -> list[int]:
    """Read once per doc off the column: a Token made for each word of the look-back cost more than the test."""
    found = doc.user_data.get(_CONJUNCTS_KEY)
    if found is None:
        deps = doc.to_array(DEP)
        conj = deps.dtype.type(get_string_id("conj"))
        found = doc.user_data[_CONJUNCTS_KEY] = numpy.flatnonzero(deps == conj).tolist()
    return found


def _addresses(first: Token, pair: Token) -> bool:
    """The pair is the subject of the verb whose object, or whose preposition's object, is "both sides": those who
    urge or call on the sides are not the sides ("Egypt and Qatar called on both sides to respect the truce")."""
    if first.dep_ != "nsubj":
        return False
    verb = first.head
    held = pair.head.head if pair.dep_ == "pobj" and pair.head.dep_ == "prep" else pair.head
    return held.i == verb.i and pair.dep_ in ("dobj", "dative", "pobj")


# Prepositions whose list names places gone to or examples, not two sides that act.
_LISTING_PREPS = frozenset({"including", "into", "to", "like", "as", "from", "across", "throughout"})


def _listed_as_places(word: Token) -> bool:
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # the list's first name
    return word.dep_ == "pobj" and word.head.lower_ in _LISTING_PREPS


def _named_party(token: Token) -> bool:
    return (token.pos_ == "PROPN" or token.ent_type_ in PARTY_ENTS) and plausible_party(token) and is_party(token)


def _between_phrase(words: list[Token]) -> Token | None:
    """The "between" phrase of the event, or of the meeting it happened at, a few objects down ("agreed on a
    ceasefire during talks between X and Y")."""
    for _ in range(4):
        prep = next((c for w in words for c in children_of(w) if c.dep_ == "prep" and c.lower_ == "between"), None)
        if prep is not None:
            return prep
        words = [g for w in words for c in children_of(w) if c.dep_ in ("prep", "dobj") for g in (c, *children_of(c))
                 if g.dep_ in ("pobj", "dobj")]
    return None


# Categories whose act, done by parties named together with no one else named, is done with each other: "Egypt and
# Israel agreed on a crossing", "Russia and Ukraine held talks", "the US and Japan held joint drills".
_MUTUAL_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Verbs whose coordinated subject acts on itself, whatever else the clause names: "Israel and Hezbollah traded fire",
# "police and protesters clashed outside parliament" (the place is where, not whom).
_RECIPROCAL_VERBS = frozenset({"clash", "trade", "exchange", "skirmish"})
# Verbs of acts done between the parties themselves when nobody else is named: "Ethiopia and Eritrea signed a
# peace deal", "Kenya and Somalia restored relations", "India and Pakistan fought three wars".
_MUTUAL_VERBS = frozenset({"sign", "ink", "restore", "normalize", "normalise", "establish", "resume", "reconcile",
                           "fight", "battle"})
# Verbs of go-betweens: "the UN and Turkey brokered the deal", "Egypt and Qatar offered to mediate" act between
# others, not with each other.
_GO_BETWEEN = frozenset({"broker", "mediate", "host", "facilitate", "sponsor", "oversee", "guarantee", "arrange"})


def _mutual_blows(doc: Doc, trig: TriggerMatch) -> bool:
    """"traded blame", "accused each other": a verb whose doers act on one another, whoever they are."""
    verb = doc[trig.governor] if trig.nominal else doc[trig.head]
    return _reciprocal(verb) or verb.lemma_.lower() in _RECIPROCAL_VERBS


def each_others(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """Doers named together of a mutual act ("X and Y agreed", "X and Y accused each other", "Ethiopian and
    Eritrean troops clashed", "the two armies exchanged fire") are each the other's recipient: the actors stay a
    list, the recipients are the same list from the second on (one mention of both: itself)."""
    if not args.actors:
        return args
    verb = doc[trig.governor] if trig.nominal else doc[trig.head]
    reciprocal = _mutual_blows(doc, trig)
    if not _named_together(doc, args.actors, plural_alone=reciprocal):
        return args
    if not reciprocal and (trig.entry.event not in _MUTUAL_CATEGORIES and verb.lemma_.lower() not in _MUTUAL_VERBS
                           or _go_between(verb) or any(is_party(doc[i]) and not _where(doc[i])
                                                       for i in args.recipients)):
        return args  # a one-sided act, a go-between's, or one whose other side is named ("agreed with Y")
    if not all(is_party(doc[i]) or _sides_named_before(doc[i]) or (reciprocal and two_word_agent(doc[i]))
               for i in args.actors):
        return args  # "the president and his rival": a side that names no party would leave only itself
    if any(is_party(t) and not _each_other(t) for t in _fought_against(verb)):
        return args  # "protesters clashed with police", "exchanged fire with Pakistani soldiers": the other side
    if _other_side_named(doc, trig, args):
        return args  # "clashes between police and farmers": the "between" phrase named both sides already
    others = (*args.actors[1:], args.actors[0])
    return Arguments(actors=args.actors, recipients=others, passive=args.passive)


def _other_side_named(doc: Doc, trig: TriggerMatch, args: Arguments) -> bool:
    """One doer whose recipient is another side its "between" phrase names: the sides are already set."""
    prep = _between_phrase([doc[trig.head], doc[trig.governor]])
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    sides = {t.i for t in with_conjuncts(pobj)} if pobj is not None else set()
    return len(args.actors) == 1 and any(i != args.actors[0] and i in sides for i in args.recipients)


_WHERE_PREPS = frozenset({"in", "at", "near", "around", "across", "inside"})


def _where(token: Token) -> bool:
    """"Turkey and Russia agreed on a ceasefire in Idlib": a place the deal is for is no other side of it."""
    while token.dep_ in ("poss", "compound", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPS


def _fought_against(verb: Token) -> list[Token]:
    """Whom a "with"/"against" phrase of the verb or of its object names ("traded fire with X")."""
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return [t for h in holders for t in prep_objects(h, ("with", "against"))]


def _named_together(doc: Doc, actors: tuple[int, ...], *, plural_alone: bool = False) -> bool:
    """The doers are one coordination ("Egypt and Israel"), not a doer and a party taken from elsewhere; or one
    mention of two sides ("Israeli and Palestinian leaders", "the two armies"); or, with ``plural_alone``, any
    plural ("rival militias clashed")."""
    if len(actors) < 2:
        plural = bool(actors) and doc[actors[0]].tag_ in ("NNS", "NNPS")
        return bool(actors) and (_both_in_one(doc[actors[0]]) or (plural_alone and plural))
    first = doc[actors[0]]
    together = {t.i for t in with_conjuncts(first)} | {t.i for t in co_subjects(first)}
    return all(i in together for i in actors)


def _both_in_one(noun: Token) -> bool:
    """"Israeli and Palestinian leaders": nationality words joined by "and" on one noun; "the two armies",
    "both sides": a plural counted as a pair; "each side": every side of the pair in turn."""
    if _each_side(noun):
        return True
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both") for c in children_of(noun)):
        return True
    kb = default_kb()
    return any(c.dep_ in ("amod", "compound", "nmod") and kb.country_of(c.text)
               and any(g.dep_ == "conj" and kb.country_of(g.text) for g in children_of(c)) for c in children_of(noun))


# Nouns of the sides of a conflict or a deal: "both sides", "the two parties" stand for the parties named before.
_SIDES = frozenset({"side", "party"})


def _sides_named_before(noun: Token) -> bool:
    """"Both sides exchanged fire", "the two parties traded blame": a plural of sides counted as a pair stands for the
    parties the text named before (resolved by ``mentions``), each the other's recipient as "X and Y" would be."""
    return noun.lemma_.lower() in _SIDES and _both_in_one(noun)


def _reciprocal(verb: Token) -> bool:
    """"accused each other", "clashed with one another", "each side blamed the other": the verb's object, or a
    preposition's, is reciprocal."""
    words = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
    words += [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
    if any(_each_other(w) for w in words):
        return True
    each = any(c.dep_ == "nsubj" and _each_side(c) for c in children_of(verb))
    return each and any(w.lower_ == "other" and any(d.lower_ == "the" for d in children_of(w)) for w in words)


def _each_side(noun: Token) -> bool:
    """"each side", "each party": one side of a pair and then the other."""
    return noun.lemma_.lower() in _SIDES and any(c.dep_ == "det" and c.lower_ == "each" for c in children_of(noun))


def _each_other(word: Token) -> bool:
    """"each other" (parsed "each" under "other"), "one another" (parsed either way round)."""
    head = word.lower_
    return head in _RECIPROCAL_HEADS and any((head, d.lower_) in _RECIPROCAL_PAIRS for d in children_of(word))


_RECIPROCAL_PAIRS = frozenset({("other", "each"), ("another", "one"), ("one", "another")})
_RECIPROCAL_HEADS = frozenset(head for head, _ in _RECIPROCAL_PAIRS)


def _go_between(verb: Token) -> bool:
    """The verb, or the infinitive it takes ("offered to mediate"), is a go-between's."""
    return any(v.lemma_.lower() in _GO_BETWEEN for v in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")))

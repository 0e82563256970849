"""The act around a mention: the category of the trigger on a word, whether a harmful act strikes the
mention, which act a doer does, and the weapons that stand for an unnamed armed group as a doer.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..dates.index import plain_extension


_HARMFUL_ACTS = frozenset({"ASSAULT", "COERCE"})
_CATEGORIES_KEY = "khabar.mentions.categories"  # doc.user_data key: the triggers' categories by token


# Weapons of the kind irregulars plant or fire. Standing as the doer with no owner named ("A roadside bomb
# killed ...", "killed by a car bomb"), they stand for ACLED's "unidentified armed group" of the event's
# country. Not missiles, shells or drones, which are mostly fired by armies.
_IRREGULAR_WEAPONS = frozenset({"bomb", "ied", "explosive", "device", "mine", "landmine", "grenade", "rocket",
                                "mortar", "katyusha", "booby"})


def _category_at(verb: Token) -> str | None:
    """The category of the first trigger whose head or governor is ``verb``."""
    doc = verb.doc
    triggers = plain_extension(doc, "triggers")  # asked of most mentions: ``doc._`` costs more than the lookup
    if not triggers:
        return None
    indexed = doc.user_data.get(_CATEGORIES_KEY)
    if indexed is None or indexed[0] is not triggers:  # indexed once per list of triggers the doc holds
        categories: dict[int, str] = {}
        for t in triggers:
            categories.setdefault(t.head, t.entry.event)
            categories.setdefault(t.governor, t.entry.event)
        indexed = doc.user_data[_CATEGORIES_KEY] = (triggers, categories)
    return indexed[1].get(verb.i)


def _governing_verb(head: Token) -> Token:
    """The verb whose object ``head`` is, directly or through a preposition ("fired on the village")."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    return verb


# Prepositions whose object is what a harmful act strikes ("an attack on Kharkiv", "imposed a curfew on Kano"),
# not where it happened ("arrested in Kano").
_STRUCK_PREPS = frozenset({"on", "upon", "against", "targeting"})
_AIMED_PREPS = frozenset({"at", "into"})  # "fired rockets into northern Israel", for attacks only


def _struck(head: Token, *, proper: bool = True) -> bool:
    """A name (or, not ``proper``, a noun) struck by a harmful act as its object ("shelled Kharkiv", "a curfew
    on Kano", "fired into Israel", "ambushed an Israeli bus")."""
    by_prep = head.dep_ == "pobj" and head.head.lower_ in _STRUCK_PREPS | _AIMED_PREPS
    if (proper and head.pos_ != "PROPN") or not (head.dep_ == "dobj" or by_prep):
        return False
    category = _category_at(_governing_verb(head))
    aimed = head.dep_ == "pobj" and head.head.lower_ in _AIMED_PREPS
    return category in _HARMFUL_ACTS and not (aimed and category != "ASSAULT")


# What civilians ride in, live, pray and shop in: struck with a nationality ("an Israeli bus", "Palestinian
# homes"), they stand for that nation's civilians, not its state.
_CIVILIAN_THINGS = frozenset({"bus", "car", "taxi", "minibus", "house", "home", "school", "shop", "restaurant",
                              "cafe", "café", "mosque", "church", "synagogue", "temple", "hotel", "market", "hospital",
                              "farm", "orchard", "field", "crop", "tractor", "boat", "plane", "airliner", "train"})


def _civilian_thing(head: Token) -> bool:
    return head.lemma_.lower() in _CIVILIAN_THINGS and _struck(head, proper=False)


def _act_of_doer(head: Token) -> Token:
    """The word of the act a doer does: its verb ("NATO bombed"), the event noun it modifies ("NATO air
    strikes"), or the verb of its "by" phrase ("were bombed by NATO")."""
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return head.head if head.dep_ in ("nsubj", "compound", "poss", "amod") else head


def _weapon_as_doer(head: Token) -> bool:
    """"A roadside bomb killed ...", "were killed by a car bomb": a weapon standing as the doer of a verb."""
    if head.lemma_.lower() not in _IRREGULAR_WEAPONS:
        return False
    by_agent = head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ in ("agent", "prep")
    return head.dep_ == "nsubj" or by_agent


def _trigger_of_doer(head: Token) -> Token:
    return head.head.head if head.dep_ == "pobj" else head.head


# What armies hold, man or ride in: struck with a nationality ("Ukrainian positions", "an Indian army post"), they
# stand for that state's military, not the state as a whole.
_MILITARY_THINGS = frozenset({"position", "post", "outpost", "base", "airbase", "airfield", "barracks", "garrison",
                              "checkpoint", "trench", "bunker", "convoy", "patrol", "warship", "frigate", "destroyer",
                              "gunboat", "tank", "warplane", "fighter", "helicopter", "drone", "depot", "battery"})


def _military_thing(head: Token) -> bool:
    return head.lemma_.lower() in _MILITARY_THINGS and _struck(head, proper=False)

"""The state the text's own words put a place in: "the town of Mahas in central Somalia", "Kalwa, a village in
northern Mozambique", "the Somali town of Mahas", "a camp in Sudan's Darfur region". A small town's name is often
shared by places of several states, and the gazetteer may pick one far away; the words beside the name say which
state it is in, so the country of the people or the party the place stands for is read from them first.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...actors import default_kb
from ...geo import PlaceMention
from ..syntax import children_of

# Nouns of a settlement or a part of a state, behind which the name follows ("the town of Mahas").
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "port", "capital",
                          "governorate", "county", "state", "area", "camp", "settlement", "hamlet", "base"})
_OWNER_DEPS = frozenset({"amod", "compound", "nmod"})


_STATED_KEY = "khabar.mentions.stated_state"  # doc.user_data key: the answers by the place name's bounds


def stated_state(doc: Doc, mention: PlaceMention) -> str | None:
    """The state the words around a place name put it in, if another place than itself; None if they say none.
    Read once per name: the event places and the countries by token both ask of every place of the text, and the
    answer reads nothing but the final parse and the name's bounds."""
    memo = doc.user_data.get(_STATED_KEY)
    if memo is None:
        memo = doc.user_data[_STATED_KEY] = {}
    bounds = (mention.start, mention.end)
    if bounds not in memo:
        memo[bounds] = _read_stated_state(doc, mention)
    return memo[bounds]


def _read_stated_state(doc: Doc, mention: PlaceMention) -> str | None:
    name = doc[mention.end - 1]
    for holder in _holders(name):
        found = _state_of_phrase(holder, own=mention)
        if found is not None:
            return found
    return None


def with_stated_state(doc: Doc, mention: PlaceMention) -> PlaceMention:
    """The mention with the country its words state, when the gazetteer placed it in another state."""
    stated = stated_state(doc, mention)
    if stated is None or stated == mention.place.country:
        return mention
    return replace(mention, place=replace(mention.place, country=stated))


def _holders(name: Token) -> list[Token]:
    """The words a containing phrase may hang on: the name, the place noun it names ("the town of X"), the
    description set beside it ("X, a town in ..."), and the verb whose object it is ("seized X in Somalia")."""
    noun = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else name
    noun = noun if noun.lemma_.lower() in _PLACE_NOUNS or noun is name else name
    holders = [name, noun] if noun is not name else [name]
    holders += [c for h in list(holders) for c in children_of(h) if c.dep_ == "appos"]
    if noun.dep_ == "dobj":
        holders.append(noun.head)
    return holders


def _state_of_phrase(holder: Token, *, own: PlaceMention) -> str | None:
    """"Somali" before a place noun, or "in (central) Somalia", "in Sudan's Darfur region" after it."""
    kb = default_kb()
    if holder.lemma_.lower() in _PLACE_NOUNS:
        for word in children_of(holder):
            if word.dep_ in _OWNER_DEPS and word.text[:1].isupper() and not own.start <= word.i < own.end:
                found = kb.country_of(word.text)
                if found is not None:
                    return found
    for prep in children_of(holder):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            found = next((_state_named(o) for o in children_of(prep) if o.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _state_named(word: Token) -> str | None:
    """The state a place phrase's head names: "Somalia", "central Somalia", "Sudan's Darfur region"."""
    kb = default_kb()
    owner = next((c for c in children_of(word) if c.dep_ == "poss"), None)
    for token in (owner, word):
        if token is None:
            continue
        actor = kb.resolve(token.text)
        if actor is not None and actor.id is not None and actor.id == actor.country:
            return actor.country
    return None

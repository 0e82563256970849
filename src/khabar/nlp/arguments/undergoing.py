"""Attacks a subject comes under: "Tyre came under heavy shelling", "a UN convoy came under fire". The subject
undergoes the attack, as the subject of a passive does; whoever did it is named by the attack's own words or its
"from" phrase, never by the subject.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load_lexicon
from .parties import is_party, nominal_agent
from .phrases import prep_objects


def undergone_act(verb: Token) -> Token | None:
    """"Tyre came under heavy shelling", "came under fire": the attack the subject of "come under" undergoes."""
    if verb.lemma_.lower() != "come":
        return None
    lexicon = load_lexicon()
    return next((t for t in prep_objects(verb, ("under",))
                 if any(e.event == "ASSAULT" for e in lexicon.entries(t.lemma_.lower(), "NOUN"))), None)


def doer_of_undergone(act: Token) -> Token | None:
    """Who did an attack someone came under: "came under attack from militants" (the parser may hang "from" on
    "came"), "came under Israeli shelling"; None when the text does not say."""
    sources = prep_objects(act, ("from",)) + prep_objects(act.head.head, ("from",))
    return next((t for t in sources if is_party(t)), None) or nominal_agent(act)

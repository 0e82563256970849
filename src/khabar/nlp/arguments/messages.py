"""Messages carried between two parties: "The envoy delivered a message from Clinton to Assad". The party a
message is "from" sends it and is never its recipient; when whoever hands it over only carries it (an envoy, a
courier, a mediator), the sender is the doer.
"""
from __future__ import annotations

from spacy.tokens import Token

from .doers import ENVOYS
from .parties import is_party
from .phrases import prep_objects

# Nouns of words sent from one party to another.
_MESSAGE_NOUNS = frozenset({"message", "letter", "note", "missive", "greeting", "reply", "communication", "cable",
                            "telegram"})
# Offers and plans only when carried: one accepted "from" a party is answered (``nominal._answers``).
_OFFERS = frozenset({"proposal", "offer", "invitation", "plan", "proposition", "initiative"})
_CARRYING_VERBS = frozenset({"carry", "convey", "relay", "deliver", "pass", "bring", "transmit", "forward"})
# People who carry another's words: what they deliver is the sender's act.
_CARRIERS = ENVOYS | frozenset({"courier", "mediator", "messenger", "intermediary", "go-between", "delegation",
                                "delegate", "aide", "official", "minister", "negotiator", "interlocutor",
                                "embassy"})  # "the Swiss embassy passed a message from Washington to Tehran"


def message_sender(noun: Token, governor: Token) -> Token | None:
    """The party in a message's "from" phrase ("a letter from Putin"), also where the parser hangs it on the verb
    handing the message over ("handed a letter from Mubarak to Arafat"), or None. An offer or a proposal only when
    it is carried ("carried a proposal from Israel to Hamas")."""
    lemma = noun.lemma_.lower()
    if lemma not in _MESSAGE_NOUNS and not (lemma in _OFFERS and governor.lemma_.lower() in _CARRYING_VERBS):
        return None
    holders = [noun, governor] if governor.i != noun.i and noun.dep_ == "dobj" else [noun]
    return next((t for h in holders for t in prep_objects(h, ("from",)) if is_party(t)), None)


def message_addressees(noun: Token, governor: Token) -> list[Token]:
    """The parties a message goes "to", on the noun or on the verb handing it over."""
    holders = [noun, governor] if governor.i != noun.i else [noun]
    return [t for h in holders for t in prep_objects(h, ("to",)) if is_party(t)]


def only_carries(doer: Token | None) -> bool:
    """Whether the doer named for handing a message over is only its bearer: an envoy, a courier, a mediator (no
    named party: "Egypt delivered a message from Hamas" is Egypt's act)."""
    return doer is None or (doer.pos_ == "NOUN" and doer.lemma_.lower() in _CARRIERS)

"""What passes between parties: people and goods one sends to another, things it grants, gives or receives, and
people it holds. Such words in a verb's object or phrases name no recipient of their own; the party they go to, come
from or are held by is the one the event concerns ("sent 200 doctors to Italy": Italy).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import TRANSFER_VERBS
from ..syntax import children_of
from .parties import is_party
from .phrases import by_agent, prep_objects
from .places import places_affected

# Forces a party moves or sends: its own people, never whom it moves against ("deployed 500 police officers to
# Haiti").
FORCES = frozenset({"troop", "soldier", "force", "tank", "reinforcement", "unit", "battalion", "brigade",
                    "division", "regiment", "warship", "ship", "jet", "aircraft", "plane", "fighter", "missile",
                    "artillery", "armour", "armor", "vehicle", "police", "policeman", "personnel", "marine",
                    "paratrooper", "commando", "militiaman", "army", "navy", "gunboat", "submarine", "carrier",
                    # "deployed 500 police officers to Haiti": the mover's own people, not whom it moves against
                    "officer", "peacekeeper", "gendarme", "trooper", "sailor", "airman", "guard", "mercenary"})


# Envoys and the like whom a party sends: its own people, wherever they go.
_SENT_PEOPLE = frozenset({"delegate", "delegation", "envoy", "negotiator", "emissary", "representative",
                          "mediator", "team", "observer", "monitor", "adviser", "advisor",
                          # people sent to help who are no force: "sent 200 doctors to Italy"
                          "doctor", "medic", "nurse", "engineer", "rescuer", "expert", "specialist", "volunteer",
                          "worker", "inspector", "firefighter", "paramedic", "staff"})


# Goods a transfer verb gives, whatever name they bear ("supplied Rafale jets to India": India, not the jets).
_SENT_GOODS = frozenset({"jet", "tank", "weapon", "missile", "aircraft", "helicopter", "drone", "system", "vaccine",
                         "dose", "equipment", "ammunition", "vehicle", "warship", "rifle", "launcher", "battery",
                         "aid", "food", "supply", "medicine", "fuel", "relief"})
_SENT = _SENT_PEOPLE | _SENT_GOODS | FORCES


def is_sent(noun: Token, verb: Token) -> bool:
    """"agreed to send delegates to Jeddah", "dispatched an envoy to Kabul": the people sent are the sender's, and
    the goods sent are no party."""
    if not _sent_kind(noun) or verb.lemma_.lower() not in TRANSFER_VERBS:
        return False
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in children_of(verb)) or bool(sent_to(noun))


def _sent_kind(noun: Token) -> bool:
    """People, forces or goods sent, or a unit of them ("a brigade of 200 doctors", "500 police officers")."""
    return noun.lemma_.lower() in _SENT or any(o.lemma_.lower() in _SENT for o in prep_objects(noun, ("of",)))


def sent_to(noun: Token) -> list[Token]:
    """Where the parser hung the destination on what is sent: "sent a brigade of 200 doctors to Italy"."""
    return [t for n in (noun, *prep_objects(noun, ("of",))) for t in prep_objects(n, ("to",)) if is_party(t)]


# Things granted to a party ("access", "entry"), before which the parser may take the party for a compound.
_GRANTS = frozenset({"access", "entry", "permission", "passage", "visa", "asylum"})


def grantee(thing: Token) -> Token | None:
    """"granted Red Cross officials access to the prisoners": the parser reads the party given access as a compound
    of "access", whose "to" phrase says only what they may reach."""
    if thing.lemma_.lower() not in _GRANTS or thing.dep_ != "dobj":
        return None
    return next((c for c in children_of(thing) if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") and is_party(c)),
                None)


# Verbs of receiving what another gives ("received a loan from the IMF", "bought jets from France"), and the
# categories of what is given: the giver in the "from" phrase does it, to the verb's subject.
_RECEIVING = frozenset({"receive", "obtain", "secure", "win", "get", "accept", "borrow", "buy", "purchase", "acquire",
                        "import", "take", "gain", "collect"})
_GIVEN = frozenset({"AID", "SUPPORT", "COOPERATE"})


def givers_to(verb: Token, gift: Token, category: str) -> list[Token]:
    """The parties a verb of receiving names as giving ``gift`` (the verb itself, or the event noun it takes):
    "from" on the verb or on its object ("received a $3 billion loan from the IMF"); none for other verbs."""
    if verb.lemma_.lower() not in _RECEIVING or category not in _GIVEN:
        return []
    holders = [verb, gift, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return [t for h in dict.fromkeys(holders) for t in prep_objects(h, ("from",)) if is_party(t)]


# Categories whose captives named are not whom it is asked of: their holder is.
ASKING_HOLDERS = frozenset({"REQUEST"})
# Participles of holding people: "detained in China", "held by Hamas", "abducted by North Korea".
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "abduct", "kidnap", "capture", "seize", "arrest",
                      "intern", "take"})


def holder(captive: Token) -> Token | None:
    """Who holds people a participle says are held: its "by" agent, else the place it names ("Canadians detained
    in China"); None for anyone else."""
    held = next((c for c in children_of(captive) if c.dep_ == "acl" and c.lemma_.lower() in _HOLDING), None)
    if held is None:
        return None
    agent = by_agent(held)
    return agent if agent is not None and is_party(agent) else next(iter(places_affected(held, [])), None)


def takers_of(verb: Token, category: str) -> list[Token]:
    """"Mosul fell to Islamic State fighters", "the town fell to the rebels": ground that falls to a force passes to
    it, so the party in the "to" phrase takes it, not the place the subject names; none for other verbs."""
    if category != "COERCE" or verb.lemma_.lower() != "fall":
        return []
    return [t for t in prep_objects(verb, ("to",)) if is_party(t)]

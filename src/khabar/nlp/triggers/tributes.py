"""The dead a tribute honours: "a memorial on Sunday for the journalists killed in the war", "paid tribute to the
police officers killed in the attack", "honoured the soldiers killed in the ambush". The participle only says who
the honoured are; the killing was told before (or is the article's background), and the tribute is the news, as
"the funeral of the soldiers killed in the ambush" is (``references``). So with the people a peaceful act attends to
("visited the soldiers wounded in the ambush", "released a video of soldiers captured in the fighting").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# Nouns of a tribute, whose "for"/"to" phrase names the honoured: "a vigil for", "tribute to", "a memorial service".
_TRIBUTES = frozenset({"memorial", "tribute", "vigil", "service", "ceremony", "homage", "prayer", "wreath",
                       "commemoration", "remembrance", "mass", "silence", "minute", "monument", "plaque"})
# Verbs that honour their object: "honoured the soldiers killed in the ambush".
_HONOURING = frozenset({"honour", "honor", "salute", "mourn", "remember", "commemorate", "eulogize", "eulogise",
                        "bury"})


def honoured_dead(verb: Token) -> bool:
    """The verb is a past participle describing those a tribute honours, or those a peaceful act attends to
    ("visited the soldiers wounded in the ambush"), with no date of its own: "mourned the men killed in Friday's drone
    strike" may be the only telling of a dated killing, which stays an event."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and (_honoured(verb.head) or attended_to(verb.head))
            and not _dated(verb))


# Peaceful acts done to people a participle describes, who are known by what was done to them before: "visited the
# soldiers wounded in the ambush", "interviewed the men freed in the swap", "treated the civilians hurt in the blast".
_ATTENDING = frozenset({"visit", "meet", "greet", "welcome", "receive", "interview", "treat", "tend", "comfort",
                        "console", "thank", "decorate", "evacuate", "airlift", "hospitalise", "hospitalize", "show",
                        "photograph", "film", "picture", "identify", "name", "list", "release", "free", "repatriate"})
# Nouns that show or list people: "released a video of soldiers captured in the fighting", "the names of".
_DEPICTIONS = frozenset({"video", "footage", "image", "picture", "photo", "photograph", "list", "name", "identity",
                         "interview", "testimony", "account"})


def attended_to(people: Token) -> bool:
    """The object (or passive subject) of a peaceful act, or the people a picture or list of them shows."""
    if people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lemma_.lower() in _DEPICTIONS:
        return True
    return people.dep_ in ("dobj", "nsubjpass") and people.head.lemma_.lower() in _ATTENDING


def _dated(verb: Token) -> bool:
    """"killed in Friday's drone strike": the occasion the participle names carries a date of its own (not a date of
    the tribute the parse may hang there: "killed in the ambush at a ceremony on Monday")."""
    occasions = (o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during")
                 for o in children_of(p) if o.dep_ == "pobj")
    own_date = any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in children_of(verb))  # "held last month"
    return own_date or any(t.ent_type_ == "DATE" for o in occasions for t in o.lefts)


def _honoured(noun: Token) -> bool:
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _HONOURING:
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return False
    host = prep.head  # "a vigil for", or "was held ... for" with a tribute as the verb's subject or object
    if host.pos_ == "NOUN":
        return host.lemma_.lower() in _TRIBUTES
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_tribute(c) for c in children_of(host))


def _is_tribute(noun: Token) -> bool:
    """"a memorial service", "tribute": a tribute noun, or one a tribute noun modifies."""
    return noun.lemma_.lower() in _TRIBUTES or any(c.dep_ == "compound" and c.lemma_.lower() in _TRIBUTES
                                                   for c in children_of(noun))

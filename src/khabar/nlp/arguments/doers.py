"""Doers and munitions: who did a verb's event (the subject, or the agent of a passive, "at the hands of",
a "when" clause, the state of a removal), and why a munition or an event noun as subject is no doer.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import PROJECTILES
from ..syntax import children_of
from ..triggers import claimed_by
from .parties import is_party, made_by, nominal_agent, where_it_happened
from .passives import is_passive
from .phrases import agent_past_object, antecedent, by_agent, gerund_subject, is_event_noun, prep_objects
from .places import SEATS, host_state, is_place_phrase
from .unnamed import STATE_ACTS


# The means of force, one notion in two uses. Munitions: things fired, thrown or set off. As a clause's
# subject ("a car bomb exploded", "a rocket hit") a munition is no doer: the doer is whoever the noun names
# ("an Israeli missile"), else unnamed. A drone or a salvo may stand for who flies or fires it.
# Fire as a means, no doer: "Gunfire hit a school", "shellfire killed three civilians" (who fired is unknown).
_FIRE_NOUNS = frozenset({"gunfire", "shellfire", "crossfire", "rocketfire", "mortarfire"})
_MUNITIONS = ((PROJECTILES | {"shot", "gas", "weapon"} | _FIRE_NOUNS)
              - {"drone", "strike", "airstrike", "salvo", "barrage"})
# As a direct object, any means of force is not the target: "fired rockets at the embassy", "opened fire on",
# "used force against", "sent troops to".
INSTRUMENTS = _MUNITIONS | {"drone", "salvo", "volley", "fire", "force", "troop", "gun", "cannon"}


_SUMMONS = frozenset({"summon", "call"})
_REMOVAL_VERBS = frozenset({"deport", "expel", "evict", "exile", "banish", "extradite"})


def passive_agent(verb: Token, category: str) -> Token | None:
    """The "by" agent ("at the hands of" too); else the agent of the event the verb happened in ("the men
    killed in Friday's U.S. drone strike") or of the clause that tells how ("were wounded when police fired
    ..."); else, for acts of state, the state where it happened ("arrested in Lebanon")."""
    agent = (_doer_by(verb) or _at_the_hands_of(verb) or _shared_agent(verb) or _agent_under_gerund(verb)
             or _past_retained_object(verb) or _party_past_object(verb) or _named_by_gerund_agent(verb))
    if agent is None:
        agent = next((a for t in prep_objects(verb, ("in", "during")) if is_event_noun(t)
                      for a in [nominal_agent(t)] if a is not None), None)
    if agent is None:
        agent = _doer_of_how_clause(verb)
    if agent is None and verb.lemma_.lower() in _REMOVAL_VERBS:  # "diplomats were expelled from Estonia"
        agent = next((t for t in prep_objects(verb, ("from",)) if t.ent_type_ == "GPE"), None) or _host_of_envoy(verb)
    if agent is None and verb.lemma_.lower() in _SUMMONS:  # "was summoned to the Turkish foreign ministry"
        agent = next((t for t in prep_objects(verb, ("to",)) if t.lemma_.lower() in SEATS and is_party(t)), None)
    if agent is None and category in STATE_ACTS:
        agent = _state_acting_where(verb)
    return agent


# Means of carrying or sending, which a bare "by" phrase names instead of a doer: "evacuated by helicopter", "sent by
# road", "delivered by truck", "informed by phone", "ruled by decree".
_MEANS = frozenset({"air", "sea", "road", "land", "rail", "foot", "helicopter", "plane", "aircraft", "airplane", "boat",
                    "ship", "ferry", "bus", "truck", "lorry", "car", "train", "ambulance", "convoy", "airlift",
                    "parachute", "phone", "telephone", "email", "letter", "mail", "post", "video", "videolink",
                    "satellite", "radio", "decree"})


def _doer_by(verb: Token) -> Token | None:
    """The "by" agent, unless it is a bare means ("the wounded were evacuated by helicopter"): a means with no word of
    its own names how it was done, not who did it ("hit by a helicopter gunship", "backed by Russian aircraft" still
    name one)."""
    agent = by_agent(verb)
    bare = agent is not None and agent.tag_ == "NN" and not any(True for _ in children_of(agent))
    return None if bare and agent.lemma_.lower() in _MEANS else agent


def _state_acting_where(verb: Token) -> Token | None:
    """"A missionary was arrested in Lebanon": the state or capital (not a town: "detained in Lahore") an act of
    state is done in, which stands for its authorities."""
    return next((t for t in prep_objects(verb, ("in",)) if t.ent_type_ == "GPE" and host_state(t.text)), None)


def acts_where_it_happened(token: Token, category: str | None) -> bool:
    """Whether the state or capital ``token`` is the doer ``passive_agent`` found where a passive act of state
    happened ("arrested in Lebanon"): its authorities did it, so it is read as its government."""
    if category not in STATE_ACTS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    verb = token.head.head
    if verb.pos_ != "VERB" or not is_passive(verb):
        return False
    acting = _state_acting_where(verb)
    return acting is not None and acting.i == token.i


def _past_retained_object(verb: Token) -> Token | None:
    """"Jordan was granted a loan by the World Bank": the parser hangs the "by" agent of a passive of giving on the
    thing given, the object a passive keeps."""
    return next((a for c in children_of(verb) if c.dep_ in ("dobj", "dative") for a in [by_agent(c)] if a is not None
                 and is_party(a)), None)


ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "commissioner", "consul", "representative", "emissary",
                    "attache", "attaché", "chargé", "charge"})


def _host_of_envoy(verb: Token) -> Token | None:
    """"The Turkish envoy in Baghdad was expelled": an envoy is expelled by the state he is posted in."""
    envoy = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.lemma_.lower() in ENVOYS), None)
    if envoy is None:
        return None
    return next((t for t in prep_objects(envoy, ("in", "to")) if t.ent_type_ == "GPE" and host_state(t.text)), None)


def expelling_state(noun: Token) -> Token | None:
    """"The expulsion of French diplomats from Niger": a removal noun's "from" state removed them (the parser may
    hang the "from" phrase on whom it removes)."""
    if noun.lemma_.lower() not in _REMOVAL_NOUNS:
        return None
    holders = [noun, *prep_objects(noun, ("of",))]
    return next((t for h in holders for t in prep_objects(h, ("from",)) if t.ent_type_ == "GPE"
                 and host_state(t.text)), None)


_REMOVAL_NOUNS = frozenset({"expulsion", "deportation", "eviction", "extradition", "banishment"})


def _party_past_object(verb: Token) -> Token | None:
    """"Weapons were supplied to the rebels by Iran": the "by" party the parser hung on the verb's object."""
    agent = agent_past_object(verb)
    return agent if agent is not None and is_party(agent) else None


def _shared_agent(verb: Token) -> Token | None:
    """"were shot and wounded by snipers": participles joined by "and" share the "by" agent the parser hangs on
    the last of them."""
    return next((a for c in children_of(verb) if c.dep_ == "conj" and c.tag_ == "VBN"
                 for a in [by_agent(c)] if a is not None), None)


def _agent_under_gerund(verb: Token) -> Token | None:
    """"was barred from holding office for five years by the election commission": the parser may hang the
    passive's "by" phrase on the gerund of its "from" phrase, where an active gerund can have no agent."""
    gerunds = [g for p in children_of(verb) if p.dep_ == "prep"
               for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return next((a for g in gerunds for a in [by_agent(g)] if a is not None and is_party(a)), None)


def _named_by_gerund_agent(verb: Token) -> Token | None:
    """"Tyre was hit by shelling from Israeli tanks": the doer a gerund agent names, the parser's "by" + gerund."""
    gerund = next((g for p in children_of(verb) if p.dep_ in ("agent", "prep") and p.lower_ == "by"
                   for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return gerund_agent_doer(gerund) if gerund is not None else None


def gerund_agent_doer(gerund: Token) -> Token | None:
    """Who a gerund that is a passive's "by" agent says did it: "by Israeli shelling", "by shelling from Israeli
    tanks" (its source), never the passive's subject, which undergoes it."""
    return nominal_agent(gerund) or next((t for t in prep_objects(gerund, ("from",)) if is_party(t)), None)


def _at_the_hands_of(verb: Token) -> Token | None:
    hands = next((t for t in prep_objects(verb, ("at",)) if t.lemma_.lower() == "hand"), None)
    return next(iter(prep_objects(hands, ("of",))), None) if hands is not None else None


def _doer_of_how_clause(verb: Token) -> Token | None:
    """"Five people were injured when police fired at the crowd": the active clause telling how it happened."""
    for clause in children_of(verb):
        mark = next((c.lower_ for c in children_of(clause) if c.dep_ in ("mark", "advmod")), None)
        if clause.dep_ == "advcl" and mark in ("when", "as") and not is_passive(clause):
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return antecedent(subject)
    return None


def doers_of(token: Token | None) -> list[Token]:
    """The actor token; for an event noun standing as the doer ("American airstrikes killed ...", "killed
    by an Israeli raid"), the agent the noun itself names, when it names one."""
    if token is None:
        return []
    if token.lemma_.lower() in _MESSAGES:  # "a statement by the Arab League condemned ...": who issued it
        speaker = nominal_agent(token) or next(iter(prep_objects(token, ("from",))), None)
        if speaker is not None:
            return [speaker]
    munition = is_munition(token)
    # a munition opening the sentence may be tagged a name ("Gunfire hit a school"): a munition all the same
    if (token.pos_ == "NOUN" or munition or gerund_subject(token)) and (munition or is_event_noun(token)):
        agent = nominal_agent(token) or made_by(token) or _claimant(token) or _party_past_object(token)
        if agent is not None:
            return [agent]
        sides = [] if munition else prep_objects(token, ("between", "among"))
        if sides:  # "fighting between Armenia and Azerbaijan killed dozens": both sides did it
            return sides
        if munition or _indefinite(token) or _placed_by_name(token):
            # "A bombing killed five", "the car bomb exploded", "the Kabul bombing killed 12": nobody named, not a
            # weapon or a place as the doer
            return []
    return [token]


def _claimant(noun: Token) -> Token | None:
    """"the Taliban claimed responsibility for a bombing that killed six soldiers": who claims the event did it."""
    claim = claimed_by(noun)
    return next((c for c in children_of(claim) if c.dep_ == "nsubj"), None) if claim is not None else None


# Messages that stand for whoever issued them, as a clause's subject.
_MESSAGES = frozenset({"statement", "communique", "communiqué", "letter", "message", "declaration", "report",
                       "announcement", "release", "note", "memo", "editorial"})


def is_munition(token: Token) -> bool:
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in _MUNITIONS
    # "Rockets were fired": opening a sentence, the tagger often takes a plural noun for a name, unlemmatised
    # (not "the Houston Rockets", a name with more words)
    return (token.pos_ == "PROPN" and token.lower_.removesuffix("s") in _MUNITIONS
            and not any(c.dep_ == "compound" for c in children_of(token)))


def _placed_by_name(noun: Token) -> bool:
    """"The Kabul bombing", "the Nairobi mall attack": the name before the event noun says where it happened; so
    does its place phrase ("the bombing in Kabul", "the attack near Gao")."""
    before = any(where_it_happened(w, noun) for c in children_of(noun) if c.dep_ in ("compound", "nmod")
                 for w in (c, *(g for g in children_of(c) if g.dep_ == "compound")))
    return before or any(is_place_phrase(c) and c.lower_ != "into" for c in children_of(noun))


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun))

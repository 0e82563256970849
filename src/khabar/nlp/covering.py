"""Triggers another trigger of the clause already stands for, so that one act told twice is one event.

"One such attack killed X", "killed X and wounded Y", "Rockets struck the base, killing two", "deployed thousands
of troops", "burned flags to protest the raid", "killed five militants in a raid".
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import is_passive
from .arguments.doers import is_munition
from .arguments.passives import passive_of_agent
from .arguments.phrases import is_event_noun
from .arguments.undergoing import undergone_act
from .coreference import cause_of_toll, elided_passive_toll
from .syntax import children_of, participial_host, same_doers_conj, to_infinitive
from .triggers import TriggerMatch


def covered_by_verbs(doc: Doc, triggers: list[TriggerMatch]) -> set[int]:
    """Triggers that another trigger already stands for.

    "One such attack ... killed X": the attack noun is the killing's subject, one event.
    "killed X and wounded Y": the conjoined verb of the same category is the same event; so is an elided passive
    ("90 were killed and 150 wounded") and the act a passive toll's when-clause tells ("40 were killed when a bomb
    exploded").
    "Rockets struck the base, killing two": the participle tells the toll of the strike, one event; so does what the
    "by" agent of a passive does ("Tyre was hit by shelling", "was rocked by car bombs that killed 20").
    "Ethiopia deployed thousands of troops": an object noun that is a trigger under a verb trigger of its kind.
    "burned flags to protest the raid": a purpose of the same kind is the act itself.
    """
    by_head = {t.head: t for t in triggers}
    covered: set[int] = set()
    for trig in triggers:
        tok = doc[trig.head]
        own_verb = by_head.get(trig.governor) if trig.nominal and trig.governor != trig.head else None
        if own_verb is not None and (own_verb.entry.event == trig.entry.event or _read_with_object(own_verb)):
            covered.add(trig.head)  # "deployed thousands of troops": the verb and its object tell one act
            continue
        if _occasion_of(tok, by_head, trig) or _agent_of_same_act(tok, by_head, trig):
            covered.add(trig.head)
            continue
        parent = by_head.get(told_by(tok).i)
        if parent is None or parent is trig or parent.entry.event != trig.entry.event:
            continue
        if trig.nominal and (tok.dep_ in ("nsubj", "nsubjpass", "dobj") or _listed_means(tok, parent, trig)):
            covered.add(trig.head)
        elif not trig.nominal and ((same_doers_conj(tok) and one_act_told_twice(parent, trig))
                                   or participial_host(tok) is not None or own_purpose(tok)
                                   or elided_passive_toll(tok) or cause_of_toll(tok) or act_of_agent(tok) is not None):
            covered.add(trig.head)
    return covered


# Categories whose conjoined verbs of one doer tell one occasion whatever their modes: violence, and a crowd's protest
# ("marched on parliament and clashed with police": one riot).
_ONE_OCCASION = frozenset({"ASSAULT", "PROTEST"})


def one_act_told_twice(first: TriggerMatch, second: TriggerMatch) -> bool:
    """Two conjoined verbs of one doer and one category that tell one act: violence or a protest on one occasion
    ("killed X and wounded Y", "abducted 20 and killed a teacher"), or verbs of one mode. Other acts of one category
    but of another mode are acts of their own: "freed the prisoners and ended the state of emergency", "accused
    Washington of plotting the unrest and summoned its envoy"."""
    if first.entry.event in _ONE_OCCASION or first.entry.mode == second.entry.mode:
        return True
    # "raided a house and arrested 12", "stormed the camp and seized weapons": an operation of no mode of its own is
    # the arrest or seizure it makes; but "occupied the village and expelled its residents" are two acts
    return first.entry.event == "COERCE" and None in (first.entry.mode, second.entry.mode)


def _listed_means(noun: Token, first: TriggerMatch, trig: TriggerMatch) -> bool:
    """"used tear gas and rubber bullets against the youths": a force noun listed after another of its mode, under
    the same verb, names more means of one act."""
    return (noun.dep_ == "conj" and first.nominal and first.governor == trig.governor
            and first.entry.mode == trig.entry.mode)


def _agent_of_same_act(noun: Token, by_head: dict[int, TriggerMatch], trig: TriggerMatch) -> bool:
    """"Peshawar was rocked by a powerful explosion on Monday": an event noun that is the "by" agent of a passive
    trigger of its own kind is what the verb tells, one event (wherever its own phrases hang)."""
    host = passive_of_agent(noun) if trig.nominal else None
    verb = by_head.get(host.i) if host is not None else None
    return verb is not None and verb is not trig and verb.entry.event == trig.entry.event


def own_purpose(verb: Token) -> bool:
    """"burned flags to protest the raid": an act done for a purpose of its own kind tells that purpose itself
    (the caller has checked that the host verb's trigger is of the same category). "fired live rounds to disperse the
    crowd": the parser may make the purpose after the object an xcomp."""
    if not to_infinitive(verb):
        return False
    return verb.dep_ in ("advcl", "acl") or (verb.dep_ == "xcomp" and _object_before(verb) is not None)


def _object_before(clause: Token) -> Token | None:
    """The object of the verb governing ``clause`` when it comes before it: "used water cannon to", not "tried to"."""
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


# Verbs of putting means to use, no trigger themselves: "used water cannon to disperse" tells one act by its means.
_USING = frozenset({"use", "employ"})


def _read_with_object(verb: TriggerMatch) -> bool:
    """"handed over their weapons": a verb whose lexicon sense was chosen by its object already tells what the
    object is part of (here a disarmament, not an arms delivery)."""
    return any(c.dep == "dobj" for c in verb.entry.required)


# Uses of force one operation may tell with a verb and a noun at once: "killed five militants in a raid".
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _occasion_of(noun: Token, by_head: dict, trig: TriggerMatch) -> bool:
    """"Troops killed five militants in a raid", "were detained during the operation": a force noun naming
    the occasion of an active force verb is that verb's own operation, told once, by the verb."""
    if _fighting_the_act_needs(noun, by_head, trig):
        return True  # "seized the town after two days of fighting": the fighting made the seizure an assault
    prep = noun.head
    if not trig.nominal or trig.entry.event not in _FORCE or noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return False
    verb = by_head.get(prep.head.i)
    graver_noun = trig.entry.event == "ASSAULT" and verb is not None and verb.entry.event == "COERCE"
    return verb is not None and not verb.nominal and verb.entry.event in _FORCE and not is_passive(prep.head) and (
        not graver_noun)  # "detained 30 people during clashes": the clashes are violence the arrests do not tell


def _fighting_the_act_needs(noun: Token, by_head: dict, trig: TriggerMatch) -> bool:
    """A combat word ("fighting", "days of clashes") that a verb's lexicon row asks for to read the verb as force of
    the same kind is that verb's own act, told once, by the verb."""
    if noun.dep_ != "pobj":  # a noun, or a gerund ("after two days of fighting")
        return False
    holder = noun.head.head if noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" else noun  # "days of"
    verb = by_head.get(holder.head.head.i) if holder.head.dep_ == "prep" else None
    return (verb is not None and verb is not trig and not verb.nominal and verb.entry.event == trig.entry.event
            and any("@combat" in c.lemmas for c in verb.entry.required))


def told_by(tok: Token) -> Token:
    """The word whose trigger may already tell this one: a participle's host clause (or the act its subject came
    under), the passive whose "by" agent tells it (``act_of_agent``), the means a purpose is served by
    ("used water cannon to disperse students": the water cannon), else the syntactic head."""
    host = participial_host(tok)
    if host is not None:  # "Tyre came under shelling, killing two": the shelling it came under tells the toll
        return undergone_act(host) or host
    host = act_of_agent(tok)
    if host is not None:
        return host
    means = _object_before(tok) if tok.head.lemma_.lower() in _USING and own_purpose(tok) else None
    return means if means is not None else tok.head


def act_of_agent(verb: Token) -> Token | None:
    """The passive whose "by" agent tells this verb's act: a gerund agent ("Tyre was hit by shelling"), or a subject
    relative on an event noun or munition agent ("Baghdad was rocked by two car bombs that killed 20 people": what
    rocked the city is what killed them). Not one on a party ("abducted by gunmen who stormed the school")."""
    if verb.tag_ == "VBG" and verb.dep_ in ("pobj", "pcomp"):
        return passive_of_agent(verb)
    agent = verb.head
    if verb.dep_ != "relcl" or not (is_event_noun(agent) or is_munition(agent)):
        return None
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in children_of(verb))
    return passive_of_agent(agent) if relative else None

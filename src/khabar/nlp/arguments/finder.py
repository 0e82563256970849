"""``find_arguments``: the arguments of a trigger, read off a verb here (an event noun's in ``nominal``),
then settled between two sides (``sides``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors import default_kb

from ..syntax import children_of
from ..triggers import TriggerMatch
from .doers import ENVOYS, doers_of, is_munition, passive_agent
from .nominal import nominal_arguments
from .parties import group_owner, is_party, nominal_agent
from .passives import is_passive, passive_of_agent, passive_patient
from .phrases import by_agent, gerund_subject, is_event_noun, prep_objects
from .places import PEOPLES_PLACES, gazetteer_place, name_behind, places_affected
from .recipients import (BETWEEN_PARTIES, RECIPIENT_PREPS, handed_to, inner_parties, moved_force, nested_parties,
                         verb_recipients)
from .transfers import givers_to, is_sent, takers_of
from .record import Arguments, make_arguments
from .sides import among_themselves, between_sides, both_sides, each_others, hyphened_sides
from .subjects import REPORTING_VERBS, clause_subject, co_subjects
from .unnamed import unnamed_parties


def _verbal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    verb = doc[trig.head]
    category = trig.entry.event
    preps = RECIPIENT_PREPS.get(category, ())
    host = passive_of_agent(verb) if verb.tag_ == "VBG" else None
    if host is not None:  # "Tyre was hit by shelling": one act with the passive, by the passive's doer
        return make_arguments(*unnamed_parties(verb, category, doers_of(passive_agent(host, category)),
                                               _places_undergoing(host, preps, category)), passive=True)
    if is_passive(verb):
        patient = passive_patient(verb)
        owner = None
        if patient is not None and (is_munition(patient) or _launched(patient, verb)):
            # "a Houthi missile fired at Jeddah": whose missile was launched (not "Iranian rockets were shot down")
            owner = _munition_owner(patient) if verb.lemma_.lower() in _LAUNCHING else None
            patient = None  # "rockets were fired at the base": what was fired; at whom, the phrase says
        recipients = _passive_recipients(verb, patient, preps, category)
        doers = doers_of(passive_agent(verb, category)) or ([owner] if owner is not None else [])
        recalled = _recalled_envoy(verb, patient) if not doers else None
        if recalled is not None:  # "Pakistan's ambassador to Kabul was recalled": Pakistan recalls him from Kabul
            doers, recipients = recalled
        if not doers and patient is not None and moved_force(patient, category):
            # "Chinese troops were deployed in Tibet": the forces moved stand for their own side
            doers = [patient]
            recipients = ([t for t in prep_objects(verb, preps) if is_party(t)] or places_affected(verb, [])
                          or nested_parties(verb, category=category))
        return make_arguments(*unnamed_parties(verb, category, doers, recipients), passive=True)
    blamed = _to_blame(verb)
    if blamed is not None:  # "the Kremlin said Washington was to blame": the speaker blames Washington
        return make_arguments(doers_of(_speaker(verb.head)), [blamed], passive=False)
    subject = clause_subject(verb)
    givers = givers_to(verb, verb, category)
    if givers:  # "Pakistan received a loan from the IMF": the IMF gives, to Pakistan
        return make_arguments(givers, doers_of(subject), passive=False)
    takers = takers_of(verb, category)
    if takers:  # "Mosul fell to Islamic State fighters": the fighters take it
        return make_arguments(*unnamed_parties(verb, category, takers, []), passive=False)
    doers = doers_of(subject) + co_subjects(subject)
    recipients = [t for t in verb_recipients(verb, category, preps) if not _threatened_act(t, category)]
    args = make_arguments(*unnamed_parties(verb, category, doers, recipients), passive=False)
    return among_themselves(verb, args) if category in BETWEEN_PARTIES else args


def _places_undergoing(passive: Token, preps: tuple[str, ...], category: str) -> list[Token]:
    """"The Lebanese city of Tyre was devastated by shelling": a place the gazetteer knows, undergoing a passive whose
    "by" agent is an act, is where the act struck; nothing else is ("the talks were overshadowed by shelling", or a
    name the gazetteer did not place, which would be read as the doer's country)."""
    return [t for t in _passive_recipients(passive, passive_patient(passive), preps, category) if gazetteer_place(t)]


# Verbs of launching a munition, whose owner launches it.
_LAUNCHING = frozenset({"fire", "launch", "lob", "drop"})
# Craft that fly at a target when launched, and are parties' aircraft elsewhere ("a drone was shot down").
_LAUNCHED_CRAFT = frozenset({"drone", "uav"})


def _launched(patient: Token, verb: Token) -> bool:
    """"a Hezbollah drone launched toward Haifa": a drone launched is a munition, what was fired, not whom."""
    return verb.lemma_.lower() in _LAUNCHING and patient.lemma_.lower() in _LAUNCHED_CRAFT


def _munition_owner(munition: Token) -> Token | None:
    """The state or known body whose munition it is ("a Houthi missile", "Russian drones"); not the munition's own
    make ("Katyusha rockets")."""
    owner = nominal_agent(munition)
    if owner is None:
        return None
    kb = default_kb()
    known = kb.resolve(owner.text)
    return owner if kb.country_of(owner.text) or (known is not None and known.id) else None


def _threatened_act(token: Token, category: str) -> bool:
    """"Its leader threatened more attacks", "threatened sanctions": the act a threat names is the threatener's own,
    no party it is made against (an event noun standing as a party would name the doer of attacks told before)."""
    return category == "THREATEN" and token.pos_ == "NOUN" and is_event_noun(token) and nominal_agent(token) is None


def _recalled_envoy(verb: Token, patient: Token | None) -> tuple[list[Token], list[Token]] | None:
    """"Pakistan's ambassador to Kabul was recalled", "the Turkish envoy in Tel Aviv was recalled": the envoy's own
    state recalls him from the state he is posted to."""
    if verb.lemma_.lower() != "recall" or patient is None or patient.lemma_.lower() not in ENVOYS:
        return None
    owner = nominal_agent(patient)
    hosts = [t for t in prep_objects(patient, ("to", "in")) + prep_objects(verb, ("from",)) if is_party(t)]
    return ([owner] if owner is not None else []), hosts


def _to_blame(verb: Token) -> Token | None:
    """"Washington was to blame for the collapse": the subject of "be to blame" is the one blamed, not who blames."""
    copula = verb.head
    if not (verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and copula.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and not any(c.dep_ in ("dobj", "nsubj") for c in children_of(verb))):
        return None
    return next((c for c in children_of(copula) if c.dep_ == "nsubj"), None)


def _speaker(clause: Token) -> Token | None:
    """Who says a reported clause: the subject of the reporting verb it hangs on."""
    teller = clause.head if clause.dep_ == "ccomp" else None
    if teller is None or teller.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in children_of(teller) if c.dep_ == "nsubj"), None)


def _passive_recipients(verb: Token, patient: Token | None, preps: tuple[str, ...],
                        category: str) -> list[Token]:
    """Who a passive event is done to: its subject; but a thing handed over to a party ("the boats were returned to
    Vietnam", "access was granted to the Red Cross") goes to the party its phrase names, and a thing undergoing it
    stands for the parties inside it ("aid to Niger was cut off", "talks with the Taliban were called off")."""
    agent = by_agent(verb)  # "Iran's programme was condemned by the G7": the G7 condemns, it is not condemned
    objects = [t for t in prep_objects(verb, preps) + _dative_objects(verb, preps) if agent is None or t.i != agent.i]
    if patient is None:
        return objects
    if patient.lemma_.lower() not in PEOPLES_PLACES:  # "the village of X was shelled": its people (``places``)
        patient = name_behind(patient)  # "the port of Odesa was struck": Odesa, whose people it stands for
    if is_sent(patient, verb):  # "aid was delivered to Gaza": what is sent goes to the party its phrase names
        return [t for t in objects if is_party(t)] or objects
    if category == "COOPERATE" and handed_to(verb):  # "a drug lord was handed over to U.S. authorities": to them
        return handed_to(verb)
    if is_party(patient) or group_owner(patient) is not None:  # "a convoy of Kenyan troops": a party's own
        return [patient]
    named = [t for t in objects if is_party(t)]
    if named:
        return named
    # force used on a thing is used on the thing itself ("the home of a journalist was raided")
    return (None if category in _FORCE else inner_parties(patient, preps)) or [patient]


_FORCE = frozenset({"ASSAULT", "COERCE"})


def _dative_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """"A loan was granted to Ghana by the IMF": the parser may label the "to" of a passive of giving a dative."""
    return [g for c in children_of(verb) if c.dep_ == "dative" and c.pos_ == "ADP" and c.lower_ in preps
            for g in children_of(c) if g.dep_ == "pobj"]


def find_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    args = hyphened_sides(doc, trig, nominal_arguments(doc, trig)) if trig.nominal else _verbal_arguments(doc, trig)
    if args.actors and _only_events(doc, args.actors):
        # "Heavy fighting broke out in Sudan's capital between the army and the RSF": the sides alone
        sides = between_sides(doc, trig, Arguments(actors=(), recipients=(), passive=args.passive))
        args = sides if sides.actors else args
    elif not args.actors or both_sides(doc, args.actors):
        args = between_sides(doc, trig, args)
    return each_others(doc, trig, args)


def _only_events(doc: Doc, actors: tuple[int, ...]) -> bool:
    """"Fighting broke out between Armenia and Azerbaijan": the subject is the event itself, no doer; who did it
    is whom the "between" phrase names."""
    return all((doc[i].pos_ == "NOUN" or gerund_subject(doc[i])) and is_event_noun(doc[i])
               and nominal_agent(doc[i]) is None for i in actors)

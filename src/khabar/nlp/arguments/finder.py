"""``find_arguments``: the arguments of a trigger, read off a verb here (an event noun's in ``nominal``),
then settled between two sides (``sides``).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..triggers import TriggerMatch
from .doers import doers_of, is_munition, passive_agent
from .nominal import nominal_arguments
from .parties import is_party
from .passives import is_passive, passive_patient
from .phrases import prep_objects
from .places import places_affected
from .recipients import BETWEEN_PARTIES, RECIPIENT_PREPS, moved_force, nested_parties, verb_recipients
from .record import Arguments, make_arguments
from .sides import among_themselves, between_sides, both_sides
from .subjects import clause_subject
from .unnamed import unnamed_parties


def _verbal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    verb = doc[trig.head]
    category = trig.entry.event
    preps = RECIPIENT_PREPS.get(category, ())
    if is_passive(verb):
        patient = passive_patient(verb)
        if patient is not None and is_munition(patient):
            patient = None  # "rockets were fired at the base": what was fired; at whom, the phrase says
        recipients = [patient] if patient is not None else prep_objects(verb, preps)
        doers = doers_of(passive_agent(verb, category))
        if not doers and patient is not None and moved_force(patient, category):
            # "Chinese troops were deployed in Tibet": the forces moved stand for their own side
            doers = [patient]
            recipients = ([t for t in prep_objects(verb, preps) if is_party(t)] or places_affected(verb, [])
                          or nested_parties(verb, category=category))
        return make_arguments(*unnamed_parties(verb, category, doers, recipients), passive=True)
    doers = doers_of(clause_subject(verb))
    args = make_arguments(*unnamed_parties(verb, category, doers, verb_recipients(verb, category, preps)),
                          passive=False)
    return among_themselves(verb, args) if category in BETWEEN_PARTIES else args


def find_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    args = nominal_arguments(doc, trig) if trig.nominal else _verbal_arguments(doc, trig)
    return args if args.actors and not both_sides(doc, args.actors) else between_sides(doc, trig, args)

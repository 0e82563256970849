"""Police sent to another state: keeping order there for it (CAMEO 074, AID), not mobilising police (153).

"Kenya sent 400 police officers to Haiti": police are no invading force, so police a state sends into another
state, named as a state, go there to help it; and promising to send them ("Kenya promised to send police to
Haiti") promises aid (AGREE), where a promise to mobilise would threaten. Only police sent count: security
reinforced or tightened at home ("reinforced security at the border with Algeria") names a neighbour as a party
without sending anyone to it. Police sent within one's own country
("deployed riot police to the capital", "sent police to the town of Mandera") stay a mobilisation, and so do troops
sent anywhere with no purpose told (the lexicon codes "sent troops to help" as aid). The parties decide it, so the
trigger is recoded once they are resolved, as ``abductions`` recodes an arrest by gunmen as an abduction.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..model import Actor
from .lexicon import TRANSFER_VERBS, load_intents
from .triggers import TriggerMatch

_POLICE_MOBILISED = "153"
_PROMISING = frozenset({"promise", "pledge", "vow", "offer", "agree"})


def as_peacekeeping(doc: Doc, trig: TriggerMatch, actors: tuple[Actor, ...],
                    recipients: tuple[Actor, ...]) -> TriggerMatch:
    """The trigger recoded when it sends police, or promises to, into states other than the doers' own."""
    if not _abroad(actors, recipients):
        return trig
    if _sends_police(trig) and _sent(doc, trig):
        return replace(trig, entry=replace(trig.entry, event="AID", mode="military", cameo="074"))
    if trig.entry.event == "THREATEN" and any(_sends_police(t) and _sent(doc, t) for t in _promised_acts(doc, trig)):
        promise = load_intents()[("AID", "future")]  # what stating that one will give aid codes as
        return replace(trig, entry=replace(promise, lemma=trig.entry.lemma, pos=trig.entry.pos))
    return trig


def _sends_police(trig: TriggerMatch) -> bool:
    return trig.entry.event == "MOBILIZE" and trig.entry.cameo == _POLICE_MOBILISED


def _sent(doc: Doc, trig: TriggerMatch) -> bool:
    """The police are sent, deployed or dispatched ("sent 400 police officers", "deployed police"), by the trigger
    verb or the verb that carries the trigger noun."""
    return any(doc[i].lemma_.lower() in TRANSFER_VERBS for i in (trig.head, trig.governor))


def _abroad(actors: tuple[Actor, ...], recipients: tuple[Actor, ...]) -> bool:
    """Every recipient is a state, named as one, of another country than every doer's (each of a known country)."""
    home = {a.country for a in actors}
    if not home or None in home or not recipients:
        return False
    return all(_state(r) and r.country not in home for r in recipients)


def _state(actor: Actor) -> bool:
    """A country as a whole ("Haiti"), not a body or a town of it: the knowledge base gives it the country's own id
    and no sector; a capital standing for its state ("Nairobi") is told by a name other than the state's."""
    named = (actor.text or "").removeprefix("the ").removesuffix("'s")
    return (actor.id is not None and actor.id == actor.country and actor.sector is None
            and named in (actor.name, *actor.aliases))


def _promised_acts(doc: Doc, promise: TriggerMatch) -> list[TriggerMatch]:
    """The triggers of the act a verb of promising promises: "promised to send police", the infinitive under it."""
    verb = doc[promise.head]
    if verb.lemma_.lower() not in _PROMISING:
        return []
    return [t for t in doc._.triggers or [] if doc[t.governor].dep_ == "xcomp" and doc[t.governor].head.i == verb.i]

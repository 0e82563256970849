"""Parties the text leaves unnamed: the unidentified doer of an attack, the authorities a protest
addresses or a state act is done by, each stood for by the event's own verb (``mentions`` resolves it).
"""
from __future__ import annotations

from spacy.tokens import Token

from ...actors import default_kb
from ..lexicon import ARMS_NOUNS
from ..syntax import children_of, kept_to_infinitive
from ..text import span_text
from .parties import is_party, leader_word, nominal_agent
from .passives import is_passive, is_raised
from .phrases import is_event_noun, mention_span, prep_objects
from .subjects import REPORTING_VERBS, clause_subject


# Acts whose doer, when the text names none, is an unidentified armed group (ACLED's convention).
UNATTRIBUTED_ACTS = frozenset({"ASSAULT"})
# Acts whose target, when the text names none, is the government where they happen: a protest with no
# stated target addresses the authorities.
ADDRESSED_TO_AUTHORITIES = frozenset({"PROTEST"})


def unnamed_parties(verb: Token, category: str, doers: list[Token],
                    recipients: list[Token]) -> tuple[list[Token], list[Token]]:
    """Parties the text leaves unnamed, each stood for by the event's own verb (``mentions`` resolves it
    by the event's category and place): the doer of an attack on someone ("five people were killed in an
    attack in Mosul"), unless the clause points back to an attack told before ("killed in the attack");
    the target of a protest by someone that names no party as its target ("thousands marched on Friday",
    "protested the new tax"); whom an act of state binds when it names nobody ("the junta banned all
    demonstrations")."""
    if verb.pos_ != "VERB":
        return doers, recipients
    if doers and category in UNATTRIBUTED_ACTS and all(_unowned_arms(t) for t in doers) and _a_named_place(recipients):
        doers = []  # "Tyre was hit by artillery": whose guns they are is not told, not the town's own army's
    if doers and category in ADDRESSED_TO_AUTHORITIES and not any(is_party(t) for t in recipients):
        return doers, [verb]  # "marched on Friday", "vowed to protest the new tax": the authorities are addressed
    if doers and seizes_power(verb) and not any(is_party(t) for t in recipients):
        return doers, [verb]  # "the army seized power": the government it ousts
    if doers and category in STATE_ACTS and not is_passive(verb) and all(is_event_noun(t) for t in recipients) and (
            not _takes_arms(verb)):
        # "the junta banned all demonstrations", "declared a curfew": the people it binds; arms seized bind nobody
        return doers, [verb]
    if _controlled(verb) and not is_raised(verb):
        return doers, recipients  # "help in fighting poachers", "to attack": a doer the text implies
    if not doers and category in UNATTRIBUTED_ACTS and is_passive(verb) and _all_hostile(recipients):
        # "Forty assailants were killed, the army said": a force's toll of those who fought it, no doer named,
        # is the force's act (ACLED codes the army as the actor); "forty civilians were killed" is not
        force = _force_reporting(verb)
        # not "killed in the fighting": a toll of an event told before is that event's, whose doer it already has
        if force is not None and not _other_hand(verb) and not _points_back(verb):
            return [force], recipients
    if not doers and recipients and category in UNATTRIBUTED_ACTS and not _points_back(verb):
        # "the U.S. military carried out an air strike that killed 12 fighters": the strike's doer named it
        conductor = _conductor_of_antecedent(verb)
        return [conductor if conductor is not None else verb], recipients
    if not doers and category in STATE_ACTS and verb.lemma_.lower() in _STATE_ACT_VERBS and is_passive(verb):
        # "police said dozens were detained": the organ that reports it; "a curfew was imposed on Kano": the
        # authorities of the place
        reporter = _state_organ_reporting(verb)
        return [reporter if reporter is not None else verb], recipients
    if not doers and state_release(verb, category) and is_passive(verb) and _all_held(recipients) and (
            not prep_objects(verb, ("from",))):  # "released from Azerbaijani prisons": the prisons' state, read later
        # "ten political prisoners were released in Yangon": only the authorities that hold them free prisoners
        reporter = _state_organ_reporting(verb)
        return [reporter if reporter is not None else verb], recipients
    if not doers and category in _STATE_MOVES and verb.lemma_.lower() in _MOVING_VERBS and is_passive(verb):
        # "troops were sent to the south, the interior ministry said": only a state moves its forces, and the
        # organ of a state that reports it speaks for the state that did
        reporter = _state_organ_reporting(verb)
        return ([reporter] if reporter is not None else doers), recipients
    return doers, recipients


# Modifiers that tell whose arms are used: "Israeli artillery", "the army's drones", "Russian-made missiles".
_OWNER_DEPS = frozenset({"poss", "amod", "nmod", "compound"})


def _unowned_arms(token: Token) -> bool:
    """"hit by artillery", "artillery fire hit the town": weapons named as an attack's doer with no word of whose
    they are (a compound that is itself a weapon, "artillery fire", tells none) stand for a doer the text leaves
    unnamed; the arms read as the forces that fire them would be the army of the place they strike."""
    if token.pos_ not in ("NOUN", "PROPN"):  # "Artillery hit Tyre": the tagger may take a first word for a name
        return False
    arms = [w for w in [token, *children_of(token)] if w.lemma_.lower() in ARMS_NOUNS
            and (w.i == token.i or w.dep_ == "compound")]
    if not arms:
        return False
    owners = [c for c in children_of(token) if c.dep_ in _OWNER_DEPS and c not in arms]
    return not owners and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token))


def _a_named_place(recipients: list[Token]) -> bool:
    """Whether a party struck is a named place ("Tyre was hit", "shelled the outskirts of Bakhmut"): the place whose
    state the arms would otherwise be read as."""
    doc = recipients[0].doc if recipients else None
    starts = {m.start for m in (doc._.places or ())} if doc is not None and doc.has_extension("places") else set()
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.i in starts for r in recipients for t in r.subtree)


# Verbs by which a party carries out an attack it takes as its object: "carried out a raid", "launched strikes".
_CARRYING_OUT = frozenset({"carry", "launch", "conduct", "mount", "stage", "unleash", "execute", "perpetrate"})


def _conductor_of_antecedent(verb: Token) -> Token | None:
    """"Turkey launched an air strike that killed five militants": the relative clause of an event noun tells what
    the event did, so its doer is whoever carried the event out (the subject of the verb taking the noun), not an
    unnamed group of the place."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    noun = verb.head
    if verb.dep_ != "relcl" or subject is None or subject.lower_ not in ("that", "which") or not is_event_noun(noun):
        return None
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _CARRYING_OUT:
        return None
    doer = clause_subject(noun.head)
    return doer if doer is not None and is_party(doer) else None


# Words of people who live outside their own state ("exiled dissidents", "the Tamil diaspora", "living in exile").
_EXILE_WORDS = frozenset({"exile", "exiled", "diaspora", "émigré", "emigre", "émigrés", "emigres",
                          "expatriate"})


def exiles_protesting(verb: Token) -> Token | None:
    """"Exiled Iranian dissidents protested in London", "members of the Tamil diaspora rallied in Toronto": the doer
    of a protest whose words say it lives outside its own state, or None. Such a protest with no target named
    addresses the protesters' own state's government, not the host's."""
    subject = clause_subject(verb)
    if subject is None:
        return None
    return subject if any(t.lemma_.lower() in _EXILE_WORDS for t in subject.subtree) else None


_SEIZING_VERBS = frozenset({"seize", "take", "grab", "assume", "usurp", "snatch"})


def seizes_power(verb: Token) -> bool:
    """"The army seized power", "soldiers took power in a coup": a seizure of a state's power, done to its government."""
    return verb.lemma_.lower() in _SEIZING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() == "power" for o in children_of(verb))


def _takes_arms(verb: Token) -> bool:
    """"Police seized weapons and ammunition": an act on arms, whose owner the text does not name, and which no
    people of the place undergo."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [j for o in objects for j in children_of(o) if j.dep_ == "conj"]
    return bool(objects) and all(o.lemma_.lower() in ARMS_NOUNS for o in objects)


# Moves of armed forces, which states make: their passive with no doer is the reporting state organ's.
_STATE_MOVES = frozenset({"MOBILIZE"})
_MOVING_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "station", "mass", "rush", "move"})


# Releases of people a state holds: their passive with no doer is the authorities' (hostages may be freed by anyone).
_RELEASING_VERBS = frozenset({"release", "free", "pardon", "parole"})
_HELD_PEOPLE = frozenset({"prisoner", "detainee", "inmate", "convict", "dissident"})


def state_release(verb: Token, category: str) -> bool:
    """"were released", "were pardoned": a release the authorities make (with ``_all_held`` recipients)."""
    return category == "RETREAT" and verb.lemma_.lower() in _RELEASING_VERBS


def _all_held(recipients: list[Token]) -> bool:
    """Whether every party freed is named by a noun of people a state holds ("prisoners", "detainees")."""
    return bool(recipients) and all(t.lemma_.lower() in _HELD_PEOPLE for t in recipients)


_STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _state_organ_reporting(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause hangs on ("police said ..."), when it is an organ of a state."""
    teller = clause.head if clause.dep_ == "ccomp" else next(
        (c for c in children_of(clause) if c.dep_ in ("parataxis", "ccomp") and c.i > clause.i), None)
    if teller is None or teller.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in children_of(teller) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = default_kb().resolve(span_text(mention_span(subject)))
    return subject if found is not None and found.sector in _STATE_ORGAN_SECTORS else None


# Sectors of those who fight a state's forces: armed men, insurgents, rebels, armed criminals.
_HOSTILE_SECTORS = frozenset({"UAF", "INS", "REB", "CRM"})
_FORCE_SECTORS = frozenset({"MIL", "COP"})


def _all_hostile(recipients: list[Token]) -> bool:
    """Whether every party struck is named by a noun of armed foes ("assailants", "militants", "bandits")."""
    kb = default_kb()
    return bool(recipients) and all(t.pos_ == "NOUN" and kb.sector_of(t.lemma_) in _HOSTILE_SECTORS
                                    for t in recipients)


def _force_reporting(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause hangs on, when it is an army or a police force."""
    subject = _state_organ_reporting(clause)
    if subject is None:
        return None
    found = default_kb().resolve(span_text(mention_span(subject)))
    return subject if found is not None and found.sector in _FORCE_SECTORS else None


def _other_hand(verb: Token) -> bool:
    """"killed in a U.S. drone strike", "killed when their bomb went off": the clause tells another doer or
    another cause than the reporting force."""
    if any(is_event_noun(t) and nominal_agent(t) is not None for t in prep_objects(verb, ("in", "by", "during"))):
        return True
    return any(c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
               for c in children_of(verb))


# Verbs whose doer is another clause's party ("help in fighting", "plans to attack"), never an unnamed one.
_CONTROLLED_DEPS = frozenset({"pcomp", "xcomp", "acomp", "csubj", "amod", "compound"})


def _controlled(verb: Token) -> bool:
    infinitive = verb.tag_ == "VB" and kept_to_infinitive(verb)
    return infinitive or verb.dep_ in _CONTROLLED_DEPS


def stands_for_unnamed_party(token: Token) -> bool:
    """Whether a party token is an event's own verb, standing for a party the text does not name."""
    # not a noun the tagger took for a verb in a noun's place ("Kashmiri separatists accused ...")
    # nor a "U.S.-led" the tagger took for a verb: the state that leads
    return (_verb_or_existential(token) and token.dep_ not in ("csubj", "nsubj", "nsubjpass", "dobj", "pobj", "appos")
            and leader_word(token) is None)


def _verb_or_existential(token: Token) -> bool:
    """A verb, or the "was" of "there was an attack", which stands for the doer of the act it says there was."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and any(c.dep_ == "expl" for c in children_of(token)))


def _points_back(verb: Token) -> bool:
    """"killed in the attack", "after the raid": a definite event noun the clause happened in or after."""
    return any(is_event_noun(t) and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(t))
               for t in prep_objects(verb, ("in", "during", "after", "amid", "following")))


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


# Acts only a state's authorities perform: "a missionary was arrested in Lebanon" was arrested by Lebanon.
STATE_ACTS = frozenset({"COERCE"})
# Verbs of such acts whose passive, with no doer named, is done by the authorities of the place ("a curfew was
# imposed on Kano", "were detained on Monday"), and those of removal, done by the state they remove from.
_STATE_ACT_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "intern", "sentence", "execute", "hang",
                              "ban", "outlaw", "impose", "declare", "enforce", "deport", "expel", "evict", "exile",
                              "banish", "extradite", "confiscate", "censor", "raid", "search", "round",
                              "place", "put", "charge", "convict", "flog"})  # "were placed under house arrest"

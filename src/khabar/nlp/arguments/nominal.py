"""Arguments of an event noun: its own agent and "against"/"with" phrases, the light verb that carries it,
the verb it is done "in", the claim of responsibility for it, who died in it, and the "from" phrase that voices
a speech act ("drew criticism from rights groups").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors import default_kb
from ..lexicon import GOVERNMENT_NOUNS, load_lexicon
from ..syntax import children_of
from ..text import span_text
from ..triggers import TriggerMatch, claimed_by, match_entry, names_a_party
from ..triggers.light_verbs import governing_verb
from ..triggers.matching import verb_preps_after
from ..triggers.specific import VOICED_ACTS
from .doers import expelling_state, passive_agent
from .parties import FORCE_USED_ON, is_party, made_by, nominal_agent
from .passives import is_passive
from .phrases import agent_past_object, antecedent, mention_span, prep_objects, with_conjuncts
from .places import host_state, places_affected
from .addressees import addressee, told_to, visit_host
from .recipients import (INFINITIVE_PREPS, PLACE_TARGETS, RECIPIENT_PREPS, inner_parties, moved_force, nested_parties,
                         verb_objects, verb_recipients)
from .transfers import ASKING_HOLDERS, givers_to, holder
from .messages import message_addressees, message_sender, only_carries
from .record import Arguments, make_arguments
from .subjects import clause_subject, co_subjects, non_finite, owner_of
from .unnamed import ADDRESSED_TO_AUTHORITIES, STATE_ACTS, UNATTRIBUTED_ACTS, unnamed_parties


def _host_verb(noun: Token, category: str) -> Token | None:
    """The active verb whose act an "in"/"during" event noun names: "staged a strike in protest against ...",
    "engaged the peacekeepers in a firefight". Not a passive: "was wounded in a firefight" says nothing of who."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if is_passive(prep.head) or _undergoes(prep.head) or _act_of_another_kind(prep.head, category):
        return None
    return None if _denied(prep.head) else prep.head


# Verbs by which a party denies a part of its own: "denied being involved in the attack".
_DENYING = frozenset({"deny", "reject", "dismiss", "refute"})


def _denied(verb: Token) -> bool:
    """"Iran said it was not involved in the attack", "denied taking part in the raid": a party denying its part in
    an act is never its doer (the act's doer is left unknown, not the denier)."""
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.head.lemma_.lower() in _DENYING


def _act_of_another_kind(verb: Token, category: str) -> bool:
    """"arrested a suspect in the attack on Chinese nationals": a verb that is itself an act of another category than
    the event noun it is done "in" is no carrying out of it (but "arrested five in a raid" carries the raid out)."""
    entry = match_entry(verb, load_lexicon().entries(verb.lemma_.lower(), "VERB"))
    return entry is not None and entry.event != category


_AROUND_MEETING = frozenset({"after", "following", "before", "ahead"})


def _who_met(noun: Token, category: str) -> Token | None:
    """"After talks with Yeltsin, Clinton said ...": who held the talks a time phrase names is the subject of
    the clause it sets (only for meetings: "after the attack, police arrested" names no attacker)."""
    prep = noun.head
    if category != "CONSULT" or noun.dep_ != "pobj" or prep.lower_ not in _AROUND_MEETING:
        return None
    verb = prep.head if prep.head.pos_ in ("VERB", "AUX") else None
    return clause_subject(verb) if verb is not None and not is_passive(verb) else None


# Verbs whose subject undergoes the event they are in: "three soldiers died in an ambush" were its targets.
_UNDERGOING = frozenset({"die", "perish", "succumb", "fall", "suffer", "lose"})


def _undergoes(verb: Token) -> bool:
    return verb.lemma_.lower() in _UNDERGOING


# Verbs whose subject was the target of the event noun they take as object: "survived an assassination attempt".
_SURVIVING = frozenset({"survive", "escape"})


def _victims_of(noun: Token) -> list[Token]:
    """"Three soldiers died in an ambush": the subject of a verb of dying is the event noun's target; "the
    minister survived an assassination attempt": so is the subject of a verb of surviving it; "the ambush left four
    soldiers dead": so are those it left dead."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SURVIVING:
        return [s for s in children_of(noun.head) if s.dep_ == "nsubj"]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave":
        return _left_as_casualties(noun.head)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or not _undergoes(prep.head):
        return []
    return [s for s in children_of(prep.head) if s.dep_ == "nsubj"]


# What an act of violence leaves people as: "the attack left 67 people dead", "left dozens wounded".
_CASUALTY_WORDS = frozenset({"dead", "wounded", "injured", "hurt", "maimed"})


def _left_as_casualties(verb: Token) -> list[Token]:
    """"The attack left 67 people dead": the people an event noun's verb "leave" leaves dead or wounded are its
    victims (not "left the city": a place left)."""
    if not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advcl") and c.lower_ in _CASUALTY_WORDS
               for c in children_of(verb)):
        return []
    return [antecedent(o) for o in children_of(verb) if o.dep_ == "dobj"]  # "left dozens of civilians wounded"


# Verbs whose subject carries out the event noun they govern ("launched an offensive", "completed the withdrawal").
_CONDUCT_VERBS = frozenset({
    "begin", "start", "launch", "mount", "stage", "conduct", "carry", "continue", "resume", "complete", "finish",
    "escalate", "intensify", "step", "speed", "accelerate", "order", "announce", "claim", "hold", "wage", "plan",
    "prepare", "undertake", "organize", "organise", "lead", "spearhead", "initiate", "perform", "execute", "commit",
    "perpetrate", "unleash", "pursue", "expand", "extend", "maintain", "impose", "declare",
    "threaten", "vow", "pledge", "promise", "offer", "propose", "make", "deliver", "send", "provide",
    "set", "detonate",  # "set off an explosion at a mosque"
    "approve", "authorize", "authorise", "decree"})  # "the cabinet approved the release of 100 prisoners"


# Prepositions only an event noun takes for its recipient: "a visit to Pakistan" (the verb "flew to Amman to
# confer with the king" names its host by the infinitive instead); "lodged a protest with Japan", "raised
# representations with Canada", "a protest to the envoy" (the verb "complained with" is no English).
_NOUN_RECIPIENT_PREPS = {"CONSULT": ("to",), "ACCUSE": ("with", "to")}


# Nouns of fighting whose "with" phrase names the other side: "engaged in heavy fighting with rebels", "a gun battle
# with police" (an attack "with rockets" names its means, so only these nouns take it).
_FIGHTS = frozenset({"fighting", "fight", "clash", "battle", "gunbattle", "firefight", "gunfight", "skirmish",
                     "shootout", "confrontation", "exchange", "war", "combat", "standoff"})


def _fought_with(noun: Token, category: str) -> tuple[str, ...]:
    return ("with",) if category == "ASSAULT" and noun.lemma_.lower() in _FIGHTS else ()


def _complained_against(doc: Doc, trig: TriggerMatch) -> list[Token]:
    """"filed a complaint with the United Nations against Israel": whom a complaint is against is its recipient, not
    the body it is lodged with (which "lodged a protest with Japan" names when nothing else is)."""
    if trig.entry.event != "ACCUSE":
        return []
    holders = list(dict.fromkeys([doc[trig.head], doc[trig.governor]]))
    return [t for h in holders for t in prep_objects(h, ("against",)) if is_party(t)]


def nominal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    noun = doc[trig.head]
    co_doers: list[Token] = []
    preps = RECIPIENT_PREPS.get(trig.entry.event, ()) + _fought_with(noun, trig.entry.event)
    own_preps = preps + _NOUN_RECIPIENT_PREPS.get(trig.entry.event, ())
    recipients = _complained_against(doc, trig) or _parties_before_topics(noun, own_preps)
    sender = message_sender(noun, doc[trig.governor])
    if sender is not None:  # "a message from Clinton to Assad": Clinton sends it, to Assad
        recipients = message_addressees(noun, doc[trig.governor])
    actor = nominal_agent(noun)
    if actor is not None and _kind_of_forces(actor, trig):
        actor = None  # "Chile sent hundreds of police reinforcements": the sender, else the police (below)
    voiced = _voice(noun) if actor is None and (trig.entry.event in VOICED_ACTS or _come_under(noun)) else None
    if voiced is not None:  # "the minister drew criticism from rights groups"
        actor, recipients = voiced[0], voiced[1] + recipients
    givers = givers_to(noun.head, noun, trig.entry.event) if noun.dep_ == "dobj" else []
    if givers:  # "Pakistan received a $3 billion loan from the IMF": the IMF lends, to Pakistan
        return make_arguments(givers, [s for s in [clause_subject(noun.head)] if s is not None], passive=False)
    if _answers(doc[trig.governor], noun):  # "Jordan accepted Egypt's proposal": Egypt proposed, to Jordan
        owner = owner_of(noun) or made_by(noun) or offered_by(noun)  # "accepted a ceasefire proposed by China"
        recipients = recipients or ([owner] if owner is not None else [])
        actor = None
    if trig.governor != trig.head:  # "gave Tanzania a grant", "sent its condolences to the families"
        governor = doc[trig.governor]
        if actor is None or _possessive_pronoun(actor):  # "Zelensky renewed his appeal": Zelensky, not "his"
            doer = passive_agent(governor, trig.entry.event) if is_passive(governor) else clause_subject(governor)
            actor = doer if doer is not None else actor
            co_doers = [] if is_passive(governor) or doer is None else co_subjects(doer)
        if sender is not None and only_carries(actor):  # "the envoy delivered a message from Clinton": Clinton's
            actor, co_doers = sender, []
        recipients = recipients or _governor_recipients(governor, noun, trig.entry.event, preps, own_preps)
    elif actor is None:
        actor = (_doer_of_event_noun(noun, trig.entry.event) or _who_met(noun, trig.entry.event)
                 or _forces_moved(noun, trig) or _forces_withdrawn(noun, trig)
                 or _state_confirming(noun, trig.entry.event))
        recipients = [t for t in recipients if actor is None or t.i != actor.i] or _victims_of(noun)
        host = _host_verb(noun, trig.entry.event)
        if host is not None and not recipients:  # "engaged Filipino peacekeepers in a firefight"
            recipients = [t for t in verb_objects(host) if is_party(t)]
    # "the sanctions, imposed by the EU in 2014, were extended"; the forces moved, when no one sends them
    actor = (actor or made_by(noun) or nominal_agent(noun) or _agent_past_object(noun) or expelling_state(noun)
             or _people_of_place(noun, trig))
    if actor is not None:  # "the deportation of Afghan refugees from Pakistan": the state deporting is no recipient
        recipients = [t for t in recipients if t.i != actor.i]
    if not recipients:  # "pledged support for the Iraqi government", "a loan for Kenya"
        recipients = [t for t in prep_objects(noun, ("for",)) if is_party(t)] or _past_topic(noun, preps)
    if not recipients and trig.governor == trig.head:  # "a Russian strike damaged a grain terminal in Odesa"
        recipients = _struck_by(noun, trig.entry.event, preps)
    if not recipients and trig.entry.event in ASKING_HOLDERS:  # "a demand for the release of Canadians held in China"
        recipients = [h for n in prep_objects(noun, ("for",)) for c in prep_objects(n, ("of",))
                      for h in [holder(c)] if h is not None]
    if not recipients:  # "expressed readiness to meet the Palestinians", "a plan to expel Turkish diplomats"
        recipients = [t for c in children_of(noun) if c.dep_ == "acl" and c.i > noun.i and non_finite(c)
                      for t in verb_recipients(c, trig.entry.event, preps + INFINITIVE_PREPS) if is_party(t)]
    if not any(is_party(t) or inner_parties(t, preps) for t in recipients) and _place_can_stand(trig):
        # "imposed a curfew in the town of Cizre"; "a state of emergency in X": "of emergency" names the act,
        # not whom it is imposed on; "launched an offensive in North Waziristan", as the verb "struck in X"
        recipients = places_affected(doc[trig.governor], [noun]) or recipients
    if not recipients and trig.entry.event == "CONSULT" and actor is not None and not co_doers:
        recipients = _host_of_talks(doc[trig.governor], noun, actor)  # "Iran's foreign minister held talks in Baghdad"
    carrier = doc[trig.governor] if trig.governor != trig.head else _conducting_verb(noun)
    if not recipients and trig.entry.event in _AIMED_MOVES and carrier is not None:
        # "troops were sent to the border with Afghanistan", "sent warships into waters near the Philippines":
        # the forces moved are the means; whom the move is aimed at is named deeper in the verb's phrases (the
        # parser hangs "to Libya" of "approved the deployment of troops to Libya" on the verb)
        recipients = nested_parties(carrier, category=trig.entry.event)
    # "voiced support for the plan drawn up by Norway": a thing stands for the party it names
    # not the doer the parser hung on the thing ("the seizure of a tanker by Iran")
    recipients = [p for t in recipients for p in ([t] if is_party(t) else [x for x in inner_parties(t, preps)
                                                                         if actor is None or x.i != actor.i] or [t])]
    if actor is None and _come_under(noun) and trig.entry.event in UNATTRIBUTED_ACTS:
        actor, recipients = _unnamed_attacker(noun, recipients)
    elif actor is None and recipients and trig.governor == trig.head:
        actor = _stand_in_for_attacker(noun, trig.entry.event)  # "a suicide attack on a mosque left 40 dead"
    actors = [actor, *co_doers] if actor is not None else []
    if trig.governor != trig.head:  # "went on strike": the light verb stands for the event
        actors, recipients = unnamed_parties(doc[trig.governor], trig.entry.event, actors, recipients)
    return make_arguments(actors, recipients, passive=False)


def _agent_past_object(noun: Token) -> Token | None:
    """"The killing of three journalists by soldiers", "the bombing of a school by Saudi jets": the "by" party the
    parser hung on what the act was done to."""
    agent = agent_past_object(noun)
    return agent if agent is not None and is_party(agent) else None


def offered_by(noun: Token) -> Token | None:
    """"accepted an offer of help from Britain": who made what is accepted, in its "from" phrase."""
    return next((t for t in prep_objects(noun, ("from",)) if is_party(t)), None)


# Verbs whose subject is the one a speech act "from" someone is aimed at: "the minister drew criticism from rights
# groups", "came under criticism from Washington", "received a warning from Tehran", "won praise from the EU".
_RECEIVING_VERBS = frozenset({"draw", "attract", "receive", "face", "come", "earn", "get", "meet", "win", "spark",
                              "provoke", "prompt", "trigger"})


def _come_under(noun: Token) -> bool:
    """"The convoy came under attack from militants": whoever the "from" phrase names did it, to the subject."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_.lower() == "come"


def _unnamed_attacker(noun: Token, recipients: list[Token]) -> tuple[Token | None, list[Token]]:
    """"A UN convoy came under attack in Ituri", "NATO troops came under fire": with no "from" phrase, the subject
    of "came" is struck (as "the convoy was attacked" tells) by a doer the text does not name, stood for by "came"
    (``mentions`` reads the act off the noun it comes under); a subject that is no party leaves both unknown."""
    verb = noun.head.head
    subject = clause_subject(verb)
    if subject is None or not is_party(subject):
        return None, recipients
    return verb, [subject]


def _stand_in_for_attacker(noun: Token, category: str) -> Token | None:
    """"A suicide attack on a mosque left 40 dead", "there was an attack on a base near Gao": an attack told by a
    noun that names nobody as its doer is done by a party the text leaves unnamed, as "a mosque was attacked"
    tells; the clause's verb stands for it. Not an attack told before ("the attack left 40 dead"), whose doer is
    that telling's, nor a verb that is an act of another kind ("an attack sparked protests"), nor a fight, whose
    sides are both doers ("heavy clashes continued in Khartoum"); and only an attack on someone, as the verb's passive
    is ("a mosque was attacked"): "an offensive in the east stalled" tells of no one it struck."""
    if category not in UNATTRIBUTED_ACTS or noun.lemma_.lower() in _FIGHTS or _told_before(noun):
        return None
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and not _act_of_another_kind(verb, category):
        return verb
    existential = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in children_of(verb))
    return verb if existential else None


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


def _told_before(noun: Token) -> bool:
    """"The attack", "Friday's bombing", "its attack": a noun that points back to an act the text told already."""
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children_of(noun))


def _voice(noun: Token) -> tuple[Token, list[Token]] | None:
    """Who voices a speech act in a "from" phrase, and whom the verb it comes to has as its subject."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else noun.head
    # "came under fire from opposition lawmakers": the parser hangs the "from" phrase on "came"
    hung_on_verb = prep_objects(verb, ("from",)) if _come_under(noun) else []
    voices = [o for o in prep_objects(noun, ("from",)) + verb_preps_after(noun, ("from",)) + hung_on_verb
              if is_party(o) or names_a_party(o)]
    if not voices:
        return None
    aimed = clause_subject(verb) if verb.lemma_.lower() in _RECEIVING_VERBS and verb.pos_ == "VERB" else None
    return voices[0], [aimed] if aimed is not None else []


# Verbs whose subject, an act of force, struck their object: "a strike damaged a terminal", "the blast hit a market".
_STRIKING = frozenset({"hit", "strike", "damage", "destroy", "target", "flatten", "level", "raze", "gut", "rock",
                       "pound", "demolish", "wreck", "tear"})


def _struck_by(noun: Token, category: str, preps: tuple[str, ...]) -> list[Token]:
    """Whom an event noun that is the subject of a verb of striking struck: the verb's own target."""
    verb = noun.head
    if category not in FORCE_USED_ON or noun.dep_ != "nsubj" or verb.lemma_.lower() not in _STRIKING:
        return []
    return verb_recipients(verb, category, preps)


# Verbs by which a protest happens, with no one doing it: "protests erupted in Tehran", "riots broke out in Paris".
_BREAKING_OUT = frozenset({"erupt", "break", "spread", "flare", "continue", "rage", "sweep", "grip", "rock",
                           "paralyse", "paralyze", "hit", "take", "resume", "intensify", "escalate", "begin", "start"})


def _people_of_place(noun: Token, trig: TriggerMatch) -> Token | None:
    """"Protests erupted in Tehran", "demonstrations broke out across Sri Lanka", "protests began in Tehran": a
    protest that names no one holding it is held by the people of its place, which stands for them."""
    verb = noun.head
    if trig.entry.event not in ADDRESSED_TO_AUTHORITIES or trig.governor != trig.head or noun.dep_ != "nsubj" or (
            verb.lemma_.lower() not in _BREAKING_OUT):
        return None
    return next(iter(places_affected(verb, [noun])), None)


def _possessive_pronoun(word: Token) -> bool:
    """"his", "its", "their" owning the event noun: a light verb's own subject names the same doer by name."""
    return word.pos_ == "PRON" and word.dep_ == "poss"


_TOPIC_PREPS = ("on", "over", "about", "regarding", "concerning")
# The topic prepositions that never name whom an act is done to ("on" does: "sanctions on Russia").
_ABOUT_PREPS = frozenset(_TOPIC_PREPS) - {"on"}


def _parties_before_topics(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``preps`` on ``word``; when a phrase other than a topic's names a party, what the act is
    about is left out: "lodged a protest with China over the incident", "expressed its concern to Algeria over the
    detention of a journalist" are done to China and Algeria (a topic alone may still name one: "protested over
    Israel's raid")."""
    named = prep_objects(word, tuple(p for p in preps if p not in _ABOUT_PREPS))
    return named if any(is_party(t) for t in named) else prep_objects(word, preps)


def _past_topic(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """"signed an agreement on border security with Iranian officials": the parser hangs the other side's phrase
    on the topic's noun; a party there is the event's."""
    # also what the noun is of: "China's threat of force against Taiwan", "an offer of talks with the rebels"
    return [t for topic in prep_objects(noun, (*_TOPIC_PREPS, "of")) for t in prep_objects(topic, preps)
            if is_party(t)]


def _host_of_talks(governor: Token, noun: Token, actor: Token) -> list[Token]:
    """"Iran's foreign minister held talks in Baghdad": talks one party holds abroad with no counterpart named are
    held with the host, the state of the place (not a plural's among themselves, nor at home: "Iraqi officials
    held talks in Baghdad")."""
    if actor.tag_ in ("NNS", "NNPS") or len(with_conjuncts(actor)) > 1 or actor.pos_ == "PRON":
        return []
    kb = default_kb()
    own = kb.country_of(span_text(mention_span(actor)))
    return [p for p in places_affected(governor, [noun]) if p.ent_type_ == "GPE" and p.dep_ == "pobj"
            and p.head.lower_ in ("in", "to") and host_state(p.text) not in (None, own)]


# Categories whose event noun's place stands for whom it is done to, as the place of a verb of these does:
# measures and visits (PLACE_TARGETS, but talks in Muscat host both sides), and force used in a place ("an
# offensive in X") when a verb carries it out (an event noun alone, "the attack in X", is left to its verb).
_NOUN_PLACE_TARGETS = PLACE_TARGETS - {"CONSULT"}
# Mobilisations: the forces an event noun names are moved by its verb towards whom the verb's phrases name.
_AIMED_MOVES = frozenset({"MOBILIZE"})


def _place_can_stand(trig: TriggerMatch) -> bool:
    category = trig.entry.event
    return category in _NOUN_PLACE_TARGETS or (category == "ASSAULT" and trig.governor != trig.head)


# Verbs that answer what another party put forward: whose proposal or offer it was is their counterpart.
_ANSWERING_VERBS = frozenset({"accept", "welcome", "approve", "endorse", "embrace", "back", "heed", "consider",
                              "study", "reject", "refuse", "spurn", "dismiss", "answer", "rebuff", "decline"})


def _answers(governor: Token, noun: Token) -> bool:
    """"accepted the proposal of the Arab League", "welcomed Egypt's offer": the noun is the verb's object."""
    return governor.i != noun.i and noun.dep_ == "dobj" and noun.head.i == governor.i and (
        governor.lemma_.lower() in _ANSWERING_VERBS)


def _governor_recipients(governor: Token, noun: Token, category: str, preps: tuple[str, ...],
                         own_preps: tuple[str, ...]) -> list[Token]:
    """Whom the verb that carries an event noun names: its party object, its prepositional objects (and the noun's
    own, which the parser may hang on the verb: "expressed concern to China about the drills"), else, for force,
    the parties of its purpose clause ("used tear gas to disperse the youths"; for a protest, one of saying something
    to a party: "went on strike in Lagos to demand higher pay from the state government")."""
    found = (_passive_receivers(governor, noun)
             or [t for t in verb_objects(governor) if t.i != noun.i and is_party(t)]
             or _parties_before_topics(governor, own_preps)
             or addressee(governor)  # "in talks with his Saudi counterpart, pledged cooperation"
             or told_to(governor)  # "told Putin that Ankara was ready to host talks"
             or visit_host(governor)  # "pledged $1 billion in aid during a visit to Kenya"
             or _guests(governor, noun, category))  # "hosted a meeting of rival Libyan factions"
    if found or (category not in FORCE_USED_ON and category not in ADDRESSED_TO_AUTHORITIES):
        return found
    return [t for x in children_of(governor) if x.dep_ in ("advcl", "xcomp") and non_finite(x)
            and (category in FORCE_USED_ON or _addressing(x))
            for t in verb_recipients(x, category, preps + INFINITIVE_PREPS) if is_party(t)]


# Categories of what is said to a party, whose purpose clause names whom a protest addresses ("to demand ... from the
# government", "to denounce the killing ... by Indian troops"); not "to mark the anniversary of ...", "to show
# support for ...", which name whom the protest is about or for.
_ADDRESSED_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "PROTEST"})


def _addressing(purpose: Token) -> bool:
    return any(e.event in _ADDRESSED_ACTS for e in load_lexicon().entries(purpose.lemma_.lower(), "VERB"))


# Verbs of hosting talks, whose guests the talks' own "of" phrase names: "hosted a meeting of Libyan factions".
_HOSTING = frozenset({"host", "convene", "organise", "organize", "arrange", "sponsor"})


def _guests(governor: Token, noun: Token, category: str) -> list[Token]:
    """Whom talks hosted by the verb's subject are held with: the parties of the talks' "of" phrase."""
    if category != "CONSULT" or governor.lemma_.lower() not in _HOSTING:
        return []
    return [t for t in prep_objects(noun, ("of",)) if is_party(t)]


def _kind_of_forces(word: Token, trig: TriggerMatch) -> bool:
    """"sent police reinforcements", "deployed army units": a common noun before a mobilisation noun its verb
    carries says which forces are moved, not who moves them."""
    return (trig.entry.event in _AIMED_MOVES and trig.governor != trig.head and word.dep_ == "compound"
            and word.pos_ == "NOUN" and word.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON"))


def _passive_receivers(governor: Token, noun: Token) -> list[Token]:
    """"The activist was given asylum by Lithuania", "Ukraine was granted a loan": the subject of a passive verb
    that keeps the event noun as its object (or as what its object measures) is whom the event goes to."""
    carried = noun.dep_ == "dobj" and noun.head.i == governor.i
    measured = noun.dep_ == "pobj" and governing_verb(noun).i == governor.i  # "was given $2 billion in aid"
    if not (carried or measured) or not is_passive(governor):
        return []
    return [s for s in children_of(governor) if s.dep_ == "nsubjpass" and is_party(s)]


def _forces_moved(noun: Token, trig: TriggerMatch) -> Token | None:
    """"The deployment of Russian troops in Belarus": the forces a mobilisation noun moves stand for their own
    side, named by nobody else."""
    if trig.entry.event not in _AIMED_MOVES:
        return None
    return next((t for t in prep_objects(noun, ("of",)) if moved_force(t, trig.entry.event)), None)


def _forces_withdrawn(noun: Token, trig: TriggerMatch) -> Token | None:
    """"The withdrawal of Turkish troops from the border zone": the forces a withdrawal noun pulls back are the side
    that withdraws, not one the withdrawal is done to (as the prisoners of "the release of prisoners" are)."""
    if trig.entry.event != "RETREAT" or trig.entry.mode != "withdraw":
        return None
    return next((t for t in prep_objects(noun, ("of",)) if moved_force(t, "MOBILIZE")), None)


# Verbs by which a state makes known an act of state of its own: "Saudi Arabia confirmed the arrest of a cleric".
_CONFIRMING = frozenset({"confirm", "acknowledge"})
_STATE_SPEAKERS = GOVERNMENT_NOUNS | {"police", "authorities", "army", "military", "prosecutor", "court"}


def _state_confirming(noun: Token, category: str) -> Token | None:
    """"Police confirmed the arrest of a cleric": a state, or its organ, confirming an act of state that names no
    doer is the one that did it (an act of force confirmed names no doer: "Hamas confirmed the killing of")."""
    if category not in STATE_ACTS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _CONFIRMING:
        return None
    subject = clause_subject(noun.head)
    if subject is None or not (subject.ent_type_ == "GPE" or subject.lemma_.lower() in _STATE_SPEAKERS):
        return None
    return subject


def _conducting_verb(noun: Token) -> Token | None:
    """The verb whose subject carries out the event noun it takes as its object ("approved the deployment")."""
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONDUCT_VERBS else None


def _doer_of_event_noun(noun: Token, category: str) -> Token | None:
    """"the United States speeded up the withdrawal", "X staged a strike in protest against ...": the subject
    of the verb that carries the event out, or whose act the event noun describes."""
    if _conducting_verb(noun) is not None:
        return clause_subject(noun.head)
    claim = claimed_by(noun)
    if claim is not None:  # "the Taliban claimed responsibility for the attack"
        return clause_subject(claim)
    host = _host_verb(noun, category)
    return clause_subject(host) if host is not None else None

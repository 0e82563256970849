"""Who did it and to whom, read off the dependency parse around a trigger.

Returns token heads and mention spans only; resolving a mention to an actor is ``mentions``'s job.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors import default_kb
from .datelines import in_dateline
from .lexicon import PROJECTILES, load_lexicon
from .triggers import TriggerMatch, claimed_by

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
# Prepositions that introduce the recipient, by category ("raid against X", "talks with X", "aid to X").
_RECIPIENT_PREPS = {
    "ASSAULT": ("against", "on", "at", "upon", "into", "targeting", "of"),
    "COERCE": ("against", "on", "of", "into", "from"),
    "THREATEN": ("against", "on", "with", "to"),
    "SANCTION": ("on", "against", "with", "of", "to", "from"),
    "ACCUSE": ("against", "of", "over", "about", "by", "at"),
    "PROTEST": ("against", "outside", "over"),
    "MOBILIZE": ("against", "around", "near", "along"),
    "CONSULT": ("with", "between", "from"),
    "AGREE": ("with", "between", "to", "for"),  # "pledged support for the government"
    "COOPERATE": ("with",),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to", "behind", "with"),
    "REQUEST": ("from", "of", "to", "on", "upon"),
    "REJECT": ("from", "by", "to"),
    "CONCEDE": ("to", "from"),
    "RETREAT": ("from", "to", "of"),
}
# Modifiers that belong to a mention: "Iraq's Counter Terrorism Service", "Kataib Hezbollah leader X".
_MENTION_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "npadvmod", "punct", "case"})
# Nouns that stand for a part of another actor: "14 members of X", "fighters of X", "leaders of X".
_GROUP_NOUNS = frozenset({
    "member", "fighter", "militant", "supporter", "leader", "commander", "official", "officer", "soldier",
    "troop", "force", "unit", "militiaman", "operative", "agent", "representative", "delegation", "envoy",
    "spokesman", "spokeswoman", "head", "chief", "wing", "branch", "faction", "affiliate", "ally", "proxy",
    "elements", "element", "cell", "loyalist", "activist", "minister", "ministry", "office", "army",
    "backer", "partisan", "follower", "sympathizer", "sympathiser",
})


# The means of force, one notion in two uses. Munitions: things fired, thrown or set off. As a clause's
# subject ("a car bomb exploded", "a rocket hit") a munition is no doer: the doer is whoever the noun names
# ("an Israeli missile"), else unnamed. A drone or a salvo may stand for who flies or fires it.
_MUNITIONS = (PROJECTILES | {"shot", "gas", "weapon"}) - {"drone", "strike", "airstrike", "salvo", "barrage"}
# As a direct object, any means of force is not the target: "fired rockets at the embassy", "opened fire on",
# "used force against", "sent troops to".
_INSTRUMENTS = _MUNITIONS | {"drone", "salvo", "volley", "fire", "force", "troop"}


@dataclass(frozen=True, slots=True)
class Arguments:
    # head token indices; an event's own verb stands for a party the text leaves unnamed (``mentions``)
    actors: tuple[int, ...]
    recipients: tuple[int, ...]
    passive: bool


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


# Participles that state how the subject stands, not what was done to it: "Israel is opposed to ...",
# "Vietnam is committed to ...". Without a "by" agent their subject is the actor.
_STATIVE = frozenset({"opposed", "committed", "prepared", "determined", "resolved", "poised", "disappointed",
                      "concerned", "dissatisfied", "pleased", "satisfied", "angered", "outraged", "alarmed",
                      "worried", "interested", "engaged", "involved", "dedicated", "devoted", "inclined", "entitled"})


# Participles of feeling whose "by" phrase is what moved the subject, not a doer: "was troubled by the arrests".
_MOVED = frozenset({"troubled", "disturbed", "dismayed", "appalled", "horrified", "shocked", "saddened", "incensed",
                    "infuriated", "perturbed", "angered", "outraged", "alarmed", "concerned", "worried",
                    "disappointed"})


def is_passive(verb: Token) -> bool:
    if verb.lower_ in _MOVED or (verb.lower_ in _STATIVE and _agent(verb) is None):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    if reduced_relative_rest(verb) is not None:
        return True  # "the journalists detained last week were released": the parser made "detained" a main verb
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True  # "the men detained during the raid": the tagger often reads the participle as a past tense
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in verb.children):
        return False  # a participle with a direct object is active, however it was tagged
    if _raised(verb):
        return True  # "were reported killed"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return _split_passive(verb, subject)
    # A bare participle is passive: a reduced relative ("the militiamen captured during ...").
    return verb.dep_ in ("acl", "ccomp", "advcl")


def reduced_relative_rest(participle: Token) -> Token | None:
    """"The journalists detained last week were released": a reduced relative the parser read as a clause of
    its own, with its noun as subject and the rest of the sentence ("were released") as the complement it
    governs or that governs it. Returns that rest, a verb with an auxiliary and no subject of its own."""
    if participle.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "cc") for c in participle.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i < participle.i for c in participle.children):
        return None
    rests = [c for c in participle.children if c.dep_ == "ccomp"]
    if participle.dep_ == "ccomp":
        rests.append(participle.head)
    return next((m for m in rests if _subjectless_rest(m, participle)), None)


def _subjectless_rest(verb: Token, participle: Token) -> bool:
    if verb.i < participle.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children):
        return False
    return verb.lemma_ == "be" or any(c.dep_ in ("aux", "auxpass") for c in children)


def _subject_of_reduced_relative(verb: Token) -> Token | None:
    """For the rest of a sentence whose subject the parser gave to a reduced relative ("were released"), the
    noun the relative modifies ("the journalists")."""
    candidates = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "ccomp":
        candidates.append(verb.head)
    participle = next((p for p in candidates if getattr(reduced_relative_rest(p), "i", None) == verb.i), None)
    if participle is None:
        return None
    return next((antecedent(c) for c in participle.children if c.dep_ == "nsubj"), None)


# Verbs whose "that" clause says what someone is to do, in the subjunctive: "suggested that both armies withdraw".
_MANDATIVE = frozenset({"suggest", "propose", "insist", "demand", "recommend", "urge", "ask", "request", "require",
                        "order", "advise", "stipulate", "move", "command", "decree", "direct", "prefer"})


def mandated_clause(clause: Token) -> bool:
    """Whether a "that" clause under "suggest", "insist", "demand" ... is a mandative subjunctive, saying what
    its subject is to do, not what it did: a bare verb ("that the army withdraw", "that the troops be
    withdrawn"), or a plural present the tagger cannot tell from it under a past verb ("suggested that both
    armies withdraw"). Tense and modal auxiliaries make it indicative ("insisted that the troops had left")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _MANDATIVE or clause.i < clause.head.i:
        return False
    children = list(clause.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return all(a.lower_ == "be" for a in auxiliaries)  # "that the troops be withdrawn"
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ in ("VBD", "VBN"))


def _split_passive(verb: Token, subject: Token) -> bool:
    """A participle with a subject of its own is a past tense the tagger misread ("the soldiers that the
    militia freed", "thousands protested"), unless a "by" agent or a "were" between them shows a passive
    the parser split ("the militiamen were then released by ...")."""
    if verb.dep_ == "relcl" or any(c.lower_ in _RELATIVE_PRONOUNS for c in verb.children if c.dep_ != "nsubj"):
        return False  # "the soldiers (that) the militia freed": the clause's subject is the doer
    between = verb.doc[subject.i + 1:verb.i] if subject.i < verb.i else []
    return _agent(verb) is not None or any(t.lemma_ == "be" for t in between)


def _patient(verb: Token) -> Token | None:
    """Who undergoes a passive event: its passive subject, the noun a reduced relative modifies, or the
    subject of the "were" the parser hung the participle on."""
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and not in_dateline(c)), None)
    if patient is None and verb.dep_ == "acl":
        patient = verb.head
    if patient is None and verb.dep_ == "advcl" and verb.head.lemma_ == "be":
        patient = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if patient is None:  # "the journalists detained last week were released"
        patient = _subject_of_reduced_relative(verb)
    if patient is None and _raised(verb):  # "four soldiers were reported killed"
        patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return antecedent(patient) if patient is not None else None


_QUANTIFIERS = frozenset({"all", "most", "some", "many", "several", "few", "none", "dozens", "hundreds", "thousands",
                          "scores", "half", "one", "two", "three", "four", "five", "each", "both", "group", "number",
                          "handful", "couple", "dozen", "hundred", "thousand", "majority", "minority", "rest"})


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("a militia that has carried out ..."),
    a quantifier for what it counts ("nearly all of the men")."""
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ in _QUANTIFIERS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None:
            return counted
    return token


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing shared-subject coordination and control ("vowed to retaliate")."""
    v = verb
    for _ in range(8):
        deps = _SUBJECTS + ("nsubjpass",) if v.lower_ in _STATIVE or v.lower_ in _MOVED else _SUBJECTS
        subj = next((c for c in v.children if c.dep_ in deps and not in_dateline(c)), None)
        if subj is not None and subj.lower_ in _FIRST_PERSON:
            return _speaker_of_quote(v) or subj  # '"We will not negotiate," the prime minister said'
        if subj is not None:
            return antecedent(subj)
        if (relative := _subject_of_reduced_relative(v)) is not None:  # "the men held last week have returned"
            return relative
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        elif v.dep_ == "xcomp" and _controller(v) is not None:
            return _controller(v)  # "urged the EU to act", "called on Israel to release", not "used gas to"
        elif v.dep_ == "xcomp" and v.head.lemma_.lower() in _RAISING and is_passive(v.head):
            subj = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
            return antecedent(subj) if subj is not None else None  # "Erdogan is expected to meet Putin"
        elif v.dep_ == "xcomp":
            v = v.head
        elif v.dep_ == "acomp":  # "Norway is willing to send": the adjective's subject is the copula's
            v = v.head
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            controller = _gerund_controller(v.head, v.head.head)
            if controller is not None:
                return controller
            v = v.head.head  # "retaliated by attacking the base": the doer of the verb
        elif v.dep_ == "advcl" and _non_finite(v) and _after_quote(v.head):
            v = v.head  # '"We will respond," the minister said, vowing ...': the speaker vows
        elif v.dep_ in ("advcl", "xcomp") and _non_finite(v) and _reported_clause(v.head) is not None:
            v = _reported_clause(v.head)  # "X struck the town, officials said, killing 5": X killed
            if is_passive(v):
                return _agent(v)
        elif v.dep_ == "advcl" and _non_finite(v) and v.head.lemma_.lower() in _REPORTING_VERBS and v.i < v.head.i:
            v = v.head  # "Criticizing the government, the cleric said ...": a fronted participle is the speaker's
        elif v.dep_ == "advcl" and _non_finite(v) and v.head.lemma_.lower() not in _REPORTING_VERBS:
            # "police opened fire to disperse ...", "..., killing 20": the doer of the main clause, not of a
            # time clause the parser hung the participle on ("struck as people waited, killing 39")
            host = _main_clause(v.head)
            if is_passive(host):
                return _agent(host)
            v = host
        elif v.dep_ in ("acl", "relcl") and _non_finite(v) and _is_event_noun(v.head):
            v = _governing_verb(v.head)  # "converged for a rally to protest ...": who holds the rally
        elif v.dep_ in ("acl", "relcl") and (v.tag_ != "VBN" or any(c.dep_ == "dobj" for c in v.children)):
            if (v.dep_ == "acl" or _non_finite(v)) and v.head.dep_ == "dobj" and not is_party(v.head):
                owner = _owner_of(v.head)  # "welcomed the decision of the military to hand over power"
                if owner is not None:
                    return owner
                v = v.head.head  # "X issued a statement demanding ...", "gave money to help ...": X does it
                continue
            return v.head
        else:
            return None
    return None


def _owner_of(noun: Token) -> Token | None:
    """Whose decision, plan or offer a noun is: its possessor, nationality or "of"/"by" party."""
    owner = _nominal_agent(noun)
    if owner is None:
        owner = next((t for t in _prep_objects(noun, ("of", "by")) if is_party(t)), None)
    return owner if owner is not None and owner.pos_ != "PRON" else None


_FIRST_PERSON = frozenset({"we", "i"})


def _speaker_of_quote(verb: Token) -> Token | None:
    """Who says the words a first person speaks in: the subject of the reporting verb the clause hangs on."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in _REPORTING_VERBS:
            speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            return antecedent(speaker) if speaker is not None and speaker.lower_ not in _FIRST_PERSON else None
    return None


# Passives whose subject is the subject of their infinitive: "is expected to meet", "was said to have fled".
_RAISING = frozenset({"expect", "say", "report", "believe", "schedule", "set", "slate", "think", "understand",
                      "rumour", "rumor", "suppose", "presume", "know", "see", "feel", "consider", "tip"})


# Verbs whose "to" object is asked to do what the infinitive says: "appealed to the rebels to free ...".
_APPEAL_VERBS = frozenset({"appeal", "plead", "petition", "write", "signal"})


def _controller(infinitive: Token) -> Token | None:
    """Who is to do what an infinitive under a verb says, when that verb names them as its object ("urged
    the EU to act") or after "on"/"to" ("called on Israel to release", "appealed to the UN to send")."""
    head = infinitive.head
    if infinitive.tag_ != "VB":
        return None
    for c in head.children:
        if c.i > infinitive.i:
            continue
        if c.dep_ == "dobj" and is_party(c):
            return antecedent(c)
        if c.dep_ == "prep" and (c.lower_ in ("on", "upon") or (c.lower_ == "to" and head.lemma_ in _APPEAL_VERBS)):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and is_party(pobj):
                return pobj
    return None


# Prepositions after which a gerund's doer is the verb's object: "accused Kyiv of shelling", "warned
# Washington against arming", "barred Iran from enriching", "thanked Qatar for mediating".
_OBJECT_CONTROL_PREPS = frozenset({"of", "against", "from", "for"})


def _gerund_controller(prep: Token, verb: Token) -> Token | None:
    """Who does what a gerund under ``verb`` says: the passive subject ("Kyiv was accused of shelling"), or
    the object after an object-control preposition; None when it is the verb's own subject."""
    if is_passive(verb):
        return next((antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"), None)
    if prep.lower_ not in _OBJECT_CONTROL_PREPS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and is_party(obj) else None


def _governing_verb(noun: Token) -> Token:
    head = noun.head
    return head.head if head.dep_ == "prep" else head


# A participle hung on "said" belongs to the reported clause, not to the speaker ("..., officials said, wounding").
_REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "confirm", "write",
                              "note", "declare", "insist", "explain", "quote"})


def _reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports, when it comes before it ("X struck Y, officials said, ..."): a
    participle hung on "said" belongs to what was said, and the speaker is its source, never its doer."""
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ in ("VERB", "AUX")), None)
    if clause is not None and _quoted(clause, verb):
        return None  # '"We will respond," the minister said, vowing ...': the speaker vows, not the quote's "we"
    return clause


def _after_quote(verb: Token) -> bool:
    """A reporting verb after the quotation it reports."""
    if verb.lemma_.lower() not in _REPORTING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and _quoted(c, verb) for c in verb.children)


_QUOTES = frozenset({'"', "”", "“", "''", "``", "’’"})


def _quoted(clause: Token, verb: Token) -> bool:
    return any(t.text in _QUOTES for t in verb.doc[clause.right_edge.i:verb.i])


def _main_clause(verb: Token) -> Token:
    """Out of marked adverbial clauses ("as thousands waited", "when police arrived") to the clause they modify."""
    while verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _non_finite(verb: Token) -> bool:
    """An infinitive or a participle without a subject of its own ("to disperse", "killing")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions, never a time ("arrested on Saturday" has no recipient "Saturday")."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:  # "to thousands of displaced people": them
            out.extend(antecedent(c) for c in child.children
                       if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME"))
        elif child.lower_ == "out" and "from" in preps:  # "pulled its forces out of Georgia": "out of" is "from"
            out.extend(_prep_objects(child, ("of",)))
    return out


# Bodies that carry out force or state acts, as the compound before an event noun ("police raid").
_ARMED_BODIES = frozenset({"government", "army", "military", "police", "rebel", "militia", "militant", "insurgent",
                           "regime", "coalition", "junta", "troop", "security", "navy", "opposition", "jihadist"})


def _nominal_agent(noun: Token) -> Token | None:
    """"Iraq's raid", "the U.S. assassination", "Israeli airstrikes", "attacks by X"."""
    by = _agent(noun)
    if by is not None:
        return by
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "Friday's strike"
            return child
        if child.dep_ in ("compound", "amod") and child.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
            return child
    # "coalition airstrikes", "a police raid", "government shelling": an armed or state body named before it
    armed = next((c for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in _ARMED_BODIES), None)
    if armed is not None and noun.lemma_.lower() not in _GROUP_NOUNS:  # not "security forces": a party itself
        return armed
    # "the U.S. drone strike", where the parser hangs "U.S." on "drone"
    return next((g for c in noun.children if c.dep_ == "compound" for g in c.children
                 if g.dep_ in ("compound", "amod") and g.ent_type_ in ("GPE", "NORP", "ORG")), None)


def _verbal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    verb = doc[trig.head]
    category = trig.entry.event
    preps = _RECIPIENT_PREPS.get(category, ())
    if is_passive(verb):
        patient = _patient(verb)
        if patient is not None and _is_munition(patient):
            patient = None  # "rockets were fired at the base": what was fired; at whom, the phrase says
        recipients = [patient] if patient is not None else _prep_objects(verb, preps)
        doers = _doer(_passive_agent(verb, category))
        if not doers and patient is not None and _moved_force(patient, category):
            # "Chinese troops were deployed in Tibet": the forces moved stand for their own side
            doers = [patient]
            recipients = ([t for t in _prep_objects(verb, preps) if is_party(t)] or _places_affected(verb, [])
                          or _nested_parties(verb, category=category))
        return _args(*_unnamed_parties(verb, category, doers, recipients), passive=True)
    doers = _doer(clause_subject(verb))
    args = _args(*_unnamed_parties(verb, category, doers, _recipients(verb, category, preps)), passive=False)
    return _among_themselves(verb, args) if category in _BETWEEN_PARTIES else args


def _among_themselves(verb: Token, args: Arguments) -> Arguments:
    """"Kenya and Uganda met", "the two ministers met in Vienna": a meeting whose plural subject names no one
    else is among the subject's own parties, the first with the others (a plural noun with itself)."""
    if args.recipients or not _meets_among_themselves(verb):
        return args
    sides = args.actors
    if len(sides) == 1:  # "the leaders of Sudan and Chad met": the parties the plural is of
        owners = _prep_objects(verb.doc[sides[0]], ("of",))
        named = [t.i for t in with_conjuncts(owners[0]) if _party(t)] if owners else []
        sides = tuple(named) if len(named) > 1 else sides
    if len(sides) > 1:
        return Arguments(actors=sides[:1], recipients=sides[1:], passive=args.passive)
    return Arguments(actors=sides, recipients=sides, passive=args.passive)


def _meets_among_themselves(verb: Token) -> bool:
    """A meeting verb with a plural or coordinated subject of its own and no object."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or len(with_conjuncts(subject)) > 1)


# Acts whose doer, when the text names none, is an unidentified armed group (ACLED's convention).
UNATTRIBUTED_ACTS = frozenset({"ASSAULT"})
# Acts whose target, when the text names none, is the government where they happen: a protest with no
# stated target addresses the authorities.
ADDRESSED_TO_AUTHORITIES = frozenset({"PROTEST"})


def _unnamed_parties(verb: Token, category: str, doers: list[Token],
                     recipients: list[Token]) -> tuple[list[Token], list[Token]]:
    """Parties the text leaves unnamed, each stood for by the event's own verb (``mentions`` resolves it
    by the event's category and place): the doer of an attack on someone ("five people were killed in an
    attack in Mosul"), unless the clause points back to an attack told before ("killed in the attack");
    the target of a protest by someone that names no party as its target ("thousands marched on Friday",
    "protested the new tax")."""
    if verb.pos_ != "VERB":
        return doers, recipients
    if doers and category in ADDRESSED_TO_AUTHORITIES and not any(is_party(t) for t in recipients):
        return doers, [verb]  # "marched on Friday", "vowed to protest the new tax": the authorities are addressed
    if _controlled(verb) and not _raised(verb):
        return doers, recipients  # "help in fighting poachers", "to attack": a doer the text implies
    if not doers and recipients and category in UNATTRIBUTED_ACTS and not _points_back(verb):
        return [verb], recipients
    if not doers and category in STATE_ACTS and verb.lemma_.lower() in _STATE_ACT_VERBS and is_passive(verb):
        # "police said dozens were detained": the organ that reports it; "a curfew was imposed on Kano": the
        # authorities of the place
        reporter = _state_organ_reporting(verb)
        return [reporter if reporter is not None else verb], recipients
    return doers, recipients


_STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def _state_organ_reporting(clause: Token) -> Token | None:
    """The subject of the reporting verb a clause hangs on ("police said ..."), when it is an organ of a state."""
    teller = clause.head if clause.dep_ == "ccomp" else next(
        (c for c in clause.children if c.dep_ in ("parataxis", "ccomp") and c.i > clause.i), None)
    if teller is None or teller.lemma_.lower() not in _REPORTING_VERBS:
        return None
    subject = next((c for c in teller.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    found = default_kb().resolve(mention_span(subject).text)
    return subject if found is not None and found.sector in _STATE_ORGAN_SECTORS else None


# Verbs whose doer is another clause's party ("help in fighting", "plans to attack"), never an unnamed one.
_CONTROLLED_DEPS = frozenset({"pcomp", "xcomp", "acomp", "csubj", "amod", "compound"})


def _controlled(verb: Token) -> bool:
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive or verb.dep_ in _CONTROLLED_DEPS


def _raised(verb: Token) -> bool:
    """"Five people were reported killed", "were said to have been killed": a passive of saying raises the
    victims of the attack to its subject; the attack's doer stays unnamed."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and is_passive(verb.head)


def stands_for_unnamed_party(token: Token) -> bool:
    """Whether a party token is an event's own verb, standing for a party the text does not name."""
    # not a noun the tagger took for a verb in a noun's place ("Kashmiri separatists accused ...")
    return token.pos_ == "VERB" and token.dep_ not in ("csubj", "nsubj", "nsubjpass", "dobj", "pobj", "appos")


def _points_back(verb: Token) -> bool:
    """"killed in the attack", "after the raid": a definite event noun the clause happened in or after."""
    return any(_is_event_noun(t) and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
               for t in _prep_objects(verb, ("in", "during", "after", "amid", "following")))


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


# Acts only a state's authorities perform: "a missionary was arrested in Lebanon" was arrested by Lebanon.
STATE_ACTS = frozenset({"COERCE"})
# Verbs of such acts whose passive, with no doer named, is done by the authorities of the place ("a curfew was
# imposed on Kano", "were detained on Monday"), and those of removal, done by the state they remove from.
_STATE_ACT_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "intern", "sentence", "execute", "hang",
                              "ban", "outlaw", "impose", "declare", "enforce", "deport", "expel", "evict", "exile",
                              "banish", "extradite", "confiscate", "censor", "raid", "search", "round"})
_SUMMONS = frozenset({"summon", "call"})
_REMOVAL_VERBS = frozenset({"deport", "expel", "evict", "exile", "banish", "extradite"})


def _passive_agent(verb: Token, category: str) -> Token | None:
    """The "by" agent ("at the hands of" too); else the agent of the event the verb happened in ("the men
    killed in Friday's U.S. drone strike") or of the clause that tells how ("were wounded when police fired
    ..."); else, for acts of state, the state where it happened ("arrested in Lebanon")."""
    agent = _agent(verb) or _at_the_hands_of(verb)
    if agent is None:
        agent = next((a for t in _prep_objects(verb, ("in", "during")) if _is_event_noun(t)
                      for a in [_nominal_agent(t)] if a is not None), None)
    if agent is None:
        agent = _doer_of_how_clause(verb)
    if agent is None and verb.lemma_.lower() in _REMOVAL_VERBS:  # "diplomats were expelled from Estonia"
        agent = next((t for t in _prep_objects(verb, ("from",)) if t.ent_type_ == "GPE"), None)
    if agent is None and verb.lemma_.lower() in _SUMMONS:  # "was summoned to the Turkish foreign ministry"
        agent = next((t for t in _prep_objects(verb, ("to",)) if t.lemma_.lower() in _SEATS and is_party(t)), None)
    if agent is None and category in STATE_ACTS:
        agent = next((t for t in _prep_objects(verb, ("in",)) if t.ent_type_ == "GPE"), None)
    return agent


def _at_the_hands_of(verb: Token) -> Token | None:
    hands = next((t for t in _prep_objects(verb, ("at",)) if t.lemma_.lower() == "hand"), None)
    return next(iter(_prep_objects(hands, ("of",))), None) if hands is not None else None


def _doer_of_how_clause(verb: Token) -> Token | None:
    """"Five people were injured when police fired at the crowd": the active clause telling how it happened."""
    for clause in verb.children:
        mark = next((c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")), None)
        if clause.dep_ == "advcl" and mark in ("when", "as") and not is_passive(clause):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return antecedent(subject)
    return None


def _doer(token: Token | None) -> list[Token]:
    """The actor token; for an event noun standing as the doer ("American airstrikes killed ...", "killed
    by an Israeli raid"), the agent the noun itself names, when it names one."""
    if token is None:
        return []
    if token.lemma_.lower() in _MESSAGES:  # "a statement by the Arab League condemned ...": who issued it
        speaker = _nominal_agent(token) or next(iter(_prep_objects(token, ("from",))), None)
        if speaker is not None:
            return [speaker]
    munition = _is_munition(token)
    if (token.pos_ == "NOUN" or _gerund_subject(token)) and (munition or _is_event_noun(token)):
        agent = _nominal_agent(token)
        if agent is not None:
            return [agent]
        if munition or _indefinite(token):
            return []  # "A bombing killed five", "the car bomb exploded": nobody named, not a weapon as the doer
    return [token]


# Messages that stand for whoever issued them, as a clause's subject.
_MESSAGES = frozenset({"statement", "communique", "communiqué", "letter", "message", "declaration", "report",
                       "announcement", "release", "note", "memo", "editorial"})


def _is_munition(token: Token) -> bool:
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in _MUNITIONS
    # "Rockets were fired": opening a sentence, the tagger often takes a plural noun for a name, unlemmatised
    # (not "the Houston Rockets", a name with more words)
    return (token.pos_ == "PROPN" and token.lower_.removesuffix("s") in _MUNITIONS
            and not any(c.dep_ == "compound" for c in token.children))


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _is_event_noun(token: Token) -> bool:
    word = token.lower_ if _gerund_subject(token) else token.lemma_.lower()
    return any(e.alone for e in load_lexicon().entries(word, "NOUN"))


def _gerund_subject(token: Token) -> bool:
    """"The army's shelling killed five": a gerund the tagger calls a verb, standing as a subject noun."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("dobj", "aux") for c in token.children)


def _objects(verb: Token) -> list[Token]:
    out = _object_taken_by_reporting_verb(verb) + _relative_gap(verb)
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "granted asylum to X", parsed as a dative "to"
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in _INSTRUMENTS:
            out.append(antecedent(c))  # "arrested dozens of supporters": whom the quantifier counts
        elif c.dep_ == "prt" and c.lower_ == "up":  # "kidnapped up to 16 advisers", parsed as "up" + "to"
            out.extend(_prep_objects(c, ("to",)))
    return out


def _relative_gap(verb: Token) -> list[Token]:
    """"the soldiers the militia freed": a relative clause with a subject of its own and no object has the
    noun it modifies as its object."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        return []
    if any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "why") for c in verb.children):
        return []  # "the town where rebels attacked": the noun is no object
    return [verb.head] if verb.head.pos_ in ("NOUN", "PROPN") else []


def _object_taken_by_reporting_verb(verb: Token) -> list[Token]:
    """"A strike killed Gen. X and Y, officials said": the parser often makes the object the subject of
    "said". A noun phrase that starts right after the verb and is the reporting verb's subject is its object."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
    return [subject] if subject is not None and subject.left_edge.i == verb.i + 1 else []


def _recipients(verb: Token, category: str, preps: tuple[str, ...]) -> list[Token]:
    """Who the event is done to, by evidence: a party as object or prepositional object ("gave Tanzania a
    grant", "granted asylum to X"), a party inside the object ("denounced Serbia's suppression of ...",
    "demanded the withdrawal of Serbian forces"), the subject of a demanded clause ("demanded that the US
    ..."), the parties of the infinitive ("agreed to provide aid for Romania"); else the plain object."""
    every = [o for o in _objects(verb) if not _moved_force(o, category)  # "deployed troops along the border"
             and o.lower_ not in _REFLEXIVES  # "blew himself up"
             and not _is_munition(o)]  # "rockets were fired at the base": what was fired, not at whom
    objects = [o for o in every if not _own(o, verb)]  # "recalled its ambassador from Canada"
    found = [t for t in objects if is_party(t) or counted_people(t)]  # "killed five in Karachi": five people
    found += [_name_behind(t) for t in _prep_objects(verb, preps) if is_party(t) and not (found and _destination(t))]
    if not found:
        found = [t for o in every for t in _inner_parties(o, preps)]
    if not found and category in _CLAUSE_TARGETS:
        found = [t for t in _clause_subjects(verb) if is_party(t) and not _same_as_subject(t, verb)
                 and not (category in _OWN_ACTS and _same_side(t, verb))]
    if not found:  # "threatened to attack X"; "warned that it would strike X"
        found = [t for x in verb.children if x.dep_ == "xcomp" or (x.dep_ == "ccomp" and category in _OWN_ACTS)
                 for t in _recipients(x, category, preps + _TO) if is_party(t)]
    if not found and category in _CONDITIONAL_TARGETS:  # "threatened to resume attacks if Israel did not stop"
        found = [t for t in _condition_subjects(verb) if is_party(t) and not _same_as_subject(t, verb)]
    if not found and category in _PURPOSE_TARGETS:  # also "donated money to help X", said of the money
        clauses = [*verb.children, *(c for o in every for c in o.children if c.dep_ in ("acl", "relcl"))]
        found = [t for x in clauses if x.dep_ in ("advcl", "xcomp", "acl", "relcl") and _non_finite(x)
                 for t in _recipients(x, category, preps + _TO) if is_party(t)]
    if not found and category in _PLACE_TARGETS and category not in ADDRESSED_TO_AUTHORITIES and not (
            category in _BETWEEN_PARTIES and _meets_among_themselves(verb)):  # "met in Geneva": the venue
        found = _places_affected(verb, objects)  # "protested in Nairobi" addresses Kenya's authorities instead
    if not found and category not in _BETWEEN_PARTIES:
        # not where a protest was ("marched through Dhaka"): whom it addresses is the authorities there
        found = _nested_parties(verb, skip_places=category in ADDRESSED_TO_AUTHORITIES, category=category)
    # the doer's own as the last resort: "urged Serbia to withdraw its police" (from nowhere named)
    return found or every or _prep_objects(verb, preps)


_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "district", "region", "capital", "port",
                          "enclave", "governorate", "state", "county", "area"})


def _name_behind(token: Token) -> Token:
    """"withdrew from the West Bank town of Jenin": the name behind a place noun."""
    if token.lemma_.lower() not in _PLACE_NOUNS:
        return token
    name = next(iter(_prep_objects(token, ("of",))), None)
    return name if name is not None and name.pos_ == "PROPN" else token


def _destination(token: Token) -> bool:
    """"invited Putin to Beijing": after a party as the object, a place behind "to" is where, not whom."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.ent_type_ in ("GPE", "LOC", "FAC")


# A doer's reflexive is no target: "blew himself up in Jerusalem".
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "oneself"})
# What a mobilisation moves is its means, not its target: "deployed troops along the Turkish border" is aimed at
# Turkey, "massed tanks near the Iraqi border" at Iraq.
_MOBILIZING = frozenset({"MOBILIZE"})
_FORCES = frozenset({"troop", "soldier", "force", "tank", "reinforcement", "unit", "battalion", "brigade",
                     "division", "regiment", "warship", "ship", "jet", "aircraft", "plane", "fighter", "missile",
                     "artillery", "armour", "armor", "vehicle", "police", "policeman", "personnel", "marine",
                     "paratrooper", "commando", "militiaman", "army", "navy", "gunboat", "submarine", "carrier"})


def _moved_force(token: Token, category: str) -> bool:
    return category in _MOBILIZING and token.lemma_.lower() in _FORCES


# Categories whose place or nested name tells where both sides met, not whom: "talks in Muscat".
_BETWEEN_PARTIES = frozenset({"CONSULT", "COOPERATE"})
# Links followed down from a verb to the parties its complements name (not into subjects or other clauses).
_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "attr", "oprd", "pobj", "pcomp", "acl", "compound", "amod",
                              "poss", "conj", "appos", "nmod"})


def _nested_parties(verb: Token, *, depth: int = 8, skip_places: bool = False, category: str = "") -> list[Token]:
    """The parties named deepest-last inside the verb's complements: "called for an end to the fighting in
    Yemen", "condemned the violence against Rohingya in Myanmar". The nearest level that names any wins.
    ``skip_places`` leaves out the verb's own place phrases ("in Nairobi", "through Dhaka"); the forces a
    mobilisation moves are looked through, not taken ("massed troops on the Iraqi border": Iraq)."""
    # not a fronted setting ("In Moscow, the envoy urged ...")
    level = [c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.dep_ not in ("compound", "amod")
             and c.i > verb.i and not (skip_places and _place_phrase(c))]
    level = [g for c in level for g in ([c] if c.dep_ != "dobj" or not _moved_force(antecedent(c), category) else
                                        [x for x in c.children if x.dep_ in ("prep", "acl") and x.lower_ != "of"])]
    for _ in range(depth):
        found = [t for t in level if t.pos_ != "PRON" and t.is_alpha and not in_dateline(t) and is_party(t)
                 and not _own(t, verb)]
        if found:
            return found
        level = [c for t in level for c in t.children if c.dep_ in _COMPLEMENT_DEPS and not _name_part(c)
                 and (c.dep_ != "amod" or c.ent_type_ in _PARTY_ENTS)]  # "military action" is no party's
    return []


_PLACE_PHRASE_PREPS = frozenset({"in", "at", "near", "into"})
_ROUTE_PREPS = frozenset({"across", "throughout", "through", "around"})  # only ever take places


# Buildings that stand for whoever they house: storming an embassy targets its state, not a place.
_SEATS = frozenset({"embassy", "consulate", "mission", "parliament", "ministry", "headquarters", "palace",
                    "legislature", "court", "office", "residence"})


def _place_phrase(prep: Token) -> bool:
    """"in Nairobi", "through the streets of Dhaka": a prepositional phrase telling where, by a named place
    (not "into the compound of the U.S. Embassy", the seat of a party)."""
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PHRASE_PREPS | _ROUTE_PREPS:
        return False
    if any(t.lemma_.lower() in _SEATS for t in prep.subtree):
        return False
    kinds = ("GPE", "LOC", "FAC") if prep.lower_ in _PLACE_PHRASE_PREPS else ("GPE", "LOC", "FAC", "ORG")
    return any(t.ent_type_ in kinds or (t.pos_ == "PROPN" and prep.lower_ in _ROUTE_PREPS)
               for c in prep.children if c.dep_ == "pobj" for t in c.subtree)


def _name_part(token: Token) -> bool:
    """A word inside a longer name or a facility's name ("Ain al-Asad air base"), not a party of its own."""
    if token.ent_type_ in ("FAC", "LOC"):
        return True
    return token.dep_ in ("compound", "amod", "nmod") and token.ent_type_ != "" and token.head.ent_type_ == token.ent_type_


def _places_affected(verb: Token, objects: list[Token]) -> list[Token]:
    """"lifted a curfew in Montenegro", "arrived in Amman": with no party named, the place a measure or a
    visit is about stands for its people and government."""
    candidates = _prep_objects(verb, _PLACE_PREPS) + [t for o in objects for t in _prep_objects(o, _PLACE_PREPS)]
    # "in the town of Cizre": the name behind a place noun
    candidates = [t if t.ent_type_ == "GPE" else next(iter(_prep_objects(t, ("of",))), t) for t in candidates]
    return [t for t in candidates if (t.ent_type_ == "GPE" or _names_state(t) or _gazetteer_place(t))
            and not in_dateline(t)]


_PLACE_TOKENS_KEY = "khabar.arguments.place_tokens"


def _gazetteer_place(token: Token) -> bool:
    """A proper name the geo step found in its gazetteer ("withdrew from the town of Jenin", where the tagger
    gives the name no place type)."""
    doc = token.doc
    if token.pos_ != "PROPN" or not Doc.has_extension("places"):
        return False
    places = doc._.places or ()
    cached = doc.user_data.get(_PLACE_TOKENS_KEY)
    if cached is None or cached[0] is not places:  # once per document, again only if the list is replaced
        cached = (places, frozenset(i for m in places if not m.dateline and m.place.country
                                    for i in range(m.start, m.end)))
        doc.user_data[_PLACE_TOKENS_KEY] = cached
    return token.i in cached[1]


def _names_state(token: Token) -> bool:
    """A state's name the tagger took for something else ("send troops to Mali", Mali as a person)."""
    if token.pos_ != "PROPN":
        return False
    actor = default_kb().resolve(mention_span(token).text)
    return actor is not None and actor.id is not None and actor.id == actor.country


_TO = ("to", "for", "against", "on", "with")
# Categories whose clause tells what the speaker itself will do, to whom: "warned that it would strike X".
_OWN_ACTS = frozenset({"THREATEN"})
# Categories whose events are imposed on, withdrawn from or paid to a place: curfews, evacuations, visits.
_PLACE_TARGETS = frozenset({"COERCE", "RETREAT", "CONCEDE", "CONSULT", "MOBILIZE", "AID", "THREATEN", "SANCTION",
                            "PROTEST"})
# Categories whose purpose clause names the target: "blocked roads to demand reforms from the government".
_PURPOSE_TARGETS = frozenset({"PROTEST", "MOBILIZE", "THREATEN", "AID"})  # "donated $10m to help flood victims"
_PLACE_PREPS = ("in", "to", "into", "from")
# Categories whose verb takes a clause about what its target must do or did ("demanded that X ...").
_CLAUSE_TARGETS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"})
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_WHERE_NOUNS = frozenset({"side", "border", "frontier", "outskirts", "outskirt", "edge", "area", "part", "region",
                          "front", "line", "territory", "soil", "coast", "north", "south", "east", "west", "centre",
                          "center", "heart", "vicinity"})


def is_party(token: Token) -> bool:
    """Whether a noun can stand for a party: a name, a pronoun, or a phrase the knowledge base resolves."""
    if token.lemma_.lower() in _WHERE_NOUNS:
        return False  # "on the Iraqi side of the border" is where, not whom
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _PARTY_ENTS:
        return token.ent_type_ not in _NOT_PARTIES
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in _PARTY_ENTS for c in token.children):
        return True
    kb = default_kb()
    if kb.resolve(token.lemma_) is not None:
        return True
    if token.lemma_.lower() not in _GROUP_NOUNS:
        return False  # "Kenya's decision", "military action" name things of a party's, not a party
    span = mention_span(token)  # "opposition supporters", "regime loyalists": the phrase names the party
    found = kb.resolve(span.text) if len(span) > 1 else None
    return found is not None and found.sector is not None


def _inner_parties(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """Parties named inside an object that is itself no party: its possessor or nationality ("Serbia's
    suppression", "an Australian ultimatum"), its "of"/"from"/"by" object ("calls by Belarus's rulers"),
    the subject of its clause ("its demand that Israel ease ...")."""
    inner = [c for c in noun.children if (c.dep_ == "poss" and c.pos_ != "PRON")
             or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))]
    inner += _prep_objects(noun, ("of", "from", "by", "on", "against", *preps))  # "lift the ban on X"
    inner += _clause_subjects(noun)
    # "the deal offered by the government", "the plan proposed by Egypt": who made it
    inner += [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in [_agent(c)] if a is not None]
    return [t for t in inner if is_party(t)]


def _same_as_subject(pronoun: Token, verb: Token) -> bool:
    """"The rebels warned that they would ...", "Iran said it would ...": a pronoun in the clause that agrees
    with the verb's own subject stands for the speaker, who is no target of what it says."""
    if pronoun.pos_ != "PRON":
        return False
    subject = clause_subject(verb)
    if subject is None:
        return False
    plural = subject.tag_ in ("NNS", "NNPS")
    lower = _PERSONAL.get(pronoun.lower_, pronoun.lower_)
    if lower in ("they", "them"):
        return plural or subject.ent_type_ in ("ORG", "NORP")
    if lower == "it":
        return not plural and subject.ent_type_ != "PERSON"
    return lower in ("he", "she", "we", "i") and not plural


# Categories whose condition or occasion names the target: a threat is made against whoever must comply
# ("if Israel does not stop"), or whoever provoked it ("threatened retaliation after Finland joined NATO").
_CONDITIONAL_TARGETS = frozenset({"THREATEN"})
_CONDITIONS = frozenset({"if", "unless", "after", "because", "since", "should"})


def _condition_subjects(verb: Token) -> list[Token]:
    """Subjects of the "if"/"after" clauses under a verb or its infinitive ("threatened to strike if Israel ...")."""
    clauses = [c for v in (verb, *(x for x in verb.children if x.dep_ == "xcomp")) for c in v.children
               if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)]
    return [antecedent(s) for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _same_side(token: Token, verb: Token) -> bool:
    """"Kim warned that North Korea would strike": a clause subject of the speaker's own country is the
    speaker's side, not the target of the warning."""
    subject = clause_subject(verb)
    if subject is None or token.pos_ == "PRON":
        return False
    kb = default_kb()
    own, named = kb.resolve(mention_span(subject).text), kb.resolve(mention_span(token).text)
    return own is not None and named is not None and own.country is not None and own.country == named.country


def _own(noun: Token, verb: Token) -> bool:
    """"recalled its ambassador", "put their forces on alert": what the doer sends, moves or recalls of its own
    is no recipient."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ in _OWN_PRONOUNS and _same_as_subject(owner, verb)


_PERSONAL = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}  # possessive -> personal
_OWN_PRONOUNS = frozenset(_PERSONAL)


def _clause_subjects(word: Token) -> list[Token]:
    """Subjects (passive agents first) of the "that" clauses a verb or noun governs ("demanded that X ...", "a demand
    that X ...").
    When the parser took the clause's verb for a noun ("that the Taliban hand over", "hand" a noun with
    "Taliban" its compound), the name before it is the subject."""
    out = []
    for clause in (c for c in word.children if c.dep_ in ("ccomp", "acl")):
        # the doer of a passive is its agent: "claimed the soldiers were wounded by Fatah fighters" names Fatah
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        subjects = agents or [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and clause.pos_ == "NOUN" and any(m.dep_ == "mark" for m in clause.children):
            subjects = [s for s in clause.lefts if s.dep_ == "compound" and s.pos_ == "PROPN"][:1]
        out.extend(subjects)
    return out


def _host_verb(noun: Token) -> Token | None:
    """The active verb whose act an "in"/"during" event noun names: "staged a strike in protest against ...",
    "engaged the peacekeepers in a firefight". Not a passive: "was wounded in a firefight" says nothing of who."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return None if is_passive(prep.head) or _undergoes(prep.head) else prep.head


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


def _victims_of(noun: Token) -> list[Token]:
    """"Three soldiers died in an ambush": the subject of a verb of dying is the event noun's target."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or not _undergoes(prep.head):
        return []
    return [s for s in prep.head.children if s.dep_ == "nsubj"]


# Verbs whose subject carries out the event noun they govern ("launched an offensive", "completed the withdrawal").
_CONDUCT_VERBS = frozenset({
    "begin", "start", "launch", "mount", "stage", "conduct", "carry", "continue", "resume", "complete", "finish",
    "escalate", "intensify", "step", "speed", "accelerate", "order", "announce", "claim", "hold", "wage", "plan",
    "prepare", "undertake", "organize", "organise", "lead", "spearhead", "initiate", "perform", "execute", "commit",
    "perpetrate", "unleash", "pursue", "expand", "extend", "maintain", "impose", "declare",
    "threaten", "vow", "pledge", "promise", "offer", "propose", "make", "deliver", "send", "provide"})


# Prepositions only an event noun takes for its recipient: "a visit to Pakistan" (the verb "flew to Amman to
# confer with the king" names its host by the infinitive instead).
_NOUN_RECIPIENT_PREPS = {"CONSULT": ("to",)}


def _nominal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    noun = doc[trig.head]
    preps = _RECIPIENT_PREPS.get(trig.entry.event, ())
    recipients = _prep_objects(noun, preps + _NOUN_RECIPIENT_PREPS.get(trig.entry.event, ()))
    actor = _nominal_agent(noun)
    if _answers(doc[trig.governor], noun):  # "Jordan accepted Egypt's proposal": Egypt proposed, to Jordan
        owner = _owner_of(noun)
        recipients = recipients or ([owner] if owner is not None else [])
        actor = None
    if trig.governor != trig.head:  # "gave Tanzania a grant", "sent its condolences to the families"
        governor = doc[trig.governor]
        if actor is None:
            actor = _passive_agent(governor, trig.entry.event) if is_passive(governor) else clause_subject(governor)
        recipients = recipients or _governor_recipients(governor, noun, trig.entry.event, preps)
    elif actor is None:
        actor = _doer_of_event_noun(noun) or _who_met(noun, trig.entry.event)
        recipients = recipients or _victims_of(noun)
        host = _host_verb(noun)
        if host is not None and not recipients:  # "engaged Filipino peacekeepers in a firefight"
            recipients = [t for t in _objects(host) if is_party(t)]
    if not recipients:  # "pledged support for the Iraqi government", "a loan for Kenya"
        recipients = [t for t in _prep_objects(noun, ("for",)) if is_party(t)]
    if not recipients and trig.entry.event in _PLACE_TARGETS - {"CONSULT"}:  # "talks in Muscat" host both sides
        recipients = _places_affected(doc[trig.governor], [noun])  # "imposed a curfew in the town of Cizre"
    # "voiced support for the plan drawn up by Norway": a thing stands for the party it names
    recipients = [p for t in recipients for p in ([t] if is_party(t) else _inner_parties(t, preps) or [t])]
    actors = [actor] if actor is not None else []
    if trig.governor != trig.head:  # "went on strike": the light verb stands for the event
        actors, recipients = _unnamed_parties(doc[trig.governor], trig.entry.event, actors, recipients)
    return _args(actors, recipients, passive=False)


# Verbs that answer what another party put forward: whose proposal or offer it was is their counterpart.
_ANSWERING_VERBS = frozenset({"accept", "welcome", "approve", "endorse", "embrace", "back", "heed", "consider",
                              "study", "reject", "refuse", "spurn", "dismiss", "answer", "rebuff", "decline"})


def _answers(governor: Token, noun: Token) -> bool:
    """"accepted the proposal of the Arab League", "welcomed Egypt's offer": the noun is the verb's object."""
    return governor.i != noun.i and noun.dep_ == "dobj" and noun.head.i == governor.i and (
        governor.lemma_.lower() in _ANSWERING_VERBS)


def _governor_recipients(governor: Token, noun: Token, category: str, preps: tuple[str, ...]) -> list[Token]:
    """Whom the verb that carries an event noun names: its party object, its prepositional objects, else, for
    force, the parties of its purpose clause ("used tear gas to disperse the youths")."""
    found = [t for t in _objects(governor) if t.i != noun.i and is_party(t)] or _prep_objects(governor, preps)
    if found or category not in _FORCE_USED_ON:
        return found
    return [t for x in governor.children if x.dep_ in ("advcl", "xcomp") and _non_finite(x)
            for t in _recipients(x, category, preps + _TO) if is_party(t)]


# Categories whose means ("tear gas", "live rounds") are used on whom the purpose clause names.
_FORCE_USED_ON = frozenset({"ASSAULT", "COERCE"})


def _doer_of_event_noun(noun: Token) -> Token | None:
    """"the United States speeded up the withdrawal", "X staged a strike in protest against ...": the subject
    of the verb that carries the event out, or whose act the event noun describes."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONDUCT_VERBS:
        return clause_subject(noun.head)
    claim = claimed_by(noun)
    if claim is not None:  # "the Taliban claimed responsibility for the attack"
        return clause_subject(claim)
    host = _host_verb(noun)
    return clause_subject(host) if host is not None else None


_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _party(token: Token) -> bool:
    return (token.ent_type_ not in _NOT_PARTIES or counted_people(token)) and not in_dateline(token)


def counted_people(token: Token) -> bool:
    """"killing 10", "wounded at least 12", "arrested 30": a bare number as the object of an act of force
    counts the people it struck."""
    if not token.like_num or token.dep_ not in ("dobj", "nsubjpass") or token.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" for c in token.children):
        return False  # "five of them", "two of the soldiers": what is counted names them
    return any(e.event in _FORCE_USED_ON for e in load_lexicon().entries(token.head.lemma_.lower(), "VERB"))


def _args(actors: list[Token], recipients: list[Token], *, passive: bool) -> Arguments:
    def expand(tokens: list[Token]) -> tuple[int, ...]:
        seen: list[int] = []
        for tok in tokens:
            for t in with_conjuncts(tok):
                if t.i not in seen and _party(t):
                    seen.append(t.i)
        return tuple(seen)
    recipients = [m for t in recipients for m in (listed_members(t) or [_party_of(t)])]
    return Arguments(actors=expand(actors), recipients=expand(recipients), passive=passive)


def listed_members(token: Token) -> list[Token]:
    """"the men killed in the strike, among them X and Y", "five people, including two policemen": the
    parties a plural mention is said to include, when the knowledge base can tell who they are."""
    if token.pos_ not in ("NOUN", "PRON") or not (token.tag_ == "NNS" or token.lower_ in ("those", "them")):
        return []
    marker = _list_marker(token)
    return [m for m in _listed(marker) if _identifiable(m)] if marker is not None else []


def _list_marker(token: Token) -> Token | None:
    """The "including" or "among them" that opens a list of the mention's members: its own child, or the
    next one in the sentence after a comma, with no other plural noun between ("people killed in the strike
    at the airport, among them ...")."""
    own = next((c for c in token.children if c.dep_ == "prep" and _opens_list(c)), None)
    if own is not None:
        return own
    doc = token.doc
    for t in doc[token.i + 1:token.sent.end - 1]:
        if t.tag_ in ("NNS", "NNPS"):
            return None
        if doc[t.i - 1].text == "," and _opens_list(t):
            return t
    return None


def _opens_list(word: Token) -> bool:
    following = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    return word.lower_ == "including" or (word.lower_ == "among" and following in ("them", "those", "whom"))


def _listed(marker: Token) -> list[Token]:
    named = [o for o in marker.children if o.dep_ == "pobj" and o.pos_ != "PRON"]
    if named:  # "including X and Y"; "among them X" parsed as a second object of "among"
        return [m for o in named for m in with_conjuncts(o)]
    head = marker.head  # the parser hangs "among them" on the first member, or on the "were" of "among whom were"
    if head.pos_ in ("VERB", "AUX") and head.i > marker.i:
        head = next((c for c in head.children if c.dep_ in ("nsubj", "attr") and c.i > marker.i), head)
    return with_conjuncts(head) if head.i > marker.i + 1 and head.pos_ in ("NOUN", "PROPN") else []


def _identifiable(member: Token) -> bool:
    """A member worth naming instead of the plural: an actor the knowledge base knows other than a state
    (a list of states or towns tells where, not whom), or a group's part ("commanders of the militia")."""
    if group_owner(member) is not None:
        return True
    actor = default_kb().resolve(mention_span(member).text)
    return actor is not None and actor.id is not None and actor.id != actor.country


def _party_of(token: Token) -> Token:
    """"rejected an Australian ultimatum", "condemned Israel's raid": an event noun as the target stands for
    whoever it belongs to, when it names them."""
    if token.pos_ != "NOUN" or _category_of(token) is None or default_kb().sector_of(token.lemma_) is not None:
        return token  # "attacked U.N. peacekeepers": people, though sending them is an event
    agent = _nominal_agent(token)
    if agent is None and _category_of(token) in _SPOKEN:  # "conceded to demands from UNITA"
        agent = next((t for t in _prep_objects(token, ("from",)) if is_party(t)), None)
    return agent or token


# Event nouns whose "from" names who speaks: "demands from X", "an offer from X", "an appeal from X".
_SPOKEN = frozenset({"REQUEST", "AGREE", "THREATEN", "CONSULT", "ACCUSE", "REJECT", "SUPPORT"})


def _category_of(noun: Token) -> str | None:
    entries = load_lexicon().entries(noun.lemma_.lower(), "NOUN")
    # the plain sense, not one that needs a modifier ("cyber attack" is COERCE, "attack" ASSAULT)
    plain = next((e for e in entries if not e.required), entries[0] if entries else None)
    return plain.event if plain else None


def find_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    args = _nominal_arguments(doc, trig) if trig.nominal else _verbal_arguments(doc, trig)
    return args if args.actors and not _both_sides(doc, args.actors) else _between(doc, trig, args)


# "The two sides agreed ... in talks between X and Y": a pair named only by a common noun is the pair named
# after "between".
_SIDE_NOUNS = frozenset({"side", "country", "nation", "party", "government", "state", "neighbour", "neighbor",
                         "delegation", "leader", "rival", "foe", "enemy", "adversary"})


def _both_sides(doc: Doc, actors: tuple[int, ...]) -> bool:
    return len(actors) == 1 and doc[actors[0]].lemma_.lower() in _SIDE_NOUNS and any(
        c.lower_ in ("two", "both") for c in doc[actors[0]].children)


def _between(doc: Doc, trig: TriggerMatch, args: Arguments) -> Arguments:
    """"talks between Ethiopia and Egypt", "an accord was signed between X and Y": with no one else named as
    the doer, the first side is the actor and the others its counterparts."""
    prep = _between_phrase([doc[trig.head], doc[trig.governor]])
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    sides = [t.i for t in with_conjuncts(pobj) if _party(t)] if pobj is not None else []
    if len(sides) < 2 and args.actors and _both_sides(doc, args.actors):
        sides = _pair_named_before(doc[args.actors[0]])  # "India and Pakistan ... The two countries signed"
    if len(sides) < 2:
        return args
    standing = set(args.actors) | {sides[0]}  # "the two sides" itself is no counterpart of theirs
    others = tuple(dict.fromkeys([*sides[1:], *(i for i in args.recipients if i not in standing
                                                and is_party(doc[i]))]))  # not "agreed to a truce"
    return Arguments(actors=(sides[0],), recipients=others, passive=args.passive)


# How far back "the two sides" may point to the pair the text named: a few sentences.
_PAIR_LOOKBACK = 120


def _pair_named_before(pair: Token) -> list[int]:
    """The nearest parties named together before "the two sides" ("India and Pakistan held talks ... The two
    countries"): a name and its coordinated names, each a party."""
    doc = pair.doc
    for t in reversed(doc[max(0, pair.i - _PAIR_LOOKBACK):pair.i]):
        if t.dep_ != "conj" or t.head.i >= t.i or not _named_party(t) or not _named_party(t.head):
            continue
        sides = [s.i for s in with_conjuncts(t.head) if _named_party(s)]
        if len(sides) >= 2:
            return sides
    return []


def _named_party(token: Token) -> bool:
    return (token.pos_ == "PROPN" or token.ent_type_ in _PARTY_ENTS) and _party(token) and is_party(token)


def _between_phrase(words: list[Token]) -> Token | None:
    """The "between" phrase of the event, or of the meeting it happened at, a few objects down ("agreed on a
    ceasefire during talks between X and Y")."""
    for _ in range(4):
        prep = next((c for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if prep is not None:
            return prep
        words = [g for w in words for c in w.children if c.dep_ in ("prep", "dobj") for g in (c, *c.children)
                 if g.dep_ in ("pobj", "dobj")]
    return None


def group_owner(head: Token) -> Token | None:
    """For "14 members of Kataib Hezbollah", the actor the members belong to."""
    if head.lemma_.lower() not in _GROUP_NOUNS:
        return None
    owners = _prep_objects(head, ("of", "from"))
    return owners[0] if owners else None


def mention_span(head: Token) -> Span:
    """The words that name the argument: the head and its nominal modifiers, without relative clauses."""
    doc = head.doc
    left = head.i
    for child in head.lefts:
        if child.dep_ in _MENTION_DEPS:
            left = min(left, child.left_edge.i)
    while left < head.i and doc[left].dep_ in ("det", "punct", "nummod", "quantmod", "cc") :
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "case") or (child.dep_ == "punct" and child.text == "-"):
            right = max(right, child.right_edge.i)
        elif _name_continues(head, child):
            right = max(right, _name_end(child))
        else:
            break
    return doc[left:right + 1]


def _name_continues(head: Token, prep: Token) -> bool:
    """"Democratic People's Republic of Korea", "Movement for the Actualization of ...": a capitalised name
    that goes on through "of"/"for" into another capitalised word."""
    if head.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN":
        return False
    return all(t.lower_ == "the" or t.text[:1].isupper() for t in head.doc[prep.i + 1:pobj.i])


def _name_end(prep: Token) -> int:
    """The last token of a prepositional phrase's object, without its own clauses or appositions."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return prep.i
    return max([pobj.i] + [c.right_edge.i for c in pobj.rights if c.dep_ in ("compound", "flat")]
               + [_name_end(c) for c in pobj.rights if _name_continues(pobj, c)])

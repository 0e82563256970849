"""Whose clause it is: the subject of a verb, climbing coordination, control, participles and reported
speech (``clause_subject``), with the quotation and reporting-verb reading it needs.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..datelines import in_dateline
from ..factuality.governors import phone_call
from ..syntax import children_of, kept_per_doc, kept_to_infinitive, object_read_as_clause
from .described_doers import doer_taken_for, wearer_of_disguise
from .parties import collective_body, is_party, nominal_agent
from .passives import (FEELING_PARTICIPLES, STATIVE_PARTICIPLES, is_passive, passive_of_agent,
                       subject_of_reduced_relative)
from .phrases import antecedent, by_agent, is_event_noun, prep_objects, visiting_guest
from .undergoing import doer_of_undergone, undergone_act


_SUBJECTS = ("nsubj", "csubj")
_DATELINE_DASHES = frozenset({"—", "–", "--"})


def _dateline_modifier(token: Token) -> bool:
    """"SANAA, Yemen — American and British warplanes ... struck": the dateline's city, relabelled a modifier
    of the verb, with the real subject hung on it."""
    return token.dep_ in ("npadvmod", "advmod") and in_dateline(token)


def _past_dateline(subject: Token) -> Token | None:
    """"ABUJA, Nigeria — West African leaders imposed ...": the parser may take the dateline's city or country
    for the subject and hang the real one on it after the dash; the subject is then that one (else none)."""
    doc = subject.doc
    i = subject.i
    country = i >= 2 and doc[i - 1].text == "," and in_dateline(doc[i - 2])  # "ABUJA, Nigeria —"
    if not (in_dateline(subject) or country):
        return subject
    dash = next((t for t in doc[i + 1:min(i + 12, len(doc))] if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return None if in_dateline(subject) else subject
    return next((c for c in children_of(subject) if c.dep_ == "appos" and c.i > dash.i), None)


def co_subjects(subject: Token | None) -> list[Token]:
    """"Venezuela's opposition and the government resumed talks": the parser may make the second of two subjects
    joined by "and" a subject of the verb of its own, not a conjunct of the first. "Iran, Iraq sign security
    pact": a headline joins two subjects with a comma, and the parser hangs the first on the verb."""
    if subject is None or subject.dep_ != "nsubj":
        return []
    if not any(c.dep_ == "cc" for c in children_of(subject)):
        return _headline_pair(subject)
    return [s for s in children_of(subject.head) if s.dep_ == "nsubj" and s.i > subject.i]


def _headline_pair(subject: Token) -> list[Token]:
    """The name before "<name>, <subject> <verb>" that opens a headline, hung on the subject's verb."""
    doc = subject.doc
    first = doc[subject.left_edge.i - 2] if subject.left_edge.i >= 2 else None
    if first is None or doc[subject.left_edge.i - 1].text != "," or first.head.i != subject.head.i:
        return []
    if first.dep_ not in ("npadvmod", "advcl", "nsubj") or first.pos_ != "PROPN" or first.left_edge.i != 0 or (
            in_dateline(first)):
        return []
    return [first] if subject.head.tag_ in ("VBP", "VBD") and is_party(first) else []


@kept_per_doc("khabar.arguments.clause_subject")  # asked of a verb by many rules (and mentions, generic)
def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing shared-subject coordination and control ("vowed to retaliate")."""
    described = wearer_of_disguise(verb) or doer_taken_for(verb)
    if described is not None:  # "Gunmen disguised as police officers killed ...": the gunmen, not the police
        return antecedent(described)
    v = verb
    for _ in range(8):
        stative = v.lower_ in STATIVE_PARTICIPLES or v.lower_ in FEELING_PARTICIPLES
        deps = _SUBJECTS + ("nsubjpass",) if stative else _SUBJECTS
        subj = next((s for c in children_of(v) if c.dep_ in deps or _dateline_modifier(c)
                     for s in (_past_dateline(c),) if s is not None), None)
        if subj is not None and (guest := visiting_guest(subj)) is not None:
            return guest  # "Visiting Egyptian President Hosni Mubarak met ...": the guest
        if subj is not None and subj.lower_ in _FIRST_PERSON:
            return _speaker_of_quote(v) or subj  # '"We will not negotiate," the prime minister said'
        if subj is not None:
            return antecedent(subj)
        if (relative := subject_of_reduced_relative(v)) is not None:  # "the men held last week have returned"
            return relative
        if (plan := _foiled_plan(v)) is not None:  # "police foiled a plot to bomb the embassy": not the police
            return owner_of(plan)  # "a plot by militants to ...", "an Iranian plot to ...": the plotters, if named
        if (bearer := _bearer_of_duty(v)) is not None:  # "the onus is on Moscow to end the blockade": Moscow
            return bearer
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = _coordinated_with(v)
        elif v.dep_ == "xcomp" and _controller(v) is not None:
            return _controller(v)  # "urged the EU to act", "called on Israel to release", not "used gas to"
        elif v.dep_ == "xcomp" and v.head.lemma_.lower() in _RAISING | _PRESSING and is_passive(v.head):
            subj = next((c for c in children_of(v.head) if c.dep_ == "nsubjpass"), None)
            # "Erdogan is expected to meet Putin", "Turkey was urged to release", "Ethiopia was forced to withdraw"
            return antecedent(subj) if subj is not None else None
        elif v.dep_ == "xcomp":
            v = v.head
        elif v.dep_ == "acomp":  # "Norway is willing to send": the adjective's subject is the copula's
            v = v.head
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and passive_of_agent(v) is not None:
            return None  # "Tyre was hit by shelling": the shelling is what hit it, done by no one the clause names
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            controller = _gerund_controller(v.head, v.head.head)
            if controller is not None:
                return controller
            v = v.head.head  # "retaliated by attacking the base": the doer of the verb
        elif v.dep_ == "advcl" and non_finite(v) and _after_quote(v.head):
            v = v.head  # '"We will respond," the minister said, vowing ...': the speaker vows
        elif v.dep_ in ("advcl", "xcomp") and non_finite(v) and _reported_clause(v.head) is not None:
            v = _reported_clause(v.head)  # "X struck the town, officials said, killing 5": X killed
            if is_passive(v):
                return by_agent(v)
        elif v.dep_ == "advcl" and non_finite(v) and v.head.lemma_.lower() in REPORTING_VERBS and v.i < v.head.i:
            v = v.head  # "Criticizing the government, the cleric said ...": a fronted participle is the speaker's
        elif v.dep_ in ("advcl", "xcomp") and v.tag_ == "VB" and non_finite(v) and v.head.lemma_.lower() in _WRITING:
            v = v.head  # "wrote to the UN to protest the strikes": the writer's purpose
        elif v.dep_ == "advcl" and _pressed_to(v) is not None:
            return _pressed_to(v)  # "pushed Israel to end the blockade", "put pressure on Cairo to open": not the pusher
        elif v.dep_ == "advcl" and non_finite(v) and v.head.lemma_.lower() not in REPORTING_VERBS:
            # "police opened fire to disperse ...", "..., killing 20": the doer of the main clause, not of a
            # time clause the parser hung the participle on ("struck as people waited, killing 39")
            # a purpose infinitive is its own host's ("... before police fired tear gas to disperse them")
            host = _main_clause(v.head) if v.tag_ == "VBG" else v.head
            if is_passive(host):
                return by_agent(host)
            undergone = undergone_act(host)
            if undergone is not None:  # "Tyre came under shelling, killing two": the shelling's doer, not Tyre
                return doer_of_undergone(undergone)
            v = host
        elif v.dep_ in ("acl", "relcl") and non_finite(v) and is_event_noun(v.head):
            v = _governing_verb(v.head)  # "converged for a rally to protest ...": who holds the rally
        elif v.dep_ in ("acl", "relcl") and (v.tag_ != "VBN" or any(c.dep_ == "dobj" for c in children_of(v))):
            taker = _verb_taking(v.head)
            if (v.dep_ == "acl" or non_finite(v)) and taker is not None and not is_party(v.head):
                owner = owner_of(v.head)  # "welcomed the decision of the military to hand over power"
                if owner is not None:
                    return owner
                v = taker  # "X issued a statement demanding ...", "voted for a resolution asking ...": X does it
                continue
            return v.head
        else:
            return None
    return None


# Verbs that stop a plan before it is carried out, and the plans they stop: whoever would have done the act is
# the plotter, never the one who foils the plot.
_FOILING = frozenset({"foil", "thwart", "disrupt", "uncover", "frustrate", "prevent", "avert", "bust", "scupper",
                      "expose", "unearth", "smash", "dismantle", "detect", "stop", "block", "defeat"})
_PLANS = frozenset({"plot", "plan", "conspiracy", "scheme", "attempt", "bid", "plotting"})


def _foiled_plan(verb: Token) -> Token | None:
    """The plan noun of an infinitive that tells a foiled plan ("foiled a plot to bomb the embassy", "a plan to
    attack parliament was thwarted", "thwarted an attempt to storm the jail"); None for any other verb."""
    if not (verb.tag_ == "VB" and kept_to_infinitive(verb)):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in _PLANS:
        foiled = head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _FOILING
        marked = any(c.dep_ == "amod" and c.lemma_.lower() in _FOILING for c in children_of(head))
        return head if foiled or marked else None
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _FOILING:  # the parser may hang the infinitive on the verb
        return next((c for c in children_of(head) if c.dep_ == "dobj" and c.lemma_.lower() in _PLANS), None)
    return None


# Nouns of a duty laid on a party, and the verbs that lay it: "the onus is on", "the responsibility lies with".
_DUTIES = frozenset({"onus", "burden", "responsibility", "duty", "obligation"})
_LAYING = frozenset({"be", "lie", "rest", "fall"})
_BEARING_PREPS = ("on", "upon", "with")


def _bearer_of_duty(verb: Token) -> Token | None:
    """Who is to do what a duty's infinitive says: "the onus is on Moscow to end the blockade", "the responsibility
    to end it lies with Moscow", "it is up to Kyiv to decide"."""
    if not (verb.tag_ == "VB" and kept_to_infinitive(verb)):
        return None
    duty = verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in _DUTIES else None
    laying = duty.head if duty is not None and duty.dep_ == "nsubj" else verb.head
    if laying.lemma_.lower() not in _LAYING or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    subject = next((c for c in children_of(laying) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() in _DUTIES:
        bearer = next((t for t in prep_objects(laying, _BEARING_PREPS)), None)
    elif subject.lower_ == "it":
        bearer = next((t for p in children_of(laying) if p.dep_ == "prep" and p.lower_ == "up"
                       for t in prep_objects(p, ("to",))), None)
    else:
        return None
    return antecedent(bearer) if bearer is not None and (is_party(bearer) or collective_body(bearer)) else None


_MODALS = frozenset({"must", "should", "would", "will", "could", "can", "may", "might", "shall"})
# Prepositions through which a verb takes a text as it would an object: "voted for a resolution", "voted in favour
# of a motion", "signed on to a statement".
_TAKING_PREPS = frozenset({"for", "of", "in", "to", "on"})


def _verb_taking(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or through a short chain of prepositions ("voted in favour of a
    resolution"); None for any other noun."""
    if noun.dep_ == "dobj":
        return noun.head
    word = noun
    for _ in range(2):
        if word.dep_ != "pobj" or word.head.dep_ != "prep" or word.head.lower_ not in _TAKING_PREPS:
            return None
        word = word.head.head
        if word.pos_ == "VERB":
            return word
    return None


def _coordinated_with(verb: Token) -> Token:
    """The verb a conjunct shares its subject with. "X said that the ceasefire must be respected and warned that
    ...": a past-tense verb the parser joined to a reported clause under a modal (which it cannot continue) is
    the reporting verb's own conjunct."""
    head = verb.head
    if (verb.tag_ == "VBD" and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children_of(head))
            and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))):
        return head.head
    return head


def owner_of(noun: Token) -> Token | None:
    """Whose decision, plan or offer a noun is: its possessor, nationality or "of"/"by" party."""
    owner = nominal_agent(noun)
    if owner is None:
        owner = next((t for t in prep_objects(noun, ("of", "by")) if is_party(t)), None)
    return owner if owner is not None and owner.pos_ != "PRON" else None


_FIRST_PERSON = frozenset({"we", "i"})


def _speaker_of_quote(verb: Token) -> Token | None:
    """Who says the words a first person speaks in: the subject of the reporting verb the clause hangs on."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.lemma_.lower() in REPORTING_VERBS:
            speaker = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            return antecedent(speaker) if speaker is not None and speaker.lower_ not in _FIRST_PERSON else None
    return None


# Passives whose subject is the subject of their infinitive: "is expected to meet", "was said to have fled".
_RAISING = frozenset({"expect", "say", "report", "believe", "schedule", "set", "slate", "think", "understand",
                      "rumour", "rumor", "suppose", "presume", "know", "see", "feel", "consider", "tip"})


# Verbs whose "to" object is asked to do what the infinitive says: "appealed to the rebels to free ...". Not
# "write": "wrote to the president to demand an inquiry" is the writer's purpose.
_APPEAL_VERBS = frozenset({"appeal", "plead", "petition", "signal"})


def _controller(infinitive: Token) -> Token | None:
    """Who is to do what an infinitive under a verb says, when that verb names them as its object ("urged
    the EU to act") or after "on"/"to" ("called on Israel to release", "appealed to the UN to send")."""
    head = infinitive.head
    if infinitive.tag_ != "VB" or phone_call(head):  # "called Putin to urge restraint": the caller urges
        return None
    for c in children_of(head):
        if c.i > infinitive.i:
            continue
        if c.dep_ == "dobj" and _pressed_party(head, c):  # "urged world powers to act"
            return antecedent(c)
        if c.dep_ == "prep" and (c.lower_ in ("on", "upon") or (c.lower_ == "to" and head.lemma_ in _APPEAL_VERBS)):
            pobj = next((g for g in children_of(c) if g.dep_ == "pobj"), None)
            if pobj is not None and _pressed_party(head, pobj):
                return pobj
    return None


def _pressed_party(verb: Token, pressed: Token) -> bool:
    """Whether the object of a verb stands for whoever is to do its infinitive's act: a party, a body of states,
    or, after a verb of pressing or asking, any people ("urged the two neighbours to hold talks", "asked both sides
    to resume negotiations"): the one urged does the act even when no party can be told from the words, never the
    one who urges. Not a thing let happen ("allow the delivery of aid, to restore services": the parser's reading
    of a list of infinitives), nor the presser's own people ("told its members to withdraw": the owner does it)."""
    if is_party(pressed) or collective_body(pressed):
        return True
    return (verb.lemma_.lower() in _ASKING and pressed.pos_ in ("NOUN", "PROPN") and not is_event_noun(pressed)
            and not any(c.dep_ == "poss" for c in children_of(pressed)))


# Verbs of pressing, asking, bringing or letting a party to act: the one pressed does the act its infinitive says,
# also when the parser makes the infinitive a purpose clause ("pushed Israel to end the blockade") or the verb a
# passive ("Turkey was urged to release the journalists").
_PRESSING = frozenset({"push", "press", "pressure", "urge", "lobby", "ask", "encourage", "persuade", "convince",
                       "force", "compel", "oblige", "order", "tell", "invite", "call", "appeal", "implore", "beg",
                       "exhort", "petition", "allow", "permit", "authorise", "authorize"})
# The verbs of pressing and asking whose object is a party even when no known one ("urged the two sides"): not
# the verbs of letting, whose object is as often a thing ("allowed aid to enter").
_ASKING = (_PRESSING | _APPEAL_VERBS) - {"allow", "permit", "authorise", "authorize"}
# "put pressure on Cairo to open", "exerted pressure on Minsk to free": the noun that does the pressing
_PRESSURE_NOUNS = frozenset({"pressure"})


def _pressed_to(infinitive: Token) -> Token | None:
    """The party pressed to do what a purpose-like infinitive says, when the verb it hangs on presses or asks."""
    verb = infinitive.head
    if infinitive.tag_ != "VB" or not non_finite(infinitive):
        return None
    if verb.lemma_.lower() not in _PRESSING and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _PRESSURE_NOUNS for c in children_of(verb)):
        return None
    return _controller(infinitive)


# Prepositions after which a gerund's doer is the verb's object: "accused Kyiv of shelling", "warned
# Washington against arming", "barred Iran from enriching", "thanked Qatar for mediating".
_OBJECT_CONTROL_PREPS = frozenset({"of", "against", "from", "for"})


def _gerund_controller(prep: Token, verb: Token) -> Token | None:
    """Who does what a gerund under ``verb`` says: the passive subject ("Kyiv was accused of shelling"), or
    the object after an object-control preposition; None when it is the verb's own subject."""
    if is_passive(verb):
        return next((antecedent(c) for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if prep.lower_ not in _OBJECT_CONTROL_PREPS:
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    return obj if obj is not None and is_party(obj) else None


def _governing_verb(noun: Token) -> Token:
    head = noun.head
    return head.head if head.dep_ == "prep" else head


# Reporting verbs of sending words, whose purpose infinitive is their subject's: "wrote to the UN to protest".
_WRITING = frozenset({"write"})


# A participle hung on "said" belongs to the reported clause, not to the speaker ("..., officials said, wounding").
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "add", "state", "claim", "confirm", "write",
                             "note", "declare", "insist", "explain", "quote"})


def _reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports, when it comes before it ("X struck Y, officials said, ..."): a
    participle hung on "said" belongs to what was said, and the speaker is its source, never its doer."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ in ("VERB", "AUX")),
                  None)
    if clause is not None and _quoted(clause, verb):
        return None  # '"We will respond," the minister said, vowing ...': the speaker vows, not the quote's "we"
    return clause


def _after_quote(verb: Token) -> bool:
    """A reporting verb after the quotation it reports."""
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and _quoted(c, verb) for c in children_of(verb))


_QUOTES = frozenset({'"', "”", "“", "''", "``", "’’"})


def _quoted(clause: Token, verb: Token) -> bool:
    return any(t.text in _QUOTES for t in verb.doc[clause.right_edge.i:verb.i])


def _main_clause(verb: Token) -> Token:
    """Out of marked adverbial clauses ("as thousands waited", "when police arrived") and objects the parser read as
    clauses ("struck crowds trying to flee") to the clause they modify."""
    while (verb.dep_ == "advcl" and (any(c.dep_ == "mark" for c in children_of(verb)) or object_read_as_clause(verb))
           and verb.head.pos_ in ("VERB", "AUX")):
        verb = verb.head
    return verb


def non_finite(verb: Token) -> bool:
    """An infinitive or a participle without a subject of its own ("to disperse", "killing")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)):
        return False
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and kept_to_infinitive(verb))

"""Who did it and to whom, read off the dependency parse around a trigger.

Returns token heads and mention spans only; resolving a mention to an actor is ``mentions``'s job.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..actors import default_kb
from .lexicon import load_lexicon
from .triggers import TriggerMatch

_SUBJECTS = ("nsubj", "csubj")
_RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
# Prepositions that introduce the recipient, by category ("raid against X", "talks with X", "aid to X").
_RECIPIENT_PREPS = {
    "ASSAULT": ("against", "on", "at", "upon", "into", "targeting", "of"),
    "COERCE": ("against", "on", "of", "into", "from"),
    "THREATEN": ("against", "on", "with", "to"),
    "SANCTION": ("on", "against", "with", "of", "to"),
    "ACCUSE": ("against", "of", "over", "about"),
    "PROTEST": ("against", "outside", "over"),
    "MOBILIZE": ("against", "around", "near", "along"),
    "CONSULT": ("with", "between"),
    "AGREE": ("with", "between", "to"),
    "COOPERATE": ("with",),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to", "behind"),
    "REQUEST": ("from", "of"),
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
})


# Direct objects that are the means, not the target: "fired rockets at the embassy".
_INSTRUMENTS = frozenset({"rocket", "missile", "shell", "mortar", "bullet", "shot", "round", "projectile", "gas",
                          "grenade", "bomb", "drone", "salvo", "volley", "fire", "weapon", "force", "troop"})


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[int, ...]  # head token indices
    recipients: tuple[int, ...]
    passive: bool


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *(c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


# Participles that state how the subject stands, not what was done to it: "Israel is opposed to ...",
# "Vietnam is committed to ...". Without a "by" agent their subject is the actor.
_STATIVE = frozenset({"opposed", "committed", "prepared", "determined", "resolved", "poised", "disappointed",
                      "concerned", "dissatisfied", "pleased", "satisfied", "angered", "outraged", "alarmed",
                      "worried", "interested", "engaged", "involved", "dedicated", "devoted", "inclined", "entitled"})


def is_passive(verb: Token) -> bool:
    if verb.lower_ in _STATIVE and _agent(verb) is None:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True  # "the men detained during the raid": the tagger often reads the participle as a past tense
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in verb.children):
        return False  # a participle with a direct object is active, however it was tagged
    # A bare participle is passive: a reduced relative ("the militiamen captured during ..."), or a clause
    # the parser split from its "were" ("the militiamen were then released by ...").
    return verb.dep_ in ("acl", "ccomp", "advcl") or any(c.dep_ == "nsubj" for c in verb.children)


def _patient(verb: Token) -> Token | None:
    """Who undergoes a passive event: its passive subject, the noun a reduced relative modifies, or the
    subject of the "were" the parser hung the participle on."""
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and not _in_dateline(c)), None)
    if patient is None and verb.dep_ == "acl":
        patient = verb.head
    if patient is None and verb.dep_ == "advcl" and verb.head.lemma_ == "be":
        patient = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
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
        deps = _SUBJECTS + ("nsubjpass",) if v.lower_ in _STATIVE else _SUBJECTS
        subj = next((c for c in v.children if c.dep_ in deps and not _in_dateline(c)), None)
        if subj is not None:
            return antecedent(subj)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        elif v.dep_ == "xcomp":
            controller = next((c for c in v.head.children if c.dep_ == "dobj"), None)
            if controller is not None and is_party(controller):  # "urged the EU to act", not "used gas to"
                return controller
            v = v.head
        elif v.dep_ == "acomp":  # "Norway is willing to send": the adjective's subject is the copula's
            v = v.head
        elif v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            controller = _gerund_controller(v.head, v.head.head)
            if controller is not None:
                return controller
            v = v.head.head  # "retaliated by attacking the base": the doer of the verb
        elif v.dep_ == "advcl" and _non_finite(v) and v.head.lemma_.lower() not in _REPORTING_VERBS:
            # "police opened fire to disperse ...", "..., killing 20": the doer of the main clause
            if is_passive(v.head):
                return _agent(v.head)
            v = v.head
        elif v.dep_ in ("acl", "relcl") and _non_finite(v) and _is_event_noun(v.head):
            v = _governing_verb(v.head)  # "converged for a rally to protest ...": who holds the rally
        elif v.dep_ in ("acl", "relcl") and (v.tag_ != "VBN" or any(c.dep_ == "dobj" for c in v.children)):
            if v.dep_ == "acl" and v.head.dep_ == "dobj" and not is_party(v.head):
                v = v.head.head  # "X issued a statement demanding ...": who issued it demands
                continue
            return v.head
        else:
            return None
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
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME"))
    return out


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
    # "the U.S. drone strike", where the parser hangs "U.S." on "drone"
    return next((g for c in noun.children if c.dep_ == "compound" for g in c.children
                 if g.dep_ in ("compound", "amod") and g.ent_type_ in ("GPE", "NORP", "ORG")), None)


def _verbal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    verb = doc[trig.head]
    preps = _RECIPIENT_PREPS.get(trig.entry.event, ())
    if is_passive(verb):
        patient = _patient(verb)
        recipients = [patient] if patient is not None else _prep_objects(verb, preps)
        return _args(_doer(_passive_agent(verb, trig.entry.event)), recipients, passive=True)
    actor = clause_subject(verb)
    return _args(_doer(actor), _recipients(verb, trig.entry.event, preps), passive=False)


# Acts only a state's authorities perform: "a missionary was arrested in Lebanon" was arrested by Lebanon.
_STATE_ACTS = frozenset({"COERCE"})


def _passive_agent(verb: Token, category: str) -> Token | None:
    """The "by" agent; else the agent of the event the verb happened in ("the men killed in Friday's U.S.
    drone strike"); else, for acts of state, the state where it happened ("arrested in Lebanon")."""
    agent = _agent(verb)
    if agent is None:
        agent = next((a for t in _prep_objects(verb, ("in", "during")) if _is_event_noun(t)
                      for a in [_nominal_agent(t)] if a is not None), None)
    if agent is None and category in _STATE_ACTS:
        agent = next((t for t in _prep_objects(verb, ("in",)) if t.ent_type_ == "GPE"), None)
    return agent


def _doer(token: Token | None) -> list[Token]:
    """The actor token; for an event noun standing as the doer ("American airstrikes killed ...", "killed
    by an Israeli raid"), the agent the noun itself names, when it names one."""
    if token is None:
        return []
    if token.pos_ == "NOUN" and _is_event_noun(token):
        agent = _nominal_agent(token)
        if agent is not None:
            return [agent]
    return [token]


def _is_event_noun(token: Token) -> bool:
    return any(e.alone for e in load_lexicon().entries(token.lemma_.lower(), "NOUN"))


def _objects(verb: Token) -> list[Token]:
    out = _object_taken_by_reporting_verb(verb)
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "granted asylum to X", parsed as a dative "to"
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ in ("dobj", "dative") and c.lemma_.lower() not in _INSTRUMENTS:
            out.append(c)
        elif c.dep_ == "prt" and c.lower_ == "up":  # "kidnapped up to 16 advisers", parsed as "up" + "to"
            out.extend(_prep_objects(c, ("to",)))
    return out


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
    objects = _objects(verb)
    found = [t for t in objects + _prep_objects(verb, preps) if is_party(t)]
    if not found:
        found = [t for o in objects for t in _inner_parties(o, preps)]
    if not found and category in _CLAUSE_TARGETS:
        found = [t for t in _clause_subjects(verb) if is_party(t)]
    if not found:
        found = [t for x in verb.children if x.dep_ == "xcomp" for t in _recipients(x, category, preps + _TO)
                 if is_party(t)]
    if not found and category in _PURPOSE_TARGETS:
        found = [t for x in verb.children if x.dep_ in ("advcl", "xcomp", "acl") and _non_finite(x)
                 for t in _recipients(x, category, preps + _TO) if is_party(t)]
    if not found and category in _PLACE_TARGETS:
        found = _places_affected(verb, objects)
    return found or objects or _prep_objects(verb, preps)


def _places_affected(verb: Token, objects: list[Token]) -> list[Token]:
    """"lifted a curfew in Montenegro", "arrived in Amman": with no party named, the place a measure or a
    visit is about stands for its people and government."""
    candidates = _prep_objects(verb, _PLACE_PREPS) + [t for o in objects for t in _prep_objects(o, _PLACE_PREPS)]
    # "in the town of Cizre": the name behind a place noun
    candidates = [t if t.ent_type_ == "GPE" else next(iter(_prep_objects(t, ("of",))), t) for t in candidates]
    return [t for t in candidates if t.ent_type_ == "GPE" and not _in_dateline(t)]


_TO = ("to", "for", "against", "on", "with")
# Categories whose events are imposed on, withdrawn from or paid to a place: curfews, evacuations, visits.
_PLACE_TARGETS = frozenset({"COERCE", "RETREAT", "CONCEDE", "CONSULT", "MOBILIZE", "AID", "THREATEN", "SANCTION",
                            "PROTEST"})
# Categories whose purpose clause names the target: "blocked roads to demand reforms from the government".
_PURPOSE_TARGETS = frozenset({"PROTEST", "MOBILIZE", "THREATEN"})
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
    return default_kb().resolve(token.lemma_) is not None


def _inner_parties(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """Parties named inside an object that is itself no party: its possessor or nationality ("Serbia's
    suppression", "an Australian ultimatum"), its "of"/"from"/"by" object ("calls by Belarus's rulers"),
    the subject of its clause ("its demand that Israel ease ...")."""
    inner = [c for c in noun.children if (c.dep_ == "poss" and c.pos_ != "PRON")
             or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"))]
    inner += _prep_objects(noun, ("of", "from", "by", "on", "against", *preps))  # "lift the ban on X"
    inner += _clause_subjects(noun)
    return [t for t in inner if is_party(t)]


def _clause_subjects(word: Token) -> list[Token]:
    """Subjects of the "that" clauses a verb or noun governs ("demanded that X ...", "a demand that X ...")."""
    return [s for c in word.children if c.dep_ in ("ccomp", "acl")
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def _host_verb(noun: Token) -> Token | None:
    """The active verb whose act an "in"/"during" event noun names: "staged a strike in protest against ...",
    "engaged the peacekeepers in a firefight". Not a passive: "was wounded in a firefight" says nothing of who."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return None if is_passive(prep.head) else prep.head


# Verbs whose subject carries out the event noun they govern ("launched an offensive", "completed the withdrawal").
_CONDUCT_VERBS = frozenset({
    "begin", "start", "launch", "mount", "stage", "conduct", "carry", "continue", "resume", "complete", "finish",
    "escalate", "intensify", "step", "speed", "accelerate", "order", "announce", "claim", "hold", "wage", "plan",
    "prepare", "undertake", "organize", "organise", "lead", "spearhead", "initiate", "perform", "execute", "commit",
    "perpetrate", "unleash", "pursue", "expand", "extend", "maintain", "impose", "declare",
    "threaten", "vow", "pledge", "promise", "offer", "propose", "make", "deliver", "send", "provide"})


def _nominal_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    noun = doc[trig.head]
    preps = _RECIPIENT_PREPS.get(trig.entry.event, ())
    recipients = _prep_objects(noun, preps)
    actor = _nominal_agent(noun)
    if actor is None and trig.governor != trig.head:
        governor = doc[trig.governor]
        actor = _agent(governor) if is_passive(governor) else clause_subject(governor)
        recipients = (recipients or [t for t in _objects(governor) if t.i != noun.i and is_party(t)]
                      or _prep_objects(governor, preps))  # "gave Tanzania a grant"
    elif actor is None:
        actor = _doer_of_event_noun(noun)
        host = _host_verb(noun)
        if host is not None and not recipients:  # "engaged Filipino peacekeepers in a firefight"
            recipients = [t for t in _objects(host) if is_party(t)]
    if not recipients and trig.entry.event in _PLACE_TARGETS - {"CONSULT"}:  # "talks in Muscat" host both sides
        recipients = _places_affected(doc[trig.governor], [noun])  # "imposed a curfew in the town of Cizre"
    return _args([actor] if actor is not None else [], recipients, passive=False)


def _doer_of_event_noun(noun: Token) -> Token | None:
    """"the United States speeded up the withdrawal", "X staged a strike in protest against ...": the subject
    of the verb that carries the event out, or whose act the event noun describes."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONDUCT_VERBS:
        return clause_subject(noun.head)
    host = _host_verb(noun)
    return clause_subject(host) if host is not None else None


_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_DASHES = frozenset({"—", "–", "--", "-", ":"})  # "BAGHDAD —", "GAZA CITY, Palestinian Territories:"


def _in_dateline(token: Token) -> bool:
    """"KRAMATORSK, Ukraine — ...": the dateline names where the story was filed, not a party."""
    doc = token.doc
    if token.i > 6 or not token.text.isupper():
        return False
    return any(t.text in _DASHES for t in doc[token.i + 1:min(token.i + 6, len(doc))])


def _party(token: Token) -> bool:
    return token.ent_type_ not in _NOT_PARTIES and not _in_dateline(token)


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
    if token.pos_ != "NOUN" or _category_of(token) is None:
        return token
    agent = _nominal_agent(token)
    if agent is None and _category_of(token) in _SPOKEN:  # "conceded to demands from UNITA"
        agent = next((t for t in _prep_objects(token, ("from",)) if is_party(t)), None)
    return agent or token


# Event nouns whose "from" names who speaks: "demands from X", "an offer from X", "an appeal from X".
_SPOKEN = frozenset({"REQUEST", "AGREE", "THREATEN", "CONSULT", "ACCUSE", "REJECT", "SUPPORT"})


def _category_of(noun: Token) -> str | None:
    entries = load_lexicon().entries(noun.lemma_.lower(), "NOUN")
    return entries[0].event if entries else None


def find_arguments(doc: Doc, trig: TriggerMatch) -> Arguments:
    if trig.nominal:
        return _nominal_arguments(doc, trig)
    return _verbal_arguments(doc, trig)


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

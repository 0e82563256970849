"""Factuality: did the event happen, by the text's own account?

``factuality_of(clause_head)`` looks for markers on the clause itself (modals, negation, conditional
``if``, inverted "Were X to …", imperatives) and then walks up to the clauses that govern it, through
complements, participles, conjoined verbs without their own subject, and noun phrases, because a
governing word decides for its complement: "tried to seize" (attempted), "is expected to vote"
(future), "should avoid a confrontation" (prescriptive), "the risk of clashes" (hypothetical).
The nearest marker wins. The walk stops where a clause is asserted on its own terms: relative
clauses, temporal/causal adverbial clauses ("after police arrested five"), and reported speech
("officials said X happened" keeps X asserted) — but not what a party has not said or confirmed
("Israel has not said it carried out the strike"), what a rejected claim holds ("rejected the idea
that the state had backed down"), nor the act of whoever might do it ("anyone who attacked its
diplomats would face a response", "any attack").
"""
from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from .arguments import mandated_clause
from .sentences import sentence_bounds
from .syntax import to_infinitive

_PRESCRIPTIVE_MODALS = frozenset({"should", "must", "ought"})
_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can", "ca"})  # "ca" is spaCy's token for "can't"
_FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "lest"})
_INVERTED_CONDITIONALS = frozenset({"were", "had", "should"})
# Adverbial clauses whose content the sentence presupposes: they keep their own factuality.
_FACTIVE_MARKS = frozenset({"after", "before", "because", "since", "when", "while", "as", "although", "though",
                            "once", "until", "whereas"})
_REPORTING = frozenset({"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "note", "allege",
                        "accuse", "write", "explain", "acknowledge", "admit", "reveal", "insist", "argue"})
# Subjects of these verbs inherit their factuality: "such attacks may continue", "a war could break out".
_OCCURRENCE = frozenset({"happen", "occur", "continue", "resume", "erupt", "break", "take", "follow", "ensue"})

# Verbs of wishing; the small model lemmatises "hoped" as "hop", so the word forms are listed too.
_DESIRE = frozenset({"want", "wish", "hope", "hoped", "hopes", "hoping", "desire", "aspire"})
# "would not hesitate to strike", "did not shy away from arresting": a denied reluctance asserts the act (litotes).
_RELUCTANCE = frozenset({"hesitate", "shy", "flinch", "balk", "baulk", "shrink", "reluctant", "hesitant", "loath"})

# Nouns of someone's part in an act: denying, claiming or weighing it presupposes that the act happened.
_AGENCY = frozenset({"responsibility", "involvement", "role", "complicity", "part", "hand", "credit", "blame"})

# Verbs of keeping someone from an act: "banned the officials from travelling", "barred them from voting"
_KEEPING_FROM = frozenset({"ban", "bar", "prevent", "stop", "prohibit", "forbid", "block", "keep", "deter",
                           "restrain", "preclude", "dissuade", "discourage", "exclude", "debar", "disqualify"})

_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "prep", "advcl"})
_OBJECTS = _COMPLEMENTS | {"dobj", "pobj"}
# (label, governing words, the dependencies of the complement they govern)
# Talks and efforts, whose purpose is still sought ("met to end the fighting"), unless it is what is done at the
# talks themselves ("met to discuss the crisis", "gathered to demand reforms", "met to sign the accord").
_SEEKING = frozenset({"negotiate", "meet", "mediate", "talk", "confer", "consult", "work", "cooperate", "coordinate",
                      "lobby", "campaign", "convene", "travel", "visit", "fly", "intervene", "broker"})
_DONE_AT_THE_TALKS = frozenset({"discuss", "negotiate", "talk", "review", "address", "consider", "debate", "examine",
                                "explore", "consult", "hear", "demand", "call", "press", "urge", "voice", "express",
                                "protest", "condemn", "denounce", "mark", "commemorate", "mourn", "sign", "meet",
                                "finalise", "finalize", "hammer", "seek", "ask", "request"})
_GOVERNORS = (
    ("attempted", frozenset({"try", "attempt", "seek", "strive", "endeavor", "endeavour", "fail", "process", "bid",
                             "effort", "foil", "thwart", "struggle", "design", "attempt", "mean"}), _OBJECTS),
    ("negated", frozenset({"refuse", "decline", "avoid", "refrain", "prevent", "avert", "forgo", "without",
                           "instead"}), _OBJECTS),
    # "Serbia's refusal to recognise Kosovo", "its failure to protect civilians": the act refused is not done
    ("negated", frozenset({"refusal", "failure", "reluctance", "unwillingness"}), frozenset({"acl"})),
    # "was considering expelling the ambassador", "is mulling sanctions": weighed, not done
    ("hypothetical", frozenset({"consider", "mull", "weigh", "contemplate", "ponder", "debate"}),
     frozenset({"xcomp", "pcomp", "dobj", "ccomp"})),
    # "has been unable to deliver aid", "was powerless to stop the fighting": not done
    ("negated", frozenset({"unable", "powerless", "incapable"}), frozenset({"xcomp", "prep", "pcomp"})),
    # "cancelled the strike", "scrapped the visit", "the march was called off": what is called off does not happen
    ("negated", frozenset({"cancel", "scrap", "shelve", "abandon", "call off", "rule out"}),
     frozenset({"dobj", "nsubjpass", "xcomp", "pcomp"})),
    # "stopped providing aid", "ceased sending weapons": the act no longer happens (the stopping is the news)
    ("negated", frozenset({"stop", "cease", "quit", "discontinue", "halt", "suspend"}), frozenset({"xcomp"})),
    # "denied that its troops shelled the town", "denied attacking the convoy": by the speaker's own account, no
    ("negated", frozenset({"deny"}), frozenset({"ccomp", "xcomp", "pcomp", "dobj"})),
    # "rejected the idea that the state had backed down", "dismissed reports that ...": what a rebutted claim says
    ("negated", frozenset({"reject", "dismiss", "refute", "rebut", "deny", "disprove", "debunk"}),
     frozenset({"claim"})),
    ("future", frozenset({"expect", "plan", "intend", "schedule", "prepare", "promise"}), _OBJECTS),
    # "threatened to strike Israeli cities": the threat is the event; what it threatens happens only if carried out
    ("hypothetical", frozenset({"threaten"}), _OBJECTS),
    # "agreed to withdraw", "offered to mediate", "decided to send troops": the act is still to come
    # "wants to sign the accord", "hopes to visit Cairo": a wish commits no one to the act, as a plan does
    ("hypothetical", _DESIRE, frozenset({"xcomp"})),
    ("future", frozenset({"agree", "offer", "decide", "consent", "undertake", "commit", "volunteer", "propose",
                          "resolve", "opt", "choose", "ready", "willing", "prepared", "eager"}),
     frozenset({"xcomp"})),
    # "expressed willingness to mediate", "its readiness to help", "is open to dialogue": the act on offer, to come
    ("future", frozenset({"willingness", "readiness", "intention", "intent", "commitment", "determination",
                          "offer", "pledge", "promise", "vow", "decision", "resolve"}), frozenset({"acl"})),
    ("future", frozenset({"open", "receptive", "amenable"}), frozenset({"prep"})),
    # "the Houthis proposed a suspension of their attacks": what is proposed is not yet done
    ("future", frozenset({"propose", "suggest", "float", "moot"}), frozenset({"dobj"})),
    # "sanctions aimed at pressuring Iran": the purpose, not an act done
    ("future", frozenset({"aim", "aimed", "geared", "directed"}), frozenset({"prep"})),
    ("future", frozenset({"imminent", "looming", "upcoming", "planned", "scheduled", "due"}),
     frozenset({"nsubj", "nsubjpass"})),
    # "allowed the opposition to hold rallies", "let the exiled leader return": the act is permitted, still to come
    ("future", frozenset({"allow", "permit", "let", "authorize", "authorise", "enable"}), frozenset({"xcomp", "ccomp"})),
    ("future", frozenset({"set", "due", "poised", "slate", "slated", "vow", "pledge", "aim", "determined",
                          "about", "going"}), frozenset({"xcomp"})),
    ("prescriptive", frozenset({"need", "ought", "urge", "call", "demand", "advise", "recommend", "essential",
                                "important", "vital", "imperative", "necessary", "crucial", "appeal", "ask",
                                "order", "tell", "instruct", "direct", "encourage", "press", "push", "invite",
                                "persuade", "pressure", "implore", "beg", "exhort", "plead", "request", "warn",
                                "want", "wish"}),  # "wants the president to resign": a ccomp, not "wants to"
     _COMPLEMENTS | {"pobj"}),
    # "met in Geneva to end the fighting", "has been negotiating with the Houthis to end the war": what talks and
    # efforts are for is still sought (a use of force is told with its purpose done: "fired tear gas to disperse")
    ("future", _SEEKING, frozenset({"advcl", "xcomp"})),
    # "the opposition's main demand is the release of prisoners", "the goal of the talks is a ceasefire": what a
    # demand or an aim names is asked for or sought, not done
    ("prescriptive", frozenset({"demand", "call", "request", "condition", "precondition", "ultimatum"}),
     frozenset({"attr"})),
    ("future", frozenset({"goal", "aim", "objective", "priority", "purpose", "plan", "intention", "target", "hope",
                          "ambition", "mission", "task", "agenda"}), frozenset({"attr"})),
    ("hypothetical", frozenset({"risk", "threat", "possibility", "prospect", "danger", "chance", "likelihood",
                                "fear", "possible", "likely", "unlikely", "probable", "capacity", "ability",
                                "capable", "willing", "option", "right"}),  # "reserved the right to respond"
     _COMPLEMENTS | {"dobj", "pobj", "nsubj"}),
)
# Texts whose provisions are told in the future or as duties: "the bill would ban", "the deal will require", "the
# agreement provides for the release of prisoners".
TEXTS = frozenset({"bill", "law", "legislation", "resolution", "measure", "agreement", "deal", "accord", "treaty",
                   "proposal", "plan", "draft", "decree", "amendment", "motion", "rule", "regulation", "order",
                   "provision", "clause", "text", "document", "pact", "protocol", "charter", "constitution",
                   "truce", "ceasefire", "framework", "roadmap", "arrangement", "memorandum", "term", "terms"})
# "the deal provides for the release of prisoners": what a text provides for is still to be done
_PROVIDING = frozenset({"provide", "stipulate", "envisage", "envision", "foresee", "outline", "set"})
# "for each ten hostages released", "any prisoners freed": a participle on no particular noun tells no particular act
_NONSPECIFIC = frozenset({"each", "every", "any", "additional", "further"})
_QUALIFYING = frozenset({"imminent", "looming", "upcoming", "planned", "scheduled", "due", "possible", "likely",
                         "unlikely", "probable"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_MAX_STEPS = 12


def factuality_of(clause_head: Token) -> str:
    """One of model.FACTUALITY for the event whose clause (or event noun) is ``clause_head``."""
    label = _walk(clause_head)
    if label == "asserted" and _any_one(clause_head):
        return "hypothetical"  # "reserved the right to respond to any attack": no attack in particular
    if label == "future" and clause_head.dep_ == "relcl" and _whoever(clause_head.head):
        return "hypothetical"  # "anyone who attacked them would face a response": if anyone does
    return label


def _any_one(noun: Token) -> bool:
    """"any attack", "any aggression": an event noun that names no particular event, only whichever may come."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _walk(clause_head: Token) -> str:
    node = clause_head
    for _ in range(_MAX_STEPS):
        host = _occasion_host(node)
        if host is not None:  # the occasion of the host's act shares the host clause's factuality
            node = host
            continue
        label = _local(node) or _qualified(node) or _pending(node)
        if label is not None:
            return label
        parent = _parent(node)
        if parent is None:  # a question only when the walk reached the sentence's own main clause
            return "question" if node.dep_ == "ROOT" and _in_question(node) else "asserted"
        label = _governed(parent, node)
        if label is not None:
            return label
        if _presupposed(node):
            return "asserted"
        node = parent
    return "asserted"


def _occasion_host(noun: Token) -> Token | None:
    """"During a visit to Kabul, Blinken pledged ...", "in a meeting on Monday, Pompeo warned ...": the verb whose
    occasion a fronted (or "during") phrase names; what that verb says ("warned", "urged") is not said of it."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "nsubj" and prep.i < host.head.i:
        host = host.head  # "Pompeo, on a visit to Baghdad, urged": the phrase hangs on the subject
    if host.pos_ != "VERB" or not (prep.lower_ in ("during", "amid") or prep.lower_ in _OCCASIONS and prep.i < host.i):
        return None
    return host


_OCCASIONS = frozenset({"at", "in", "on", "after", "following"})  # fronted: "In a meeting on Monday, X warned ..."


# --- markers on the clause itself ----------------------------------------------------------------

# "the planned withdrawal", "a possible attack": an event noun its adjective puts in the future or in doubt
_QUALIFIED_NOUNS = MappingProxyType({
    **dict.fromkeys(("planned", "proposed", "scheduled", "upcoming", "expected", "promised", "intended",
                     "prospective", "imminent", "looming", "forthcoming", "mooted"), "future"),
    **dict.fromkeys(("possible", "potential", "threatened", "feared", "likely", "probable", "hypothetical"),
                    "hypothetical")})
# Adverbial clauses that tell when an act ends or begins: a past one is told ("fought until the rebels fled"),
# one under a modal is a condition ("will not negotiate until it withdraws")
_PENDING_MARKS = frozenset({"until", "till", "before", "once", "unless"})


def _qualified(node: Token) -> str | None:
    if node.pos_ != "NOUN":
        return None
    return next((_QUALIFIED_NOUNS[c.lower_] for c in node.children
                 if c.dep_ == "amod" and c.lower_ in _QUALIFIED_NOUNS), None)


def _pending(node: Token) -> str | None:
    """"would not negotiate until it withdrew", "will keep up the pressure until Russia ends the war": the act a
    clause of "until" or "before" waits for is not told as done when the clause it hangs on is to come."""
    if node.dep_ != "advcl" or _mark(node) not in _PENDING_MARKS:
        return None
    governor = node.head
    holder = governor
    while holder.dep_ in ("xcomp", "conj") and holder.head.i != holder.i and not _own_subject(holder):
        holder = holder.head  # "will continue to increase the pressure until": the modal is on "continue"
    if _under_modal(holder) or _imperative(holder, [c.dep_ for c in holder.children]):
        return "hypothetical"
    return None


def _local(node: Token) -> str | None:
    children = list(node.children)
    deps = [c.dep_ for c in children]  # each ``dep_`` is a string-store lookup: read them once
    modals = {c.lower_ for c, dep in zip(children, deps) if dep == "aux" and c.tag_ == "MD"}
    if modals & _PRESCRIPTIVE_MODALS:
        # "Should parliament fail to agree, ...": a modal before its subject makes a condition, not a duty
        return "hypothetical" if _inverted_modal(children, deps) else "prescriptive"
    if modals & {"might", "may"}:
        return "hypothetical"
    if _has_negation(children, deps) and not _reluctant(node):
        # "if its demands are not met": a condition, negated or not, tells what may happen
        conditional = node.dep_ == "advcl" and _clause_marker(node, children, deps) == "hypothetical"
        return "hypothetical" if conditional else "negated"
    if modals & _HYPOTHETICAL_MODALS:
        return "hypothetical"
    if "would" in modals or modals & _FUTURE_MODALS:
        # "would have prompted", "will attack if the talks fail": conditions make it hypothetical; "hoped the
        # rebels would disarm" is a wish, not an announcement
        conditional = _conditioned(children) or ("would" in modals and _perfect(children))
        return "hypothetical" if conditional or _wished(node) or _threatened(node) else "future"
    marker = _clause_marker(node, children, deps)
    if marker is None and (mandated_clause(node) or _time_for(node)):
        # "suggested that both armies withdraw", "said it was time for Israel to lift the blockade": what is to be
        # done, not what was
        return "prescriptive"
    return marker


def _inverted_modal(children: list[Token], deps: list[str]) -> bool:
    """"Should the rebels attack, ...": "should" before its clause's subject, in a sentence that asks nothing."""
    modal = next((c for c, dep in zip(children, deps) if dep == "aux" and c.tag_ == "MD"), None)
    subject = next((c for c, dep in zip(children, deps) if dep in ("nsubj", "nsubjpass")), None)
    if modal is None or subject is None or modal.i > subject.i or modal.lower_ != "should" or "mark" in deps:
        return False
    end = sentence_bounds(modal).end  # "Should the government resign?" asks
    return modal.doc[end - 1].text != "?"


def _has_negation(children: list[Token], deps: list[str]) -> bool:
    """"did not respond", "never arrested", "No one was arrested", "There were no clashes"."""
    if "neg" in deps:
        return True
    if any(dep == "det" and c.lower_ == "no" for c, dep in zip(children, deps)):
        return True
    subjects = (c for c, dep in zip(children, deps) if dep in ("nsubj", "nsubjpass", "attr"))
    return any(s.lower_ in ("nobody", "none", "nothing") or
               any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in s.children)
               for s in subjects)


def _reluctant(word: Token) -> bool:
    """"hesitated to", "was reluctant to" (the copula of a reluctant subject counts, as it carries the "not")."""
    return word.lemma_.lower() in _RELUCTANCE or (
        word.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _RELUCTANCE for c in word.children))


def _denied_reluctance(word: Token) -> bool:
    """"would not hesitate to strike", "did not shy away from": not being reluctant is meaning to act."""
    negated = word.head if word.dep_ == "acomp" else word  # "was not reluctant to": the copula carries "not"
    return _reluctant(word) and any(c.dep_ == "neg" for c in negated.children)


def _under_modal(verb: Token) -> bool:
    holder = verb.head if verb.dep_ == "acomp" else verb  # "would not be reluctant to": the copula has the modal
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in holder.children)


def _wished(clause: Token) -> bool:
    """"hoped that the rebels would disarm": the content of a wish; "feared that Gondor would invade", "believes
    Mordor will launch an offensive": the content of a fear or a guess, no one's announcement."""
    return clause.dep_ == "ccomp" and bool({clause.head.lemma_.lower(), clause.head.lower_} & (_DESIRE | _GUESSING))


def _threatened(clause: Token) -> bool:
    """"warned that it would strike the carriers": what a threat or warning says will be done happens only if the
    threat is carried out; the threat itself is the event."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _THREATENING


_THREATENING = frozenset({"threaten", "warn"})


# Verbs of fearing and guessing: what they say will happen is possible, not announced.
_GUESSING = frozenset({"fear", "worry", "suspect", "speculate", "believe", "think", "guess", "reckon", "predict",
                       "forecast", "doubt"})


def _perfect(children: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)


def _conditioned(children: list[Token]) -> bool:
    return any(c.dep_ == "advcl" and (_mark(c) in _CONDITIONAL_MARKS or _inverted(c)) for c in children)


def _inverted(clause: Token) -> bool:
    """"Were such a battle to occur, …", "Had they attacked, …": a conditional without "if"."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _INVERTED_CONDITIONALS and _mark(clause) is None and first.i <= clause.i


def _mark(clause: Token) -> str | None:
    return next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)


def _clause_marker(node: Token, children: list[Token], deps: list[str]) -> str | None:
    mark = next((c.lower_ for c, dep in zip(children, deps) if dep == "mark"), None)  # == _mark(node)
    dep = node.dep_
    if mark in _CONDITIONAL_MARKS or (dep == "advcl" and _inverted(node)):
        return "hypothetical"
    if mark == "whether":
        return "question"
    if dep == "ROOT" and _imperative(node, deps):
        return "prescriptive"
    return None


def _imperative(node: Token, deps: list[str]) -> bool:
    """"Release the prisoners now.": a base-form main verb with no subject and no auxiliary."""
    if node.dep_ != "ROOT" or node.tag_ != "VB" or node.i != sentence_bounds(node).start:
        return False
    return not any(dep in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for dep in deps)


# --- the walk to the governing clause ------------------------------------------------------------

def _parent(node: Token) -> Token | None:
    """The token whose clause governs ``node``, or None where ``node`` is asserted on its own."""
    head, dep = node.head, node.dep_
    if head.i == node.i or dep in ("parataxis", "appos") or (dep == "relcl" and not _whoever(head)):
        return None
    if dep == "acl" and not to_infinitive(node) and not _content_of_noun(node) and not _nonspecific(head):
        return None  # "the militiamen captured during the raid": a reduced relative clause
    if dep == "advcl" and _mark(node) in _FACTIVE_MARKS:
        return None
    noun = _infinitive_of_object(node) if dep == "advcl" else None
    if noun is not None and _governs_infinitives(noun):
        return noun
    word = _for_to_governor(node)
    if word is not None:
        return word
    if dep == "ccomp" and ((head.lemma_.lower() in _REPORTING and not _unsaid(node)) or _rebuttal_after(node)):
        return None
    if dep == "conj" and _own_subject(node):
        return None
    if dep == "conj" and (_outside_modal(node) or _outside_complement(node)):
        # "warned that X may be left behind, and urged the Taliban to ...", "denied targeting civilians and accused
        # the army of ...": the conjunct belongs to the clause above
        return _above(head)
    if dep == "nsubjpass" and _lexical_label(head, node) == "negated":
        return head  # "the strike was called off": the verb tells that the event does not happen
    if dep in ("nsubj", "nsubjpass") and head.lemma_.lower() not in _OCCURRENCE and not _predicated(head) \
            and not _anticipated(node) and not _whoever(node):
        return None  # "the raid could trigger a conflict": the raid is not what is hypothetical
    if dep == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _AGENCY:
        return None  # "denied responsibility for the strike": who did it is in question, not that it happened
    return head


_CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "account", "version"})


def _rebuttal_after(clause: Token) -> bool:
    """"Officials accused Caracas of sheltering the rebels, a charge Caracas denies": the parser may make the
    sentence the complement of the rebuttal after it, whose subject is the claim; the sentence itself stands."""
    verb = clause.head
    return clause.i < verb.i and any(c.dep_ in ("nsubj", "dobj", "npadvmod") and c.lemma_.lower() in _CLAIM_NOUNS
                                     and clause.i < c.i < verb.i for c in verb.children)


_ANYONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything", "whatever"})


def _whoever(noun: Token) -> bool:
    """"anyone who attacked French nationals would face a response", "any group that fires rockets": a party
    picked out only by what it might do, whose act is as real as the clause it is in makes it."""
    return noun.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _nonspecific(noun: Token) -> bool:
    """"for each additional ten hostages released", "any prisoners freed under the deal": the act a participle tells
    of no particular noun is as real as the clause above it makes it."""
    return any(c.dep_ in ("det", "amod", "quantmod") and c.lower_ in _NONSPECIFIC  # "every hundred prisoners"
               for c in noun.subtree if c.i < noun.i)


def _provided_for(prep: Token, child: Token) -> bool:
    """"The agreement provides for the release of 50 prisoners": the act a text provides for."""
    verb = prep.head
    return (child.dep_ == "pobj" and prep.lower_ == "for" and verb.lemma_.lower() in _PROVIDING
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in TEXTS for c in verb.children))


def _content_of_noun(clause: Token) -> bool:
    """"the idea that the state had backed down", "reports that troops shelled the town": a "that" clause telling
    what a noun of saying or thinking holds, which the noun's own standing decides."""
    noun = clause.head  # "dismissed reports that": the tagger may read a plural noun as a verb, its role tells
    nominal = noun.pos_ == "NOUN" or noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    return nominal and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


_WH_WORDS = frozenset({"how", "who", "whom", "whose", "why", "when", "where", "which", "what"})


def _unsaid(clause: Token) -> bool:
    """"Israel has not said it carried out the strike", "neither side has confirmed that talks took place": what a
    party does not say or confirm is not told as fact; "did not say how many were killed" still tells the killing."""
    verb = clause.head
    children = list(verb.children)
    if not _has_negation(children, [c.dep_ for c in children]):
        return False
    return not any(t.lower_ in _WH_WORDS for t in clause.subtree if t.i < clause.i)


def _outside_modal(verb: Token) -> bool:
    """A past or present-tense verb the parser joined to a verb under a modal cannot share the modal ("may be left
    behind, and urged"): it is joined to the clause above, as its tense shows."""
    return verb.tag_ in ("VBD", "VBZ") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)


def _outside_complement(verb: Token) -> bool:
    """A past or present-tense verb the parser joined to a gerund or an infinitive complement ("denied targeting
    civilians and accused the army") cannot be part of that complement: it is joined to the governing verb."""
    head = verb.head
    return (verb.tag_ in ("VBD", "VBZ") and head.tag_ in ("VBG", "VB") and head.dep_ in ("xcomp", "pcomp")
            and not any(c.dep_ == "aux" for c in head.children if c.lower_ != "to"))


def _above(verb: Token) -> Token | None:
    """The clause governing ``verb``'s own clause, or None at the top of the sentence."""
    return verb.head if verb.head.i != verb.i else None


def _governs_infinitives(noun: Token) -> bool:
    """A noun that _GOVERNORS lists for a complement clause: "calls to", "an offer to", "plans to"."""
    words = {noun.lemma_.lower(), noun.lower_}
    return any(words & governors and "acl" in deps for _, governors, deps in _GOVERNORS)


def _presupposed(noun: Token) -> bool:
    """"will investigate the attack": a definite event noun exists whatever the verb above says."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


# Passive verbs that put their subject in the future: "the release is expected next week", "talks are scheduled".
_ANTICIPATING = frozenset({"expect", "schedule", "plan", "slate", "set"})
_PRESENT_PASSIVE = frozenset({"is", "are", "'s", "'re", "be"})  # "be": "will be held", "is to be"


def _anticipated(subject: Token) -> bool:
    """"The release of the prisoners is expected next week": the subject of a present passive of expecting or
    scheduling is still to come; "the attack was planned in Syria" tells a past plan of what may have happened."""
    verb = subject.head
    return (subject.dep_ == "nsubjpass" and verb.lemma_.lower() in _ANTICIPATING
            and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_PASSIVE for c in verb.children))


def _predicated(verb: Token) -> bool:
    """"Attacks are imminent", "a deal is likely": the subject of a predicate that qualifies it."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _QUALIFYING for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


# Question words whose clause presupposes its act: "who fired" says someone fired ("whether", "if" do not).
_WH_PRESUPPOSING = frozenset({"who", "why", "how", "when", "where"})


def _governed(parent: Token, child: Token) -> str | None:
    """What a governing word says about its complement: "tried to", "is to", "rather than", "risk of"."""
    if child.dep_ == "advcl" and _rather_than(child):
        return _governing_label(parent) or "negated"
    if child.dep_ == "ccomp" and child.doc[child.left_edge.i].lower_ in _WH_PRESUPPOSING:
        return "asserted"  # "asked who fired the rockets", "did not know why police raided the office": it happened
    if _denied_reluctance(parent):  # "did not hesitate to fire": it was done; "would not hesitate to strike": a
        return "hypothetical" if _under_modal(parent) else None  # conditional threat, the act if need be
    if _reluctant(parent):
        return "negated"  # "hesitated to send troops": not (yet) done
    if _anticipated(child):
        return "future"
    if _provided_for(parent, child):
        return "future"
    if child.dep_ == "ccomp" and parent.lemma_.lower() in _REPORTING and _unsaid(child):
        return "hypothetical"  # not confirmed by the one who would know: possible, not told as done
    if child.dep_ == "prep" and child.lower_ == "from" and parent.lemma_.lower() in _KEEPING_FROM:
        return _governing_label(parent) or "negated"  # "banned them from travelling": they do not travel
    if parent.lemma_.lower() in _SEEKING and (child.lemma_.lower() in _DONE_AT_THE_TALKS or not to_infinitive(child)):
        return None  # "met to discuss the crisis": the discussing is the meeting itself; "met visiting X": no purpose
    label = _lexical_label(parent, child)
    if label == "negated":  # "should avoid a confrontation": the avoiding is itself prescribed
        return _governing_label(parent) or label
    if label == "attempted":  # "may try to seize the towns": the attempt itself is only possible
        return _local(parent) or label
    if label == "future" and parent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                                           for c in parent.children):
        return "negated"  # "there was no plan to send troops", "has no intention of attacking": none intended
    if label is not None:
        return label
    lemma = parent.lemma_.lower()
    if lemma == "have" and child.dep_ == "xcomp" and to_infinitive(child) and parent.tag_ in ("VBZ", "VBP"):
        return "prescriptive"  # "has to respond"
    if lemma == "be" and child.dep_ == "xcomp" and to_infinitive(child) and parent.dep_ == "ROOT":
        return "future"  # "The council is to vote"
    return None


def _lexical_label(parent: Token, child: Token) -> str | None:
    """The label a governing word gives its complement; "it is essential that X" reads the predicate."""
    words = {parent.lemma_.lower(), parent.lower_}
    words |= {f"{parent.lemma_.lower()} {c.lower_}" for c in parent.children if c.dep_ == "prt"}  # "call off"
    if parent.lemma_ == "be" and child.dep_ in ("ccomp", "xcomp", "csubj", "nsubj", "advcl"):  # "for X to": advcl
        words |= {c.lower_ for c in parent.children if c.dep_ in ("acomp", "attr")}
    if parent.lemma_ == "be" and child.dep_ == "attr":  # "the demand is the release": the subject governs
        words |= {c.lemma_.lower() for c in parent.children if c.dep_ == "nsubj"}
    dep = "acl" if parent.pos_ == "NOUN" and child.dep_ == "advcl" else child.dep_  # see _infinitive_of_object
    if dep == "advcl" and _comma_participle(child):
        return None  # "ordered troops to the border, threatening to ...": the doer's own act, no complement
    if dep == "dobj" and any(c.dep_ == "acl" and _content_of_noun(c) for c in child.children):
        dep = "claim"  # "rejected the idea that ...": the object holds a claim, which the verb judges
    for label, governors, deps in _GOVERNORS:
        if words & governors and dep in deps:
            return label
    return None


def _comma_participle(clause: Token) -> bool:
    """"..., threatening to take the region by force": an -ing participle set off by a comma, with no mark."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (clause.tag_ == "VBG" and before is not None and before.text == ","
            and not any(c.dep_ in ("mark", "nsubj") for c in clause.children))


def _infinitive_of_object(clause: Token) -> Token | None:
    """"Hamas rejected calls to release the soldier": the parser may hang an infinitive that completes the verb's
    object noun on the verb itself; the noun right before it ("calls", "an offer") is what governs it."""
    if clause.dep_ != "advcl" or not to_infinitive(clause) or _own_subject(clause):
        return None
    start = clause.left_edge.i
    return next((c for c in clause.head.children
                 if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i + 1 == start), None)


def _for_to_governor(clause: Token) -> Token | None:
    """"voted for calls for US troops to leave", "renewed its demand for the army to withdraw": the parser hangs a
    "for X to Y" clause on whatever verb it finds, but the word right before "for" is the one that governs it, when
    that word governs clauses (a call, a demand, a plan)."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is None or not to_infinitive(clause) or mark.i == 0 or mark.i != clause.left_edge.i:
        return None
    word = clause.doc[mark.i - 1]
    if word.i == clause.head.i or word.pos_ not in ("NOUN", "VERB", "ADJ"):
        return None
    lemmas = {word.lemma_.lower(), word.lower_}
    return word if any(lemmas & governors for _, governors, _ in _GOVERNORS) else None


def _rather_than(clause: Token) -> bool:
    """"Rather than provoke a conflict, X should …": the avoided alternative."""
    words = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark")}
    return {"rather", "than"} <= words or "instead" in words


def _governing_label(node: Token) -> str | None:
    label = _local(node)
    return label if label not in (None, "negated") else None


def _in_question(token: Token) -> bool:
    """A sentence that ends with "?" asks rather than asserts."""
    doc = token.doc
    start, end = sentence_bounds(token)
    last = doc[end - 1]
    return last.text == "?" or (last.is_punct and end - start > 1 and doc[end - 2].text == "?")


# --- stated intentions ---------------------------------------------------------------------------

_INTENT_MODALS = MappingProxyType({"will": "future", "'ll": "future", "wo": "future", "shall": "future",
                                   "would": "future", "must": "prescriptive", "should": "prescriptive",
                                   "ought": "prescriptive"})  # "wo" is spaCy's token for "won't"
# "plans to send troops", "needs to withdraw": governors that state the subject's own intention or duty.
_INTENT_GOVERNORS = MappingProxyType({
    "plan": "future", "intend": "future", "prepare": "future", "aim": "future", "ready": "future", "willing": "future",
    "prepared": "future", "eager": "future", "need": "prescriptive", "have": "prescriptive",
    "ought": "prescriptive"})  # "Russia ought to withdraw": the parser makes "ought" the head, the act its xcomp


def stated_intent(clause_head: Token) -> str | None:
    """"future" when the clause states what its subject will do ("Iran will send aid", "plans to visit"), also
    on a condition ("will retaliate if attacked": a threat or an offer is conditional by nature), "prescriptive"
    when it states what the subject must do; None otherwise, and for passives and counterfactuals ("would have
    attacked if", "the suspects will be handed over"), which state no one's intent."""
    children = list(clause_head.children)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or _thought_by_another(clause_head):
        return None
    if _asked(clause_head) or _narrated_would(clause_head, children) or _in_question(clause_head):
        return None  # "Will Iran retaliate?": a question states no one's intent
    infinitive = clause_head.dep_ == "xcomp" and to_infinitive(clause_head)
    if infinitive and _denied_reluctance(clause_head.head):
        return stated_intent(clause_head.head)  # "won't hesitate to use force if necessary": the one not hesitating
    if _conditioned(children) and not _conditional_intent(clause_head, children):
        return None
    modals = [_INTENT_MODALS[c.lower_] for c in children if c.dep_ == "aux" and c.lower_ in _INTENT_MODALS]
    if modals:
        return None if "would" in {c.lower_ for c in children} and _perfect(children) else modals[0]
    if _held_necessary(clause_head) or _time_for(clause_head):
        return "prescriptive"  # "it is essential that Iran cooperate", "it is time for Israel to lift the blockade"
    if infinitive:
        governor = clause_head.head
        if {governor.lemma_.lower(), governor.lower_} & _DESIRE:
            return "future"  # "wants to send aid": the subject's own wish, as CAMEO's "express intent" has it
        return _INTENT_GOVERNORS.get(governor.lemma_.lower())
    return None


def _asked(clause_head: Token) -> bool:
    """"declined to say whether Washington would strike", "asked if Iran would attend": an open question, not
    anyone's stated intent."""
    return clause_head.dep_ == "ccomp" and _mark(clause_head) in ("whether", "if")


def _narrated_would(clause_head: Token, children: list[Token]) -> bool:
    """"Israeli troops would withdraw from populated areas": a main clause with "would" and no one saying it is the
    writer's account of terms or of what may follow, not a party's stated intent."""
    if clause_head.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return False
    return not any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _REPORTING for c in children)


_NECESSARY = frozenset({"essential", "important", "vital", "imperative", "necessary", "crucial", "urgent"})


def _time_for(clause: Token) -> bool:
    """"it was time for Israel to lift the blockade", "it is time to talk": saying the time has come for an act asks
    for it (the parser hangs the infinitive on "time")."""
    noun = clause.head
    return (clause.dep_ in ("relcl", "acl", "advcl") and to_infinitive(clause) and noun.lemma_.lower() == "time"
            and noun.dep_ == "attr" and noun.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in noun.head.children))


def _held_necessary(clause_head: Token) -> bool:
    """The clause is what "it is essential / important" says must be done, with its own subject."""
    copula = clause_head.head
    if clause_head.dep_ not in ("ccomp", "advcl") or copula.lemma_ != "be" or copula.i == clause_head.i:
        return False
    subject = next((c for c in clause_head.children if c.dep_ == "nsubj"), None)
    # a base form, also one the tagger read as a present after a singular subject ("that Iran cooperate"); not "it
    # was important that the army withdrew", a past told rather than an act asked for
    subjunctive = clause_head.tag_ == "VB" or (clause_head.tag_ == "VBP" and subject is not None
                                               and subject.tag_ in ("NN", "NNP"))
    return subjunctive and subject is not None and any(
        c.dep_ == "acomp" and c.lower_ in _NECESSARY for c in copula.children)


_REFUSING_MODALS = frozenset({"will", "'ll", "wo", "shall", "would"})  # "wo" is spaCy's token for "won't"


def stated_refusal(clause_head: Token, *, agreeing: bool = False) -> bool:
    """True when the clause's own negation says its subject will not act ("Iran will not attend the talks", "we won't
    negotiate") or, for a verb of agreeing, did not agree ("the rebels did not accept the plan"): a refusal. Not
    for passives ("the prisoners will not be released" is no one's refusal) nor for negations from above."""
    children = list(clause_head.children)
    if not any(c.dep_ == "neg" for c in children) or any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if _thought_by_another(clause_head):  # "analysts believe Iran will not attend the talks"
        return False
    modals = {c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & _REFUSING_MODALS:
        return not _perfect(children)  # "would not have attacked" is a counterfactual
    return agreeing and not modals


def _thought_by_another(clause_head: Token) -> bool:
    """"Officials believe the rebels will attack", "expressed hope that the two sides would resume talks": a
    clause someone believes, hopes or fears states that one's view, not its subject's intent; a reported one
    ("the rebels said they would attack") states the subject's own."""
    if clause_head.dep_ not in ("ccomp", "acl") or clause_head.head.i == clause_head.i or _held_necessary(clause_head):
        return False
    if clause_head.dep_ == "acl" and not any(c.dep_ == "mark" for c in clause_head.children):
        return False  # "a plan to send troops": not a content clause
    subject = next((c for c in clause_head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _OWN_PRONOUNS:
        return False  # "Iran hopes it will sign the deal": the hope is the subject's own
    return clause_head.head.lemma_.lower() not in _REPORTING


_OWN_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _conditional_intent(clause_head: Token, children: list[Token]) -> bool:
    """"Iran will retaliate if attacked", "he said he would use force if necessary": a party's own conditional
    threat or offer. "Were such a battle to occur, the group would mobilize" is the writer's speculation, and
    "would have attacked if" a counterfactual."""
    modals = {c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"}
    if _perfect(children) or not modals & set(_INTENT_MODALS):
        return False
    reported = clause_head.dep_ == "ccomp" and clause_head.head.lemma_.lower() in _REPORTING
    return reported or bool(modals & _FUTURE_MODALS)


def speaker_of(clause_head: Token) -> Token | None:
    """Who says the clause: the subject of the reporting verb above it ("..., the UN said")."""
    for verb in clause_head.ancestors:
        if verb.lemma_.lower() in _REPORTING:
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None

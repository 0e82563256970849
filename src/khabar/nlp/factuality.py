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

What someone fears, hopes or guesses is not told as done or as announced ("feared the army would shell the town",
"analysts expect the army to attack", "believes the militants plan to attack"), nor what a claim, a rumour or a
suspicion holds until the text confirms it ("the claim that rebels shelled the hospital could not be verified").
The act one party accuses another of ("accused Moscow of shelling the plant", "charged with attacking police") is
hypothetical: the accusation is the event (coded ACCUSE), and the act is its content, which the text does not tell
as done and which the accused as a rule denies; coding it as well would count one charge as two events, and as an
attack the text never reports. A definite event noun in the charge ("blamed X for the bombing") still presupposes
the act: only who did it is charged. A question asks ("Will the army attack?"), and a topic of talks ("talks on a
ceasefire") is sought, not done.
"""
from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from .arguments import mandated_clause
from .lexicon import load_lexicon
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
# Texts whose provisions are told in the future or as duties: "the bill would ban", "the deal will require", "the
# agreement provides for the release of prisoners".
TEXTS = frozenset({"bill", "law", "legislation", "resolution", "measure", "agreement", "deal", "accord", "treaty",
                   "proposal", "plan", "draft", "decree", "amendment", "motion", "rule", "regulation", "order",
                   "provision", "clause", "text", "document", "pact", "protocol", "charter", "constitution",
                   "truce", "ceasefire", "framework", "roadmap", "arrangement", "memorandum", "term", "terms"})
_POSTPONING = frozenset({"postpone", "delay", "defer", "reschedule", "put off", "push back"})
# Nouns of a demand and of an aim: what they name (either side of "is") is asked for or sought, not done.
_DEMAND_NOUNS = frozenset({"demand", "call", "request", "condition", "precondition", "ultimatum"})
_AIM_NOUNS = frozenset({"goal", "aim", "objective", "priority", "purpose", "plan", "intention", "target", "hope",
                        "ambition", "mission", "task", "agenda"})
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
    # "postponed the offensive until spring", "the strike was put off": what is put off is still to come
    ("future", _POSTPONING, frozenset({"dobj", "nsubjpass", "xcomp", "pcomp"})),
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
    # "the drill simulated an attack on the capital": an act played out, not done
    ("hypothetical", frozenset({"simulate", "rehearse", "mimic", "feign", "imitate"}),
     frozenset({"dobj", "xcomp", "pcomp"})),
    # "agreed to withdraw", "offered to mediate", "decided to send troops": the act is still to come
    # "wants to sign the accord", "hopes to visit Cairo": a wish commits no one to the act, as a plan does
    ("hypothetical", _DESIRE, frozenset({"xcomp"})),
    ("future", frozenset({"agree", "offer", "decide", "consent", "undertake", "commit", "volunteer", "propose",
                          "resolve", "opt", "choose", "ready", "willing", "prepared", "eager"}),
     frozenset({"xcomp"})),
    # "deployed police to Haiti to help fight gangs", "hired mercenaries to fight jihadists": what a force is posted
    # or hired for is still sought when it is posted. Not "send" or "mobilise": "sent letters to protest" and
    # "mobilised its supporters to back the government" tell the protest and the backing themselves
    ("future", frozenset({"deploy", "redeploy", "dispatch", "station", "position", "hire", "recruit"}),
     frozenset({"advcl"})),
    # "expressed willingness to mediate", "its readiness to help", "is open to dialogue": the act on offer, to come
    ("future", frozenset({"willingness", "readiness", "intention", "intent", "commitment", "determination",
                          "offer", "pledge", "promise", "vow", "decision", "resolve"}), frozenset({"acl"})),
    # "reached an agreement to withdraw troops", "signed a deal to swap prisoners", "a motion to impose sanctions":
    # what a text or an accord provides for is still to be done
    ("future", (TEXTS - {"order"}) | {"understanding"}, frozenset({"acl"})),  # "an order to attack" is a command
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
    ("prescriptive", _DEMAND_NOUNS, frozenset({"attr"})),
    ("future", _AIM_NOUNS, frozenset({"attr"})),
    ("hypothetical", frozenset({"risk", "threat", "possibility", "prospect", "danger", "chance", "likelihood",
                                "fear", "possible", "likely", "unlikely", "probable", "capacity", "ability",
                                "capable", "willing", "option", "right", "way", "means",  # "the right to respond"
                                "condition", "precondition", "proviso"}),  # "on condition that the army withdraws"
     _COMPLEMENTS | {"dobj", "pobj", "nsubj"}),
)
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
    if label == "future" and _inside_a_guess(clause_head):
        return "hypothetical"  # "Turkey believes the militants plan to attack": a guess at another's plan
    return label


# The dependencies along which a clause stays inside the content of the clause above it.
_INSIDE = frozenset({"xcomp", "ccomp", "conj", "acl", "prep", "pobj", "pcomp", "dobj", "nsubj", "nsubjpass"})


def _inside_a_guess(clause_head: Token) -> bool:
    """The clause is part of what someone believes, fears or hopes ("believes the militants plan to attack",
    "fears that the rebels are preparing to storm the town"): a plan or a schedule told there is a guess."""
    node = clause_head
    for _ in range(_MAX_STEPS):
        if _wished(node):
            return True
        if node.dep_ not in _INSIDE or node.head.i == node.i:
            return False
        node = node.head
    return False


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
    if any(c.dep_ == "acl" and _set_for_a_day(c) for c in node.children):
        return "future"  # "the protest planned for Sunday"
    return next((_QUALIFIED_NOUNS[c.lower_] for c in node.children
                 if c.dep_ == "amod" and c.lower_ in _QUALIFIED_NOUNS), None)


def _set_for_a_day(participle: Token) -> bool:
    """"planned for Sunday", "scheduled for next week": a participle of planning set for a day or a date (not "planned
    for months", how long the plan took)."""
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in _ANTICIPATING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" and o.tag_ != "NNS" for o in c.children) for c in participle.children)


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
    if ("would" in modals or modals & _FUTURE_MODALS) and _asks_yes_or_no(node, children, deps):
        return "question"  # "Will the army attack the town?": asked, not announced
    if "would" in modals or modals & _FUTURE_MODALS:
        # "would have prompted", "will attack if the talks fail": conditions make it hypothetical; "hoped the
        # rebels would disarm" is a wish, not an announcement
        conditional = _conditioned(children) or _against_any(children) or (
            "would" in modals and (_perfect(children) or any(_supposed(c) for c in children)))
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


def _asks_yes_or_no(node: Token, children: list[Token], deps: list[str]) -> bool:
    """"Will Iran retaliate?", "Would Russia invade Ukraine?": a main clause whose modal comes before its subject, in a
    sentence that ends with "?"."""
    modal = next((c for c, dep in zip(children, deps) if dep == "aux" and c.tag_ == "MD"), None)
    subject = next((c for c, dep in zip(children, deps) if dep in ("nsubj", "nsubjpass", "expl")), None)
    if node.dep_ != "ROOT" or modal is None or subject is None or modal.i > subject.i:
        return False
    return _in_question(node)


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
    Mordor will launch an offensive", "fears that the militia would attack", "expects the army to launch an
    offensive": the content of a fear or a guess, or another's act expected, no one's announcement."""
    if clause.dep_ == "acl" and _content_of_noun(clause):
        return _hearsay(clause.head)
    if clause.dep_ != "ccomp":
        return False
    words = {clause.head.lemma_.lower(), clause.head.lower_}
    return bool(words & (_DESIRE | _GUESSING)) or _anothers_act_expected(clause.head, clause)


# Verbs of expecting: what one expects another to do is one's guess ("analysts expect the army to attack"); what
# one expects to do oneself, or what "is expected", is a plan or a schedule ("expects to sign the accord").
_EXPECTING = frozenset({"expect", "anticipate", "predict", "forecast"})


def _anothers_act_expected(verb: Token, clause: Token) -> bool:
    """"Analysts expect the army to launch an offensive", "said it expected al-Shabaab to attack the capital"."""
    if verb.lemma_.lower() not in _EXPECTING or clause.dep_ not in ("ccomp", "xcomp") or clause.head.i != verb.i:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "is expected to vote": a schedule
    doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    expecter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return doer is not None and doer.lower_ not in _OWN_PRONOUNS and (expecter is None or
                                                                      doer.lower_ != expecter.lower_)


# Nouns whose "that" clause holds what someone claims, suspects, fears or imagines, not a fact: "the claim that
# rebels shelled the hospital", "rumours that the army had arrested the governor", "fears that the militia would
# attack". Reports, news and evidence tell what they hold; a claim confirmed ("confirmed claims that") does too.
_HEARSAY = frozenset({"claim", "allegation", "accusation", "charge", "rumour", "rumor", "speculation", "suspicion",
                      "suggestion", "theory", "assertion", "fear", "concern", "worry", "belief", "impression",
                      "hypothesis", "conjecture", "idea", "notion", "hope", "expectation", "prediction"})
# Verbs that, said of a claim, make what it holds a fact.
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate", "prove", "establish", "vindicate"})


def _hearsay(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _HEARSAY


def _judged_hearsay(noun: Token) -> str | None:
    """What a claim's content is, by what the clause above says of the claim: confirmed, it is told (None: the walk
    goes on to that clause); rejected or denied, the walk finds that; otherwise it is only claimed: hypothetical."""
    verb = noun.head
    if verb.i == noun.i:
        return "hypothetical"
    children = list(verb.children)
    if verb.lemma_.lower() in _CONFIRMING and not _has_negation(children, [c.dep_ for c in children]):
        return None
    return None if _lexical_label(verb, noun) is not None else "hypothetical"


# Verbs of fearing or hoping: what they hold is feared or hoped, whatever its tense ("feared the hostages had been
# killed", "hoped the rebels had withdrawn"); "suspect", "believe" and "think" of a past act keep it told, as the
# doubt is on who did it ("police suspect the gang kidnapped the girl").
_FEARING = frozenset({"fear", "worry", "doubt", "speculate", "guess", "wonder", "imagine", "hypothesize",
                      "hypothesise", "hope", "hoped", "hopes", "hoping"})


def _feared(verb: Token, clause: Token) -> bool:
    return clause.dep_ == "ccomp" and bool({verb.lemma_.lower(), verb.lower_} & _FEARING)


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


def _against_any(children: list[Token]) -> bool:
    """"will retaliate against any aggression", "would punish any attack": an act aimed at whatever may come is
    done only if it comes."""
    return any((c.dep_ == "dobj" and _any_one(c)) or (c.dep_ == "prep" and any(
        o.dep_ == "pobj" and _any_one(o) for o in c.children)) for c in children)


def _conditioned(children: list[Token]) -> bool:
    return any(c.dep_ == "advcl" and (_mark(c) in _CONDITIONAL_MARKS or _inverted(c)) or _proviso(c)
               for c in children)


# Words that open a condition though the parser reads them as verbs: "provided that", "assuming", "supposing".
_PROVISOS = frozenset({"provided", "providing", "assuming", "supposing"})


def _proviso(child: Token) -> bool:
    """"will free the hostages provided that the army withdraws", "as long as the rebels do not attack": a
    condition the parser hangs on the clause as a complement or an adverb."""
    if child.dep_ in ("advcl", "ccomp") and child.lower_ in _PROVISOS:
        return True
    doc = child.doc
    return (child.dep_ == "advmod" and child.lower_ == "long" and 0 < child.i < len(doc) - 1
            and doc[child.i - 1].lower_ in ("as", "so") and doc[child.i + 1].lower_ == "as")


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
    if head.i == node.i or dep in ("parataxis", "appos"):
        return None
    if dep == "relcl" and not _whoever(head) and not (to_infinitive(node) and _governs_infinitives(head)):
        return None  # "ways to end the blockade" is no relative clause, whatever the parser says
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
    if dep == "nsubjpass" and (_lexical_label(head, node) == "negated" or head.lemma_.lower() in _POSTPONING):
        return head  # "the strike was called off", "was postponed": the verb tells that the event does not happen
    if dep in ("nsubj", "nsubjpass") and head.lemma_.lower() not in _OCCURRENCE and not _predicated(head) \
            and not _anticipated(node) and not _whoever(node) and not _supposed(node) and not _named_as_aim(node) \
            and not _contingent(node):
        return None  # "the raid could trigger a conflict": the raid is not what is hypothetical
    if dep == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _AGENCY:
        return None  # "denied responsibility for the strike": who did it is in question, not that it happened
    return head


# Modals that make the subject of their clause a supposition: "a blockade would disrupt", "an attack could trigger".
_SUPPOSING_MODALS = frozenset({"would", "could", "might", "may"})


def _supposed(subject: Token) -> bool:
    """"A Chinese blockade of Taiwan would disrupt supplies", "an attack on the fleet could trigger a war",
    "sanctions would hurt the economy": an event noun named by no particular occasion (indefinite or a bare plural,
    undated) as the subject of a would/could/might clause is supposed, not told. "The raid could trigger a war"
    tells of the raid that was; "a new round of talks will begin on Monday" is to come, as its clause says."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN" or subject.head.i == subject.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in subject.head.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
        return False  # "a raid on Monday could ..." names one
    dets = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss", "nummod")}
    return dets <= {"a", "an"} and (bool(dets) or subject.tag_ == "NNS") and _event_noun(subject)


def _event_noun(noun: Token) -> bool:
    """A noun the lexicon lists as an event of its own ("attack", "blockade"), not a doer ("an official")."""
    return any(e.alone or e.alone_with_agent for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN"))


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
    if subject.dep_ != "nsubjpass" or verb.lemma_.lower() not in _ANTICIPATING:
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "auxpass"]
    return any(a in _PRESENT_PASSIVE for a in auxes) or (any(a in ("was", "were") for a in auxes) and _ahead(verb))


def _ahead(verb: Token) -> bool:
    """"(officials said) a raid was planned for next week": a past passive, told in reported speech, of an act set
    for a time still to come."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lower_ in ("next", "coming") for t in c.subtree)
               for c in verb.children)


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
    if child.dep_ == "acl" and _content_of_noun(child) and _hearsay(parent):
        return _judged_hearsay(parent)  # "the claim that rebels shelled the hospital could not be verified"
    label = _untold_complement(parent, child)
    if label is not None:
        return label
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
    if label == "future" and _unfulfilled(parent):
        return "hypothetical"  # "the suspects had planned to attack a church": a plot told as past, not done
    if label is not None:
        return label
    lemma = parent.lemma_.lower()
    if lemma == "have" and child.dep_ == "xcomp" and to_infinitive(child) and parent.tag_ in ("VBZ", "VBP"):
        return "prescriptive"  # "has to respond"
    if lemma == "be" and child.dep_ == "xcomp" and to_infinitive(child) and parent.dep_ == "ROOT":
        return "future"  # "The council is to vote"
    return None


def _untold_complement(parent: Token, child: Token) -> str | None:
    """Complements that tell no act done whatever class the governing word has in _GOVERNORS: a condition, an
    exhortation, a supposed or contingent event, what is feared or expected of another, the act charged, a topic."""
    if child.dep_ == "ccomp" and parent.lower_ in _PROVISOS:
        return "hypothetical"  # "Assuming the talks fail, ...": the condition
    if parent.lemma_.lower() == "let" and any(c.lower_ in ("us", "'s") for c in (*parent.children, *child.children)):
        return "prescriptive"  # "Let us fight the occupiers": an exhortation
    if _supposed(child) or _contingent(child) or _feared(parent, child) or _anothers_act_expected(parent, child):
        return "hypothetical"  # "a Chinese blockade of Taiwan would disrupt supplies": if there were one
    if _charged(parent, child) or _topic_of_talks(parent, child):
        return "hypothetical"  # "accused Moscow of shelling the plant", "held talks on a ceasefire"
    return None


# Verbs and nouns of charging someone with an act: "accused Moscow of shelling the plant", "charged with attacking
# police", "on suspicion of smuggling weapons".
_CHARGING = frozenset({"accuse", "charge", "suspect", "allege", "indict", "accusation", "suspicion", "allegation"})


def _charged(prep: Token, child: Token) -> bool:
    """"Kyiv accused Moscow of shelling the plant": the act one party charges another with is the charge's content,
    not an act the text tells as done (the ACCUSE is the event; the accused, as a rule, denies it): hypothetical,
    as what a claim holds. A definite act ("blamed X for the bombing", "accused Y of the killing of ...")
    presupposes the act: only who did it is charged, and the walk finds it told."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "with") or child.dep_ not in ("pcomp", "pobj"):
        return False
    host = prep.head
    if host.lemma_.lower() not in _CHARGING:
        host = host.head  # "accused the militia of seizing aid": the parser may hang the phrase on the object
    if host.lemma_.lower() not in _CHARGING:
        return False
    return child.dep_ == "pcomp" or not _presupposed(child)


# Talks and their verbs: what they are "on" or "about" is what is sought or weighed, not done ("held talks on a
# ceasefire", "negotiations about a prisoner exchange", "discussed on ending the war").
_TALKS = frozenset({"talk", "talks", "negotiation", "discussion", "consultation", "debate", "dialogue", "deliberation",
                    "meeting", "summit", "conference", "negotiate", "discuss", "deliberate", "consult", "confer"})


def _topic_of_talks(prep: Token, child: Token) -> bool:
    """A topic of talks; a definite or possessed event ("talks on the attack on the embassy") is presupposed."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "about", "over", "regarding", "concerning"):
        return False
    if {prep.head.lemma_.lower(), prep.head.lower_}.isdisjoint(_TALKS):
        return False
    return child.dep_ == "pcomp" or (child.dep_ == "pobj" and not _presupposed(child))


# Verbs of meaning to act that, in the past perfect, tell an intention that was not carried out.
_MEANING_TO = frozenset({"plan", "intend", "mean", "expect", "aim", "hope", "want", "prepare"})


def _unfulfilled(verb: Token) -> bool:
    """"had planned to attack", "had been preparing to storm": an intention told in the past perfect was overtaken
    (foiled, abandoned, or not yet carried out when the story is told)."""
    return verb.lemma_.lower() in _MEANING_TO and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                      for c in verb.children)


def _lexical_label(parent: Token, child: Token) -> str | None:
    """The label a governing word gives its complement; "it is essential that X" reads the predicate."""
    words = {parent.lemma_.lower(), parent.lower_}
    words |= {f"{parent.lemma_.lower()} {c.lower_}" for c in parent.children if c.dep_ == "prt"}  # "call off"
    if parent.lemma_ == "be" and child.dep_ in ("ccomp", "xcomp", "csubj", "nsubj", "advcl"):  # "for X to": advcl
        words |= {c.lower_ for c in parent.children if c.dep_ in ("acomp", "attr")}
    if parent.lemma_ == "be" and child.dep_ == "attr":  # "the demand is the release": the subject governs
        words |= {c.lemma_.lower() for c in parent.children if c.dep_ == "nsubj"}
    if child.dep_ == "nsubj" and _named_as_aim(child):  # "the release is a key demand": the predicate governs
        words |= {c.lemma_.lower() for c in parent.children if c.dep_ == "attr"}
        return _lexical_label_of(words, "attr")
    # see _infinitive_of_object; "ways to end the blockade": an infinitive the parser calls a relative clause
    dep = "acl" if parent.pos_ == "NOUN" and child.dep_ in ("advcl", "relcl") else child.dep_
    if dep == "advcl" and _comma_participle(child):
        return None  # "ordered troops to the border, threatening to ...": the doer's own act, no complement
    if dep == "dobj" and any(c.dep_ == "acl" and _content_of_noun(c) for c in child.children):
        dep = "claim"  # "rejected the idea that ...": the object holds a claim, which the verb judges
    return _lexical_label_of(words, dep)


def _lexical_label_of(words: set[str], dep: str) -> str | None:
    for label, governors, deps in _GOVERNORS:
        if words & governors and dep in deps:
            return label
    return None


def _named_as_aim(subject: Token) -> bool:
    """"The release of all prisoners is a key demand of the opposition", "a ceasefire is the main goal": an act
    named as a demand or an aim."""
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _DEMAND_NOUNS | _AIM_NOUNS for c in verb.children)


# Words that make their subject hang on something else: "the release of the hostages depends on the talks".
_CONTINGENT = frozenset({"depend", "hinge", "contingent", "conditional", "dependent"})


def _contingent(subject: Token) -> bool:
    """An act whose happening depends on another: not told as done."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
        return False
    return verb.lemma_.lower() in _CONTINGENT or (verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _CONTINGENT for c in verb.children))


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

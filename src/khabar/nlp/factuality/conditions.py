"""Conditions and suppositions: acts that happen only if something else does.

A condition opens with "if", "unless" or "provided that", or inverts its verb ("Were such a battle to occur", "Should
the rebels attack"); an act waits on another ("will not negotiate until it withdraws", "the release depends on the
talks"); an event is only supposed ("a blockade would disrupt supplies") or is whichever may come ("any attack",
"anyone who attacked them")."""
from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load_lexicon
from ..sentences import sentence_bounds
from ..syntax import children_of, clause_mark
from .clauses import fronted_modal, own_subject, under_modal
from .orders import imperative

CONDITIONAL_MARKS = frozenset({"if", "unless", "lest"})
_INVERTED_CONDITIONALS = frozenset({"were", "had", "should"})
# Words that open a condition though the parser reads them as verbs: "provided that", "assuming", "supposing".
_PROVISOS = frozenset({"provided", "providing", "assuming", "supposing"})
# Adverbial clauses that tell when an act ends or begins: a past one is told ("fought until the rebels fled"),
# one under a modal is a condition ("will not negotiate until it withdraws")
_PENDING_MARKS = frozenset({"until", "till", "before", "once", "unless"})
# Modals that make the subject of their clause a supposition: "a blockade would disrupt", "an attack could trigger".
_SUPPOSING_MODALS = frozenset({"would", "could", "might", "may"})
# Words that make their subject hang on something else: "the release of the hostages depends on the talks".
_CONTINGENT = frozenset({"depend", "hinge", "contingent", "conditional", "dependent"})
_ANYONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything", "whatever"})
# "for each ten hostages released", "any prisoners freed": a participle on no particular noun tells no particular act
_NONSPECIFIC = frozenset({"each", "every", "any", "additional", "further"})


# --- conditions ----------------------------------------------------------------------------------

def conditioned(children: list[Token]) -> bool:
    return any(c.dep_ == "advcl" and (clause_mark(c) in CONDITIONAL_MARKS or inverted(c)) or _proviso(c)
               for c in children)


def _proviso(child: Token) -> bool:
    """"will free the hostages provided that the army withdraws", "as long as the rebels do not attack": a
    condition the parser hangs on the clause as a complement or an adverb."""
    if child.dep_ in ("advcl", "ccomp") and child.lower_ in _PROVISOS:
        return True
    doc = child.doc
    return (child.dep_ == "advmod" and child.lower_ == "long" and 0 < child.i < len(doc) - 1
            and doc[child.i - 1].lower_ in ("as", "so") and doc[child.i + 1].lower_ == "as")


def assumed(parent: Token, child: Token) -> bool:
    """"Assuming the talks fail, ...": the condition a proviso word governs."""
    return child.dep_ == "ccomp" and parent.lower_ in _PROVISOS


def inverted(clause: Token) -> bool:
    """"Were such a battle to occur, …", "Had they attacked, …": a conditional without "if"."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _INVERTED_CONDITIONALS and clause_mark(clause) is None and first.i <= clause.i


def inverted_modal(children: list[Token], deps: list[str]) -> bool:
    """"Should the rebels attack, ...": "should" before its clause's subject, in a sentence that asks nothing."""
    modal = fronted_modal(children, deps, ("nsubj", "nsubjpass"))
    if modal is None or modal.lower_ != "should" or "mark" in deps:
        return False
    end = sentence_bounds(modal).end  # "Should the government resign?" asks
    return modal.doc[end - 1].text != "?"


def pending(node: Token) -> str | None:
    """"would not negotiate until it withdrew", "will keep up the pressure until Russia ends the war": the act a
    clause of "until" or "before" waits for is not told as done when the clause it hangs on is to come."""
    if node.dep_ != "advcl" or clause_mark(node) not in _PENDING_MARKS:
        return None
    governor = node.head
    holder = governor
    while holder.dep_ in ("xcomp", "conj") and holder.head.i != holder.i and not own_subject(holder):
        holder = holder.head  # "will continue to increase the pressure until": the modal is on "continue"
    if under_modal(holder) or imperative(holder, [c.dep_ for c in children_of(holder)]):
        return "hypothetical"
    return None


def contingent(subject: Token) -> bool:
    """An act whose happening depends on another: not told as done."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
        return False
    return verb.lemma_.lower() in _CONTINGENT or (verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _CONTINGENT for c in children_of(verb)))


# --- suppositions --------------------------------------------------------------------------------

def supposed(subject: Token) -> bool:
    """"A Chinese blockade of Taiwan would disrupt supplies", "an attack on the fleet could trigger a war",
    "sanctions would hurt the economy": an event noun named by no particular occasion (indefinite or a bare plural,
    undated) as the subject of a would/could/might clause is supposed, not told. "The raid could trigger a war"
    tells of the raid that was; "a new round of talks will begin on Monday" is to come, as its clause says."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN" or subject.head.i == subject.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in children_of(subject.head)):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
        return False  # "a raid on Monday could ..." names one
    dets = {c.lower_ for c in children_of(subject) if c.dep_ in ("det", "poss", "nummod")}
    return dets <= {"a", "an"} and (bool(dets) or subject.tag_ == "NNS") and _event_noun(subject)


def _event_noun(noun: Token) -> bool:
    """A noun the lexicon lists as an event of its own ("attack", "blockade"), not a doer ("an official")."""
    return any(e.alone or e.alone_with_agent for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN"))


def _any_determiner(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "any" for c in children_of(noun))


def any_one(noun: Token) -> bool:
    """"any attack", "any aggression": an event noun that names no particular event, only whichever may come."""
    return noun.pos_ == "NOUN" and _any_determiner(noun)


def against_any(children: list[Token]) -> bool:
    """"will retaliate against any aggression", "would punish any attack": an act aimed at whatever may come is
    done only if it comes."""
    return any((c.dep_ == "dobj" and any_one(c)) or (c.dep_ == "prep" and any(
        o.dep_ == "pobj" and any_one(o) for o in children_of(c))) for c in children)


def whoever(noun: Token) -> bool:
    """"anyone who attacked French nationals would face a response", "any group that fires rockets": a party
    picked out only by what it might do, whose act is as real as the clause it is in makes it."""
    return noun.lower_ in _ANYONE or _any_determiner(noun)


def nonspecific(noun: Token) -> bool:
    """"for each additional ten hostages released", "any prisoners freed under the deal": the act a participle tells
    of no particular noun is as real as the clause above it makes it."""
    return any(c.dep_ in ("det", "amod", "quantmod") and c.lower_ in _NONSPECIFIC  # "every hundred prisoners"
               for c in noun.subtree if c.i < noun.i)

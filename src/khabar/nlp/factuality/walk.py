"""The walk: ``factuality_of(clause_head)`` reads the markers on the clause itself (``markers``), then walks up to
the clauses that govern it, through complements, participles, conjoined verbs without their own subject, and noun
phrases, because a governing word decides for its complement (``governed``). The nearest marker wins.

The walk stops where a clause is asserted on its own terms: relative clauses, temporal/causal adverbial clauses
("after police arrested five"), and reported speech ("officials said X happened" keeps X asserted) — but not what
a party has not said or confirmed ("Israel has not said it carried out the strike"), what a rejected claim holds
("rejected the idea that the state had backed down"), nor the act of whoever might do it ("anyone who attacked its
diplomats would face a response", "any attack").
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of, clause_mark, kept_to_infinitive
from .clauses import comma_participle, content_of_noun, has_modal, negative_object, own_subject, presupposed
from .conditions import any_one, contingent, nonspecific, pending, supposed, whoever
from .governed import governed
from .governors import exercised_power, governs_clauses, governs_infinitives, lexical_label
from .markers import local_label
from .plans import POSTPONING, TOPIC_VERBS, anticipated, named_as_aim, predicated, qualified
from .questions import in_question
from .reported import REPORTING, confirming_verb, disputed_after, hearsay, rebuttal_after, unsaid, wished

_MAX_STEPS = 12
# The dependencies along which a clause stays inside the content of the clause above it.
_INSIDE = frozenset({"xcomp", "ccomp", "conj", "acl", "prep", "pobj", "pcomp", "dobj", "nsubj", "nsubjpass"})
_OCCASIONS = frozenset({"at", "in", "on", "after", "following"})  # fronted: "In a meeting on Monday, X warned ..."
# Adverbial clauses whose content the sentence presupposes: they keep their own factuality.
_FACTIVE_MARKS = frozenset({"after", "before", "because", "since", "when", "while", "as", "although", "though",
                            "once", "until", "whereas"})
# Subjects of these verbs inherit their factuality: "such attacks may continue", "a war could break out".
# "Talks have not yet begun": an event that has not started has not happened.
_OCCURRENCE = frozenset({"happen", "occur", "continue", "resume", "erupt", "break", "take", "follow", "ensue",
                         "begin", "start", "commence"})
# "Talks next week will focus on the release": talks named by what they are about happen as that verb says.
_SHARED_BY_SUBJECT = _OCCURRENCE | TOPIC_VERBS
# Nouns of someone's part in an act: denying, claiming or weighing it presupposes that the act happened.
_AGENCY = frozenset({"responsibility", "involvement", "role", "complicity", "part", "hand", "credit", "blame"})


def factuality_of(clause_head: Token) -> str:
    """One of model.FACTUALITY for the event whose clause (or event noun) is ``clause_head``."""
    label = _walk(clause_head)
    if label == "asserted" and clause_head.pos_ == "VERB" and negative_object(clause_head):
        return "negated"  # "the army arrested no one": an act done to no one was not done
    if label == "asserted" and any_one(clause_head):
        return "hypothetical"  # "reserved the right to respond to any attack": no attack in particular
    if label == "future" and clause_head.dep_ == "relcl" and whoever(clause_head.head):
        return "hypothetical"  # "anyone who attacked them would face a response": if anyone does
    if label == "future" and inside_a_guess(clause_head):
        return "hypothetical"  # "Turkey believes the militants plan to attack": a guess at another's plan
    return label


def inside_a_guess(clause_head: Token) -> bool:
    """The clause is part of what someone believes, fears or hopes ("believes the militants plan to attack",
    "fears that the rebels are preparing to storm the town"): a plan or a schedule told there is a guess."""
    node = clause_head
    for _ in range(_MAX_STEPS):
        if wished(node):
            return True
        if node.dep_ not in _INSIDE or node.head.i == node.i:
            return False
        node = node.head
    return False


def _walk(clause_head: Token) -> str:
    node = clause_head
    for _ in range(_MAX_STEPS):
        host = _occasion_host(node)
        if host is not None:  # the occasion of the host's act shares the host clause's factuality
            node = host
            continue
        label = local_label(node) or qualified(node) or pending(node)
        if label is not None:
            return label
        if _disputed_report(node):
            return "hypothetical"
        parent = _parent(node)
        if parent is None:  # a question only when the walk reached the sentence's own main clause
            return "question" if node.dep_ == "ROOT" and in_question(node) else "asserted"
        label = _confirmed_claim(parent, node) or governed(parent, node)
        if label is not None:
            return label
        if presupposed(node):
            return "asserted"
        node = parent
    return "asserted"


def _disputed_report(clause: Token) -> bool:
    """What a party reports ("Russia said it had destroyed a depot"), followed by ", a claim that could not be
    verified" or ", a claim Kyiv denied" (which the parser may make the governor of the reported clause): claimed,
    not told. The reporting verb itself stands ("accused Minsk of training them, a charge Minsk denies")."""
    if clause.dep_ != "ccomp" or not disputed_after(clause):
        return False
    head = clause.head
    if head.lemma_.lower() in REPORTING:
        return True
    return rebuttal_after(clause) and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING


def _confirmed_claim(noun: Token, content: Token) -> str | None:
    """"The UN confirmed the claim that troops had executed prisoners": a claim's content is told if the confirming
    is; "it was not possible to verify the claim", "were unable to confirm the rumour", "have yet to verify it": the
    claim stays a claim (the definite "the claim" presupposes only that it was made)."""
    if not (content.dep_ == "acl" and content_of_noun(content) and hearsay(noun)):
        return None
    verb = confirming_verb(noun)
    if verb is None:
        return None
    return "asserted" if _walk(verb) == "asserted" else "hypothetical"


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


# --- the walk to the governing clause ------------------------------------------------------------

def _parent(node: Token) -> Token | None:
    """The token whose clause governs ``node``, or None where ``node`` is asserted on its own."""
    head, dep = node.head, node.dep_
    if head.i == node.i or dep in ("parataxis", "appos"):
        return None
    if dep == "relcl" and not whoever(head) and not (kept_to_infinitive(node) and governs_infinitives(head)):
        return None  # "ways to end the blockade" is no relative clause, whatever the parser says
    if exercised_power(node):
        return head.head  # "would seize the opportunity to march": the noun of the chance is no event of its own
    if dep == "acl" and not kept_to_infinitive(node) and not content_of_noun(node) and not nonspecific(head):
        return None  # "the militiamen captured during the raid": a reduced relative clause
    if dep == "advcl" and clause_mark(node) in _FACTIVE_MARKS:
        return None
    if dep == "advcl" and _participle_of_the_doer(node):
        return _above(head)  # "denied kidnapping the workers, blaming a rival faction": the blaming was done
    noun = _infinitive_of_object(node) if dep == "advcl" else None
    if noun is not None and governs_infinitives(noun):
        return noun
    word = _for_to_governor(node)
    if word is not None:
        return word
    if dep == "ccomp" and ((head.lemma_.lower() in REPORTING and not unsaid(node)) or rebuttal_after(node)):
        return None
    if dep == "conj" and own_subject(node):
        return None
    if dep == "conj" and (_outside_modal(node) or _outside_complement(node)):
        # "warned that X may be left behind, and urged the Taliban to ...", "denied targeting civilians and accused
        # the army of ...": the conjunct belongs to the clause above
        return _above(head)
    if dep == "nsubjpass" and (lexical_label(head, node) in ("negated", "attempted")
                               or head.lemma_.lower() in POSTPONING):
        return head  # "the strike was called off", "was postponed", "was foiled": the verb tells that it did not happen
    if dep in ("nsubj", "nsubjpass") and head.lemma_.lower() not in _SHARED_BY_SUBJECT and not predicated(head) \
            and not anticipated(node) and not whoever(node) and not supposed(node) and not named_as_aim(node) \
            and not contingent(node):
        return None  # "the raid could trigger a conflict": the raid is not what is hypothetical
    if dep == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _AGENCY:
        return None  # "denied responsibility for the strike": who did it is in question, not that it happened
    return head


def _outside_modal(verb: Token) -> bool:
    """A past or present-tense verb the parser joined to a verb under a modal cannot share the modal ("may be left
    behind, and urged"): it is joined to the clause above, as its tense shows."""
    return verb.tag_ in ("VBD", "VBZ") and has_modal(verb.head)


def _outside_complement(verb: Token) -> bool:
    """A past or present-tense verb the parser joined to a gerund or an infinitive complement ("denied targeting
    civilians and accused the army") cannot be part of that complement: it is joined to the governing verb."""
    head = verb.head
    return (verb.tag_ in ("VBD", "VBZ") and head.tag_ in ("VBG", "VB") and head.dep_ in ("xcomp", "pcomp")
            and not any(c.dep_ == "aux" for c in children_of(head) if c.lower_ != "to"))


def _participle_of_the_doer(clause: Token) -> bool:
    """"The rebels denied kidnapping the aid workers, blaming a rival faction": a participle set off by a comma tells
    what the sentence's subject did beside its main act; the parser may hang it on a gerund or infinitive complement
    ("kidnapping"), whose standing (denied, tried, planned) is not its own."""
    head = clause.head
    return (comma_participle(clause) and head.tag_ in ("VBG", "VB") and head.dep_ in ("xcomp", "pcomp")
            and not own_subject(head))


def _above(verb: Token) -> Token | None:
    """The clause governing ``verb``'s own clause, or None at the top of the sentence."""
    return verb.head if verb.head.i != verb.i else None


def _infinitive_of_object(clause: Token) -> Token | None:
    """"Hamas rejected calls to release the soldier", "arrested five men over a plot to attack the parliament": the
    parser may hang an infinitive that completes the verb's object noun, or the noun of one of its prepositions, on
    the verb itself; the noun right before it ("calls", "an offer", "a plot") is what governs it."""
    if clause.dep_ != "advcl" or not kept_to_infinitive(clause) or own_subject(clause):
        return None
    start = clause.left_edge.i
    objects = [c for c in children_of(clause.head) if c.dep_ == "dobj"]
    objects += [o for c in children_of(clause.head) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
    return next((o for o in objects if o.pos_ == "NOUN" and _ends_before(o, start)), None)


def _ends_before(noun: Token, start: int) -> bool:
    """The noun's phrase ends right before ``start``, also through the phrase of whom it is aimed at, which the parser
    hangs on the verb: "put pressure on Cairo to open the crossing", "stepped up pressure on Minsk to free them"."""
    if noun.right_edge.i + 1 == start:
        return True
    return noun.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.left_edge.i == noun.right_edge.i + 1
        and c.right_edge.i + 1 == start for c in children_of(noun.head))


def _for_to_governor(clause: Token) -> Token | None:
    """"voted for calls for US troops to leave", "renewed its demand for the army to withdraw": the parser hangs a
    "for X to Y" clause on whatever verb it finds, but the word right before "for" is the one that governs it, when
    that word governs clauses (a call, a demand, a plan)."""
    mark_word = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark_word is None or not kept_to_infinitive(clause) or mark_word.i == 0 or mark_word.i != clause.left_edge.i:
        return None
    word = clause.doc[mark_word.i - 1]
    if word.i == clause.head.i or word.pos_ not in ("NOUN", "VERB", "ADJ"):
        return None
    return word if governs_clauses(word) else None

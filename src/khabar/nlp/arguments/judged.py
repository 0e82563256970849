"""The act a judgement takes up: "condemned it" stands for the latest harmful act told before, and "condemned
the massacre", "condemned the strikes on Ukraine's grid", with no doer named in the noun phrase, for the act the
story leads with: a party's claim of an act first, then an act of the noun's own word ("Russian drones struck ...
condemned the strikes"), else the first act told. Its recipient is who did that act, not the victims its phrase
names nor the last armed party named.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..dates.index import plain_extension
from ..lexicon import load_lexicon
from ..syntax import children_of
from ..triggers import claimed_by
from .parties import is_party, nominal_agent
from .passives import is_passive
from .phrases import by_agent, prep_objects
from .subjects import REPORTING_VERBS, clause_subject

# Verbs of judging an act, whose bare "it" or "this" stands for the act judged ("condemned it"), not for a party.
_JUDGING_ACTS = frozenset({"condemn", "denounce", "deplore", "decry", "welcome", "hail"})
_ACT_PRONOUNS = frozenset({"it", "this", "that"})
_HARMFUL_ACTS = frozenset({"ASSAULT", "COERCE"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those"})


def act_judged(obj: Token, verb: Token) -> bool:
    """"Burkina Faso and Niger condemned it": the pronoun takes up the act condemned; who did the act is not named
    by it, and the last armed party named is no recipient."""
    return obj.lower_ in _ACT_PRONOUNS and obj.dep_ == "dobj" and verb.lemma_.lower() in _JUDGING_ACTS


def doer_of_act_judged(verb: Token, objects: list[Token]) -> Token | None:
    """Who did the act a judging verb's object takes up, told in a sentence before; None if no object takes one up
    or no such act is told."""
    if any(act_judged(o, verb) for o in objects):
        return _doer_of_latest_act(verb)
    named = next((o for o in objects if _act_named_without_doer(o, verb)), None)
    return _doer_of_named_act(verb, named) if named is not None else None


def _harmful_acts_before(verb: Token) -> list[Token]:
    """The heads of the harmful acts told in the sentences before the verb's, in text order."""
    doc = verb.doc
    start = verb.sent.start
    heads = {t.head for t in plain_extension(doc, "triggers") or () if t.entry.event in _HARMFUL_ACTS and t.head < start}
    return [doc[i] for i in sorted(heads)]


def _doers(acts: list[Token]) -> list[Token]:
    """The doers of the acts that are parties, but not a party's report of its own forces' act."""
    return [d for d in map(_doer_of_act, acts) if d is not None and is_party(d) and not _own_operation(d)]


def _doer_of_latest_act(verb: Token) -> Token | None:
    """"condemned it": whoever did the latest harmful act told before."""
    return next(iter(_doers(_harmful_acts_before(verb)[::-1])), None)


def _act_named_without_doer(obj: Token, verb: Token) -> bool:
    """"condemned the massacre", "condemned the strikes on Ukraine's energy grid": a definite act noun, judged,
    whose own words name no doer ("condemned the rebels' attack" does)."""
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in _JUDGING_ACTS:
        return False
    if not _harmful_noun(obj):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children_of(obj))
    return definite and nominal_agent(obj) is None and not prep_objects(obj, ("by",))


def _harmful_noun(noun: Token) -> bool:
    """"the massacre", "the strikes", "the attack": a noun the lexicon reads alone as an assault or a coercion."""
    return noun.pos_ == "NOUN" and any(e.alone and e.event in _HARMFUL_ACTS
                                       for e in load_lexicon().entries(noun.lemma_.lower(), "NOUN"))


def _doer_of_named_act(verb: Token, act: Token) -> Token | None:
    """The doer of an earlier act of the noun's own word ("struck" for "the strikes"), else of the story's first
    harmful act: a named act judged is the one the story is about, not the latest fight told."""
    claimer = _claimer_before(verb)
    if claimer is not None:  # "The BLA claimed responsibility for the bombing": the claim names the doer
        return claimer
    acts = _harmful_acts_before(verb)
    same = _doers([a for a in acts if a.lemma_.lower() == act.lemma_.lower()])
    return same[0] if same else next(iter(_doers(acts)), None)


def _claimer_before(verb: Token) -> Token | None:
    """The first party told before the verb's sentence to claim a harmful act ("claimed responsibility for the
    bombing"): who the story says did it."""
    first = _first_claim(verb.doc)
    return first.claimer if first is not None and first.noun < verb.sent.start else None


class _Claim(NamedTuple):
    noun: int  # the harmful act's noun ("the bombing" of "claimed responsibility for the bombing")
    claimer: Token  # the party claiming it


_FIRST_CLAIM_KEY = "khabar.arguments.first_claim"  # doc.user_data key: the doc's first ``_Claim``, or None


def _first_claim(doc: Doc) -> _Claim | None:
    """The doc's first claim of a harmful act by a party, found once per doc: the claimer told before a verb's
    sentence is this one if it comes before the sentence, else there is none; scanning back from each verb made a
    Token of every word before it. Safe to keep: the parse is final (``children_of``) and the test of a noun reads
    nothing but the parse."""
    if _FIRST_CLAIM_KEY not in doc.user_data:
        doc.user_data[_FIRST_CLAIM_KEY] = next((_Claim(i, subject) for i in _nouns_claimed_for(doc)
                                                for subject in [_claimer_of(doc[i])] if subject is not None), None)
    return doc.user_data[_FIRST_CLAIM_KEY]


def _nouns_claimed_for(doc: Doc) -> list[int]:
    """The nouns a claim may name, read off the columns: the object of a "for" ("claimed responsibility for the
    bombing"), the only place ``claimed_by`` looks for one."""
    pos, dep, lower = doc.to_array([POS, DEP, LOWER]).T
    index = numpy.arange(len(doc))
    heads = index + doc.to_array(HEAD).astype(numpy.int64)  # HEAD holds offsets
    return numpy.flatnonzero((pos == NOUN) & (dep == get_string_id("pobj"))
                             & (lower[heads] == get_string_id("for"))).tolist()


def _claimer_of(noun: Token) -> Token | None:
    """The party that claims the harmful act a noun names, if its sentence says one does."""
    claim = claimed_by(noun) if _harmful_noun(noun) else None
    subject = clause_subject(claim) if claim is not None else None
    return subject if subject is not None and is_party(subject) else None


def _doer_of_act(act: Token) -> Token | None:
    if act.pos_ == "NOUN":
        return nominal_agent(act)
    return by_agent(act) if is_passive(act) else clause_subject(act)


def _own_operation(doer: Token) -> bool:
    """"The army said its soldiers killed four of the attackers": an act a party reports of its own forces answers
    the act that is judged; it is not what "condemned it" takes up."""
    clause = doer.head
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children_of(doer))
    return owned and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS

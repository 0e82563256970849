"""Reading noun phrases off the parse: what a relative pronoun or a quantifier stands for, the objects of
prepositions and the "by" agent, coordinated nouns, the words of a mention, and whether a noun names an event.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from ..lexicon import load_lexicon
from ..syntax import children_of, kept_per_doc


RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})


# Modifiers that belong to a mention: "Iraq's Counter Terrorism Service", "Kataib Hezbollah leader X".
_MENTION_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "npadvmod", "punct", "case"})


def with_conjuncts(token: Token) -> list[Token]:
    if token.dep_ != "conj" and not any(c.dep_ == "conj" for c in children_of(token)):
        return [token]  # no coordination to walk (``Token.conjuncts`` would walk it to find none)
    return [token, *(c for c in token.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]


_QUANTIFIERS = frozenset({"all", "most", "some", "many", "several", "few", "none", "dozens", "hundreds", "thousands",
                          "scores", "half", "one", "two", "three", "four", "five", "each", "both", "group", "number",
                          "handful", "couple", "dozen", "hundred", "thousand", "majority", "minority", "rest"})


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("a militia that has carried out ..."),
    a quantifier for what it counts ("nearly all of the men")."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    if token.lower_ in _QUANTIFIERS:
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None:
            return counted
    return token


def by_agent(token: Token) -> Token | None:
    for child in children_of(token):
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            pobj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


# Prepositions of whom or what an act is done to, whose object the parser may take the act's "by" phrase for a
# modifier of: "weapons were supplied to the rebels by Iran", "the bombing of a school by Saudi jets".
_DONE_TO_PREPS = ("to", "of", "on", "against", "at", "into", "upon")


def agent_past_object(token: Token) -> Token | None:
    """The "by" agent of a passive verb or an event noun that the parser hung on its own "to"/"of"/"on" object
    ("supplied to the rebels by Iran"), which, being done to, names no agent of its own."""
    return next((a for o in prep_objects(token, _DONE_TO_PREPS) if not is_event_noun(o)
                 for a in [by_agent(o)] if a is not None), None)


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the given prepositions, never a time ("arrested on Saturday" has no recipient "Saturday")."""
    out = []
    for phrase in _phrases(token):
        if phrase.prep and phrase.word in preps:  # "to thousands of displaced people": them
            out.extend(_phrase_objects(phrase.head))
        elif phrase.word == "out" and "from" in preps:  # "pulled its forces out of Georgia": "out of" is "from"
            out.extend(prep_objects(phrase.head, ("of",)))
    return out


class _Phrase(NamedTuple):
    word: str  # its lower-case word ("to", "out")
    prep: bool  # a prepositional phrase (or a passive's "by" agent), not a bare "out"
    head: Token


@kept_per_doc("khabar.arguments.phrases")  # each rule asks of a verb's phrases by preposition: read them once
def _phrases(token: Token) -> tuple[_Phrase, ...]:
    """The children ``prep_objects`` reads, in order: the phrases, and an "out" that may open "out of"."""
    return tuple(_Phrase(child.lower_, prep, child) for child in children_of(token)
                 for prep in [child.dep_ in ("prep", "agent")] if prep or child.lower_ == "out")


@kept_per_doc("khabar.arguments.phrase_objects")
def _phrase_objects(prep: Token) -> tuple[Token, ...]:
    """The objects of one prepositional phrase, never a time (see ``prep_objects``)."""
    return (*(antecedent(c) for c in children_of(prep) if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")),
            *_gerund_subjects(prep), *_stranded_object(prep),
            *(g for c in children_of(prep) if c.dep_ == "pcomp" for g in [visiting_guest(c)] if g is not None))


def _stranded_object(prep: Token) -> list[Token]:
    """"fired tear gas at Sikh farmers marching toward Delhi": the parser may leave the preposition without an
    object and read the words after it as the subject of a participle clause of the verb; that subject, starting
    right after the preposition, is its object."""
    if children_of(prep):
        return []
    return [antecedent(s) for c in children_of(prep.head) if c.dep_ in ("advcl", "xcomp", "ccomp") and c.tag_ == "VBG"
            for s in children_of(c) if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1]


def visiting_guest(word: Token) -> Token | None:
    """"held talks with visiting Thai Prime Minister Chuan Leekpai", "Visiting Egyptian President Hosni Mubarak
    met ...": the adjective "visiting" before a name, which the parser reads as a verb whose object is the guest.
    The guest, else None (not "visiting Amman": a place visited)."""
    if word.lower_ != "visiting" or word.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux") for c in children_of(word)):
        return None
    guest = next((c for c in children_of(word) if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)
    if guest is None or guest.ent_type_ in ("GPE", "LOC", "FAC") or not guest.text[:1].isupper():
        return None
    return guest


def _gerund_subjects(prep: Token) -> list[Token]:
    """"fired tear gas at lawmakers marching to the commission": the parser may read the object and its
    participle as a gerund clause with a subject; that subject is the preposition's object."""
    return [antecedent(s) for c in children_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"
            for s in children_of(c) if s.dep_ == "nsubj" and s.i < c.i]


def is_event_noun(token: Token) -> bool:
    word = token.lower_ if gerund_subject(token) else token.lemma_.lower()
    return any(e.alone for e in load_lexicon().entries(word, "NOUN"))


def gerund_subject(token: Token) -> bool:
    """"The army's shelling killed five": a gerund the tagger calls a verb, standing as a subject noun."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("dobj", "aux") for c in children_of(token))


# the party rules, the resolver and the relations ask for the words of the same heads again and again; a ``Span`` is
# a view that no caller changes, and it reads only the final parse (see ``syntax.children_of``)
@kept_per_doc("khabar.arguments.mention_span")
def mention_span(head: Token) -> Span:
    """The words that name the argument: the head and its nominal modifiers, without relative clauses."""
    doc = head.doc
    i = head.i
    children = children_of(head)
    left = i
    for child in children:
        if child.i < i and child.dep_ in _MENTION_DEPS:
            left = min(left, child.left_edge.i)
    left = _past_number(head, left)
    left = _past_spaced_dash(doc, left, i)
    while left < i and doc[left].dep_ in ("det", "punct", "nummod", "quantmod", "cc") :
        left += 1
    if left < i and head.dep_ in ("amod", "compound") and doc[i - 1].text == "-":
        left = i  # "Israeli-Syrian talks": "Syrian" names one side of the pair, not "Israeli-Syrian"
    right = i
    for child in (c for c in children if c.i > i):
        if child.dep_ in ("compound", "flat", "case") or (child.dep_ == "punct" and child.text == "-"):
            right = max(right, child.right_edge.i)
        elif _name_continues(head, child) or _title_continues(head, child):
            right = max(right, _name_end(child))
        else:
            break
    return Span(doc, left, right + 1)  # as ``doc[left:right + 1]``, without checking a slice made in bounds


_SPACED_DASHES = frozenset({"—", "–", "--", "-"})


def _past_spaced_dash(doc, left: int, i: int) -> int:
    """"SANAA, Jan 22 (Reuters) - U.S. and British warplanes": the parser may hang a dateline on the first
    noun; a dash standing apart from the words on both sides ends whatever stood before it (a hyphen inside a
    name, "PORT-AU-PRINCE", "Iran-aligned", touches its words and is kept)."""
    for k in range(i - 1, left - 1, -1):
        dash = doc[k]
        if dash.text in _SPACED_DASHES and dash.whitespace_ and k > 0 and doc[k - 1].whitespace_:
            return k + 1
    return left


# What may stand before a head's number without naming anything: "at least 12", "more than 30", and the
# verb's outcome the parser hangs on the object ("shot dead four voters").
_BEFORE_NUMBER = frozenset({"det", "amod", "advmod", "quantmod", "punct", "cc"})


def _past_number(head: Token, left: int) -> int:
    """The start of the name past the head's number and whatever leads up to it: a number is no part of a
    party's name ("at least 12 civilians", "dead four voters": civilians, voters)."""
    number = next((c for c in children_of(head) if c.i < head.i and c.dep_ == "nummod"), None)
    if number is None or number.right_edge.i >= head.i:
        return left
    doc = head.doc
    inside = range(number.left_edge.i, number.right_edge.i + 1)
    if all(i in inside or doc[i].dep_ in _BEFORE_NUMBER for i in range(left, number.right_edge.i + 1)):
        return number.right_edge.i + 1
    return left


def _name_continues(head: Token, prep: Token) -> bool:
    """"Democratic People's Republic of Korea", "Movement for the Actualization of ...": a capitalised name
    that goes on through "of"/"for" into another capitalised word."""
    if head.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return False
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN":
        return False
    return all(t.lower_ == "the" or t.text[:1].isupper() for t in head.doc[prep.i + 1:pobj.i])


# Nouns of an office whose "of" phrase names the office's portfolio ("secretary of state", "minister of defence",
# "chief of staff", "head of state"), not its owner: the title is the phrase whole.
_OFFICE_HEADS = frozenset({"secretary", "minister", "chief", "head"})


def _title_continues(head: Token, prep: Token) -> bool:
    """"The U.S. secretary of state", "Iraq's minister of the interior": an office noun whose "of"/"for" phrase is an
    unnamed portfolio, not a party's name ("the minister of Iraq": Iraq's minister)."""
    if head.pos_ != "NOUN" or head.lower_ not in _OFFICE_HEADS or prep.dep_ != "prep" or (
            prep.lower_ not in ("of", "for")):
        return False
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ or pobj.lower_ in _OWNER_NOUNS:
        return False
    return all(w.lower_ == "the" or w.dep_ in ("amod", "compound") for w in head.doc[prep.i + 1:pobj.i])


# Nouns after "head of" that name whom the office leads rather than its portfolio: the office's owner.
_OWNER_NOUNS = frozenset({"government", "country", "family", "group", "party", "militia", "delegation", "team"})


def _name_end(prep: Token) -> int:
    """The last token of a prepositional phrase's object, without its own clauses or appositions."""
    pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if pobj is None:
        return prep.i
    return max([pobj.i] + [c.right_edge.i for c in pobj.rights if c.dep_ in ("compound", "flat")]
               + [_name_end(c) for c in pobj.rights if _name_continues(pobj, c)])

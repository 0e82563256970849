"""Component ``khabar_relations_v1``: actor relations that the text states.

Patterns, each read off the parse:
- titles before a name: "Kataib Hezbollah leader Abu Mahdi al-Muhandis" (leader_of),
  "Iraq's Prime Minister Mustafa al-Kadhimi" (head_of_government), "Iranian commander X" (member_of);
- a country's named institution: "Iraq's Counter Terrorism Service" (part_of);
- alignment: "X and other Iran-aligned groups", "an Iran-backed militia" (aligned_with);
- clauses about an organisation: "which controls ...", "which leads ...", "which is part of ...",
  "that is dominated by X" (X part_of it), "is led by X" (led_by).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import ENT_TYPE, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .arguments import mention_span
from .syntax import children_of

_LEADER_TITLES = frozenset({"leader", "chief", "head", "founder", "chairman", "secretary-general", "commander-in-chief",
                            "emir", "boss"})
_MEMBER_TITLES = frozenset({"commander", "general", "official", "officer", "spokesman", "spokeswoman", "member",
                            "fighter", "militant", "diplomat", "minister", "envoy", "ambassador", "lawmaker",
                            "deputy", "adviser", "advisor", "operative", "cleric", "negotiator"})
_GOVERNMENT_TITLES = {("prime", "minister"): "head_of_government", ("premier",): "head_of_government",
                      ("president",): "head_of_state", ("king",): "head_of_state", ("emir",): "head_of_state",
                      ("supreme", "leader"): "head_of_state", ("sultan",): "head_of_state"}
_ALIGNED = frozenset({"align", "aligned", "back", "backed", "ally", "allied", "link", "linked", "affiliate",
                      "affiliated", "sponsor", "sponsored", "support", "supported"})
_CLAUSE_VERBS = {"control": "controls", "lead": "leader_of", "head": "leader_of", "run": "controls",
                 "command": "leader_of", "dominate": "controls"}
_PASSIVE_VERBS = {"lead": "led_by", "head": "led_by", "command": "led_by", "run": "led_by",
                  "dominate": "dominated_by", "control": "controlled_by", "back": "aligned_with",
                  "support": "aligned_with", "sponsor": "aligned_with", "align": "aligned_with",
                  "ally": "aligned_with"}
# "X, a faction of Y": the appositive nouns that make X a part or a member of Y.
_PART_NOUNS = {"faction": "part_of", "wing": "part_of", "branch": "part_of", "part": "part_of", "unit": "part_of",
               "offshoot": "part_of", "member": "member_of", "affiliate": "member_of"}
# Organisation nouns that may stand for themselves when a reduced clause describes them ("the army, headed by X"):
# other common nouns so described are rarely actors ("a convoy led by X").
_BODY_NOUNS = frozenset({"army", "military", "mission", "force", "forces", "militia", "movement", "coalition",
                         "council", "government", "command", "party", "alliance", "front", "junta", "group"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class RelationMention:
    subject: Span
    relation: str
    object: Span
    sentence: Span


def _titles_before_name(name: Token) -> list[RelationMention]:
    """A PERSON name preceded by a title, with the title's owner before it."""
    out = []
    titles = [c for c in name.lefts if c.dep_ == "compound" and c.ent_type_ != "PERSON"]
    if name.dep_ == "appos" and name.head.i < name.i:  # "Lebanon's Prime Minister, Saad Hariri"
        titles.append(name.head)
    for title in titles:
        owner = next((c for c in title.lefts if c.dep_ in ("compound", "poss", "amod") and c.ent_type_ in _NAME_ENTS), None)
        words = tuple(t.lower_ for t in title.lefts if t.dep_ in ("compound", "amod") and not t.ent_type_) + (title.lower_,)
        relation = _title_relation(words)
        if owner is None or relation is None:
            continue
        owner_span = _owner_span(owner)
        out.append(RelationMention(_person_span(name, title), relation, owner_span, name.sent))
    return out


def _title_relation(words: tuple[str, ...]) -> str | None:
    for key, relation in _GOVERNMENT_TITLES.items():
        if words[-len(key):] == key:
            return relation
    if words[-1] in _LEADER_TITLES:
        return "leader_of"
    if words[-1] in _MEMBER_TITLES:
        return "member_of"
    return None


def _owner_span(owner: Token) -> Span:
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    return ent if ent is not None else owner.doc[owner.i:owner.i + 1]


def _person_span(name: Token, title: Token) -> Span:
    start = title.i + 1 if title.i < name.i else name.i
    while start < name.i and name.doc[start].ent_type_ != "PERSON":
        start += 1
    return name.doc[start:name.i + 1]


def _institution(head: Token) -> list[RelationMention]:
    """"Iraq's Counter Terrorism Service": a named body of a country."""
    if head.ent_type_ in ("PERSON", "GPE") or head.pos_ != "PROPN":
        return []  # asked before the walk over the modifiers' children
    chain = [head, *(c for c in children_of(head) if c.dep_ == "compound" and c.i < head.i)]  # its left compounds
    poss = next((c for t in chain for c in children_of(t) if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
    if poss is None:
        return []
    span = head.doc[poss.i + 2 if poss.i + 1 < head.i and head.doc[poss.i + 1].dep_ == "case" else poss.i + 1:head.i + 1]
    if any(t.ent_type_ == "PERSON" for t in span) or _title_relation(tuple(t.lower_ for t in span)) is not None:
        return []
    return [RelationMention(span, "part_of", _owner_span(poss), head.sent)]


def _alignment(noun: Token) -> list[RelationMention]:
    """"Kataib Hezbollah and other Iran-aligned groups" → Kataib Hezbollah aligned_with Iran."""
    out = []
    for amod in noun.children:
        if amod.dep_ != "amod" or amod.lower_ not in _ALIGNED:
            continue
        patron = next((c for c in amod.children if c.ent_type_ in _NAME_ENTS), None)
        if patron is None:
            continue
        for member in _aligned_members(noun):
            out.append(RelationMention(mention_span(member), "aligned_with", _owner_span(patron), noun.sent))
    return out


def _aligned_members(noun: Token) -> list[Token]:
    if any(c.lower_ == "other" for c in noun.children) and noun.dep_ == "conj":
        return [noun.head]
    if noun.pos_ == "PROPN":
        return [noun]
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":  # "The Houthis, an Iran-backed movement"
        return [noun.head]
    return []


def _appositive_part(noun: Token) -> list[RelationMention]:
    """"The Frente 33, a faction of the FARC dissidents": the name is part (or a member) of the object."""
    relation = _PART_NOUNS.get(noun.lemma_.lower())
    if relation is None or noun.dep_ != "appos" or not _named(noun.head) or noun.head.i > noun.i:
        return []
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ == "PRON":  # "a member of which was arrested": no body named
        return []
    part = _name_span(noun.head)
    whole = _antecedent(pobj, before=part.start) or _object_span(pobj)
    return [RelationMention(part, relation, whole, noun.sent)]


def _named(head: Token) -> bool:
    """A name, or a common noun a name qualifies ("the Gran Grif gang")."""
    return head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)


def _name_span(head: Token) -> Span:
    """The name with the number that ends it ("the Frente 33")."""
    span = mention_span(head)
    end = max([span.end, *(c.i + 1 for c in head.rights if c.dep_ == "nummod")])
    return head.doc[span.start:end]


def _antecedent(noun: Token, *, before: int) -> Span | None:
    """"a member of the council": the body named earlier whose name ends in that noun ("the Presidential Leadership
    Council"), or that an appositive described so ("Viv Ansanm, a coalition of gangs")."""
    if noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.lefts):
        return None
    earlier = [t for t in noun.doc[:before] if t.lemma_.lower() == noun.lemma_.lower()]
    for word in reversed(earlier):
        if word.ent_type_ == "ORG" and word.pos_ == "PROPN":
            return _owner_span(word)
        if word.dep_ == "appos" and _named(word.head):
            return _name_span(word.head)
    return None


def _reduced_passive(verb: Token) -> list[RelationMention]:
    """"The RSF, led by Mohamed Hamdan Dagalo," and "a coalition of gangs led by X": a participle on a noun."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _PASSIVE_VERBS:
        return []
    holder = _described(verb.head)
    if holder is None:
        return []
    return _passive_relations(verb, verb.lemma_.lower(), _holder_span(holder, None))


def _described(noun: Token) -> Token | None:
    """What a reduced clause describes; in "X, a coalition of gangs led by Y" the parse hangs it on "gangs", but
    an appositive's "of" complement is what the body is made of, and the body (X) is what is led."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.pos_ == "PROPN" or noun.ent_type_ in _NAME_ENTS:
        return noun
    if noun.lower_ in _BODY_NOUNS and any(c.lower_ == "the" for c in noun.lefts):
        return noun
    return None


def _referent(noun: Token) -> Token | None:
    """What a descriptive noun phrase stands for: its appositive head, or the name just before its comma."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in _NAME_ENTS:
        return noun
    if noun.dep_ == "appos":
        return noun.head
    start = noun.left_edge.i
    doc = noun.doc
    if doc[start].lower_ == "the" and noun.dep_ in ("nsubj", "nsubjpass"):
        earlier = [t for t in doc[:noun.sent.start] if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"]
        if earlier:
            return earlier[-1]
    if start >= 2 and doc[start - 1].text == ",":
        prior = [e for e in doc.ents if e.end <= start - 1 and e.sent.start == noun.sent.start and e.label_ == "ORG"]
        return doc[prior[-1].end - 1] if prior else None
    return noun if _named(noun) else None  # "The Misseriya militias, which ..."


def _relational(verb: Token) -> bool:
    """Cheap test first: only these verbs can state a relation (most verbs of a text cannot)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in ("part", "member") for c in children_of(verb))
    return lemma in _CLAUSE_VERBS or lemma in _PASSIVE_VERBS


def _clause(verb: Token) -> list[RelationMention]:
    """Relative clauses and copulas on an organisation: "which controls X", "that is dominated by Y"."""
    if not _relational(verb):
        return []
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        clause = clause.head
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    relative = subject.lower_ in ("which", "that", "who") and clause.dep_ == "relcl"
    holder = _referent(clause.head if relative else subject)
    if holder is None:
        return []
    holder_span = _holder_span(holder, clause if relative else None)
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb))
    if passive:
        return _passive_relations(verb, lemma, holder_span)
    if lemma == "be":
        return _copular_relations(verb, holder_span)
    relation = _CLAUSE_VERBS.get(lemma)
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if relation is None or obj is None:
        return []
    return [RelationMention(holder_span, relation, _object_span(obj), verb.sent)]


def _holder_span(holder: Token, relative_clause: Token | None) -> Span:
    """The name a clause is about; for "Asaib ahl al-Haq (which ...", every word up to the clause."""
    span = _object_span(holder) if holder.pos_ == "NOUN" else mention_span(holder)
    if relative_clause is None or relative_clause.head.i != holder.i:
        return span
    end = relative_clause.left_edge.i
    while end > span.start and holder.doc[end - 1].is_punct:
        end -= 1
    return holder.doc[span.start:max(end, holder.i + 1)]


def _passive_relations(verb: Token, lemma: str, holder: Span) -> list[RelationMention]:
    relation = _PASSIVE_VERBS.get(lemma)
    agent = next((c for c in verb.children if c.dep_ == "agent"
                  or (relation == "aligned_with" and c.dep_ == "prep" and c.lower_ in ("with", "to"))), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if relation is None or pobj is None:
        return []
    if relation == "dominated_by":  # "an umbrella organisation dominated by X and Y": X and Y are its parts
        return [RelationMention(_owner_span(m) if m.ent_type_ else mention_span(m), "part_of", holder, verb.sent)
                for m in [pobj, *pobj.conjuncts] if m.pos_ == "PROPN"]
    return [RelationMention(holder, relation, _object_span(pobj), verb.sent)]


def _copular_relations(verb: Token, holder: Span) -> list[RelationMention]:
    """"which is part of that same bloc", "X is a member of Y"."""
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in ("part", "member")), None)
    if attr is None:
        return []
    of = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None:
        return []
    relation = "part_of" if attr.lemma_.lower() == "part" else "member_of"
    return [RelationMention(holder, relation, _object_span(pobj), verb.sent)]


def _object_span(head: Token) -> Span:
    """The object phrase with its modifiers and any 'in/of' complement ("the bloc in parliament")."""
    span = mention_span(head)
    doc = head.doc
    start = span.start
    while start > head.left_edge.i and doc[start - 1].dep_ in ("det", "amod", "advmod", "compound"):
        start -= 1
    end = max(head.i + 1, max((c.right_edge.i + 1 for c in head.rights if c.dep_ == "prep"), default=head.i + 1))
    return doc[start:end]


def find_relations(doc: Doc) -> list[RelationMention]:
    found: list[RelationMention] = []
    aligned = _has_aligned_word(doc)
    for tok in _candidates(doc):
        pos = tok.pos_  # each ``pos_`` is a string-store lookup: read it once per word
        if tok.ent_type_ == "PERSON" and tok.dep_ != "compound":
            found.extend(_titles_before_name(tok))
        elif pos == "PROPN" and tok.dep_ != "compound":
            found.extend(_institution(tok))
        if aligned and pos in ("NOUN", "PROPN"):
            found.extend(_alignment(tok))
        if pos == "NOUN":
            found.extend(_appositive_part(tok))
        if pos in ("VERB", "AUX"):
            found.extend(_clause(tok))
            found.extend(_reduced_passive(tok))
    return found


_CANDIDATE_POS = (AUX, NOUN, PROPN, VERB)


def _candidates(doc: Doc) -> Iterator[Token]:
    """The words a pattern can start from (names of people, nouns, verbs), read off the columns: a Token made
    for every word of a text costs more than the tests on the few that can start one, and so does turning every
    word's entity label (a large hash) into a Python integer."""
    pos, ent_type = doc.to_array([POS, ENT_TYPE]).T
    wanted = numpy.isin(pos, numpy.array(_CANDIDATE_POS, dtype=pos.dtype)) | (ent_type == doc.vocab.strings["PERSON"])
    for i in numpy.flatnonzero(wanted).tolist():
        yield doc[i]


def _has_aligned_word(doc: Doc) -> bool:
    """Whether any word could mark an alignment ("Iran-aligned"): most texts have none, and then no noun's
    modifiers need reading."""
    return not _aligned_hashes().isdisjoint(doc.to_array(LOWER).tolist())


@cache
def _aligned_hashes() -> frozenset[int]:
    """The string-store hashes of _ALIGNED (the same in every vocab): a set test of the doc's words costs less than
    ``numpy.isin``, which sorts them."""
    return frozenset(get_string_id(word) for word in _ALIGNED)


@Language.factory("khabar_relations_v1", requires=["token.dep", "doc.ents"], assigns=["doc._.relations"])
def make_relations(nlp: Language, name: str):
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", default=None)

    def relations(doc: Doc) -> Doc:
        doc._.relations = find_relations(doc)
        return doc
    return relations

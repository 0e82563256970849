"""What a mention's own words say: the named entity around its head and its character span, and whether
it names a facility, a person, a body by its proper name, an international body, an ethnic group, a
counted or unplaced people, or force used rather than a body of troops.
"""
from __future__ import annotations

from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc, Span, Token

from ...model import Actor
from ..arguments import antecedent
from ..syntax import children_of
from ..text import doc_text, span_text


_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _char_span(span: Span) -> tuple[int, int]:
    return (span.start_char, span.end_char)


def _as_words_of(actor: Actor, span: Span) -> Actor:
    """``replace(actor, text=span_text(span), span=_char_span(span))``, made directly: ``dataclasses.replace`` reads
    every field through the class's field list, and most lookups of a mention's words end here."""
    return Actor(text=span_text(span), name=actor.name, id=actor.id, country=actor.country, sector=actor.sector,
                 aliases=actor.aliases, span=_char_span(span))


_OPENERS_KEY = "khabar.mentions.name_openers"  # doc.user_data key: the columns that say which words may go on a name


def _opens_name(doc: Doc, i: int) -> bool:
    """Whether word ``i`` begins with a capital or is "the", as the words that run a name on past a phrase do.
    Read off the doc's columns, taken once per doc: every mention asks of the word after its phrase, a few hundred
    words of a doc, so reading each word's first letter up front costs more than the asking."""
    columns = doc.user_data.get(_OPENERS_KEY)
    if columns is None:
        starts, lowers = doc.to_array([IDX, LOWER]).T.tolist()
        columns = doc.user_data[_OPENERS_KEY] = (doc_text(doc), starts, lowers, doc.vocab.strings["the"])
    text, starts, lowers, the = columns  # a word's first letter is a slice of the text: no ``Token`` made
    return text[starts[i]:starts[i] + 1].isupper() or lowers[i] == the


def _entity_at(head: Token) -> Span | None:
    """The named entity around ``head``, read off the IOB tags (building ``doc.ents`` per call is slow)."""
    if head.ent_type_ not in _NAME_ENTS:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _counted(head: Token) -> bool:
    """"Five Chinese", "hundreds of Lebanese": a noun with a number, or what a quantifier counts."""
    if any(c.dep_ == "nummod" for c in children_of(head)):
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and antecedent(prep.head).i == head.i


# Words that make a singular noun one countable thing: "a force of 150 fighters", "the joint force", "its force".
_COUNTING_DEPS = frozenset({"det", "poss", "nummod", "compound"})


def _force_as_means(head: Token) -> bool:
    """"respond with full force", "used excessive force", "threatened to use force": force used is no body of
    troops. A body of troops is counted ("a force of 150 fighters", "the joint force") or named ("Quds Force")."""
    return (head.lower_ == "force" and head.pos_ == "NOUN"
            and not any(c.dep_ in _COUNTING_DEPS for c in children_of(head)))


def _is_person(actor: Actor) -> bool:
    return (actor.id or "").startswith("person.")


# Entity types the small model gives names of groups and people it does not know ("Flec" as no entity, "the
# Egbesu Boys" as a work of art). Not an unknown place ("GPE"), nor a nationality ("Hutu" is of no one country).
_MISTAGGED_NAME_ENTS = frozenset({"", "WORK_OF_ART", "PRODUCT"})


def _named_party(root: Token) -> bool:
    """A person or a body by its name: tagged so, or a proper noun the tagger gave no entity type or a mistaken
    one that does something ("Flec attacked"). Elsewhere such a word is as often a town the gazetteer lacks
    ("a curfew on Hodeidah"), which is no more the article's country than any other."""
    if root.ent_type_ in ("PERSON", "ORG"):
        return True
    if root.pos_ == "PROPN" and _joined_to_a_person(root):  # "arrested Musa Bello and Ibrahim Sani": both people
        return True
    return root.ent_type_ in _MISTAGGED_NAME_ENTS and root.pos_ == "PROPN" and root.dep_ == "nsubj"


def _joined_to_a_person(root: Token) -> bool:
    """Whether a name is coordinated with a name tagged a person's."""
    joined = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(t.ent_type_ == "PERSON" for t in joined)


_INTERNATIONAL_WORDS = frozenset({"international", "global", "world", "worldwide", "nations", "without", "foreign"})


def _international(span: Span) -> bool:
    """"Physicians for Human Rights International", "the World Food Programme": a body of no one country."""
    return any(t.lower_ in _INTERNATIONAL_WORDS for t in span)


def _unplaced_people(head: Token, actor: Actor) -> bool:
    """A people the knowledge base does not know and no word places ("Kashmiris", "Hutus"): one capitalised
    plural word that the tagger calls a nationality or no entity at all (never a person: "Ramos")."""
    plural = head.tag_ in ("NNPS", "NNS") or (head.tag_ == "NNP" and head.lower_.endswith("s"))
    return (head.ent_type_ in ("NORP", "") and plural and head.text[:1].isupper() and actor.id is None
            and actor.country is None and actor.sector is None and len(actor.text.split()) == 1)


def _ethnic(span: Span) -> bool:
    return any(t.lower_ == "ethnic" for t in span)


# Nouns that name a place or a facility. Such a mention is never a person ("Ain al-Asad air base" is not
# Bashar al-Assad), and names an actor only when a state or body owns it ("the U.S. embassy").
_FACILITY_NOUNS = frozenset({
    "base", "airbase", "airport", "airfield", "airstrip", "camp", "barracks", "compound", "embassy", "consulate",
    "checkpoint", "headquarters", "outpost", "port", "harbour", "harbor", "bridge", "street", "square", "station",
    "building", "palace", "mosque", "shrine", "church", "refinery", "depot", "warehouse", "road", "highway",
    "crossing", "terminal", "facility", "complex", "stadium", "hotel", "market", "district", "neighbourhood",
    "neighborhood", "province", "city", "town", "village", "region", "governorate", "stronghold", "hideout"})
_FACILITY_FIRST = frozenset({"camp", "fort", "forward", "base", "checkpoint"})  # "Camp Taji", "Fort Bragg"


def _facility(head: Token) -> bool:
    """"the Ain al-Asad air base", "Camp Taji", "Fort Bragg": a facility named by its head or its first word."""
    if head.lemma_.lower() in _FACILITY_NOUNS:
        return True
    if head.pos_ != "PROPN":
        return False  # most mentions: the first word is not looked for
    first = next((c for c in children_of(head) if c.i < head.i and c.dep_ == "compound"), None)  # its lefts
    return first is not None and first.lower_ in _FACILITY_FIRST


_NAME_GLUE = frozenset({"of", "for", "the", "and", "al", "el", "de"})


def _proper_name(span: Span) -> bool:
    """"the National Union for the Total Independence of Angola": capitalised words joined by "of", "for"."""
    words = [t for t in _strip_the(span) if not t.is_punct]
    return len(words) > 1 and all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE for t in words)


def _with_article(span: Span) -> str:
    """"the Palestinians" (the nation) keeps its article, which "Palestinians" (people) lacks."""
    # a one-word span is its own root: ``span.root`` walks the words, and most spans are asked of here
    definite = len(span) == 1 and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(span[0]))
    text = span_text(span)
    return f"the {text}" if definite else text


def _strip_the(span: Span) -> Span:
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span

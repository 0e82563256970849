"""A country the text states only as the other side of a mention's own act: "The president accused Rwanda of
backing the rebels", "the foreign minister criticised Israel", "rebel leaders rejected the Egyptian offer", "the
minister told reporters that Pakistan must hand over the suspects" tell whom the act is aimed at, so "Rwanda"
makes no one else of the clause Rwandan (as the article country a generic doer falls back on). A people or a
body of that state named there ("arrested Kenyan opposition leaders", "praised Rwanda's army") is no such
evidence: the story may well be that state's own. Likewise a text that names a country only as others (a capital
that speaks, a state that backs, the nationality of hostages) places no armed group of its own there.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actors import ActorKB
from ..syntax import children_of
from ..text import span_text
from .capitalised import capitalised_words
from .acts import _HARMFUL_ACTS, _category_at
from .sectors import _CIVILIAN_SECTORS

# Links from the doer's verb to the words that name whom its act is done to (not its clauses: "said Rwanda
# would vote" tells nothing of whose the speaker is).
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep"})
# Prepositions of whom an act is done to or with; not of where it is done ("a curfew across Sri Lanka", "arrests
# in Kenya" are the state's own doings).
_OTHER_SIDE_PREPS = frozenset({"with", "to", "against", "for", "from", "of", "on", "over", "about", "toward",
                               "towards", "upon",
                               "under"})  # "came under criticism from Washington": what the other side does
# "lashed out at Washington", "took aim at Moscow": whom a verb's act is aimed at, for the verb's own objects only
# (inside a phrase, "at" says where: "attacks at the border")
_AIMED_PREPS = _OTHER_SIDE_PREPS | {"at"}
# Parts of a state's land: "shelled Sudan's capital", "a curfew in Ethiopia's Amhara region" name where, not whom.
_LAND_NOUNS = frozenset({"region", "province", "state", "city", "town", "capital", "village", "border", "territory",
                         "coast", "north", "south", "east", "west", "part", "area", "district", "county", "island",
                         "soil", "airspace", "water", "frontier", "countryside", "heartland", "interior"})
_PHRASE_DEPS = frozenset({"pobj", "conj", "cc", "amod", "compound", "poss", "det", "prep", "nmod", "case"})
_KEY = "khabar.mentions.other_state"  # doc.user_data key: the words stating each country in all


def _stated_only_on_other_state(head: Token, country: str, kb: ActorKB) -> bool:
    """Whether every word of the text that states ``country`` names the state itself, or a thing of the state's
    ("the Egyptian mediation offer", "Israel's decision"), among the objects of the verb ``head`` is the subject
    of: then the country is the other side's, not the doer's."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    stating = _stating_indices(head.doc, country, kb)  # ``_states`` for these words: no Token per word aimed at
    words = [head.doc[i] for i in _aimed_indices(head) if i in stating]
    if not words or not all(_state_itself(t, kb) for t in words):
        return False
    memo = head.doc.user_data.setdefault(_KEY, {})
    key = (id(kb), country)
    if key not in memo:
        memo[key] = len(_stating(head.doc, country, kb))
    return memo[key] == len(words)


_AIMED_KEY = "khabar.mentions.aimed_words"  # doc.user_data key: the words aimed at, by subject index


def _aimed_indices(head: Token) -> tuple[int, ...]:
    """The indices of the words of the phrases ``_aimed_at(head)`` gives, in their order; read once per subject:
    each generic mention asks it for its country and again for each place of its sentence, and it reads only the
    parse."""
    memo = head.doc.user_data.setdefault(_AIMED_KEY, {})
    found = memo.get(head.i)
    if found is None:
        found = memo[head.i] = tuple(t.i for c in _aimed_at(head) for t in _phrase(c))
    return found


_AIMED_WORDS_KEY = "khabar.mentions.aimed_tokens"  # doc.user_data key: the words aimed at, by subject index


def _aimed_words(head: Token) -> tuple[Token, ...]:
    """The words of ``_aimed_indices``, made once per subject: its country is asked of each mention once."""
    memo = head.doc.user_data.setdefault(_AIMED_WORDS_KEY, {})
    found = memo.get(head.i)
    if found is None:
        doc = head.doc
        found = memo[head.i] = tuple(doc[i] for i in _aimed_indices(head))
    return found


def _aimed_at(head: Token) -> list[Token]:
    """The objects of the acts of the verb the subject ``head`` does, and of the clauses it demands."""
    return [c for verb in _own_acts(head.head) for c in children_of(verb) if c.dep_ in _OBJECT_DEPS and c.i > head.i
            and (c.dep_ != "prep" or c.lower_ in _AIMED_PREPS)] + _told_to_act(head.head) + _accused(head.head)


def _state_aimed_at(head: Token, word: Token, kb: ActorKB) -> bool:
    """Whether ``word`` names a state itself (or its capital) among the objects of what the subject ``head``
    does: "Ministers met to discuss sanctions on Russia", "troops fought along the border with Eritrea" place the
    other side there, not the subject."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    return word.i in _aimed_indices(head) and _state_itself(word, kb)


def _counterpart_of(head: Token, country: str, kb: ActorKB) -> bool:
    """"The foreign minister met his Iranian counterpart in Tehran": a counterpart the subject ``head`` acts on,
    of ``country``, is of the other side, so the subject is of another country, however often the text names it."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(t.lemma_.lower() in _COUNTERPARTS and any(_states(w, country, kb) for w in children_of(t))
               for t in _aimed_words(head))


_COUNTERPARTS = frozenset({"counterpart", "opposite", "host"})


_OTHERS_KEY = "khabar.mentions.stated_on_others"  # doc.user_data key: the answer for each country


def _stated_only_on_others(doc: Doc, country: str, kb: ActorKB) -> bool:
    """Whether every word of the text that states ``country`` is a capital standing for its government ("Ankara
    said"), the state as one that helps or speaks rather than fights ("Washington is arming the rebels"), or the
    nationality of civilians ("two Italian hostages", "Chinese engineers"): a text that says no more of the
    country tells of no armed group of its own. Read once per doc and country."""
    memo = doc.user_data.setdefault(_OTHERS_KEY, {})
    key = (id(kb), country)
    if key not in memo:
        words = _stating(doc, country, kb)
        memo[key] = bool(words) and all(_capital_itself(t, kb) or _of_civilians(t, kb) or _backer(t, kb)
                                        for t in words)
    return memo[key]


def _backer(word: Token, kb: ActorKB) -> bool:
    """"The United States is arming the rebels": a state that helps, speaks or deals is another party; one that
    fights ("Pakistan killed 10 militants") mostly fights at home."""
    return (word.dep_ == "nsubj" and _category_at(word.head) not in (None, *_HARMFUL_ACTS)
            and _state_itself(word, kb))


def _capital_itself(word: Token, kb: ActorKB) -> bool:
    """"Ankara said", "accused Moscow": a capital standing for its government."""
    return word.dep_ not in ("amod", "compound", "poss", "nmod") and kb.government_of_capital(_name(word)) is not None


def _of_civilians(word: Token, kb: ActorKB) -> bool:
    return word.dep_ in ("amod", "compound") and kb.sector_of(word.head.lemma_.lower()) in _CIVILIAN_SECTORS


def _stating(doc: Doc, country: str, kb: ActorKB) -> list[Token]:
    """The words of the whole text that ``_states`` holds for, in order (read off the doc's capitalised words,
    found once per doc)."""
    return [doc[w.i] for w in capitalised_words(doc) if not w.inside_name and kb.country_of(w.name) == country]


_STATING_INDICES_KEY = "khabar.mentions.stating_indices"  # doc.user_data key: the words of each country


def _stating_indices(doc: Doc, country: str, kb: ActorKB) -> frozenset[int]:
    """The indices of the words ``_states`` holds for, read once per doc and country off the doc's capitalised
    words (the same test: a capitalised name or adjective, read at the last word of its name)."""
    memo = doc.user_data.setdefault(_STATING_INDICES_KEY, {})
    key = (id(kb), country)
    found = memo.get(key)
    if found is None:
        found = memo[key] = frozenset(w.i for w in capitalised_words(doc)
                                      if not w.inside_name and kb.country_of(w.name) == country)
    return found


def _states(token: Token, country: str, kb: ActorKB) -> bool:
    """The word names the country or is its nationality word; a name of several words ("the United States")
    by its last word."""
    if token.pos_ not in ("PROPN", "ADJ") or not token.text[:1].isupper():
        return False
    if token.ent_iob_ != "O" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        return False  # inside a name: read at its last word
    return kb.country_of(_name(token)) == country


def _name(token: Token) -> str:
    """The whole entity a word ends ("United States"), else the word."""
    if token.ent_iob_ == "O":
        return token.text
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return span_text(token.doc[start:token.i + 1])  # a slice of the doc's text: ``Span.text`` joins the words


def _own_acts(verb: Token) -> list[Token]:
    """The verb and the verbs of the acts its subject means to do ("hopes to sign a deal with Beijing", "is ready
    to sign", "plans to meet"): their objects are the other side too."""
    acts = [verb]
    for act in acts:  # grows as it is read: down the chain of intents and purposes ("met to discuss sanctions")
        acts.extend(c for c in children_of(act) if c.dep_ in ("xcomp", "acomp") or _purpose(c))
    return acts


def _purpose(clause: Token) -> bool:
    """"met in Brussels to discuss sanctions": an infinitive clause of what the doer means to do."""
    return clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(clause))


# Modals of a demand: "told journalists that Pakistan must hand over the suspects" asks Pakistan to act.
_OBLIGATION = frozenset({"must", "should"})


def _told_to_act(verb: Token) -> list[Token]:
    """The subjects of the verb's clauses that say what they must do: whom the speaker makes demands of."""
    return [s for c in children_of(verb) if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _OBLIGATION
                                                                      for a in children_of(c))
            for s in children_of(c) if s.dep_ == "nsubj"]


def _accused(verb: Token) -> list[Token]:
    """"The government said Moscow was trying to destabilise the country": the subjects of the clauses of an
    accusation are whom the speaker accuses, the other side ("said Rwanda would vote" accuses no one)."""
    if _category_at(verb) != "ACCUSE":
        return []
    return [s for c in children_of(verb) if c.dep_ == "ccomp" for s in children_of(c) if s.dep_ == "nsubj"]


def _phrase(word: Token) -> list[Token]:
    """The words of an object phrase, down its nouns and its prepositions of the other side, not into clauses
    nor places ("accused Rwanda of attacks in Kenya": Kenya is where)."""
    out, todo = [], [word]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in children_of(t) if c.dep_ in _PHRASE_DEPS
                    and (c.dep_ != "prep" or c.lower_ in _OTHER_SIDE_PREPS))
    return out


def _state_itself(word: Token, kb: ActorKB) -> bool:
    """"accused Rwanda", "met with Israel": the state as a party; "the Egyptian offer", "Israel's decision": a
    thing the state did. Not a party the nationality word qualifies ("Kenyan opposition leaders", "Rwanda's
    army", "Israeli troops"): people of that state, who may be the story's own; but a visiting guest is not."""
    if word.dep_ not in ("amod", "compound", "poss", "nmod"):
        found = kb.resolve(_name(word))
        return found is not None and found.id is not None and found.id == found.country
    owned = word.head
    lemma = owned.lemma_.lower()
    if any(c.lower_ == "visiting" for c in children_of(owned)):
        return True  # "received the visiting French president": a guest's state is the host's other side
    return (owned.pos_ == "NOUN" and lemma not in _LAND_NOUNS and kb.sector_of(lemma) is None
            and kb.resolve(lemma) is None)

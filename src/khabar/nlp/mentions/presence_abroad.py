"""A country the text states only on a state's presence abroad: "Militants fired rockets at a base housing
American troops" tells whose the troops are, not where the news is, so "American" makes no one else of the
text American (as the article country a generic mention falls back on). Likewise a place where a party is away from
home (where it went, was sent, speaks, meets, is based or visits) is no country of its.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from ...actors import ActorKB
from ..lexicon import noun_lemma
from .capitalised import capitalised_words

# A state's people and posts abroad: a nationality word on one of them says whose they are, not where the
# news happens ("the American embassy", "Turkish nationals", "a convoy of Kenyan peacekeepers").
_PRESENCE_NOUNS = frozenset({"troop", "soldier", "force", "marine", "personnel", "peacekeeper", "contractor", "embassy",
                             "consulate", "mission", "delegation", "diplomat", "envoy", "ambassador", "national",
                             "citizen", "tourist", "visitor", "base", "convoy", "patrol", "warship", "jet", "drone",
                             "aircraft"})
_OWNER_DEPS = frozenset({"amod", "compound", "poss"})
_STATING_KEY = "khabar.mentions.stating"  # doc.user_data key: the words stating a country, by clause and in all


def _stated_only_abroad(head: Token, country: str, kb: ActorKB) -> bool:
    """Whether every word of the text that states ``country`` (a name or a nationality word) says whose a
    presence abroad is, inside the clause of the mention ``head`` but outside the mention's own words: then
    that country is another party's, not the mention's. A text that states it anywhere else keeps it ("Iraqi
    police said militants fired at a base housing American troops" is Iraq's story)."""
    doc = head.doc
    memo = doc.user_data.setdefault(_STATING_KEY, {})  # the mentions of one clause share its answers
    clause = _clause_of(head)
    key = (id(kb), country, clause.i)
    if key not in memo:
        memo[key] = _stating_in(clause, _stating(doc, country, kb, memo))
    own = range(head.left_edge.i, head.right_edge.i + 1)
    in_clause = [i for i in memo[key] if i not in own]  # indices: a word is made only to be tested, up to a failure
    if not in_clause or not all(_owner_of_presence(doc[i]) for i in in_clause):
        return False
    return len(_stating(doc, country, kb, memo)) == len(in_clause)


def _stating(doc: Doc, country: str, kb: ActorKB, memo: dict) -> list[int]:
    """The words of the whole text that state ``country``, found once per doc: few words state it, so a clause
    finds its own among them for less than its walk down its words cost."""
    key = (id(kb), country)
    if key not in memo:
        # a capitalised name or adjective that names the country or is its nationality word, as the article
        # country counts them
        memo[key] = [w.i for w in capitalised_words(doc) if kb.country_of(w.text) == country]
    return memo[key]


def _stating_in(clause: Token, stating: list[int]) -> list[int]:
    """Those of the ``stating`` words (in text order) that are in the clause: within its edges (all its words
    are), and under its verb."""
    doc = clause.doc
    inside = stating[bisect_left(stating, clause.left_edge.i):bisect_right(stating, clause.right_edge.i)]
    return [i for i in inside if i == clause.i or clause.is_ancestor(doc[i])]


def _clause_of(head: Token) -> Token:
    """The verb of the clause the mention is a party of (the mention itself for a verbless headline)."""
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _owner_of_presence(word: Token) -> bool:
    """"American troops", "the U.S. embassy", "Britain's diplomats": the word says whose a presence abroad is."""
    return word.dep_ in _OWNER_DEPS and noun_lemma(word.head) in _PRESENCE_NOUNS


# Verbs of going somewhere: the place gone to is not the goer's ("the delegation would travel to Jeddah"). Not
# "return", whose place is often home.
_GOING = frozenset({"travel", "fly", "arrive", "head", "go", "visit", "land", "come", "journey"})
_GOING_PREPS = frozenset({"to", "in", "at"})


def _travelled_to(subject: Token, place_end: Token) -> bool:
    """Whether ``place_end`` (a place's last word) is where the subject of a verb of going went."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _GOING:
        return False
    if place_end.dep_ == "dobj" and place_end.head.i == verb.i:
        return True  # "visited Kabul"
    prep = place_end.head
    return place_end.dep_ == "pobj" and prep.lower_ in _GOING_PREPS and prep.head.i == verb.i


# Verbs of sending people or things somewhere: the place they go to is not the sender's ("the ministry would deploy
# troops to Estonia", "expelled two diplomats to Algeria").
_SENDING = frozenset({"deploy", "send", "dispatch", "despatch", "expel", "deport", "extradite", "transfer", "airlift",
                      "ship", "station", "post", "redeploy", "move"})
_SENDING_PREPS = frozenset({"to", "into", "towards", "toward"})


def _sent_to(place_end: Token) -> bool:
    """Whether ``place_end`` (a place's last word) is where a verb of sending sends someone or something."""
    prep = place_end.head
    return (place_end.dep_ == "pobj" and prep.lower_ in _SENDING_PREPS and prep.head.lemma_.lower() in _SENDING
            and prep.dep_ == "prep")


# Verbs by which a party is somewhere away from home, and nouns of its going there: where it speaks, meets, is based
# or visits is no country of its ("Speaking in Paris, the prime minister accused ...", "on a visit to Beijing").
# Not "gather": protesters gathered in a square are mostly its people.
_AWAY_VERBS = frozenset({"speak", "talk", "address", "meet", "visit", "tour", "base", "exile"})
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stopover"})
_AWAY_PREPS = frozenset({"in", "from", "at", "to"})


def away_host(place_end: Token) -> Token | None:
    """The participle of speaking, meeting or being based ("speaking in Paris", "leaders meeting in London",
    "based in Qatar"), the noun of a visit ("on a visit to Beijing") or of exile ("in exile in Kenya") whose place
    ``place_end`` (a place's last word) is: where a party is away from home, not where the story happened nor whose
    the party is."""
    if place_end.dep_ != "pobj" or place_end.head.lower_ not in _AWAY_PREPS:
        return None
    host = place_end.head.head
    if host.lemma_.lower() in _VISIT_NOUNS and host.dep_ == "pobj":
        return host  # "on a visit to Beijing", "during a trip to Kabul"
    if host.lemma_.lower() == "exile" and host.pos_ == "NOUN" and host.dep_ == "pobj":
        return host  # "rebel leaders in exile in Kenya", "speaking from exile in Paris": not Kenyan, not French
    if host.lemma_.lower() in _AWAY_VERBS and host.tag_ in ("VBG", "VBN") and host.dep_ in ("acl", "advcl"):
        return host
    return None


def _visited(head: Token, place_end: Token) -> bool:
    """Whether ``place_end`` (a place's last word) is where the party ``head`` is on a visit: the object of its
    verb of visiting ("the minister visited Tehran"), or a visit beside it or framing its clause ("the president,
    on a visit to Beijing, signed", "during a trip to Kabul, the minister pledged")."""
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() == "visit":
        return place_end.dep_ == "dobj" and place_end.head.i == verb.i
    host = away_host(place_end)
    holders = (head.i, verb.i, verb.head.i)  # the mention, its verb, the verb above its preposition
    return host is not None and host.pos_ == "NOUN" and host.head.head.i in holders

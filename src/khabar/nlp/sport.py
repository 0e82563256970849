"""Sport told in the words of conflict: "Arsenal beat Chelsea 3-1", "the team attacked from the first whistle", "the
striker signed a new contract". A match, a defeat or a transfer between teams and players is no political event,
whatever verb tells it; a state, an armed group or the police acting in the same sentence ("Fans clashed with police
after the match", "FIFA suspended Russia") keep it one.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..model import Actor
from .sentences import sentence_bounds
from .text import doc_text, span_text

# Words only sport uses (lemmas, lower case): a sentence holding one is about sport. Words sport shares with
# politics and war ("match", "goal", "final", "league", "squad", "penalty", "coach", "club") are left out.
SPORT_WORDS = frozenset({
    "football", "soccer", "basketball", "baseball", "cricket", "rugby", "tennis", "golf", "hockey", "volleyball",
    "handball", "athletics", "footballer", "cricketer", "goalkeeper", "goalie", "midfielder", "striker", "winger",
    "batsman", "batter", "pitcher", "quarterback", "referee", "umpire", "tournament", "championship", "semifinal",
    "semi-final", "quarterfinal", "quarter-final", "playoff", "play-off", "innings", "wicket", "touchdown",
    "halftime", "half-time", "hat-trick", "goalless", "scoreline", "whistle", "kickoff", "kick-off", "olympics",
    "olympic", "paralympics", "wimbledon", "fifa", "uefa", "nba", "nfl", "nhl", "mlb", "marathon", "sprinter",
    "overtime",
})
# Names that are sport's own in several words.
_SPORT_PHRASES = ("premier league", "champions league", "world cup", "grand prix", "grand slam", "formula one",
                  "super bowl", "europa league", "la liga", "serie a", "bundesliga", "extra time", "stoppage time",
                  "injury time")

# Verbs that tell a result ("beat Chelsea 3-1", "won 2-0", "drew 1-1") when a score follows them.
_RESULT_VERBS = frozenset({"beat", "defeat", "crush", "thrash", "rout", "edge", "hammer", "trounce", "overcome",
                           "stun", "down", "win", "lose", "draw", "hold", "outplay", "sink", "oust", "eliminate"})
# A score of one-digit tallies: a vote or a ruling counts higher ("passed 52-48") or says "voted"/"ruled".
_SCORE = re.compile(r"(?<![\d.,])\d\s?[-\u2013]\s?\d(?![\d.,])")

# Parties whose presence makes an act political whatever the sentence is about: states and bodies of states,
# armed groups and the police, parties and courts, international organisations.
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "REB", "INS", "SEP", "UAF", "OPP",
                                "CRM", "IGO"})


def sport_not_politics(trigger: Token, category: str, parties: Iterable[Actor]) -> bool:
    """Whether the act a trigger tells is sport: its sentence gives a result with its score, or holds a word only
    sport uses and none of the act's parties is political. A protest is a protest whoever marches ("fans marched to
    demand the release of detained players")."""
    if category == "PROTEST":
        return False
    score, words = _sport_in_sentence(trigger)
    if score:  # "beat Chelsea 3-1 at the Emirates": the state named is a stadium
        return True
    return words and not any(political_party(a) and not _player(a) for a in parties)


def _player(actor: Actor) -> bool:
    """"the Brazilian midfielder": a party named by a word only sport uses is a player, whatever state its adjective
    names (the resolver gives such a mention the state of its nationality)."""
    words = actor.text.lower().split()
    return bool(words) and (words[-1] in SPORT_WORDS or words[-1].removesuffix("s") in SPORT_WORDS)


_SENTENCES_KEY = "khabar.sport.sentences"  # doc.user_data key: sentence start -> (a result's score, sport's words)


def _sport_in_sentence(trigger: Token) -> tuple[bool, bool]:
    """Read once per sentence: most sentences hold several triggers."""
    bounds = sentence_bounds(trigger)
    found = trigger.doc.user_data.setdefault(_SENTENCES_KEY, {})
    if bounds.start not in found:
        sentence = trigger.doc[bounds.start:bounds.end]
        found[bounds.start] = (_result_with_score(sentence), _sport_words(sentence))
    return found[bounds.start]


def _sport_words(sentence: Span) -> bool:
    if _first_within(_word_positions(sentence.doc).sport, sentence) is not None:
        return True
    lower = span_text(sentence).lower()
    return any(p in lower for p in _SPORT_PHRASES)


class _Positions(NamedTuple):
    sport: list[int]  # sport's own words, by form or lemma
    results: list[int]  # verbs of winning or losing


_WORDS_KEY = "khabar.sport.words"  # doc.user_data key: ``_Positions``


def _word_positions(doc: Doc) -> _Positions:
    """Where the words the tests look for stand, read once per doc off the columns: a Token made for every word
    of every sentence asked about cost more than the whole lookup."""
    found = doc.user_data.get(_WORDS_KEY)
    if found is None:
        found = doc.user_data[_WORDS_KEY] = _positions(doc)
    return found


def _positions(doc: Doc) -> _Positions:
    strings = doc.vocab.strings
    lower, lemma, pos = doc.to_array([LOWER, LEMMA, POS]).T
    # each distinct lemma of the doc lower-cased once, as ``lemma_.lower()`` does, and looked up once
    lemmas, where = numpy.unique(lemma, return_inverse=True)
    lowered = [strings[h].lower() for h in lemmas.tolist()]
    sport_lemma = numpy.array([word in SPORT_WORDS for word in lowered], dtype=bool)
    result_lemma = numpy.array([word in _RESULT_VERBS for word in lowered], dtype=bool)
    sport = _among(lower, _sorted_hashes(SPORT_WORDS)) | sport_lemma[where]
    results = (pos == VERB) & result_lemma[where]
    return _Positions(numpy.flatnonzero(sport).tolist(), numpy.flatnonzero(results).tolist())


@cache
def _sorted_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The string-store hashes of ``words`` (the same in every vocab), sorted."""
    return numpy.array(sorted(get_string_id(word) for word in words), dtype=numpy.uint64)


def _among(column: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(column, hashes)`` by binary search: ``isin`` sorts the column with the few hashes each time."""
    hashes = hashes.astype(column.dtype, copy=False)  # of the column's type: a mixed compare goes through floats
    at = numpy.searchsorted(hashes, column).clip(max=len(hashes) - 1)
    return hashes[at] == column


def _first_within(positions: list[int], sentence: Span) -> int | None:
    k = bisect_left(positions, sentence.start)
    return positions[k] if k < len(positions) and positions[k] < sentence.end else None


def _result_with_score(sentence: Span) -> bool:
    """"beat Chelsea 3-1", "won 2-0 at home": a verb of winning or losing and a one-digit score after it."""
    first = _first_within(_word_positions(sentence.doc).results, sentence)
    if first is None:
        return False
    verb = sentence.doc[first]
    scores = _SCORE.finditer(doc_text(sentence.doc), verb.idx, sentence.end_char)
    return any(not _counts_things(sentence, m.end()) for m in scores)


# Nouns a score may qualify: "a 3-1 win", "the 2-0 defeat".
_RESULT_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "lead", "triumph", "thrashing", "drubbing"})


def _counts_things(sentence: Span, end_char: int) -> bool:
    """"killing 5-6 soldiers": a range before a noun counts things; a score stands alone or before a result noun."""
    after = next((t for t in sentence if t.idx >= end_char), None)
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.lemma_.lower() not in _RESULT_NOUNS \
        and after.ent_type_ != "DATE"


def political_party(actor: Actor) -> bool:
    """A party whose acts are politics: a state, a state's body, an armed group, a court, an international body, or
    people acting as citizens ("rights activists demanded the right to attend football matches")."""
    return (actor.sector in _POLITICAL_SECTORS or (actor.id is not None and actor.id == actor.country)
            or any(word in actor.text.lower() for word in _CITIZENS_ACTING))


# Words of people acting in politics, whatever their sector (activists, protesters, rights campaigners).
_CITIZENS_ACTING = ("activist", "protester", "protestor", "demonstrator", "campaigner", "dissident", "rights")

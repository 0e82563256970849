"""The date attached to a word within its own sentence: a date on its own clause or noun phrase, nearest
first, or shared with a conjoined or follow-on verb ("stormed X on Tuesday, then opened fire"), a copula, a
simultaneous clause ("when", "as"), the antecedent of a relative clause of time ("a crackdown in 2022 in
which ...") or a verb that only hosts the event noun; never another clause's.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from spacy.tokens import Doc, Token

from ..quantities import parse_number, toll_host
from ..sentences import Bounds, bounds_at, sentence_table
from ..syntax import children_of
from .antecedents import antecedent_of_time, may_stand_before
from .index import _memo, _trigger_at, kept_in_index, plain_extension
from .rankings import ranking_since
from .reported import said_before_act
from .resolve import resolve_date
from .values import DateMention, DateValue


# Dependencies that open another clause: a date inside one belongs to that clause's event.
_CLAUSAL = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "csubjpass", "parataxis", "conj",
                      "pcomp"})

# A date mention's bounds, the key of the answers kept about it (``mention_root``, ``saying_of``).
_BOUNDS_OF = attrgetter("start", "end")

# Participles that describe a noun, not an act: a date after them ("sanctions on companies linked to both sides on
# June 1") is the governing clause's, though the parser may hang it on the participle.
_STATIVE_PARTICIPLES = frozenset({"link", "tie", "relate", "affiliate", "belong", "connect", "associate", "align",
                                  "ally"})

# How a subjectless verb goes on from the clause before it: "stormed X and burned Y", "stormed X, then opened fire".
_FOLLOW_ON = frozenset({"conj", "dep", "parataxis"})

# Conjunctions of a clause that happens at the same time as the clause it depends on.
_SIMULTANEOUS = frozenset({"when", "as", "while", "whilst"})

# Verbs whose clause is about the event noun they carry, so their date is the event's date.
_EVENT_HOSTS = frozenset({"culminate", "result", "end", "lead", "begin", "start", "occur", "happen", "take", "see",
                          "witness", "follow", "come", "erupt", "break", "mark", "bring"})


@kept_in_index("sentence")
def _sentence_date(token: Token, doc: Doc) -> DateValue | None:
    if _undated_sentence(bounds_at(doc, token.i), doc):
        return None
    value = _own_date(token, doc)
    if value is None and token.pos_ == "VERB":
        value = (_shared_date(token, doc) or _copula_date(token, doc) or _clause_date(token, doc)
                 or _antecedent_date(token, doc) or _subject_event_date(token, doc))
    if value is None and token.pos_ == "NOUN":
        value = _host_date(token, doc) or _finite_acl_date(token, doc)
    return value


@kept_in_index("undated", key=attrgetter("start"))
def _undated_sentence(sent: Bounds, doc: Doc) -> bool:
    """No date touches the sentence, and none beyond it can be reached: each rule of ``_sentence_date`` follows
    dependencies, which never leave a sentence, but for an antecedent of "in which" opening it (the word before it,
    ``antecedents.py``). Most sentences of a story tell no time: their triggers skip the rules' walks."""
    return not _sentence_mentions(sent, doc) and not may_stand_before(sent.start, sent.end, doc)


def _subject_event_date(verb: Token, doc: Doc) -> DateValue | None:
    """"In April last year, an air strike on a ceremony killed 160 people", parsed with the date on "strike": the act
    its subject event does is done when that event is."""
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None or _trigger_at(subject, doc) is None:
        return None
    return _own_date(subject, doc)


def _finite_acl_date(noun: Token, doc: Doc) -> DateValue | None:
    """"Air strikes killed 17 people on Saturday", parsed with "killed" as a clause on "strikes" (after a dateline):
    a finite past verb is no reduced relative, it is the noun's own sentence, and its date the noun's."""
    verb = next((c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBD" and c.i == noun.i + 1), None)
    return _own_date(verb, doc) if verb is not None else None


@kept_in_index("own")
def _own_date(token: Token, doc: Doc) -> DateValue | None:
    best: tuple[int, int, DateValue] | None = None
    for mention in _sentence_mentions(bounds_at(doc, token.i), doc):
        depth = _attachment_depth(doc, mention, token)
        if depth is None or _responses_day(doc, mention, token) or _objects_day(doc, mention, token):
            continue
        key = (depth, abs(mention.start - token.i), mention.value)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


# Verbs that respond to an act told elsewhere: "claimed the attack on Wednesday" is Wednesday's claim of an attack made
# on a day of its own ("condemned", "denied", "investigating" likewise).
RESPONDING = frozenset({"claim", "condemn", "denounce", "deny", "investigate", "probe", "blame", "deplore", "decry",
                        "praise", "hail", "welcome", "confirm", "acknowledge"})
_RESPONSE_PREPS = frozenset({"on", "in", "at"})


def responds_to(noun: Token) -> bool:
    """The noun is the object of a verb of responding ("claimed the attack")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in RESPONDING


def _responses_day(doc: Doc, mention: DateMention, noun: Token) -> bool:
    """"claimed the attack on Wednesday": the parser may hang the claim's day on its object; a day after the object
    noun in "on"/"in" is the response's, while "Tuesday's attack", "the Tuesday attack" keep the noun's own."""
    if noun.pos_ != "NOUN" or not responds_to(noun):
        return False
    prep = mention_root(doc, mention).head
    return prep.dep_ == "prep" and prep.head.i == noun.i and prep.lower_ in _RESPONSE_PREPS


def _objects_day(doc: Doc, mention: DateMention, verb: Token) -> bool:
    """"condemned Tuesday's attack on Thursday": a day told as a modifier of the responded-to noun is that noun's, not
    the response's ("joined Saturday's protest" is no response: joining is on Saturday)."""
    if verb.lemma_.lower() not in RESPONDING:
        return False
    root = mention_root(doc, mention)
    return root.dep_ in ("poss", "compound", "nmod") and root.head.i != verb.i and responds_to(root.head)


@kept_in_index("dates", key=attrgetter("start"))
def _sentence_mentions(sent: Bounds, doc: Doc) -> list[DateMention]:
    """The date mentions that touch the sentence: a dependency path never leaves its sentence, so a date
    wholly in another one cannot attach."""
    return _mentions_by_sentence(doc).get(sent, [])


def _mentions_by_sentence(doc: Doc) -> dict[Bounds, list[DateMention]]:
    """Every sentence's date mentions, in the doc's order, sorted out in one pass over the mentions (each
    sentence asking for its own read all of them)."""
    return _memo(doc, ("dates by sentence",), lambda: _sort_by_sentence(doc))


def _sort_by_sentence(doc: Doc) -> dict[Bounds, list[DateMention]]:
    starts, bounds = sentence_table(doc)
    found: dict[Bounds, list[DateMention]] = {}
    for mention in plain_extension(doc, "dates") or []:
        if mention.start < mention.end:  # the sentences of its first to its last word
            touched = bounds[bisect_right(starts, mention.start):bisect_right(starts, mention.end - 1) + 1]
        else:  # no words (none found so far): asked of every sentence as such
            touched = [b for b in bounds if not (mention.end <= b.start or mention.start >= b.end)]
        for sent in touched:
            found.setdefault(sent, []).append(mention)
    return found


def _shared_date(verb: Token, doc: Doc) -> DateValue | None:
    """"stormed X and killed Y on Monday", "stormed X on Monday, then opened fire": verbs with one subject share
    one date."""
    if _follows_on(verb):
        return _sentence_date(verb.head, doc)
    if _joined_past(verb):
        return _own_date(verb.head, doc)
    for conj in children_of(verb):
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not _has_subject(conj):
            value = _own_date(conj, doc) or _clause_date(conj, doc)
            if value is not None:
                return value
    return None


def _follows_on(verb: Token) -> bool:
    """A subjectless verb conjoined to the one before it, or going on from it after a comma ("then opened")."""
    if verb.dep_ == "conj":
        return not _has_subject(verb)
    return (verb.dep_ in _FOLLOW_ON and verb.head.i < verb.i and verb.head.pos_ == "VERB"
            and not _has_subject(verb))


def _joined_past(verb: Token) -> bool:
    """"Pensioners marched to Congress last Wednesday, and police fired tear gas": a simple past joined with "and"
    to the clause before goes on telling its episode, on its day, whoever its subject."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.pos_ == "VERB" and verb.head.i < verb.i
            and any(c.lower_ == "and" for c in children_of(verb.head) if c.dep_ == "cc"))


def _antecedent_date(verb: Token, doc: Doc) -> DateValue | None:
    """"a crackdown in September 2022 in which security forces killed 20 people": the antecedent's own date."""
    antecedent = antecedent_of_time(verb)
    if antecedent is None:
        return None
    inside = next((m for m in _sentence_mentions(bounds_at(doc, antecedent.i), doc)
                   if m.start <= antecedent.i < m.end), None)
    return _start_of(inside) if inside is not None else _own_date(antecedent, doc)


def _start_of(mention: DateMention) -> DateValue:
    """"since last May, when its leader was detained": the clause of time tells the start, not the whole stretch."""
    if mention.value.precision != "range" or not mention.text.lower().startswith("since "):
        return mention.value
    start = resolve_date(mention.text[len("since "):], mention.value.enddate)
    return start if start is not None and start.date == mention.value.date else mention.value


def _copula_date(verb: Token, doc: Doc) -> DateValue | None:
    """"On Monday, the men were then released": the parser hangs the participle off "were"."""
    head = verb.head
    if verb.dep_ in ("advcl", "acomp", "xcomp") and head.lemma_ == "be" and head.i != verb.i:
        return _own_date(head, doc)
    return None


def _clause_date(verb: Token, doc: Doc) -> DateValue | None:
    """"killed when rockets hit the base on Wednesday", "died on Friday as protests swept the city": a
    clause saying when the other happened ("when", "as", "while") shares its date, both ways."""
    for child in children_of(verb):
        if child.dep_ == "advcl" and _marker(child) in _SIMULTANEOUS:
            value = _own_date(child, doc)
            if value is not None:
                return value
    if verb.dep_ == "advcl" and _marker(verb) in _SIMULTANEOUS and verb.head.i != verb.i:
        return _own_date(verb.head, doc)
    return None


def _marker(verb: Token) -> str | None:
    return next((c.lower_ for c in children_of(verb) if c.dep_ in ("mark", "advmod") and c.i < verb.i), None)


def _host_date(noun: Token, doc: Doc) -> DateValue | None:
    """"… culminated in the assassination of X in January": a verb that only hosts the event noun, or whose subject
    is its toll ("died in the blast on Tuesday")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("pobj", "dobj", "nsubj") and verb.lemma_.lower() in _EVENT_HOSTS:
        return _own_date(verb, doc)
    toll = toll_host(noun)  # "Six soldiers perished in the ambush on Thursday": the deaths' day is the ambush's
    return _own_date(toll, doc) if toll is not None else None


def _attachment_depth(doc: Doc, mention: DateMention, token: Token) -> int | None:
    """Steps from the date up to ``token`` within one clause; None when a clause boundary intervenes."""
    if mention.start <= token.i < mention.end:
        return None
    node, depth = mention_root(doc, mention), 0
    if ranking_since(node) or _dates_a_cause(node, token):
        return None
    saying = saying_of(doc, mention)
    if saying is not None:  # "said on Monday they had arrested five men": the parser's head is the act's verb
        node, depth = saying, 1
    while node.i != token.i:
        if node.head.i == node.i or node.dep_ == "appos" or (
                node.dep_ in _CLAUSAL and node.pos_ in ("VERB", "AUX") and not _describes(node)):
            return None
        node = node.head
        depth += 1
    return depth


# Prepositions that give the reason for an act: "arrested for a 2015 bombing", "jailed over Tuesday's protest".
_CAUSE_PREPS = frozenset({"for", "over"})
# Dependencies of a date that premodifies its noun: "a 2015 bombing", "Tuesday's protest", "the 2019 election".
_PREMODIFYING = frozenset({"nummod", "compound", "poss", "amod", "npadvmod", "nmod"})


def _dates_a_cause(root: Token, token: Token) -> bool:
    """"Spanish police arrested a man for a 2015 bombing": a date premodifying the noun an act is done for or over
    dates that earlier act, not the arrest, the sentence or the protest it is the reason of."""
    noun = root.head
    if root.dep_ not in _PREMODIFYING or root.i > noun.i or noun.dep_ != "pobj" or noun.i == token.i:
        return False
    return noun.head.lower_ in _CAUSE_PREPS and noun.head.i != token.i


def _describes(participle: Token) -> bool:
    """"companies linked to both sides": a participle that describes its noun tells no act a date could be of."""
    return participle.dep_ == "acl" and participle.lemma_.lower() in _STATIVE_PARTICIPLES


def mention_root(doc: Doc, mention: DateMention) -> Token:
    """``doc[mention.start:mention.end].root``, found once per doc: making the span and finding its root cost more
    than the rest of a depth, and every trigger of the sentence asks it of the same dates."""
    return _mention_root(mention, doc)


@kept_in_index("root", key=_BOUNDS_OF)
def _mention_root(mention: DateMention, doc: Doc) -> Token:
    return doc[mention.start:mention.end].root


def saying_of(doc: Doc, mention: DateMention) -> Token | None:
    """The verb of saying whose day the mention tells though it hangs on a reported past act (``reported``)."""
    return _saying_of(mention, doc)


@kept_in_index("said on", key=_BOUNDS_OF)
def _saying_of(mention: DateMention, doc: Doc) -> Token | None:
    return said_before_act(doc[mention.start:mention.end])


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and not _elided_passive_number(c, verb) for c in children_of(verb))


def _elided_passive_number(subject: Token, verb: Token) -> bool:
    """"12 were killed and 30 injured": the parser makes the bare number the participle's subject, yet the
    participle shares the first clause's subject-less passive."""
    if subject.dep_ != "nsubj" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    return subject.n_lefts == 0 and subject.n_rights == 0 and parse_number(subject.text) is not None

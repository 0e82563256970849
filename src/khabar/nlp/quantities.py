"""How many: numbers in words and digits, and the dead, injured, arrested and counted of an event.

Vague plurals follow ACLED's conservative convention: a number word used as a plural counts as one
unit of itself ("dozens" → 12, "hundreds" → 100, "thousands" → 1000, "scores" → 20, one score).
Quantifiers without a number ("several", "many", "some", "a few") stay unknown: we never invent one.
Hedges ("at least", "roughly", "more than", "up to") keep the stated number.
Death may be an act's outcome ("shot dead four voters", "beaten to death"); a release or an abduction is
counted by the people it frees or takes ("freed 90 prisoners": count 90); places and things are taken, never
arrested or killed ("captured the district" counts no one).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..model import Size
from .syntax import children_of, kept_per_doc

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "single": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_GROUPS = {"dozen": 12, "score": 20, "couple": 2, "pair": 2}
# Plural number words: one unit each (ACLED: "dozens" → 12).
_VAGUE_PLURALS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
                  "tens": 10}
_HEDGES = re.compile(
    r"^(?:at\s+least|at\s+most|roughly|about|around|approximately|approx\.?|some|more\s+than|over|"
    r"nearly|almost|up\s+to|as\s+many\s+as|as\s+few\s+as|an\s+estimated|estimated|fewer\s+than|less\s+than|"
    r"close\s+to|just\s+over|just\s+under|under|upwards\s+of|no\s+fewer\s+than|no\s+less\s+than|"
    r"a\s+total\s+of|a\s+further|another|only|just|some\s+of\s+the)\s+")
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_WORD_SPLIT = re.compile(r"[\s-]+")


# a pure reading of the text, and the same few phrases ("two", "at least 12") come back in every article; bounded,
# as a corpus run meets ever new digits
@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """The integer a number phrase states, or None when it states none ("several", "many")."""
    words = _normalise(text)
    if not words:
        return None
    if words[-1] == "of" and len(words) > 1:  # "dozens of", "a dozen of"
        words = words[:-1]
    if len(words) == 1 and words[0] in _VAGUE_PLURALS:
        return _VAGUE_PLURALS[words[0]]
    return _vague_compound(words) or _spelled(words)


def _normalise(text: str) -> list[str]:
    text = text.strip().lower().replace("\u2013", "-")
    while (stripped := _HEDGES.sub("", text)) != text:
        text = stripped
    return [w for w in _WORD_SPLIT.split(text) if w and w != "and"]


def _vague_compound(words: list[str]) -> int | None:
    """"tens of thousands" → 10000, "hundreds of thousands" → 100000."""
    if len(words) == 3 and words[1] == "of" and words[0] in _VAGUE_PLURALS and words[2] in _VAGUE_PLURALS:
        return _VAGUE_PLURALS[words[0]] * _VAGUE_PLURALS[words[2]]
    return None


def _spelled(words: list[str]) -> int | None:
    """Digits and number words combined: "1,200", "3.5 million", "twenty-one", "two hundred fifty", "a dozen"."""
    total, current, seen = 0, 0, False
    for word in words:
        value = _digits(word)
        if value is not None:
            current, seen = current + value, True
        elif word in _UNITS:
            current, seen = current + _UNITS[word], seen or word not in ("a", "an")
        elif word in _TENS:
            current, seen = current + _TENS[word], True
        elif word in _GROUPS:
            current, seen = max(current, 1) * _GROUPS[word], True
        elif word in _SCALES:
            current, seen = max(current, 1) * _SCALES[word], True
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return int(total + current) if seen else None


def _digits(word: str) -> float | None:
    match = _DIGITS.match(word)
    if match is None:
        return None
    whole = int(match.group(1).replace(",", ""))
    return whole + float("0." + match.group(2)) if match.group(2) else whole


# --- sizes from syntax -------------------------------------------------------------------------------

_DEAD_VERBS = frozenset({"kill", "murder", "execute", "behead", "slay", "massacre", "assassinate", "slaughter",
                         "lynch", "decapitate"})
_DIE_VERBS = frozenset({"die", "perish"})
_INJURED_VERBS = frozenset({"wound", "injure", "hurt", "maim"})
_ARREST_VERBS = frozenset({"arrest", "detain", "capture", "apprehend", "nab", "jail", "imprison", "round",
                           "intern", "incarcerate"})
_DEAD_NOUNS = frozenset({"death", "fatality", "dead", "life", "killing", "assassination", "murder", "execution",
                         "massacre", "body", "corpse"})
_INJURED_NOUNS = frozenset({"injury", "wounded", "injured"})
_ARREST_NOUNS = frozenset({"arrest", "detention", "capture", "detainee"})
_CUSTODY_VERBS = frozenset({"take", "place", "put", "throw"})
_CUSTODY_NOUNS = frozenset({"custody", "detention", "arrest", "bar", "jail", "prison"})
# Nouns that carry their own toll ("12 deaths"), as against event nouns counted by their patients.
_TOLL_NOUNS = frozenset({"death", "fatality", "dead", "life", "injury", "arrest", "detainee", "wounded", "injured",
                         "body", "corpse"})
_TOLL_OBJECTS = {"death": "dead", "fatality": "dead", "life": "dead", "injury": "injured"}
_STATE_WORDS = {"dead": "dead", "wounded": "injured", "injured": "injured", "hurt": "injured"}
_TOLL_DEPS = frozenset({"dobj", "attr", "oprd", "npadvmod", "ccomp", "advcl", "xcomp", "acomp"})
# Words that name a group, not a person: "killed the family" is no count of one.
_COLLECTIVES = frozenset({"family", "group", "crowd", "force", "unit", "militia", "army", "crew", "team", "convoy",
                          "population", "community", "village", "town", "city", "people", "gang", "cell",
                          "battalion", "brigade", "column", "police", "party", "movement", "organization",
                          "network"})
# "a force of 150 fighters", "a total of 12 people": the number sits on the "of" object.
_CONTAINERS = frozenset({"force", "group", "crowd", "total", "convoy", "contingent", "column", "number", "team",
                         "unit", "band", "gathering", "toll", "death", "batch", "family"})
# Places and things, which are taken, seized or held, but never arrested, killed or counted as one person:
# "captured the district" is no arrest.
_NOT_PEOPLE = frozenset({
    "district", "province", "region", "area", "territory", "base", "airbase", "airport", "port", "harbour",
    "harbor", "camp", "checkpoint", "outpost", "post", "position", "stronghold", "hill", "bridge", "road",
    "highway", "crossing", "border", "capital", "county", "governorate", "municipality", "neighbourhood",
    "neighborhood", "quarter", "suburb", "settlement", "compound", "building", "headquarters", "office",
    "station", "facility", "plant", "field", "oilfield", "refinery", "dam", "mine", "island", "ship", "vessel",
    "tanker", "boat", "truck", "vehicle", "car", "aircraft", "plane", "helicopter", "drone", "tank", "weapon",
    "cargo", "shipment", "consignment", "stockpile", "cache", "arsenal"})
_PARTICIPANT_CATEGORIES = frozenset({"MOBILIZE", "PROTEST"})
_NO_COUNT = frozenset({"several", "many", "some", "few", "numerous", "various", "multiple", "countless"})
_CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp", "relcl", "acl"})
_TOLL_VERBS = _DEAD_VERBS | _INJURED_VERBS | _ARREST_VERBS
_TOLL_EVENT_NOUNS = _DEAD_NOUNS | _INJURED_NOUNS | _ARREST_NOUNS


def size_for_trigger(head: Token, category: str) -> Size:
    """Dead, injured, arrested and a generic count stated in the trigger's own clause(s)."""
    found: dict[str, int] = {}
    scope = _scope(head)
    host = toll_host(head) if category == "ASSAULT" else None
    if host is not None and _undergone(host):  # "Fifteen people died in the blast": the verb tells the noun's toll
        scope.append(host)
    for clause in scope:
        if _running_total(clause):
            continue
        for role, value in _roles_in(clause):
            found.setdefault(role, value)  # the nearest clause that states a role wins
    count = _count(head, category)
    return Size(dead=found.get("dead"), injured=found.get("injured"), arrested=found.get("arrested"), count=count)


# Prepositions by which a verb of dying or being hurt names the attack it happened in: "died in the blast".
_OCCASION_PREPS = frozenset({"in", "during"})


def toll_host(noun: Token) -> Token | None:
    """The verb whose subject is the toll of the attack noun it names as its occasion: "Fifteen people died in the
    blast", "perished in the ambush", "lost their lives in the attack", "were killed/wounded in Monday's bombing"
    (a passive only: "troops killed five in a raid" is the troops' act, told by its own verb)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or _running_total(verb):  # "300 have been killed in attacks since January": a tally
        return None
    lemma = verb.lemma_.lower()
    if _undergone(verb):
        return verb
    suffered = lemma in _DEAD_VERBS or lemma in _INJURED_VERBS
    return verb if suffered and any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)) else None


def _undergone(verb: Token) -> bool:
    """A death told as undergone ("died", "perished", "lost their lives") is no act of its own, so its toll is the
    attack noun's; a passive killing is an act the coder records, and keeps its toll (counted once)."""
    return verb.lemma_.lower() in _DIE_VERBS or _lost_lives(verb)


def _lost_lives(verb: Token) -> bool:
    """"lost their lives": a death told as a loss."""
    return verb.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life"
                                                  for c in children_of(verb))


def _running_total(clause: Token) -> bool:
    """"More than 4,000 civilians have been killed since the coup": a present perfect counted from a start is a
    tally over a period, not the toll of the event the clause is coded as."""
    kids = children_of(clause)
    if clause.pos_ != "VERB" or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in kids):
        return False
    return any(t.lower_ == "since" and t.dep_ in ("prep", "mark") for t in clause.subtree)  # "in attacks ... since October"


def _scope(head: Token) -> list[Token]:
    """The trigger and the clauses that share its subject: "killed X and wounded Y", "…, killing three"."""
    scope = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        scope.append(head.head)  # "The blast killed five": the verb states the noun's toll
    if head.dep_ == "conj" and head.head.pos_ == "VERB" and not _own_subject(head):
        scope.append(head.head)
    seen = {t.i for t in scope}
    for clause in scope:  # grows while we walk: "…, killing 12 and wounding 30"
        for c in children_of(clause):
            if c.dep_ in _CLAUSE_LINKS and c.pos_ in ("VERB", "ADJ") and not _own_subject(c) and c.i not in seen:
                scope.append(c)
                seen.add(c.i)
    return scope


def _own_subject(verb: Token) -> bool:
    """A clause with a subject of its own states a different event; "that/who" and the bare number of an
    elided passive ("12 were killed and 30 injured") do not count."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") and not _bare_number(c)
               for c in children_of(verb))


def _bare_number(token: Token) -> bool:
    """"30", "dozens": a number standing alone, as in an elided passive ("… and dozens wounded")."""
    return token.pos_ == "NUM" or (token.lower_ in _VAGUE_PLURALS and token.n_lefts == 0 and token.n_rights == 0)


@kept_per_doc("khabar.quantities.roles")  # the scopes of a sentence's triggers share their clauses
def _roles_in(clause: Token) -> tuple[tuple[str, int], ...]:
    """The tolls a clause states, as (role, number) pairs."""
    return tuple(_stated_roles(clause))


def _stated_roles(clause: Token) -> list[tuple[str, int]]:
    lemma = clause.lemma_.lower()
    pos = clause.pos_
    if pos == "VERB" and (lemma in _TOLL_VERBS or _into_custody(clause)):
        return _verb_roles(clause, lemma)
    if pos == "VERB" and (lemma in _DIE_VERBS or _lost_lives(clause)):
        return _with_role("dead", _number_of_args(clause, ("nsubj",)))
    if pos == "NOUN" and lemma in _TOLL_EVENT_NOUNS:
        return _noun_roles(clause, lemma)
    roles = _toll_nouns(clause)
    if pos == "VERB" and not any(role == "dead" for role, _ in roles) and _put_to_death(clause):
        roles += _with_role("dead", _number_of_args(clause, ("dobj", "nsubjpass")))
    return roles


def _into_custody(verb: Token) -> bool:
    """"took 14 men into custody", "placed five under arrest", "put them behind bars": an arrest."""
    if verb.lemma_.lower() not in _CUSTODY_VERBS:
        return False
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in _CUSTODY_NOUNS for o in children_of(c))
               for c in children_of(verb))


def _verb_roles(verb: Token, lemma: str) -> list[tuple[str, int]]:
    if lemma == "round" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return []
    if _into_custody(verb):
        return _with_role("arrested", _number_of_args(verb, ("dobj", "nsubjpass")))
    role = "dead" if lemma in _DEAD_VERBS else "injured" if lemma in _INJURED_VERBS else "arrested"
    args = _number_of_args(verb, ("dobj", "nsubjpass")) or _elided_number(verb) or _stranded_object(verb)
    return _with_role(role, args) + _toll_nouns(verb)


def _elided_number(verb: Token) -> int | None:
    """"… and 30 injured", "… and dozens wounded": the parser reads the bare number as a subject."""
    return next((_number(c) for c in children_of(verb) if c.dep_ == "nsubj" and _bare_number(c)), None)


def _stranded_object(verb: Token) -> int | None:
    """"…, killing at least 14 civilians including four children, residents said": the parser may hang the
    participle's object on the saying verb as its subject. The numbered noun phrase that starts right after a
    participle with no object of its own is still that participle's object."""
    if verb.tag_ != "VBG" or any(c.dep_ == "dobj" for c in children_of(verb)) or verb.i + 1 >= len(verb.doc):
        return None
    noun = verb.doc[verb.i + 1]
    while noun.head.i > noun.i and noun.head.left_edge.i == verb.i + 1:
        noun = noun.head  # "at least 14 civilians": from the phrase's first word up to its head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < verb.i or noun.left_edge.i != verb.i + 1:
        return None
    return _number(noun)


def _noun_roles(noun: Token, lemma: str) -> list[tuple[str, int]]:
    """"12 deaths", "the arrests of 14 students", "the assassination of X and Y" (one each)."""
    role = "dead" if lemma in _DEAD_NOUNS else "injured" if lemma in _INJURED_NOUNS else "arrested"
    own = _number(noun) if lemma in _TOLL_NOUNS else None
    if own is not None:
        return [(role, own)]
    patients = [pobj for prep in children_of(noun) if prep.dep_ == "prep" and prep.lower_ == "of"
                for pobj in children_of(prep) if pobj.dep_ == "pobj"]
    return _with_role(role, _sum_people(patients))


def _toll_nouns(verb: Token) -> list[tuple[str, int]]:
    """"claimed 12 lives", "caused 3 deaths", "left five dead", "left 7 people dead"."""
    out = []
    for child in children_of(verb):
        if child.dep_ not in _TOLL_DEPS:
            continue
        pos = child.pos_
        if pos == "NOUN" and child.lemma_.lower() in _TOLL_OBJECTS:
            out += _with_role(_TOLL_OBJECTS[child.lemma_.lower()], _number(child))
        elif pos in ("ADJ", "NOUN") and child.lower_ in _STATE_WORDS:
            out += _with_role(_STATE_WORDS[child.lower_], _number(child) or _stated_before(child, verb))
    return out


def _stated_before(word: Token, verb: Token) -> int | None:
    """"left five dead": the number is the verb's object, the state word its complement."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubj") and c.i < word.i]
    return _sum_people(objects[-1:]) if objects else None


def _with_role(role: str, value: int | None) -> list[tuple[str, int]]:
    return [(role, value)] if value is not None else []


def _number_of_args(verb: Token, deps: tuple[str, ...]) -> int | None:
    args = [c for c in children_of(verb) if c.dep_ in deps]
    return _sum_people(args)


def _sum_people(heads: list[Token]) -> int | None:
    """Sum over coordinated people ("two soldiers and a civilian"); None when no conjunct states a number."""
    total, known = 0, False
    for head in heads:
        for person in [head, *head.conjuncts]:
            value = _people(person)
            if value is not None:
                total, known = total + value, True
    return total if known else None


# Pronouns that stand for one person: "arrested him".
_ONE_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})


def _people(noun: Token) -> int | None:
    number = _number(noun)
    if number is not None:
        return number
    if noun.pos_ == "PRON":
        return 1 if noun.lower_ in _ONE_PERSON_PRONOUNS else None
    if noun.lower_ in _NO_COUNT or any(c.lower_ in _NO_COUNT for c in children_of(noun) if c.dep_ in ("amod", "det")):
        return None
    return 1 if _one_person(noun) else None


def _one_person(noun: Token) -> bool:
    """"an American contractor", "the commander", "Qassem Soleimani": a singular, non-collective person."""
    if noun.tag_ not in ("NN", "NNP") or noun.lemma_.lower() in _COLLECTIVES or noun.lemma_.lower() in _NOT_PEOPLE:
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("no", "any", "every", "each") for c in children_of(noun))


def _number(noun: Token) -> int | None:
    """The number a noun phrase states: its own digits or words, a nummod, or a container's "of" object."""
    if noun.pos_ == "NUM" or noun.lower_ in _VAGUE_PLURALS:
        return _number_phrase(noun)
    for child in children_of(noun):
        if child.dep_ in ("nummod", "quantmod") and child.i < noun.i:
            return _number_phrase(child)
    if noun.lemma_.lower() in _CONTAINERS:
        for prep in children_of(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((_number(p) for p in children_of(prep) if p.dep_ == "pobj"), None)
    return None


def _number_phrase(num: Token) -> int | None:
    """The number with its hedges and parts before it ("at least 35", "twenty - one", "4.5 million")."""
    words = " ".join(t.text for t in num.subtree if t.i <= num.i)
    value = parse_number(words)
    return value if value is not None else parse_number(num.text)


def _count(head: Token, category: str) -> int | None:
    """A generic count: of events ("35 rocket attacks") or of participants (MOBILIZE, PROTEST)."""
    if head.pos_ == "NOUN":
        own = _number(head)
        if own is not None:
            return own
    if _releases(head):
        return _released(head)
    if category in _PARTICIPANT_CATEGORIES:
        return _participants(head)
    return None


def _participants(head: Token) -> int | None:
    """"mobilized a force of roughly 150 fighters", "some 2,000 students marched", "a rally of thousands"."""
    verb = head if head.pos_ == "VERB" else head.head
    clauses = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _own_subject(verb):
        clauses.append(verb.head)  # "Thousands poured into the square, resuming protests"
    for clause in clauses:
        for dep in ("dobj", "nsubj", "nsubjpass"):
            for arg in (c for c in children_of(clause) if c.dep_ == dep):
                value = _number(arg)
                if value is not None:
                    return value
    return None


# --- death as a verb's outcome, and the released ---------------------------------------------------------

# Sentences of death are no deaths: "sentenced two men to death".
_JUDGING_VERBS = frozenset({"sentence", "condemn", "convict", "threaten"})


def _put_to_death(verb: Token) -> bool:
    """"shot dead four voters", "four voters were shot dead", "beat two teachers to death": a verb whose
    outcome is its patients' death."""
    if verb.lemma_.lower() in _JUDGING_VERBS:
        return False
    for child in children_of(verb):
        if child.lower_ == "dead" and child.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dep"):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and _death_object(child):
            return True
    return _dead_before_number(verb)


def _death_object(prep: Token) -> bool:
    """"to death", not "(fought) to the death"."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() == "death" and o.n_lefts == 0 for o in children_of(prep))


def _dead_before_number(verb: Token) -> bool:
    """"shot dead two protesters": the parser reads "dead" as the object's adjective, but an adjective never
    stands before a number in its own phrase, so it is the verb's outcome."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is None or following.lower_ != "dead" or following.dep_ != "amod":
        return False
    obj = following.head
    return obj.head.i == verb.i and any(c.dep_ == "nummod" and c.i > following.i for c in children_of(obj))


# Acts counted by the people they take or free: "freed 90 prisoners", "kidnapped 30 students".
_RELEASE_VERBS = frozenset({"free", "release", "pardon", "repatriate", "kidnap", "abduct"})
_RELEASE_NOUNS = frozenset({"release", "freeing", "pardon", "repatriation", "kidnapping", "abduction"})


def _releases(head: Token) -> bool:
    """"freed 90 prisoners", "were set free", "the release of 24 hostages", "the abduction of 30 students": an
    act counted by the people it frees or takes."""
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB":
        return lemma in _RELEASE_VERBS or (lemma == "set" and any(c.lower_ == "free" for c in children_of(head)))
    return head.pos_ == "NOUN" and lemma in _RELEASE_NOUNS


def _released(head: Token) -> int | None:
    """The stated number of the released ("90 Palestinian prisoners"); a number is never guessed from a
    singular noun here ("released a statement" counts nothing)."""
    if head.pos_ == "VERB":
        released = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
    else:
        released = [o for prep in children_of(head) if prep.dep_ == "prep" and prep.lower_ == "of"
                    for o in children_of(prep) if o.dep_ == "pobj"]
    numbers = [_number(person) for first in released for person in (first, *first.conjuncts)]
    stated = [n for n in numbers if n is not None]
    return sum(stated) if stated else None

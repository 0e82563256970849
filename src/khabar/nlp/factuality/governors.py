"""The words that decide for the clause they govern: "tried to seize" (attempted), "is expected to vote"
(future), "should avoid a confrontation" (prescriptive), "the risk of clashes" (hypothetical).

``_GOVERNORS`` lists them, each with the label it gives and the dependencies of the complement it governs;
``lexical_label`` reads the label a governing word gives one complement. Reluctance is read here too: "hesitated to
send troops" is not done, but "did not hesitate to fire" was (litotes).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import DIGNITARY_NOUNS
from ..syntax import children_of, kept_to_infinitive
from .clauses import comma_participle, content_of_noun, has_modal, word_forms
from .plans import AIM_NOUNS, DEMAND_NOUNS, IMMINENT, POSTPONING, SEEKING, TEXTS, named_as_aim

COMPLEMENTS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "prep", "advcl"})
OBJECTS = COMPLEMENTS | {"dobj", "pobj"}
# Verbs of wishing; the small model lemmatises "hoped" as "hop", so the word forms are listed too.
DESIRE = frozenset({"want", "wish", "hope", "hoped", "hopes", "hoping", "desire", "aspire"})
# "would not hesitate to strike", "did not shy away from arresting": a denied reluctance asserts the act (litotes).
_RELUCTANCE = frozenset({"hesitate", "shy", "flinch", "balk", "baulk", "shrink", "reluctant", "hesitant", "loath"})

# Nouns of a power or a warrant to act: "has the power to dissolve parliament", "the authority to impose sanctions",
# "saw no reason to resign". Listed ahead of the verbs, so "the means to crush" is not read as "was meant to".
_WARRANTS = frozenset({"power", "powers", "authority", "mandate", "jurisdiction", "prerogative", "licence",
                       "license", "permission", "leeway", "latitude", "freedom", "means", "reason", "grounds",
                       "justification", "position"})  # "is in a position to seize the port"
# "exercised its right to strike", "used its authority to ban the march": a power put to use is no longer potential
_EXERCISING = frozenset({"use", "exercise", "invoke", "wield", "employ", "abuse", "seize", "take", "grab"})
# "had no choice but to declare a state of emergency": the one course left, taken
_LAST_RESORTS = frozenset({"choice", "option", "alternative", "recourse"})

# (label, governing words, the dependencies of the complement they govern)
_GOVERNORS = (
    ("hypothetical", _WARRANTS, frozenset({"acl"})),
    # "is entitled to hold rallies", "police were empowered to search homes": a right, not its use
    ("hypothetical", frozenset({"entitle", "entitled", "empower", "empowered", "eligible"}), frozenset({"xcomp"})),
    # "the commission has been tasked with investigating the killings": a task is still to be done
    ("future", frozenset({"task", "entrust"}), frozenset({"prep", "pcomp"})),
    ("attempted", frozenset({"try", "attempt", "seek", "strive", "endeavor", "endeavour", "process", "bid",
                             "effort", "foil", "thwart", "struggle", "design", "mean"}), OBJECTS),
    # "the army moved to arrest the protest leaders": a step towards the act, not the act (not "moved troops to
    # the border to deter", whose purpose clause is an advcl)
    ("attempted", frozenset({"move"}), frozenset({"xcomp"})),
    # "the attack was foiled", "two plots were thwarted by police": a foiled act was set about, not carried out
    ("attempted", frozenset({"foil", "thwart", "frustrate"}), frozenset({"nsubjpass"})),
    # "failed to protect civilians", "neglected to inform the UN", "stopped short of attacking the town": the act is
    # not done (a negative implicative; "a failed bid to" is still an attempt, governed by "bid")
    ("negated", frozenset({"refuse", "decline", "avoid", "refrain", "prevent", "avert", "forgo", "without",
                           "instead", "fail", "neglect", "omit", "stop short", "fall short"}), OBJECTS),
    # "Serbia's refusal to recognise Kosovo", "its failure to protect civilians": the act refused is not done
    ("negated", frozenset({"refusal", "failure", "reluctance", "unwillingness"}), frozenset({"acl"})),
    # "was considering expelling the ambassador", "is mulling sanctions": weighed, not done
    ("hypothetical", frozenset({"consider", "mull", "weigh", "contemplate", "ponder", "debate"}),
     frozenset({"xcomp", "pcomp", "dobj", "ccomp"})),
    # "has been unable to deliver aid", "was powerless to stop the fighting": not done
    ("negated", frozenset({"unable", "powerless", "incapable"}), frozenset({"xcomp", "prep", "pcomp"})),
    # "cancelled the strike", "scrapped the visit", "the march was called off": what is called off does not happen
    ("negated", frozenset({"cancel", "scrap", "shelve", "abandon", "call off", "rule out"}),
     frozenset({"dobj", "nsubjpass", "xcomp", "pcomp"})),
    # "postponed the offensive until spring", "the strike was put off": what is put off is still to come
    ("future", POSTPONING, frozenset({"dobj", "nsubjpass", "xcomp", "pcomp"})),
    # "stopped providing aid", "ceased sending weapons": the act no longer happens (the stopping is the news)
    ("negated", frozenset({"stop", "cease", "quit", "discontinue", "halt", "suspend"}), frozenset({"xcomp"})),
    # "denied that its troops shelled the town", "denied attacking the convoy": by the speaker's own account, no
    ("negated", frozenset({"deny"}), frozenset({"ccomp", "xcomp", "pcomp", "dobj"})),
    # "rejected the idea that the state had backed down", "dismissed reports that ...": what a rebutted claim says
    ("negated", frozenset({"reject", "dismiss", "refute", "rebut", "deny", "disprove", "debunk"}),
     frozenset({"claim"})),
    ("future", frozenset({"expect", "plan", "intend", "schedule", "prepare", "promise"}), OBJECTS),
    # "threatened to strike Israeli cities": the threat is the event; what it threatens happens only if carried out
    ("hypothetical", frozenset({"threaten"}), OBJECTS),
    # "militants were plotting attacks on churches", "a plot to kill the president": a plot is what others charge a
    # party with, never an act the plotters announce; what it aims at is not done
    ("hypothetical", frozenset({"plot", "conspire", "conspiracy", "scheme"}), OBJECTS),
    # "the drill simulated an attack on the capital": an act played out, not done
    ("hypothetical", frozenset({"simulate", "rehearse", "mimic", "feign", "imitate"}),
     frozenset({"dobj", "xcomp", "pcomp"})),
    # "agreed to withdraw", "offered to mediate", "decided to send troops": the act is still to come
    # "wants to sign the accord", "hopes to visit Cairo": a wish commits no one to the act, as a plan does
    ("hypothetical", DESIRE, frozenset({"xcomp"})),
    # "persuaded Israel to release the revenues", "convinced the rebels to free the hostages": the one persuaded has
    # come to mean to act, as one who agrees has, but the text does not yet tell the act done
    ("future", frozenset({"agree", "offer", "decide", "consent", "undertake", "commit", "volunteer", "propose",
                          "resolve", "opt", "choose", "ready", "willing", "prepared", "eager", "keen", "persuade",
                          "convince"}),
     frozenset({"xcomp"})),
    # "deployed police to Haiti to help fight gangs", "hired mercenaries to fight jihadists": what a force is posted
    # or hired for is still sought when it is posted. Not "send" or "mobilise": "sent letters to protest" and
    # "mobilised its supporters to back the government" tell the protest and the backing themselves
    ("future", frozenset({"deploy", "redeploy", "dispatch", "station", "position", "hire", "recruit"}),
     frozenset({"advcl"})),
    # "expressed willingness to mediate", "its readiness to help", "is open to dialogue": the act on offer, to come
    ("future", frozenset({"willingness", "readiness", "intention", "intent", "commitment", "determination",
                          "offer", "pledge", "promise", "vow", "decision", "resolve"}), frozenset({"acl"})),
    # "reached an agreement to withdraw troops", "signed a deal to swap prisoners", "a motion to impose sanctions":
    # what a text or an accord provides for is still to be done
    ("future", (TEXTS - {"order"}) | {"understanding"}, frozenset({"acl"})),  # "an order to attack" is a command
    ("future", frozenset({"open", "receptive", "amenable"}), frozenset({"prep"})),
    # "the Houthis proposed a suspension of their attacks": what is proposed is not yet done
    ("future", frozenset({"propose", "suggest", "float", "moot"}), frozenset({"dobj"})),
    # "sanctions aimed at pressuring Iran": the purpose, not an act done
    ("future", frozenset({"aim", "aimed", "geared", "directed"}), frozenset({"prep"})),
    # "attacks are imminent", "a vote is due": what is due is still to come
    ("future", IMMINENT, frozenset({"nsubj", "nsubjpass"})),
    # "allowed the opposition to hold rallies", "let the exiled leader return": the act is permitted, still to come
    ("future", frozenset({"allow", "permit", "let", "authorize", "authorise", "enable"}), frozenset({"xcomp", "ccomp"})),
    ("future", frozenset({"set", "due", "poised", "slate", "slated", "vow", "pledge", "aim", "determined",
                          "about", "going"}), frozenset({"xcomp"})),
    ("prescriptive", frozenset({"need", "ought", "urge", "call", "demand", "advise", "recommend", "essential",
                                "important", "vital", "imperative", "necessary", "crucial", "appeal", "ask",
                                "order", "tell", "instruct", "direct", "encourage", "press", "push", "invite",
                                "lobby", "petition", "pressure", "implore", "beg", "exhort", "plead", "request", "warn",
                                "want", "wish"}),  # "wants the president to resign": a ccomp, not "wants to"
     COMPLEMENTS | {"pobj"}),
    # "met in Geneva to end the fighting", "has been negotiating with the Houthis to end the war": what talks and
    # efforts are for is still sought (a use of force is told with its purpose done: "fired tear gas to disperse")
    ("future", SEEKING, frozenset({"advcl", "xcomp"})),
    # "the opposition's main demand is the release of prisoners", "the goal of the talks is a ceasefire": what a
    # demand or an aim names is asked for or sought, not done
    ("prescriptive", DEMAND_NOUNS, frozenset({"attr"})),
    ("future", AIM_NOUNS, frozenset({"attr"})),
    ("hypothetical", frozenset({"risk", "threat", "possibility", "prospect", "danger", "chance", "likelihood",
                                "fear", "possible", "likely", "unlikely", "probable", "capacity", "ability",
                                "capability", "opportunity",
                                "capable", "willing", "option", "right", "way", "means",  # "the right to respond"
                                "condition", "precondition", "proviso"}),  # "on condition that the army withdraws"
     COMPLEMENTS | {"dobj", "pobj", "nsubj"}),
    # "it was a mistake to invade Iraq", "it is wrong to attack civilians": an act judged as a kind, not one told
    ("hypothetical", frozenset({"mistake", "error", "blunder", "wrong", "unwise", "wise", "foolish", "reckless",
                                "irresponsible", "unacceptable", "illegal", "unlawful", "lawful", "legitimate",
                                "easy", "hard", "difficult", "dangerous", "impossible"}),
     frozenset({"xcomp", "ccomp", "acl", "csubj", "advcl"})),
)

# Every word that governs some complement: "a call for US troops to leave" (see walk._for_to_governor).
_GOVERNING_WORDS = frozenset().union(*(governors for _, governors, _ in _GOVERNORS))


def lexical_label(parent: Token, child: Token) -> str | None:
    """The label a governing word gives its complement; "it is essential that X" reads the predicate."""
    words = word_forms(parent)
    # "call off", and "stop short (of)", whose "short" the parser makes an adverb of the verb, with "of" on either
    words |= {f"{parent.lemma_.lower()} {c.lower_}" for c in children_of(parent)
              if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "short")}
    if parent.dep_ == "advmod" and parent.lower_ == "short":
        words.add(f"{parent.head.lemma_.lower()} short")
    if parent.lemma_ == "be" and child.dep_ in ("ccomp", "xcomp", "csubj", "nsubj", "advcl"):  # "for X to": advcl
        words |= {c.lower_ for c in children_of(parent) if c.dep_ in ("acomp", "attr")}
    if parent.lemma_ == "be" and child.dep_ == "attr":  # "the demand is the release": the subject governs
        words |= {c.lemma_.lower() for c in children_of(parent) if c.dep_ == "nsubj"}
    if child.dep_ == "nsubj" and named_as_aim(child):  # "the release is a key demand": the predicate governs
        words |= {c.lemma_.lower() for c in children_of(parent) if c.dep_ == "attr"}
        return _lexical_label_of(words, "attr")
    # see walk._infinitive_of_object; "ways to end the blockade": an infinitive the parser calls a relative clause
    dep = "acl" if parent.pos_ == "NOUN" and child.dep_ in ("advcl", "relcl") else child.dep_
    if dep == "advcl" and comma_participle(child):
        return None  # "ordered troops to the border, threatening to ...": the doer's own act, no complement
    if dep in ("xcomp", "advcl") and phone_call(parent):
        return None  # "called Putin to urge restraint": the caller urged it, on the call
    if dep == "dobj" and any(c.dep_ == "acl" and content_of_noun(c) for c in children_of(child)):
        dep = "claim"  # "rejected the idea that ...": the object holds a claim, which the verb judges
    label = _lexical_label_of(words, dep)
    if label == "hypothetical" and dep == "acl" and _exercised(parent):
        return None  # see exercised_power
    if label is None and dep == "advcl" and _bare_infinitive_after(parent, child):
        return _lexical_label_of(words, "xcomp")  # "moved quickly to disperse the crowd", "tried hard to reach"
    return label


# Bodies that summon someone to testify or appear: "the inquiry called the minister to testify" is no phone call.
_SUMMONING = frozenset({"court", "judge", "tribunal", "prosecutor", "committee", "panel", "inquiry", "commission"})
_CALLED_PERSONS = frozenset({"him", "her"})


def phone_call(verb: Token) -> bool:
    """"Macron called Putin to urge restraint", "called his Ethiopian counterpart to defuse the row": "call" with one
    person as its object is a telephone call, and its infinitive the caller's purpose in making it."""
    return phoned_person(verb) is not None


def phoned_person(verb: Token) -> Token | None:
    """The one person a "call" phones: its object, or a lone predicate the parser made of it ("called Sudan's army
    chief to urge"); none with an "on" ("called on Israel to withdraw"), a particle ("called up reservists"), an
    object and a predicate ("called him a liar"), many people ("called its supporters to march", "called the nation
    to prayer") or a court or an inquiry, which summons a witness to testify."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call":
        return None
    children = children_of(verb)
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _time_phrase(c))
           or (c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _SUMMONING) for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    predicates = [c for c in children if c.dep_ == "oprd"]
    if objects and predicates:
        return None
    return next((c for c in objects or predicates if c.ent_type_ == "PERSON" or c.lemma_.lower() in DIGNITARY_NOUNS
                 or c.lower_ in _CALLED_PERSONS), None)


def _time_phrase(prep: Token) -> bool:
    """"on Tuesday", "on Friday evening": a time, not the one called on."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(prep))


def _exercised(noun: Token) -> bool:
    """"Israel exercised its right to strike", "used its powers to ban the march", "seized the opportunity to attack":
    the act a power or a chance was used for."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _EXERCISING


def exercised_power(clause: Token) -> bool:
    """The act a power, a right or a chance was used for ("exercised its right to strike"): it is told as the using
    verb is ("would seize the opportunity to march" is future), whatever the noun itself would say."""
    noun = clause.head
    return (clause.dep_ == "acl" and _exercised(noun)
            and _lexical_label_of(word_forms(noun), "acl") == "hypothetical")


def last_resort(parent: Token, clause: Token) -> str | None:
    """"The governor had no choice but to declare an emergency": the one course left was taken; "has no option but to
    resign": it must be. The parser hangs the clause on "but", or joins it to "have", and "but" on the noun or "have"."""
    start = clause.left_edge.i
    if start == 0 or clause.doc[start - 1].lower_ != "but" or not kept_to_infinitive(clause):
        return None
    words = (parent, parent.head)
    nouns = [w for w in words if w.pos_ == "NOUN"] + [c for w in words for c in children_of(w) if c.dep_ == "dobj"]
    noun = next((n for n in nouns if n.lemma_.lower() in _LAST_RESORTS and _denied_by_no(n)), None)
    if noun is None or noun.head.lemma_.lower() != "have":
        return None
    return "asserted" if noun.head.tag_ == "VBD" and not has_modal(noun.head) else "prescriptive"


def _denied_by_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun))


def _bare_infinitive_after(verb: Token, clause: Token) -> bool:
    """An infinitive the parser hangs on a verb as a purpose clause though the verb has no object or phrase it could
    be the purpose of ("moved quickly to disperse", "tried hard to reach"): it completes the verb, as an xcomp."""
    if not kept_to_infinitive(clause) or clause.i < verb.i:
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in children_of(clause)):
        return False
    return not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp") and c.i < clause.i for c in children_of(verb))


def _lexical_label_of(words: set[str], dep: str) -> str | None:
    """The label of the first row of _GOVERNORS that lists one of ``words`` for ``dep``."""
    firsts = _first_rows(dep)
    found = [firsts[word] for word in words if word in firsts]
    return min(found)[1] if found else None


@cache
def _first_rows(dep: str) -> dict[str, tuple[int, str]]:
    """For one dependency, each governing word's first row of _GOVERNORS listing it, as (row, label): the walk asks
    of every governing clause, and testing a word or two against each row's set costs more than one lookup each."""
    firsts: dict[str, tuple[int, str]] = {}
    for row, (label, governors, deps) in enumerate(_GOVERNORS):
        if dep in deps:
            for word in governors:
                firsts.setdefault(word, (row, label))
    return firsts


def governs_infinitives(noun: Token) -> bool:
    """A noun that _GOVERNORS lists for a complement clause: "calls to", "an offer to", "plans to"."""
    return _lexical_label_of(word_forms(noun), "acl") is not None


def governs_clauses(word: Token) -> bool:
    """A word that _GOVERNORS lists for any complement: a call, a demand, a plan."""
    return not word_forms(word).isdisjoint(_GOVERNING_WORDS)


def attempts_object(verb: Token, deps: list[str]) -> bool:
    """"Officers attempted a coup", "rebels attempted an assault on the base": "attempt" as the light verb of the act
    its object names (its dependencies ``deps`` read once by the caller)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "attempt" and "dobj" in deps


def reluctant(word: Token) -> bool:
    """"hesitated to", "was reluctant to" (the copula of a reluctant subject counts, as it carries the "not")."""
    return word.lemma_.lower() in _RELUCTANCE or (
        word.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _RELUCTANCE for c in children_of(word)))


def denied_reluctance(word: Token) -> bool:
    """"would not hesitate to strike", "did not shy away from": not being reluctant is meaning to act."""
    negated = word.head if word.dep_ == "acomp" else word  # "was not reluctant to": the copula carries "not"
    return reluctant(word) and any(c.dep_ == "neg" for c in children_of(negated))

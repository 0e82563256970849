"""Voice of a clause: whether a verb is passive (reduced relatives and raised passives included), and who
undergoes a passive event.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..datelines import dateline_dash, in_dateline
from ..syntax import children_of, kept_per_doc
from .phrases import RELATIVE_PRONOUNS, antecedent, by_agent


# Participles that state how the subject stands, not what was done to it: "Israel is opposed to ...",
# "Vietnam is committed to ...". Without a "by" agent their subject is the actor.
STATIVE_PARTICIPLES = frozenset({"opposed", "committed", "prepared", "determined", "resolved", "poised", "disappointed",
                                 "concerned", "dissatisfied", "pleased", "satisfied", "angered", "outraged", "alarmed",
                                 "worried", "interested", "engaged", "involved", "dedicated", "devoted", "inclined",
                                 "entitled"})


# Participles of feeling whose "by" phrase is what moved the subject, not a doer: "was troubled by the arrests".
FEELING_PARTICIPLES = frozenset({"troubled", "disturbed", "dismayed", "appalled", "horrified", "shocked", "saddened",
                                 "incensed", "infuriated", "perturbed", "angered", "outraged", "alarmed", "concerned",
                                 "worried", "disappointed"})


@kept_per_doc("khabar.arguments.is_passive")  # asked of a verb by the finder, its subject and the nominal rules
def is_passive(verb: Token) -> bool:
    if verb.lower_ in FEELING_PARTICIPLES or (verb.lower_ in STATIVE_PARTICIPLES and by_agent(verb) is None):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in children_of(verb)):
        return True
    if reduced_relative_rest(verb) is not None:
        return True  # "the journalists detained last week were released": the parser made "detained" a main verb
    if verb.tag_ == "VBD" and after_dateline(verb):
        return False
    if _addressee_left_out(verb):
        return True  # "Israel urged to halt Rafah offensive": a headline's passive with its "was" left out
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and not any(c.dep_ in ("nsubj", "aux") for c in children_of(verb)):
        return True  # "the men detained during the raid": the tagger often reads the participle as a past tense
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "dobj") for c in children_of(verb)):
        return False  # a participle with a direct object is active, however it was tagged
    if is_raised(verb):
        return True  # "were reported killed"
    if _elided_passive_conjunct(verb):
        return True  # "warehouses had been ransacked and aid workers killed"
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None:
        return _split_passive(verb, subject)
    # A bare participle is passive: a reduced relative ("the militiamen captured during ...").
    return verb.dep_ in ("acl", "ccomp", "advcl")


# Verbs that name whom they address before an infinitive ("urged Israel to halt"): with a subject, no object and
# an infinitive, the subject is the one addressed ("ask" is left out: "Kenya asked to lead the mission" is active).
_ADDRESSING = frozenset({"urge", "tell", "order", "instruct", "press", "pressure", "force", "compel", "encourage",
                         "exhort", "implore", "invite", "advise", "persuade", "warn"})
# Verbs that name whom they charge before the charge's preposition ("accused Russia of ..."): likewise
# "Russia accused of using chemical weapons" is a headline's passive.
_CHARGING = {"accuse": "of", "blame": "for", "suspect": "of"}


def _addressee_left_out(verb: Token) -> bool:
    children = list(children_of(verb))
    lemma = verb.lemma_.lower()
    if (lemma not in _ADDRESSING and lemma not in _CHARGING) or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp") for c in children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in children):
        return False
    if lemma in _CHARGING:
        return any(c.dep_ == "prep" and c.lower_ == _CHARGING[lemma] and c.i == verb.i + 1 for c in children)
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
               for c in children)


def after_dateline(verb: Token) -> bool:
    """"NAIROBI, Kenya (AP) — The United Nations called on ...": the parser may make the dateline the root, the
    subject its apposition and the main verb a modifier of that subject."""
    subject = verb.head
    if verb.dep_ != "acl" or subject.dep_ != "appos" or subject.i > verb.i:
        return False
    dateline = subject.head
    dash = dateline_dash(dateline) if in_dateline(dateline) else None
    return dash is not None and dash.i < subject.i


def reduced_relative_rest(participle: Token) -> Token | None:
    """"The journalists detained last week were released": a reduced relative the parser read as a clause of
    its own, with its noun as subject and the rest of the sentence ("were released") as the complement it
    governs or that governs it. Returns that rest, a verb with an auxiliary and no subject of its own."""
    if participle.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "dobj", "dative", "cc") for c in children_of(participle)):
        return None
    if not any(c.dep_ == "nsubj" and c.i < participle.i for c in children_of(participle)):
        return None
    # "the soldiers captured in the raid were handed over": with no "and", a conjunct is the rest too
    rests = [c for c in children_of(participle) if c.dep_ in ("ccomp", "conj")]
    if participle.dep_ == "ccomp":
        rests.append(participle.head)
    return next((m for m in rests if _subjectless_rest(m, participle)), None)


def _subjectless_rest(verb: Token, participle: Token) -> bool:
    if verb.i < participle.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    children = list(children_of(verb))
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children):
        return False
    return verb.lemma_ == "be" or any(c.dep_ in ("aux", "auxpass") for c in children)


def subject_of_reduced_relative(verb: Token) -> Token | None:
    """For the rest of a sentence whose subject the parser gave to a reduced relative ("were released"), the
    noun the relative modifies ("the journalists")."""
    candidates = [c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ in ("ccomp", "conj"):
        candidates.append(verb.head)
    participle = next((p for p in candidates if getattr(reduced_relative_rest(p), "i", None) == verb.i), None)
    if participle is None:
        return None
    return next((antecedent(c) for c in children_of(participle) if c.dep_ == "nsubj"), None)


def _elided_passive_conjunct(participle: Token) -> bool:
    """"Two soldiers were killed and three wounded", "warehouses had been ransacked and aid workers killed": a
    participle joined to a passive, with a subject of its own and no auxiliary, shares the passive's "were"; its
    subject is whom the act struck, never its doer. (The caller has checked it takes no auxiliary nor object.)"""
    first = participle.head
    if participle.dep_ != "conj" or first.i > participle.i or first.tag_ != "VBN":
        return False
    if not any(c.dep_ == "nsubj" and first.i < c.i < participle.i for c in children_of(participle)):
        return False
    return any(c.dep_ == "auxpass" for c in children_of(first))


def _split_passive(verb: Token, subject: Token) -> bool:
    """A participle with a subject of its own is a past tense the tagger misread ("the soldiers that the
    militia freed", "thousands protested"), unless a "by" agent or a "were" between them shows a passive
    the parser split ("the militiamen were then released by ...")."""
    if verb.dep_ == "relcl" or any(c.lower_ in RELATIVE_PRONOUNS for c in children_of(verb) if c.dep_ != "nsubj"):
        return False  # "the soldiers (that) the militia freed": the clause's subject is the doer
    between = verb.doc[subject.i + 1:verb.i] if subject.i < verb.i else []
    return by_agent(verb) is not None or any(t.lemma_ == "be" for t in between)


def passive_patient(verb: Token) -> Token | None:
    """Who undergoes a passive event: its passive subject, the noun a reduced relative modifies, or the
    subject of the "were" the parser hung the participle on."""
    patient = next((c for c in children_of(verb) if c.dep_ in ("nsubjpass", "nsubj") and not in_dateline(c)), None)
    if patient is None and verb.dep_ == "acl":
        patient = verb.head
    if patient is None and verb.dep_ == "advcl" and (verb.head.lemma_ == "be" or verb.i < verb.head.i):
        # "Detained since March, the activist was charged ...": a fronted participle undergone by the subject
        patient = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if patient is None:  # "the journalists detained last week were released"
        patient = subject_of_reduced_relative(verb)
    if patient is None and is_raised(verb):  # "four soldiers were reported killed"
        patient = next((c for c in children_of(verb.head) if c.dep_ == "nsubjpass"), None)
    return antecedent(patient) if patient is not None else None


def passive_of_agent(word: Token) -> Token | None:
    """The passive verb whose "by" phrase ``word`` is the object of ("was hit by shelling"), else None. The parser
    may label a gerund's "by" a plain preposition, so a passive is asked for whenever the label is not "agent"."""
    prep = word.head
    if word.dep_ not in ("pobj", "pcomp") or prep.lower_ != "by" or prep.head.pos_ != "VERB":
        return None
    return prep.head if prep.dep_ == "agent" or (prep.dep_ == "prep" and is_passive(prep.head)) else None


def is_raised(verb: Token) -> bool:
    """"Five people were reported killed", "were said to have been killed": a passive of saying raises the
    victims of the attack to its subject; the attack's doer stays unnamed."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and is_passive(verb.head)

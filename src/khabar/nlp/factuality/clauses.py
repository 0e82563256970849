"""What a clause's own words show, before any reading of what they mean for the event: its subject, its
modals and its negation, and a noun phrase's determiners."""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

FUTURE_MODALS = frozenset({"will", "'ll", "wo", "shall"})  # "wo" is spaCy's token for "won't"
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Verbs that carry out the act their object names: "agreed to complete the withdrawal" tells no withdrawal yet, so
# the definite object is not presupposed; it is as factual as the verb.
_PERFORMING = frozenset({"complete", "finish", "conclude", "implement", "accelerate", "expedite", "speed", "carry",
                         "begin", "start", "resume"})
# Verbs that keep an agreement in force: "needs to keep its truce", "should respect the ceasefire" tell no new truce,
# only whether the existing one is kept, so the object is as factual as the verb.
_UPHOLDING = frozenset({"keep", "maintain", "uphold", "honour", "honor", "respect", "observe", "preserve", "sustain"})
# Verbs that stop an act before it is done: "foiled the attack" tells of an attack set about, not carried out.
_FORESTALLING = frozenset({"foil", "thwart", "frustrate", "avert", "prevent"})


def word_forms(word: Token) -> set[str]:
    """The word's lemma and its form: the small model lemmatises some words oddly ("hoped" as "hop")."""
    return {word.lemma_.lower(), word.lower_}


def own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb))


def perfect(children: list[Token]) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)


def modal_words(children: list[Token]) -> set[str]:
    return {c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"}


def has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb))


def under_modal(verb: Token) -> bool:
    holder = verb.head if verb.dep_ == "acomp" else verb  # "would not be reluctant to": the copula has the modal
    return has_modal(holder)


def fronted_modal(children: list[Token], deps: list[str], subjects: tuple[str, ...]) -> Token | None:
    """The clause's modal when it comes before the clause's subject ("Will Iran retaliate?", "Should the rebels
    attack, ..."); ``subjects`` are the dependencies that count as the subject."""
    modal = next((c for c, dep in zip(children, deps) if dep == "aux" and c.tag_ == "MD"), None)
    subject = next((c for c, dep in zip(children, deps) if dep in subjects), None)
    if modal is None or subject is None or modal.i > subject.i:
        return None
    return modal


def has_negation(children: list[Token], deps: list[str]) -> bool:
    """"did not respond", "never arrested", "No one was arrested", "There were no clashes"."""
    if "neg" in deps:
        return True
    if any(dep == "det" and c.lower_ == "no" for c, dep in zip(children, deps)):
        return True
    subjects = (c for c, dep in zip(children, deps) if dep in ("nsubj", "nsubjpass", "attr"))
    return any(s.lower_ in ("nobody", "none", "nothing") or
               any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in children_of(s))
               for s in subjects)


# Pronouns that name no one: "pardoned nobody", "arrested none of the suspects".
_NO_ONE = frozenset({"nobody", "none", "nothing", "no-one", "noone"})


def negative_object(verb: Token) -> bool:
    """"The court pardoned nobody", "the army arrested no one", "the rebels freed no hostages": a verb whose every
    object names no one did not do its act ("arrested no fewer than 20 people" counts, its "no" is no determiner)."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return bool(objects) and all(_names_no_one(o) for o in objects)


# "arrested no one but the leader", "freed none except the women": the exception was done to.
_EXCEPT = frozenset({"but", "except", "besides", "save", "apart", "other"})


def _names_no_one(noun: Token) -> bool:
    # the subtree (a walk of the phrase, a new Token per word) is read only for the few objects that name no one
    if not (noun.lower_ in _NO_ONE or any(
            c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in children_of(noun))):
        return False
    return not any(t.lower_ in _EXCEPT for t in noun.subtree)


def negated(verb: Token) -> bool:
    """The verb's own clause carries a negation (see has_negation)."""
    children = list(children_of(verb))
    return has_negation(children, [c.dep_ for c in children])


def content_of_noun(clause: Token) -> bool:
    """"the idea that the state had backed down", "reports that troops shelled the town": a "that" clause telling
    what a noun of saying or thinking holds, which the noun's own standing decides."""
    noun = clause.head  # "dismissed reports that": the tagger may read a plural noun as a verb, its role tells
    nominal = noun.pos_ == "NOUN" or noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
    return nominal and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


def comma_participle(clause: Token) -> bool:
    """"..., threatening to take the region by force": an -ing participle set off by a comma, with no mark."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (clause.tag_ == "VBG" and before is not None and before.text == ","
            and not any(c.dep_ in ("mark", "nsubj") for c in children_of(clause)))


def presupposed(noun: Token) -> bool:
    """"will investigate the attack": a definite event noun exists whatever the verb above says."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj"):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PERFORMING | _UPHOLDING | _FORESTALLING:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in children_of(noun))

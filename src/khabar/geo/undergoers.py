"""Places that undergo what their verb tells: "Mosul fell to Islamic State fighters", "Kidal came under attack",
"Raqqa remained under siege", "Kidal remained calm".

Elsewhere a place name as a verb's subject stands for its government or people ("Moscow insists", "Kyiv said"), but
a town that falls or comes under fire is the ground the act was done on: the place of the event, not a party doing
it. Like a passive subject ("Mariupol was shelled"), which the locating rules read as a place already.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.text import doc_text

# "fell to the rebels", "fell after a week of fighting": a town that falls is taken
_FALLING = frozenset({"fall"})
# "came under attack", "remained under siege", "was under heavy shelling", "fell under rebel control": what the
# subject is under is an act done to it
_UNDER_ACTS = frozenset({"attack", "attacks", "fire", "shelling", "shellfire", "siege", "bombardment", "bombardments",
                         "blockade", "assault", "bombing", "bombings", "strike", "strikes", "airstrikes", "barrage",
                         "control", "occupation", "onslaught", "raid", "raids", "gunfire", "encirclement"})


# "Kidal remained calm", "the city was tense": the state a town is in after or before an act (a party's moods,
# "Iran remained defiant", are not among them)
_STAYING = frozenset({"remain", "stay", "be", "become", "return", "appear", "seem"})
_CONDITIONS = frozenset({"calm", "quiet", "tense", "deserted", "empty", "peaceful", "volatile", "paralysed",
                         "paralyzed", "besieged", "encircled", "cut", "dark", "shuttered"})


def undergoes(verb: Token) -> bool:
    """Whether the subject of ``verb`` undergoes the act: "fell (to ...)", "came (remained, was) under attack", or is
    in the state it left ("remained calm", "was tense")."""
    return verb.lemma_.lower() in _FALLING or under_act(verb) is not None or _in_a_condition(verb)


def _in_a_condition(verb: Token) -> bool:
    if verb.lemma_.lower() not in _STAYING:
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _CONDITIONS for c in verb.children)


def under_act(verb: Token) -> Token | None:
    """The act ``verb``'s subject is under ("came under heavy fire": "fire"), or None."""
    if not _says_under(verb.doc):  # no word "under" in the whole text: no child to find (most articles)
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            act = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if act is not None and (act.lemma_.lower() in _UNDER_ACTS or act.lower_ in _UNDER_ACTS):
                return act
    return None


_UNDER_KEY = "khabar.undergoers.says_under"  # doc.user_data key


def _says_under(doc: Doc) -> bool:
    """Whether the doc's text holds "under" in any case: a word whose ``lower_`` is "under" is in it. Kept per doc
    (a doc's text never changes, see ``text``): ``Token.children`` makes a ``Token`` per child at each asking."""
    found = doc.user_data.get(_UNDER_KEY)
    if found is None:
        found = doc.user_data[_UNDER_KEY] = "under" in doc_text(doc).lower()
    return found


def undergoing_subject(name: Token) -> bool:
    """Whether ``name`` (a name's root, or the first of names joined by "and") is the subject of a verb it
    undergoes."""
    while name.dep_ == "conj" and name.head is not name:  # "Kidal and Menaka came under attack"
        name = name.head
    return name.dep_ == "nsubj" and undergoes(name.head)

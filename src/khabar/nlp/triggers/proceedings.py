"""Acts named as the matter of a proceeding: "a trial over the killing of the journalist", "a verdict in the murder
of the activist", "filed charges over the attack", "went on trial for the shelling", "found guilty of the
massacre". A trial, an inquiry or a report is the news; the act it is about was done before, and is told in its own
report.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of

# Proceedings and findings about an act: trials, hearings, inquiries and the charges, verdicts and reports of them.
_PROCEEDINGS = frozenset({"trial", "retrial", "hearing", "verdict", "case", "inquiry", "inquest", "investigation",
                          "probe", "charge", "sentence", "conviction", "indictment", "lawsuit", "suit", "prosecution",
                          "appeal", "testimony", "report", "finding", "judgment", "judgement", "ruling", "acquittal",
                          "tribunal", "proceeding", "proceedings", "warrant", "dossier", "review", "audit"})
# Prepositions that tie a proceeding to its matter: "over", "into", "in", "on", "for", "about" (not "of": "reports
# of shelling in the east" tell the shelling).
_MATTER = frozenset({"over", "into", "in", "on", "for", "about", "concerning", "regarding"})


def matter_of_proceedings(noun: Token) -> bool:
    """An event noun in an "over"/"into"/"in" phrase of a proceeding noun, or of a verb whose object is one
    ("filed charges over the attack", the phrase hung on the verb) or that puts its subject on or under one ("went
    on trial for the shelling", "is under investigation over the killing")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and found_guilty_of(prep):
        return True
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MATTER:
        return False
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN"):
        return host.lemma_.lower() in _PROCEEDINGS
    return host.pos_ in ("VERB", "AUX") and any(_is_proceeding(c) for c in children_of(host))


# What a verdict or a plea finds someone: "found guilty of the massacre", "pleaded guilty to the killing".
_VERDICTS = frozenset({"guilty", "innocent", "culpable"})


def found_guilty_of(prep: Token) -> bool:
    """The "of"/"to" phrase of a verdict's word: "were found guilty of the massacre", "pleaded guilty to killing"."""
    return prep.lower_ in ("of", "to") and prep.head.lemma_.lower() in _VERDICTS


# Prepositions that put a party in a proceeding: "on trial", "under investigation".
_STANDING_IN = frozenset({"on", "under"})


def _is_proceeding(child: Token) -> bool:
    """The verb's object is a proceeding ("filed charges"), or its "on"/"under" phrase names one ("went on trial")."""
    if child.dep_ in ("dobj", "nsubjpass"):
        return child.lemma_.lower() in _PROCEEDINGS
    return child.dep_ == "prep" and child.lower_ in _STANDING_IN and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _PROCEEDINGS for o in children_of(child))

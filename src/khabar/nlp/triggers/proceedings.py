"""Acts named as the matter of a proceeding: "a trial over the killing of the journalist", "a verdict in the murder
of the activist", "filed charges over the attack". A trial, an inquiry or a report is the news; the act it is
about was done before, and is told in its own report.
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
    ("filed charges over the attack", the phrase hung on the verb)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MATTER:
        return False
    host = prep.head
    if host.pos_ in ("NOUN", "PROPN"):
        return host.lemma_.lower() in _PROCEEDINGS
    return host.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PROCEEDINGS
                                       for c in children_of(host))

"""Factuality: did the event happen, by the text's own account?

``factuality_of`` (``walk``) reads the markers on the event's clause (``markers``: modals, negation, a conditional
"if", an imperative) and walks up to the clauses that govern it, because a governing word decides for its
complement (``governed``, with the table of governing words in ``governors``): "tried to seize" is attempted, "is
expected to vote" future, "should avoid a confrontation" prescriptive, "the risk of clashes" hypothetical. What a
clause says of itself or of its complement is read in the modules of each idea: ``conditions`` (conditions and
suppositions: "if the talks fail", "a blockade would disrupt supplies", "any attack"), ``reported`` (what is said,
claimed, feared, guessed or charged: "accused Moscow of shelling the plant"), ``plans`` (plans, schedules,
provisions, aims and talks: "the planned withdrawal", "talks on a ceasefire"), ``orders`` ("Release the
prisoners", "it is time for Israel to lift the blockade") and ``questions`` ("Will the army attack?").
``clauses`` answers the plain questions about a clause's words that they all ask.

``stated_intent`` and ``stated_refusal`` (``intent``) tell whether a clause states its subject's own intent or
refusal, which ``khabar.nlp.intents`` makes events of; ``speaker_of`` (``reported``) finds who says a clause, and
``inside_a_guess`` (``walk``) whether it is part of what someone believes or fears.
"""
from .intent import stated_intent, stated_refusal
from .plans import TEXTS
from .reported import speaker_of
from .walk import factuality_of, inside_a_guess

__all__ = ["TEXTS", "factuality_of", "inside_a_guess", "speaker_of", "stated_intent", "stated_refusal"]

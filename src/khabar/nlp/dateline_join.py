"""Component ``khabar_dateline_join_v1``: a dateline parsed apart from its lead is hung back on the lead's verb.

The parser read the lead alone (``khabar_dateline_cut_v1``); the dateline's own tree becomes a modifier of the lead's
root, as the parser itself reads a dateline it takes in ("ISLAMABAD ... - The minister was moved": ISLAMABAD an
adverbial noun of "moved"). So the lead stays one sentence with its dateline, as every later rule expects (the
article's first sentence is its lead, the dateline's place is the lead's), while no word of the dateline has a role
in the lead's clause.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .dateline_cut import LEADS_KEY
from .repairs import name_acronym_read_as_verb


@Language.component("khabar_dateline_join_v1", requires=["token.dep"],
                    assigns=["token.dep", "token.head", "token.tag", "token.pos", "token.lemma"])
def join_datelines(doc: Doc) -> Doc:
    for lead in doc.user_data.pop(LEADS_KEY, ()):
        # "ABUJA (Reuters) - ECOWAS imposed sanctions": an acronym opening the lead that the tagger took for a verb is
        # a name, which the verb repairs then make the subject of "imposed" (read as an adjective of "sanctions")
        name_acronym_read_as_verb(doc[lead])
        _hang_on_lead(doc, lead)
    return doc


def _hang_on_lead(doc: Doc, lead: int) -> None:
    """Every root of the dateline's words (those of its line before ``lead``: the parser may cut the dateline
    again, "ABUJA, Nigeria (AP) —") hangs on the root of the lead."""
    verb = doc[lead].sent.root
    start = lead - 1
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    for root in [t for t in doc[start:lead] if t.head.i == t.i]:
        root.head, root.dep_ = verb, "npadvmod"

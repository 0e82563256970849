"""Component ``khabar_dateline_cut_v1``: the parser reads a wire story's lead apart from its dateline.

Parsed as one sentence, the dateline's words took roles in the lead: "MOSCOW, May 13 (Reuters) - Russia and Ukraine
exchanged 75 prisoners" made Reuters the one who exchanged them, with Russia and Ukraine its appositions. A sentence
starts after the dateline's dash, before the parser, which keeps preset boundaries; ``khabar_dateline_join_v1`` hangs
the parsed dateline back on the lead, whose sentence it stays part of.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

from .datelines import dateline_ends

# how ``Doc.to_array`` writes "no sentence starts here" (-1) in its unsigned column
_NO_START = numpy.array(-1).astype(numpy.uint64)
LEADS_KEY = "khabar.dateline_cut.leads"  # doc.user_data key: where each lead cut from its dateline begins


@Language.component("khabar_dateline_cut_v1", assigns=["token.is_sent_start"])
def cut_datelines(doc: Doc) -> Doc:
    starts = dateline_ends(doc)
    if starts and doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as ``Token.is_sent_start`` does: a parsed doc keeps its sentences
    if starts:  # written as a column: setting ``Token.is_sent_start`` checks the whole doc each time
        column = doc.to_array(SENT_START)
        column[starts] = 1
        # nor a second start right after the first word: cut from its dateline, "Ten Thai workers held hostage ..."
        # was read as "Ten." and a sentence of its own
        column[[i + 1 for i in starts if i + 1 < len(doc)]] = _NO_START
        doc.from_array([SENT_START], column)
        doc.user_data[LEADS_KEY] = starts
    return doc

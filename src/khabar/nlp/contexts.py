"""Document-level PLOVER context labels, from cue words in ``data/contexts.csv``."""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources

import numpy
from spacy.attrs import IS_ALPHA, LEMMA, ORTH
from spacy.tokens import Doc


@cache
def _cues() -> tuple[tuple[str, int, frozenset[str]], ...]:
    text = resources.files("khabar.nlp").joinpath("data/contexts.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((r["context"], int(r["min"]), frozenset(r["lemmas"].split("|"))) for r in rows)


def document_contexts(doc: Doc) -> tuple[str, ...]:
    lemmas = _lemmas(doc)
    return tuple(name for name, least, cues in _cues() if sum(1 for c in cues if c in lemmas) >= least)


def _lemmas(doc: Doc) -> set[str]:
    """The lower-cased lemmas of the doc's words (alphabetic, or hyphenated: "al-Qaeda"). Read as columns,
    each distinct word once: a ``Token`` object per word costs more than the counting."""
    columns = doc.to_array([IS_ALPHA, ORTH, LEMMA])
    strings = doc.vocab.strings
    alpha = columns[:, 0] == 1
    hyphenated = {orth for orth in set(columns[~alpha, 1].tolist()) if "-" in strings[orth]}
    wanted = alpha | numpy.isin(columns[:, 1], numpy.fromiter(hyphenated, dtype=columns.dtype, count=len(hyphenated)))
    return {strings[lemma].lower() for lemma in set(columns[wanted, 2].tolist())}

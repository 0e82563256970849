"""Document-level PLOVER context labels, from cue words in ``data/contexts.csv``."""
from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from spacy.tokens import Doc


@cache
def _cues() -> tuple[tuple[str, int, frozenset[str]], ...]:
    text = resources.files("khabar.nlp").joinpath("data/contexts.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((r["context"], int(r["min"]), frozenset(r["lemmas"].split("|"))) for r in rows)


def document_contexts(doc: Doc) -> tuple[str, ...]:
    lemmas: dict[str, int] = {}
    for tok in doc:
        if tok.is_alpha or "-" in tok.text:
            key = tok.lemma_.lower()
            lemmas[key] = lemmas.get(key, 0) + 1
    return tuple(name for name, least, cues in _cues() if sum(1 for c in cues if c in lemmas) >= least)

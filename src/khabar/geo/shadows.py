"""Town names that are also people's names: "Sanders attacked Warren" names a senator, not a town in Michigan.

The recogniser takes a name the tagger calls a person for a place when the sentence's shape says so ("shelled
Kharkiv"); a common given name or surname (data/person_names.csv) shadows the town there, and so does a name the
article gives in full as a person's ("Senator Elizabeth Warren ... Trump attacked Warren").
"""
from __future__ import annotations

import csv
import functools
from importlib import resources

from spacy.tokens import Span

from .names import name_key


@functools.cache
def person_names() -> frozenset[str]:
    """Name keys of the common given names and surnames that are also towns."""
    with resources.files("khabar.geo").joinpath("data/person_names.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return frozenset(name_key(row["name"]) for row in rows)


def shadowed(span: Span, ents: tuple[Span, ...]) -> bool:
    """Whether a person's name may be what ``span`` means: a common name, or one the article gives a person."""
    key = name_key(span.text)
    return key in person_names() or any(_part_of_a_persons_name(key, ent) for ent in ents)


def _part_of_a_persons_name(key: str, ent: Span) -> bool:
    """"Elizabeth Warren" holds "Warren": the article has named a person so."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    return any(name_key(token.text) == key for token in ent)

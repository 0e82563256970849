"""Shared helpers for the tests of ``khabar.nlp.factuality``: each test file mirrors the module that decides its
sentences, and all of them find the clause head the same way."""
from __future__ import annotations


def head(doc, word):
    return next(t for t in doc if t.text == word)

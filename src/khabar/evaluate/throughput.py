"""Throughput of the coder against raw spaCy ``nlp.pipe`` on the same texts, in the same process.

The texts are the seed article and the PLOVER GSR sentences, whichever are present. Both sides are
warmed up first so that model loading is not timed.
"""
from __future__ import annotations

import time
from pathlib import Path

from ..model import Article
from .report import Report, skipped

NAME = "throughput"
SOURCES = (Path("seed/article.jsonl"), Path("benchmarks/plover-gsr/PLOVER_GSR_CAMEO.txt"))


def texts_under(root: Path) -> list[Article]:
    from . import plover_gsr, seed
    articles: list[Article] = []
    if (root / SOURCES[0]).is_file():
        articles += seed.read_articles(root / SOURCES[0])
    if (root / SOURCES[1]).is_file():
        articles += [Article(id=r.id, text=r.text) for r in plover_gsr.parse(root / SOURCES[1])]
    return articles


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def measure(articles: list[Article], *, repeats: int = 1) -> dict[str, float | int]:
    import spacy

    from ..api import extract
    from ..settings import Settings
    settings = Settings()
    nlp = spacy.load(settings.model)
    texts = [a.text for a in articles] * repeats
    batch = articles * repeats
    list(nlp.pipe(texts[:1]))
    list(extract(batch[:1], settings=settings))
    raw_s, docs = _timed(lambda: list(nlp.pipe(texts)))
    coder_s, events = _timed(lambda: list(extract(batch, settings=settings)))
    sentences = sum(len(list(d.sents)) for d in docs)
    return {"articles": len(batch), "sentences": sentences, "events": len(events),
            "raw_sentences_per_s": sentences / raw_s, "coder_sentences_per_s": sentences / coder_s,
            "coder_articles_per_s": len(batch) / coder_s, "ratio": raw_s / coder_s}


def run(root: Path) -> Report:
    articles = texts_under(root)
    if not articles:
        return skipped(NAME, " and ".join(str(root / s) for s in SOURCES))
    summary = measure(articles)
    line = (f"coder {summary['coder_sentences_per_s']:.1f} sentences/s vs raw spaCy "
            f"{summary['raw_sentences_per_s']:.1f} sentences/s: ratio {summary['ratio']:.2f} (target >= 0.8)")
    return Report(name=NAME, source="seed article + PLOVER GSR sentences", summary=summary, lines=(line,))

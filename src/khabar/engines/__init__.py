"""Engines run the one batch function (articles in, coded outcomes out) in-process, in a process pool or on Spark.

    code_articles(articles, settings=...)  ->  Iterator[Coded]

The engine is chosen by ``settings.engine``, not by a code fork: every engine calls ``code_batch``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Article
from ..nlp.pipeline import Coded
from ..settings import Settings
from .batch import code_batch

__all__ = ["code_articles", "code_batch"]


def code_articles(articles: Iterable[Article], *, settings: Settings) -> Iterator[Coded]:
    if settings.engine == "process" and settings.workers > 1:
        from .process import code_in_pool
        return code_in_pool(articles, settings=settings)
    if settings.engine == "spark":
        from .spark import code_on_spark
        return code_on_spark(articles, settings=settings)
    from .local import code_locally
    return code_locally(articles, settings=settings)

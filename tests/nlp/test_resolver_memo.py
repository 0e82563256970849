"""A resolution kept by ``MentionResolver`` is the one it would make again: keeping them changes no actor."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.actors import default_kb
from khabar.model import Actor
from khabar.nlp.mentions import MentionResolver

# Texts whose mentions take the resolver's stateful paths: a definite organ after one with a country ("the
# army"), pronouns resolved from the parties named so far, possessive owners, reporting speakers, and a
# generic group after a named one.
TEXTS = [
    "Turkish troops crossed into northern Syria on Monday. The army shelled Kurdish positions near Kobani, "
    "and the police detained 14 people, officials said.",
    "Israeli soldiers raided Jenin, the Israeli army said. They arrested three men. The army said its troops "
    "had come under fire.",
    "Boko Haram fighters attacked a village in Borno state. The militants killed 12 villagers, and the group "
    "later released a video. Nigerian police said they had arrested a suspect.",
    "Russian forces shelled Kharkiv. Ukraine's foreign ministry said Moscow would pay, and his government "
    "urged allies to send air defences. They promised more aid.",
    "Police in Nairobi fired tear gas at protesters who marched against the new tax. The president said his "
    "government would listen to them.",
]


class _Unkept(MentionResolver):
    """The resolver as it was before resolutions were kept: every head read afresh."""

    def _resolve(self, head):
        return self._read(head)


def _heads(doc) -> list:
    return [t for t in doc if t.pos_ in ("NOUN", "PROPN", "PRON")]


def _resolutions(resolver: MentionResolver, doc) -> list:
    """Every head resolved twice, in text order, as the event component and coreference would ask."""
    heads = _heads(doc)
    return [resolver.resolve(head) for head in heads + heads]


def _resolver(cls, doc) -> MentionResolver:
    return cls(default_kb(), date=dt.date(2024, 3, 4), country=None)


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_kept_resolutions_are_those_read_afresh(khabar_nlp, text):
    doc = khabar_nlp(text)
    kept = _resolver(MentionResolver, doc)
    assert _resolutions(kept, doc) == _resolutions(_resolver(_Unkept, doc), doc)
    assert kept._resolved  # the memo was used


@pytest.mark.model
def test_a_resolution_that_read_the_parties_named_so_far_is_not_kept(khabar_nlp):
    """"They" with no antecedent in the text stands for the last party named: asked again once another
    party is named, it is that party, not the none it was before."""
    doc = khabar_nlp("They arrested 14 men.")
    pronoun = doc[0]
    resolver = _resolver(MentionResolver, doc)
    assert resolver.resolve(pronoun) is None
    police = Actor(text="police", name="Police (Nigeria)", id="NGA-police", country="NGA", sector="COP")
    resolver.history.append(police)
    found = resolver.resolve(pronoun)
    assert (found.id, found.text) == ("NGA-police", "They")
    assert pronoun.i not in resolver._resolved


# Definite nouns whose earlier namings ``_same_head_before`` looks up by lemma and tag, some capitalised.
WORD_POSITION_TEXTS = [
    "The Ministry of Defence said on Tuesday that the ministry had summoned the envoy. The ministry later denied it.",
    "Army units moved into Goma. The army said the Army chief would visit, and the army's spokesman confirmed it.",
    "Police fired tear gas in Lagos, and the police said the officers had been attacked. The police denied it.",
]


def _scanned_positions(doc, lemma: str, tag: int) -> list[int]:
    """The tokens of a lowercase lemma and a tag, read word by word."""
    return [t.i for t in doc if t.lemma_.lower() == lemma and t.tag == tag]


@pytest.mark.model
@pytest.mark.parametrize("text", WORD_POSITION_TEXTS)
def test_word_positions_are_those_a_scan_of_the_words_finds(khabar_nlp, text):
    from khabar.nlp.mentions.antecedents import _word_positions

    doc = khabar_nlp(text)
    asked = {(t.lemma_.lower(), t.tag) for t in doc if t.pos_ == "NOUN"}
    assert asked
    for lemma, tag in asked:
        assert _word_positions(doc, lemma, tag) == _scanned_positions(doc, lemma, tag)
    assert _word_positions(doc, "no-such-lemma", doc[0].tag) == []


@pytest.mark.model
def test_a_bare_definite_noun_takes_up_the_last_naming_with_its_head(khabar_nlp):
    doc = khabar_nlp("Egypt's foreign ministry condemned the raid on Monday. The ministry urged restraint.")
    resolver = _resolver(MentionResolver, doc)
    later = next(t for t in doc if t.lower_ == "ministry" and t.i > 8)
    found = resolver.resolve(later)
    assert found is not None and found.country == "EGY"
    assert resolver._word_positions  # the lemma was looked up, and kept for the next naming

"""The coder's batching: model passes bounded in tokens, parsed whole, and coded docs freed at once."""
from __future__ import annotations

import datetime as dt
import gc

import pytest
import spacy
from spacy.tokens import Doc

from khabar.model import Article
from khabar.nlp.pipeline import MODEL_TOKENS, TRANSITION_PARSERS, Coder, _passes, _whole_pass


def test_passes_hold_whole_documents_within_the_token_budget():
    nlp = spacy.blank("en")
    docs = [nlp.make_doc("word " * n) for n in (10, MODEL_TOKENS - 20, 15, MODEL_TOKENS * 2, 5)]
    runs = list(_passes(docs))
    assert [doc for run in runs for doc in run] == docs  # every document once, in order
    assert [len(run) for run in runs] == [2, 1, 1, 1]
    assert all(sum(len(d) for d in run) <= MODEL_TOKENS for run in runs if len(run) > 1)


@pytest.mark.model
def test_coded_documents_are_not_left_for_the_garbage_collector():
    """Annotations held each doc in a reference cycle, so dead docs piled up between full collections."""
    text = "Police arrested 14 protesters in Baghdad on Monday. The army said it had killed three militants."
    articles = [Article(id=f"a{i}", text=text, published=dt.date(2024, 3, 4)) for i in range(6)]
    coder = Coder(batch_size=3)
    gc.disable()
    try:
        before = {id(o) for o in gc.get_objects() if isinstance(o, Doc)}  # other tests' docs
        coded = list(coder.code(articles))
        left = [o for o in gc.get_objects() if isinstance(o, Doc) and id(o) not in before]
    finally:
        gc.enable()
    assert all(c.events for c in coded)
    assert left == []


# Articles of different lengths, so that spaCy's parsers would split a pass into sub-batches sorted by length.
_ARTICLES = (
    "Police in Lagos arrested 23 people on Tuesday after clashes outside the electoral commission.",
    "KYIV - Russian forces shelled the port of Odesa overnight, the regional governor said on Sunday. "
    "Two dockworkers were wounded.\n\nUkraine's foreign ministry summoned the Hungarian ambassador over remarks "
    "by Prime Minister Viktor Orban, and the European Union said it would send a further 5,000 shells.",
    "Thousands of teachers marched through La Paz on Monday to demand higher wages. The education minister "
    "said talks with the union would resume next week, but the union vowed to keep striking until the "
    "government met its demands. Riot police fired tear gas at protesters near the presidential palace.",
    "Pakistan and Afghanistan agreed to reopen the Torkham border crossing.",
    "The United Nations Security Council met in New York on Friday to discuss the fighting in Sudan, where the "
    "Rapid Support Forces have besieged El Fasher for months. China and Russia blocked a resolution calling "
    "for a ceasefire, and the U.S. envoy accused the paramilitary group of ethnic cleansing in Darfur.\n\n"
    "Aid agencies said at least 40 civilians were killed in an air strike on a market in Kutum on Thursday.",
)


def _parses(docs) -> list[tuple]:
    return [(tuple(t.head.i for t in d), tuple(t.dep_ for t in d), tuple((e.start, e.end, e.label_) for e in d.ents))
            for d in docs]


@pytest.mark.model
def test_parsing_a_pass_whole_gives_the_parses_of_spacys_own_batching(khabar_nlp):
    """The transition parsers take the pass as one sub-batch: faster, and every parse and entity the same."""
    stock = _parses(khabar_nlp.pipe(list(_ARTICLES), batch_size=len(_ARTICLES)))
    whole = _parses(khabar_nlp.pipe(list(_ARTICLES), batch_size=len(_ARTICLES),
                                    component_cfg=_whole_pass(list(_ARTICLES))))
    assert whole == stock
    assert all(ents for _, _, ents in stock)  # the comparison covers entities, not empty tuples


@pytest.mark.model
def test_the_whole_pass_settings_name_the_models_transition_parsers(khabar_nlp):
    """A component renamed in the model would make the settings a silent no-op."""
    assert set(TRANSITION_PARSERS) <= set(khabar_nlp.pipe_names)
    assert _whole_pass([None] * 3) == {name: {"batch_size": 12} for name in TRANSITION_PARSERS}

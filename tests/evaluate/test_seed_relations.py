import pytest

from khabar.evaluate import seed_relations
from khabar.model import Actor, Relation

GOLD = {"actors": {"KH": {"any": ["kataib hezbollah"]}, "IRN": {"any": ["iran"], "country": "IRN"}},
        "relations": [{"subject": "KH", "relation": "aligned_with", "object": "IRN"},
                      {"subject": "Badr Organization", "relation": "leads", "object": "the largest bloc"}]}


def _rel(subject, relation, obj, country=None):
    return Relation(doc_id="d", subject=Actor(text=subject, name=subject), relation=relation,
                    object=Actor(text=obj, name=obj, country=country))


def test_matching_by_actor_keys_free_text_and_relation_kinds():
    found = [_rel("Kataib Hezbollah", "aligned_with", "Tehran", country="IRN"),
             _rel("Badr Organization", "leader_of", "the bloc in parliament")]
    result = seed_relations.score(GOLD, found)
    assert result["matched"] == 2 and result["extra"] == []


def test_a_wrong_type_or_end_is_extra_and_the_gold_is_missed():
    result = seed_relations.score(GOLD, [_rel("Kataib Hezbollah", "part_of", "Iran", country="IRN")])
    assert result["matched"] == 0 and len(result["extra"]) == 1 and len(result["missed"]) == 2


@pytest.mark.model
@pytest.mark.benchmark
def test_the_founding_article_states_at_least_seven_reference_relations(shared_dir):
    report = seed_relations.run(shared_dir)
    assert report.summary["matched"] >= 7

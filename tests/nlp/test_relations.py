import pytest

from khabar.nlp.relations import find_relations

pytestmark = pytest.mark.model

# (sentence, subject, relation, object) — our own sentences.
CASES = [
    ("Hamas leader Ismail Haniyeh met the Qatari emir.", "Ismail Haniyeh", "leader_of", "Hamas"),
    ("Lebanon's Prime Minister Saad Hariri resigned in Riyadh.", "Saad Hariri", "head_of_government", "Lebanon"),
    ("Turkish commander Ahmet Yilmaz inspected the border posts.", "Ahmet Yilmaz", "member_of", "Turkish"),
    ("Syria's Republican Guard moved into the suburbs.", "Republican Guard", "part_of", "Syria"),
    ("The Houthis and other Iran-backed groups fired missiles.", "Houthis", "aligned_with", "Iran"),
    ("The Badr Organization, which controls the interior ministry, denied the report.", "Badr Organization",
     "controls", "the interior ministry"),
]


@pytest.mark.parametrize("sentence,subject,relation,obj", CASES)
def test_stated_relations(raw_nlp, sentence, subject, relation, obj):
    found = {(r.subject.text, r.relation, r.object.text) for r in find_relations(raw_nlp(sentence))}
    assert (subject, relation, obj) in found, found


def test_passive_leadership_resolves_the_definite_subject(raw_nlp):
    doc = raw_nlp("Police questioned the media office of the ministry. The office is run by a former general.")
    found = {(r.subject.text, r.relation, r.object.text) for r in find_relations(doc)}
    assert ("the media office of the ministry", "led_by", "a former general") in found


def test_no_relation_from_plain_events(raw_nlp):
    assert find_relations(raw_nlp("Rebels attacked a convoy near the city on Monday.")) == []

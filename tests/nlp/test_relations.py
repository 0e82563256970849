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
    ("Hezbollah, led by Hassan Nasrallah, vowed to respond.", "Hezbollah", "led_by", "Hassan Nasrallah"),
    ("Al-Shabaab, a coalition of clans led by Ahmed Diriye, claimed the attack.", "Al-Shabaab", "led_by",
     "Ahmed Diriye"),
    ("The Fano militias, which are allied with the Amhara elite, blocked the road.", "The Fano militias",
     "aligned_with", "the Amhara elite"),
    ("Ansar Dine, an Algeria-backed movement, seized the town.", "Ansar Dine", "aligned_with", "Algeria"),
    ("The Katiba Macina, a faction of the JNIM alliance, ambushed the patrol.", "Katiba Macina", "part_of",
     "the JNIM alliance"),
    ("The National Unity Government leads the resistance. The Chin Brotherhood, a member of the government, "
     "took the town.", "Chin Brotherhood", "member_of", "The National Unity Government"),
]


@pytest.mark.parametrize("sentence,subject,relation,obj", CASES)
def test_stated_relations(raw_nlp, sentence, subject, relation, obj):
    found = {(r.subject.text, r.relation, r.object.text) for r in find_relations(raw_nlp(sentence))}
    assert (subject, relation, obj) in found, found


def test_passive_leadership_resolves_the_definite_subject(raw_nlp):
    doc = raw_nlp("Police questioned the media office of the ministry. The office is run by a former general.")
    found = {(r.subject.text, r.relation, r.object.text) for r in find_relations(doc)}
    assert ("the media office of the ministry", "led_by", "a former general") in found


@pytest.mark.parametrize("sentence", [
    "Rebels attacked a convoy near the city on Monday.",
    "A convoy led by local elders reached the town on Monday.",
    "The Wagner Group, a member of which was arrested in Bamako, denied the report.",
])
def test_no_relation_from_plain_events(raw_nlp, sentence):
    assert find_relations(raw_nlp(sentence)) == []

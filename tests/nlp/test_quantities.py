import pytest

from khabar.model import Size
from khabar.nlp.quantities import parse_number, size_for_trigger

NUMBER_CASES = [
    ("35", 35),
    ("1,200", 1200),
    ("4.5 million", 4_500_000),
    ("thirteen", 13),
    ("twenty-one", 21),
    ("two hundred and forty", 240),
    ("a dozen", 12),
    ("dozens", 12),  # ACLED: a vague plural counts as one unit
    ("dozens of", 12),
    ("scores", 20),
    ("hundreds", 100),
    ("thousands", 1000),
    ("tens of thousands", 10_000),
    ("at least 35", 35),
    ("roughly 150", 150),
    ("about forty", 40),
    ("more than 1,000", 1000),
    ("nearly 30", 30),
    ("up to 60", 60),
    ("some 200", 200),
    ("several", None),
    ("many", None),
    ("some", None),
    ("a few", None),
    ("numerous", None),
    ("", None),
]


@pytest.mark.parametrize("text,expected", NUMBER_CASES)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


def trigger(doc, word):
    return next(t for t in doc if t.text == word)


# (sentence, trigger word, category, expected size) — every size form, in sentences written for this test.
SIZE_CASES = [
    ("Gunmen killed 35 villagers.", "killed", "ASSAULT", Size(dead=35)),
    ("Gunmen killed at least thirteen villagers.", "killed", "ASSAULT", Size(dead=13)),
    ("Twenty-one soldiers were killed in the ambush.", "killed", "ASSAULT", Size(dead=21)),
    ("The explosion killed a dozen workers.", "killed", "ASSAULT", Size(dead=12)),
    ("The airstrike killed dozens of fighters.", "killed", "ASSAULT", Size(dead=12)),
    ("The bombing killed a local journalist.", "killed", "ASSAULT", Size(dead=1)),
    ("Militants killed two soldiers and a policeman.", "killed", "ASSAULT", Size(dead=3)),
    ("Five protesters died in the clashes.", "died", "ASSAULT", Size(dead=5)),
    ("The rebels killed 4 guards and wounded 19 others.", "killed", "ASSAULT", Size(dead=4, injured=19)),
    ("Soldiers opened fire on the crowd, killing three civilians.", "opened", "ASSAULT", Size(dead=3)),
    ("The mortar attack wounded nearly 40 people.", "wounded", "ASSAULT", Size(injured=40)),
    ("Four people were injured.", "injured", "ASSAULT", Size(injured=4)),
    ("The car bomb killed a shopkeeper and wounded several children.", "killed", "ASSAULT", Size(dead=1)),
    ("Police arrested 14 members of the gang.", "arrested", "COERCE", Size(arrested=14)),
    ("Security forces detained about 200 students.", "detained", "COERCE", Size(arrested=200)),
    ("Troops captured the rebel commander.", "captured", "COERCE", Size(arrested=1)),
    ("Police rounded up hundreds of migrants.", "rounded", "COERCE", Size(arrested=100)),
    ("Police arrested many demonstrators.", "arrested", "COERCE", Size()),
    ("The group carried out at least 35 rocket attacks on the base.", "attacks", "ASSAULT", Size(count=35)),
    ("The militia mobilized a force of roughly 150 fighters.", "mobilized", "MOBILIZE", Size(count=150)),
    ("The army deployed 3,000 troops to the border.", "deployed", "MOBILIZE", Size(count=3000)),
    ("Thousands protested in the capital.", "protested", "PROTEST", Size(count=1000)),
    ("The assassination of the governor and his deputy shocked the region.", "assassination", "ASSAULT",
     Size(dead=2)),
    ("The storm of protest grew.", "storm", "PROTEST", Size()),
    ("The clashes left five dead and 20 wounded.", "clashes", "ASSAULT", Size(dead=5, injured=20)),
    ("Twelve people were killed and 30 injured in the blast.", "killed", "ASSAULT", Size(dead=12, injured=30)),
    ("The gunmen opened fire, killing at least 12 and wounding 30.", "opened", "ASSAULT",
     Size(dead=12, injured=30)),
    ("A suicide bombing that killed nine people hit the market.", "bombing", "ASSAULT", Size(dead=9)),
    ("The explosion claimed 12 lives.", "explosion", "ASSAULT", Size(dead=12)),
    ("The shelling caused three deaths.", "shelling", "ASSAULT", Size(dead=3)),
    ("The bombing left 7 people dead.", "bombing", "ASSAULT", Size(dead=7)),
    ("Police detained a journalist and two other activists.", "detained", "COERCE", Size(arrested=3)),
    ("Police arrested the gang.", "arrested", "COERCE", Size()),
    ("Some 2,000 students marched through the city.", "marched", "PROTEST", Size(count=2000)),
    ("A crowd of about 500 protesters gathered.", "gathered", "PROTEST", Size(count=500)),
    ("Soldiers took 14 men into custody.", "took", "COERCE", Size(arrested=14)),
    ("Police placed two reporters under arrest.", "placed", "COERCE", Size(arrested=2)),
    ("Some 3,000 nurses filled the square, resuming their strike.", "strike", "PROTEST", Size(count=3000)),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,word,category,expected", SIZE_CASES)
def test_size_for_trigger(raw_nlp, sentence, word, category, expected):
    doc = raw_nlp(sentence)
    assert size_for_trigger(trigger(doc, word), category) == expected


@pytest.mark.model
def test_size_does_not_reach_into_another_clause(raw_nlp):
    doc = raw_nlp("The army shelled the town, and rebels killed six soldiers.")
    assert size_for_trigger(trigger(doc, "shelled"), "ASSAULT") == Size()

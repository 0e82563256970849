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
    # death as the outcome of the act: "shot dead", "to death"
    ("Soldiers shot dead four voters.", "shot", "ASSAULT", Size(dead=4)),
    ("Police shot dead two protesters in the capital.", "shot", "ASSAULT", Size(dead=2)),
    ("Four voters were shot dead at a polling station.", "shot", "ASSAULT", Size(dead=4)),
    ("Gunmen shot dead a teacher.", "shot", "ASSAULT", Size(dead=1)),
    ("Militants beat two teachers to death.", "beat", "ASSAULT", Size(dead=2)),
    ("Gunmen stabbed a shopkeeper to death.", "stabbed", "ASSAULT", Size(dead=1)),
    ("The court sentenced two men to death.", "sentenced", "ACCUSE", Size()),  # a sentence, not a death
    ("Soldiers shot three protesters.", "shot", "ASSAULT", Size()),  # shot, not said to be dead
    # a release is counted by the released it states
    ("Israel freed 90 Palestinian prisoners.", "freed", "RETREAT", Size(count=90)),
    ("Hamas freed two soldiers and five civilians.", "freed", "RETREAT", Size(count=7)),
    ("Two hostages were set free on Friday.", "set", "RETREAT", Size(count=2)),
    ("The release of 24 hostages began at dawn.", "release", "RETREAT", Size(count=24)),
    ("The militia released the journalist.", "released", "RETREAT", Size()),  # no number stated
    # places and things are taken, not arrested
    ("Rebels captured the district.", "captured", "COERCE", Size()),
    ("Troops detained the ship.", "detained", "COERCE", Size()),
    ("Rebels captured the airport and a senior officer.", "captured", "COERCE", Size(arrested=1)),
    # hedges and vague plurals
    ("The army killed at least 12 civilians.", "killed", "ASSAULT", Size(dead=12)),
    ("The airstrike wounded dozens.", "wounded", "ASSAULT", Size(injured=12)),
    ("Police detained some 40 protesters on Friday night.", "detained", "COERCE", Size(arrested=40)),
    ("Gunmen killed more than 30 people.", "killed", "ASSAULT", Size(dead=30)),
    ("At least seven people were killed and dozens wounded in the blast.", "killed", "ASSAULT",
     Size(dead=7, injured=12)),
    ("An air strike killed a family of five.", "killed", "ASSAULT", Size(dead=5)),
    ("Police arrested him at his home.", "arrested", "COERCE", Size(arrested=1)),
    ("He was detained at the airport.", "detained", "COERCE", Size(arrested=1)),
    ("Police arrested them at the border.", "arrested", "COERCE", Size()),  # how many, unsaid
    # an abduction is counted by the people it takes, as a release by those it frees
    ("Gunmen kidnapped 30 students from a school.", "kidnapped", "ASSAULT", Size(count=30)),
    ("The abduction of 30 students shocked the country.", "abduction", "ASSAULT", Size(count=30)),
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

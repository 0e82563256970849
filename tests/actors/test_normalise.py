import pytest

from khabar.actors.normalise import in_capitals, is_acronym, normalise, words
from khabar.actors import default_kb
from khabar.actors.normalise import normalise


@pytest.mark.parametrize("a, b", [
    ("al-Muhandis", "Muhandis"),
    ("al Muhandis", "Muhandis"),
    ("Al-Muhandis", "muhandis"),
    ("Kata'ib Hizballah", "Kataib Hizballah"),
    ("Kata’ib Hizballah", "KATAIB HIZBALLAH"),
    ("Hezbollah", "Hezbolah"),
    ("Asa'ib Ahl al-Haq", "Asaib Ahl al Haq"),
    ("Ḥizb Allāh", "Hizb Allah"),
    ("the Badr Organization", "Badr Organization"),
    ("Iran's", "Iran"),
    ("U.S.", "US"),
    ("Counter-Terrorism Service", "Counter Terrorism Service"),
    ("Muqtada as-Sadr", "Muqtada Sadr"),
    ("Shiʿite", "Shiite"),
])
def test_spellings_that_agree(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize("a, b", [
    ("Hamas", "Homs"),
    ("Kataib Hezbollah", "Hezbollah"),
    ("Iran", "Iraq"),
    ("South Sudan", "Sudan"),
])
def test_names_that_stay_apart(a, b):
    assert normalise(a) != normalise(b)


def test_leading_the_only_is_dropped():
    assert normalise("The Hague and the Levant") == "hague and the levant"


def test_capitals_are_remembered_per_word():
    assert [w.upper for w in words("U.S. forces")] == [True, False]


@pytest.mark.parametrize("alias, expected", [
    ("KH", True), ("U.S.", True), ("PMF", True), ("Hezbollah", False), ("Quds Force", False), ("ISIL", True),
])
def test_acronyms(alias, expected):
    assert is_acronym(alias) is expected


def test_empty_text():
    assert normalise("  ... ") == ""


@pytest.mark.parametrize("text, expected", [
    ("MS-13", True), ("PML-N", True), ("NATO", True), ("U.S.", True),
    ("Ms-13", False), ("13", False), ("A", False), ("Pml-N", False), ("PML-n", False),
])
def test_in_capitals_reads_numbers_and_lone_letters_with_their_neighbours(text, expected):
    assert in_capitals(words(text)) is expected


@pytest.mark.parametrize(("a", "b"), [
    ("Hezbollah", "Hezbolah"),
    ("HEZBOLLAH", "Hezbollah"),
    ("Assad", "Asad"),
    ("ASSAD", "Asad"),  # five capitals: a name in a headline, not an acronym
])
def test_names_fold_doubled_letters(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [("CCP", "CPP"), ("PPP", "PP"), ("CCM", "CM"), ("NPP", "NP")])
def test_acronyms_keep_every_letter(a, b):
    assert normalise(a) != normalise(b)


@pytest.mark.parametrize(("mention", "country", "actor_id"), [
    ("CCP", None, "CHN.CCP"),
    ("the CPP", "KHM", "KHM.CPP"),  # not China's party
    ("the CPP", "PHL", "PHL.NPA"),  # the Philippine communists, whose army is the NPA
    ("PPP", "PAK", "PAK.PPP"),
    ("the AA", "MMR", "MMR.AA"),
])
def test_acronyms_with_doubled_letters_resolve(mention, country, actor_id):
    assert default_kb().resolve(mention, country=country).id == actor_id

"""The alias index: every alias found in a phrase, longest first, the same however often it is asked."""
import pytest

from khabar.actors import shipped_files
from khabar.actors.index import build_index
from khabar.actors.normalise import words
from khabar.actors.schema import load_file


@pytest.fixture(scope="module")
def index():
    return build_index([load_file(p) for p in shipped_files()])


@pytest.mark.parametrize("phrase, expected", [
    ("Kataib Hezbollah fighters", [(0, 2, "KH"), (1, 2, "HEZBOLLAH")]),  # longest first at each start
    ("Turkish troops near Mosul", [(0, 2, "TUR.TSK")]),
])
def test_the_longest_alias_at_each_start_is_matched(index, phrase, expected):
    found = index.matches(words(phrase))
    assert [(m.start, m.end, m.targets[0].actor_id) for m in found] == expected


def test_asking_again_gives_equal_matches_that_callers_cannot_spoil(index):
    ws = words("the Popular Mobilization Forces in Mosul")
    first = index.matches(ws)
    first.clear()  # a caller's own list: the index's answer stays whole
    again = index.matches(ws)
    assert again and again == index.matches(ws)
    assert again is not index.matches(ws)


# A number or a lone capital letter goes with the capitals around it; one actor's two spellings ("ZANU-PF",
# "Zanu-PF") match as loosely as the loosest.
@pytest.mark.parametrize("phrase, expected", [
    ("MS-13", "SLV.MS13"), ("the MS-13 gang", "SLV.MS13"), ("PML-N", "PAK.PMLN"), ("the PML-N leaders", "PAK.PMLN"),
    ("ZANU-PF", "ZWE.ZANUPF"), ("Zanu-PF", "ZWE.ZANUPF"),
])
def test_acronyms_with_numbers_letters_and_second_spellings(index, phrase, expected):
    assert expected in [t.actor_id for m in index.matches(words(phrase)) for t in m.targets]


@pytest.mark.parametrize("phrase", ["ms-13", "pml-n", "13", "the A team"])
def test_no_capitals_no_acronym(index, phrase):
    ids = [t.actor_id for m in index.matches(words(phrase)) for t in m.targets]
    assert "SLV.MS13" not in ids and "PAK.PMLN" not in ids

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

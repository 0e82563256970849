"""The package ``khabar.nlp.factuality`` as a whole: its public names, and tables that cover every factuality."""
from khabar.model import FACTUALITY

from tests.nlp.factuality import (test_conditions, test_governed, test_governors, test_markers, test_orders,
                                  test_questions, test_walk)

# Every module's table of (sentence, clause head word, expected factuality).
CASES = [row for module in (test_walk, test_markers, test_conditions, test_governors, test_governed, test_orders,
                            test_questions) for row in module.CASES]


def test_every_factuality_value_is_covered():
    assert {expected for _, _, expected in CASES} == set(FACTUALITY)


def test_the_package_keeps_its_public_names():
    import khabar.nlp.factuality as factuality

    assert set(factuality.__all__) == {"TEXTS", "factuality_of", "inside_a_guess", "speaker_of", "stated_intent",
                                       "stated_refusal"}
    assert {"treaty", "ceasefire"} <= factuality.TEXTS

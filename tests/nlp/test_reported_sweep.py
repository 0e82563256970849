"""A sweep of acts of force told under a verb of saying, claiming, accusing, denying, fearing or warning, and of
statements that tell no act at all (analysis, background, forces, opinions), on sentences written for this table.

Each row is (sentence, category, expected), as in ``test_nonevents_sweep``: ``NOT`` wants no event of the category told
as done or to come; "asserted", "negated", "hypothetical" or "future" wants an event of the category with that
factuality. Reported speech keeps what it reports; an accusation is the event, not the act charged; what is denied is
negated; what is feared, guessed or threatened is not told as done.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOT, assert_told_as_expected, code_each, theme_params, theme_texts

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 3, 8)

THEMES: dict[str, list[tuple[str, str, str | None]]] = {
    "a_reported_attack_is_told": [
        ("Police said gunmen killed three people in the northern town of Kano on Tuesday.", "ASSAULT", "asserted"),
        ("The army said militants ambushed a patrol, killing four soldiers.", "ASSAULT", "asserted"),
        ("Human rights groups said the security forces had tortured detainees.", "ASSAULT", "asserted"),
        ("The army said it had killed 30 militants in air strikes.", "ASSAULT", "asserted"),
        ("A witness told Reuters that soldiers shot at the crowd.", "ASSAULT", "asserted"),
        ("Hezbollah said it fired rockets at an Israeli army post in retaliation.", "ASSAULT", "asserted"),
        ("The rebels claimed to have shot down a fighter jet.", "ASSAULT", "asserted"),
        ("The militants said they had seized two villages near the border.", "COERCE", "asserted"),
    ],
    "a_party_saying_it_did_an_act_claims_it": [
        # saying one was behind an act, or responsible for it, claims it as claiming responsibility does
        ("The Islamic State group said it was behind the attack.", "ASSAULT", "asserted"),
        ("The Taliban said they were responsible for the bombing in Kabul.", "ASSAULT", "asserted"),
        ("The rebels claimed responsibility for the bombing.", "ASSAULT", "asserted"),
        # disowning an act tells no act; saying another was behind it lays blame
        ("The Taliban said they were not behind the attack.", "ASSAULT", NOT),
        ("Officials said the rebels were behind the bombing.", "ASSAULT", NOT),
        ("Officials said the rebels were behind the bombing.", "ACCUSE", "asserted"),
    ],
    "an_accusation_is_the_event_not_the_act_charged": [
        ("Opposition leaders accused the police of beating protesters.", "ACCUSE", "asserted"),
        ("Opposition leaders accused the police of beating protesters.", "ASSAULT", NOT),
        ("The rebels accused government forces of killing civilians in the village.", "ASSAULT", NOT),
        ("Israel blamed Hezbollah for the rocket attack.", "ACCUSE", "asserted"),
    ],
    "a_denied_act_is_negated": [
        ("Kyiv denied its forces had shelled the plant.", "ASSAULT", "negated"),
        ("The ministry denied that its troops had opened fire on civilians.", "ASSAULT", "negated"),
        ("The army denied killing civilians in the village.", "ASSAULT", "negated"),
        ("The army said it had not fired on the protesters.", "ASSAULT", "negated"),
        ("The spokesman said no one was killed in the strike.", "ASSAULT", "negated"),
    ],
    "what_is_feared_guessed_or_threatened_is_not_told_as_done": [
        ("Police fear the kidnappers may kill the hostages.", "ASSAULT", "hypothetical"),
        ("Officials fear an attack on the capital.", "ASSAULT", "hypothetical"),
        ("He warned that the army would strike back.", "ASSAULT", NOT),
        ("The army said the rebels might have used chemical weapons.", "ASSAULT", "hypothetical"),
        ("The army said it could not confirm that the rebel leader had been killed.", "ASSAULT", "hypothetical"),
        ("The government said the rebels were planning to attack the city.", "ASSAULT", "future"),
    ],
    "a_claim_is_told_only_as_far_as_it_is_confirmed": [
        ("It was not immediately possible to verify the claim that troops had executed prisoners.", "ASSAULT",
         "hypothetical"),
        ("Investigators have yet to verify the claim that soldiers had executed the prisoners.", "ASSAULT",
         "hypothetical"),
        ("Monitors confirmed the claim that troops had executed prisoners.", "ASSAULT", "asserted"),
    ],
    "a_report_followed_by_a_disputed_claim_is_only_claimed": [
        ("Russia says it has destroyed a Ukrainian ammunition depot, a claim that could not be verified.", "ASSAULT",
         "hypothetical"),
        ("Militants said they had shot down an army helicopter, a claim the military rejected.", "ASSAULT",
         "hypothetical"),
        ("Rebels said they captured the town, an account the army rejected on Monday.", "COERCE", "hypothetical"),
        ("Russia said it had destroyed a Ukrainian ammunition depot.", "ASSAULT", "asserted"),
    ],
    "a_practice_named_is_no_event": [
        ("The UN said the killing of civilians must end.", "ASSAULT", NOT),
        ("The UN said the shelling of residential areas must stop.", "ASSAULT", NOT),
        ("The bombing of hospitals must stop, the minister said.", "ASSAULT", NOT),
        ("The killing of journalists has become common in the country.", "ASSAULT", NOT),
        ("The shelling of residential areas continued overnight in Kharkiv.", "ASSAULT", "asserted"),
    ],
    "analysis_background_and_forces_tell_no_act": [
        ("The militia has about 10,000 fighters.", "ASSAULT", NOT),
        ("Experts say the war could last years.", "ASSAULT", NOT),
        ("Analysts said the strike showed Iran's reach.", "ASSAULT", NOT),
        ("The report said attacks on aid workers had risen sharply last year.", "ASSAULT", NOT),
        ("The militants are armed with rockets and drones.", "ASSAULT", NOT),
        ("The missile has a range of 2,000 kilometres.", "ASSAULT", NOT),
        ("Analysts said the offensive could take months.", "ASSAULT", NOT),
        ("The minister said terrorists attack soft targets.", "ASSAULT", NOT),
        ("The government says the rebels kill civilians and loot villages.", "ASSAULT", NOT),
        ("Officials said there was no sign of an imminent attack.", "ASSAULT", NOT),
        ("The minister said an invasion was unlikely.", "ASSAULT", NOT),
        ("Analysts said the army was fighting a losing battle.", "ASSAULT", NOT),
        ("Troops fought a fierce battle with rebels near the border on Monday.", "ASSAULT", "asserted"),
    ],
}
KNOWN_MISSES: dict[tuple[str, str, str | None], str] = {}


@pytest.fixture(scope="module")
def coded(session_coder):
    return code_each(session_coder, theme_texts(THEMES, KNOWN_MISSES), PUBLISHED)


@pytest.mark.parametrize("text,category,expected", theme_params(THEMES, KNOWN_MISSES))
def test_an_act_under_a_reporting_verb_is_told_as_its_governor_says(coded, text, category, expected):
    assert_told_as_expected(coded[text], category, expected)

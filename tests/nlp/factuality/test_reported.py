"""Reported content (``khabar.nlp.factuality.reported``): what is said, not said, claimed, rejected, feared,
expected of another or charged, and who says it."""
import pytest

from khabar.nlp.factuality import factuality_of, speaker_of

from tests.nlp.factuality.conftest import head

pytestmark = pytest.mark.model

# Sentences by theme, as (sentence, word, the factuality of that word's event); a test's id names its theme.
THEMES = {
    "an_act_not_said_or_confirmed_is_not_asserted": [
        # what a party has not said, confirmed or claimed is not told as done
        ("Turkey has not said it carried out the drone strike.", "carried", "hypothetical"),
        ("The ministry did not confirm that its jets bombed the depot.", "bombed", "hypothetical"),
        ("Neither the army nor the rebels have claimed that they shelled the market.", "shelled", "hypothetical"),
        ("Neither side attacked the convoy.", "attacked", "negated"),
        # a question word keeps the act told: only its details are left unsaid
        ("The police did not say how many protesters they detained.", "detained", "asserted"),
        ("The governor did not explain why the troops opened fire.", "opened", "asserted"),
        # said, the act stands
        ("The ministry confirmed that its jets bombed the depot.", "bombed", "asserted"),
    ],
    "what_only_hearsay_tells_is_hypothetical": [
        # a report called unconfirmed, or a rumour, as what holds the act or as the one saying it
        ("There were unconfirmed reports that soldiers shot two farmers.", "shot", "hypothetical"),
        ("Unconfirmed reports said gunmen attacked a village.", "attacked", "hypothetical"),
        ("Rumours said the army had arrested the governor.", "arrested", "hypothetical"),
        # a plain report, and witnesses, tell what they hold
        ("There were reports that soldiers shot two farmers.", "shot", "asserted"),
        ("Witnesses said gunmen attacked a village.", "attacked", "asserted"),
    ],
    "the_content_of_a_rejected_claim_is_negated": [
        # what a rejected, dismissed or denied claim says did not happen, by the rejecting party's account
        ("The governor rejected the suggestion that he had resigned.", "resigned", "negated"),
        ("The ministry dismissed reports that its troops had shelled the camp.", "shelled", "negated"),
        ("Police denied allegations that officers had beaten the students.", "beaten", "negated"),
        ("There is no evidence that the militia fired the rockets.", "fired", "negated"),
        # what other nouns hold keeps their standing: a possibility is possible, news and confirmed reports are told
        ("The possibility that rebels attacked the dam worried engineers.", "attacked", "hypothetical"),
        ("The ministry confirmed reports that rebels had seized the airport.", "seized", "asserted"),
        ("News that rebels had seized the airport spread quickly.", "seized", "asserted"),
    ],
    "a_rebuttal_after_the_sentence_leaves_it_asserted": [
        # "..., a charge X denies": the parser may hang the sentence on the rebuttal after it; the sentence stands
        ("Kyiv has long accused Minsk of training the saboteurs, a charge Minsk denies.", "accused", "asserted"),
        ("The junta accused Paris of plotting an invasion, an allegation France rejected.", "accused", "asserted"),
        # a denied clause is still denied
        ("Minsk denies that it trained the saboteurs.", "trained", "negated"),
    ],
    "what_is_feared_or_hoped_is_not_told_whatever_its_tense": [
        ("Officials feared the hostages had been killed.", "killed", "hypothetical"),
        ("The family hoped the kidnappers had freed the boy.", "freed", "hypothetical"),
        # a suspicion or a belief about a past act doubts who did it, not that it was done
        ("Police suspect that the gang kidnapped the girl.", "kidnapped", "asserted"),
    ],
    "what_one_expects_another_to_do_is_a_guess": [
        ("Analysts expect the army to launch an offensive next month.", "launch", "hypothetical"),
        ("Somalia said it expected al-Shabaab to attack the capital.", "attack", "hypothetical"),
        ("Analysts expect that the army will launch an offensive.", "launch", "hypothetical"),
        # one's own expectation, or what "is expected", is a plan or a schedule
        ("The government expects to sign the accord next month.", "sign", "future"),
        ("The army is expected to launch an offensive next month.", "launch", "future"),
    ],
    "what_a_claim_or_a_rumour_holds_is_not_told": [
        ("The claim that rebels shelled the hospital could not be verified.", "shelled", "hypothetical"),
        ("Rumours that the army had arrested the governor swept the city.", "arrested", "hypothetical"),
        ("Fears that the militia would attack the camp grew on Sunday.", "attack", "hypothetical"),
        ("The UN confirmed claims that militiamen had shelled the camp.", "shelled", "asserted"),
        ("Moscow rejected claims that its forces had attacked the convoy.", "attacked", "negated"),
        ("News that soldiers had killed three farmers sparked protests.", "killed", "asserted"),
    ],
    "a_report_followed_by_a_disputed_claim_is_only_claimed": [
        # ", a claim that could not be verified", ", a claim X denied" after a reported clause: what it reports is
        # only claimed, however the parser hangs the claim phrase
        ("Moscow says its jets have destroyed a weapons depot, a claim that could not be verified.", "destroyed",
         "hypothetical"),
        ("The ministry said enemy drones struck a power plant overnight, a claim Kyiv denied.", "struck",
         "hypothetical"),
        ("The rebels said they had shot down a helicopter, a claim the army rejected.", "shot", "hypothetical"),
        ("Police said they arrested 12 suspects, a claim rights groups disputed.", "arrested", "hypothetical"),
        # confirmed, the report stands; the accusation a rebuttal follows stands too
        ("The army said it had killed 30 militants, a claim that was confirmed by local officials.", "killed",
         "asserted"),
        ("The junta accused Paris of plotting an invasion, an allegation France rejected.", "accused", "asserted"),
    ],
    "a_claim_is_told_only_as_far_as_its_confirming_is": [
        # "the claim" presupposes that a claim was made, not what it holds: the confirming verb's standing decides
        ("It was not immediately possible to verify the claim that troops had executed prisoners.", "executed",
         "hypothetical"),
        ("Investigators have yet to verify the claim that soldiers had burned the village.", "burned", "hypothetical"),
        ("Monitors confirmed the claim that troops had executed prisoners.", "executed", "asserted"),
        ("The army said the UN had verified the claim that rebels had shelled the clinic.", "shelled", "asserted"),
    ],
    "the_act_charged_in_an_accusation_is_hypothetical": [
        ("Ukraine accused Russia of shelling the nuclear plant.", "shelling", "hypothetical"),
        ("Kyiv accused Moscow of an attack on the power plant.", "attack", "hypothetical"),
        ("Five men were charged with attacking a police station.", "attacking", "hypothetical"),
        # a definite act is presupposed: only who did it is charged
        ("Moscow blamed Kyiv for the shelling of the plant.", "shelling", "asserted"),
    ],
}


@pytest.mark.parametrize("sentence,word,expected", [
    pytest.param(*row, id=theme) for theme, rows in THEMES.items() for row in rows])
def test_factuality_by_theme(raw_nlp, sentence, word, expected):
    assert factuality_of(head(raw_nlp(sentence), word)) == expected


def test_speaker_of_a_reported_clause(raw_nlp):
    doc = raw_nlp("The army must withdraw from the city, the envoy said.")
    assert speaker_of(head(doc, "withdraw")).text == "envoy"
    assert speaker_of(head(raw_nlp("The army must withdraw."), "withdraw")) is None

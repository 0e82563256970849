"""A sweep of sentences whose trigger word tells no particular event that happened, beside controls that do.

Each row is (sentence, category, expected): ``NOT`` wants no event of the category told as done or to come (an
asserted or a future one, what a CAMEO-style benchmark counts as coded); "asserted" or "future" wants an event of
the category with that factuality. The sentences are written for this table, in wire style; they are coded in one
batch, each as its own article.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOT, assert_told_as_expected, code_each, theme_params, theme_texts

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2022, 6, 26)

THEMES: dict[str, list[tuple[str, str, str | None]]] = {
    "what_is_feared_guessed_or_hoped": [
        ("Residents fear that militants will attack the convoy.", "ASSAULT", NOT),
        ("Villagers feared the army would shell the town.", "ASSAULT", NOT),
        ("The UN warned that fighting could erupt in the north.", "ASSAULT", NOT),
        ("Aid groups warned that militias might attack the camps.", "ASSAULT", NOT),
        ("Kenya hopes the rebels will release the hostages.", "RETREAT", NOT),
        ("The mayor hoped that police would arrest the gang leaders.", "COERCE", NOT),
        ("Officials worry that the gangs could kidnap more students.", "ASSAULT", NOT),
        ("The general said he feared an attack on the airport.", "ASSAULT", NOT),
        ("Analysts doubt that the army will launch an offensive.", "ASSAULT", NOT),
        ("The general predicted that the rebels would attack within days.", "ASSAULT", NOT),
        ("Officials said they feared the gunmen would kill the hostages.", "ASSAULT", NOT),
        ("The envoy said he hoped the two sides would sign a truce.", "SUPPORT", NOT),
        ("Officials feared the hostages had been killed.", "ASSAULT", NOT),
        ("Turkey believes the militants plan to attack its border posts.", "ASSAULT", NOT),
        ("Officials believe the rebels will attack the city.", "ASSAULT", NOT),
    ],
    "what_one_expects_another_to_do_is_a_guess": [
        ("Analysts expect the army to launch an offensive next month.", "ASSAULT", NOT),
        ("Diplomats expect Russia to withdraw its troops from the border.", "RETREAT", NOT),
        ("Somalia said it expected al-Shabaab to attack the capital during the elections.", "ASSAULT", NOT),
        # one's own expectation, and what "is expected", is a plan or a schedule
        ("The government expects to sign the accord next month.", "SUPPORT", "future"),
        ("Sources said the army was expected to launch an assault on the town.", "ASSAULT", "future"),
        ("The parliament is expected to vote on the reform bill next week.", "AGREE", NOT),
    ],
    "what_is_wanted_urged_or_demanded": [
        ("Both sides agree on the need for dialogue.", "AGREE", NOT),  # agreeing in opinion is no pact
        ("The opposition wants the army to withdraw from the capital.", "RETREAT", NOT),
        ("The EU urged Serbia to withdraw its troops from the border.", "RETREAT", NOT),
        ("Washington wants Ankara to halt its offensive in Syria.", "RETREAT", NOT),
        ("Protesters demanded that the police release the detained students.", "RETREAT", NOT),
        ("The UN called for an end to the fighting in Tigray.", "RETREAT", NOT),
        ("The president said he wanted the troops to withdraw by December.", "RETREAT", NOT),
        ("The president said Iran must release the prisoners.", "RETREAT", NOT),
        ("The spokesman said the army should have arrested the suspects.", "COERCE", NOT),
        ("He said that the rebels must stop attacking civilians.", "ASSAULT", NOT),
        ("Israel warned Hamas against attacking its soldiers.", "ASSAULT", NOT),
        ("The president said he had ordered the army to attack the rebels.", "ASSAULT", NOT),
        # the speech acts stay events
        ("The EU urged Serbia to withdraw its troops from the border.", "REQUEST", "asserted"),
        ("Protesters demanded that the police release the detained students.", "REQUEST", "asserted"),
        ("The UN called for an end to the fighting in Tigray.", "REQUEST", "asserted"),
    ],
    "what_is_threatened_or_refused": [
        ("Police threatened to arrest the protest leaders.", "COERCE", NOT),
        ("Rebels threatened to storm the capital if the president did not resign.", "ASSAULT", NOT),
        ("The minister said Israel would strike Iranian nuclear sites if diplomacy failed.", "ASSAULT", NOT),
        ("Hamas said it would fire rockets at Tel Aviv if the raids continued.", "ASSAULT", NOT),
        ("The rebels said they would attack if provoked.", "ASSAULT", NOT),
        ("Russia said it would retaliate against any aggression.", "ASSAULT", NOT),
        ("The army said it would respond forcefully to any attack.", "ASSAULT", NOT),
        ("The militia refused to withdraw from the town.", "RETREAT", NOT),
        ("Iran said it would never withdraw its forces from Syria.", "RETREAT", NOT),
        ("The rebels said they would not attack the city.", "ASSAULT", NOT),
        ("The army said it had no intention of invading its neighbour.", "ASSAULT", NOT),
        ("The militia said it had no plans to attack the city.", "ASSAULT", NOT),
        # the threat and the refusal stay events
        ("Police threatened to arrest the protest leaders.", "THREATEN", "asserted"),
        ("The militia refused to withdraw from the town.", "REJECT", "asserted"),
    ],
    "a_plot_told_in_the_past_perfect_was_not_carried_out": [
        ("Police said the suspects had planned to attack a church.", "ASSAULT", NOT),
        ("The cell had intended to bomb the stadium, prosecutors said.", "ASSAULT", NOT),
        # a plan stated now is announced
        ("Officials said the army planned to storm the compound.", "ASSAULT", "future"),
        ("The army said it planned to deploy more troops to the region.", "MOBILIZE", "future"),
    ],
    "agreed_promised_and_scheduled_acts_are_to_come": [
        ("Iran agreed to release the British sailors.", "RETREAT", "future"),
        ("Tehran promised to free the detained journalists.", "RETREAT", "future"),
        ("Officials said the troops would withdraw next week.", "RETREAT", "future"),
        ("The minister said troops would pull out of the region by March.", "RETREAT", "future"),
        ("Officials said a raid on the camp was planned for next week.", "COERCE", "future"),
        ("Mali plans to expel the French ambassador.", "SANCTION", "future"),
        ("Ethiopia intends to deploy troops along the border.", "MOBILIZE", "future"),
        ("The general said an attack on the port was imminent.", "ASSAULT", "future"),
        ("The two sides reached an agreement to withdraw troops from the border.", "RETREAT", "future"),
        ("The two countries signed a deal to swap prisoners.", "RETREAT", "future"),
        ("Parliament approved a motion to impose sanctions on Belarus.", "SANCTION", "future"),
        ("The rebels made a pledge to release the prisoners.", "RETREAT", "future"),
        ("The cabinet's decision to expel the diplomats drew criticism.", "SANCTION", "future"),
        ("The protest planned for Sunday was banned.", "COERCE", "asserted"),
        ("Iran agreed to release the British sailors.", "AGREE", "asserted"),
    ],
    "what_is_put_off_refused_or_only_attempted_is_not_done": [
        ("The opposition postponed its march on parliament until next month.", "PROTEST", NOT),
        ("The army postponed the offensive until spring.", "ASSAULT", NOT),
        ("The protest planned for Sunday was banned.", "PROTEST", "future"),
        ("The militia's refusal to disarm angered the government.", "RETREAT", NOT),
        ("The general denied giving the order to attack the village.", "ASSAULT", NOT),
        ("Documents revealed a plan to invade the island.", "ASSAULT", NOT),
        ("Police foiled an attempt to storm the parliament.", "ASSAULT", NOT),
        ("The rebels failed in a bid to seize the airport.", "COERCE", NOT),
        ("The EU is considering sanctions against Iran.", "SANCTION", NOT),
        ("The talks failed to produce a ceasefire.", "RETREAT", NOT),
        ("The council failed to agree on sanctions.", "AGREE", NOT),
        ("The army threatened a crackdown on the protesters.", "COERCE", NOT),
    ],
    "what_a_denial_rejects_did_not_happen": [
        ("The ministry denied that its jets had bombed the hospital.", "ASSAULT", NOT),
        ("The rebels denied kidnapping the aid workers.", "ASSAULT", NOT),
        ("Moscow rejected claims that its forces had attacked the convoy.", "ASSAULT", NOT),
        ("The government rejected allegations that police had tortured detainees.", "ASSAULT", NOT),
        ("The government denied reports that troops had shelled the village.", "ASSAULT", NOT),
        ("Witnesses said the police did not fire on the crowd.", "ASSAULT", NOT),
        ("Witnesses said no one was arrested during the protest.", "COERCE", NOT),
        ("The ministry said there had been no attacks on the capital.", "ASSAULT", NOT),
        ("Moscow rejected claims that its forces had attacked the convoy.", "REJECT", "asserted"),
    ],
    "an_accusation_is_the_event_not_the_act_charged": [
        ("Ukraine accused Russia of shelling the nuclear plant.", "ASSAULT", NOT),
        ("The army accused the rebels of attacking a convoy near Beni.", "ASSAULT", NOT),
        ("Israel accused Hezbollah of firing rockets at its northern towns.", "ASSAULT", NOT),
        ("Human rights groups accused police of torturing detainees.", "ASSAULT", NOT),
        ("Sudan accused Ethiopia of killing its soldiers in the border area.", "ASSAULT", NOT),
        ("Kyiv accused Moscow of an attack on the power plant.", "ASSAULT", NOT),
        ("Five men were charged with attacking a police station in Mombasa.", "ASSAULT", NOT),
        ("Ukraine accused Russia of shelling the nuclear plant.", "ACCUSE", "asserted"),
        ("The army accused the rebels of attacking a convoy near Beni.", "ACCUSE", "asserted"),
        ("Israel accused Hezbollah of firing rockets at its northern towns.", "ACCUSE", "asserted"),
        ("Human rights groups accused police of torturing detainees.", "ACCUSE", "asserted"),
        ("Beijing accused Washington of interfering in its affairs.", "ACCUSE", "asserted"),
        ("The government blamed the separatists for the bombing of the railway.", "ACCUSE", "asserted"),
        ("Witnesses claimed that soldiers had shot two protesters.", "ACCUSE", "asserted"),
    ],
    "modals_tell_what_may_happen": [
        ("Rebels could attack the base at any time.", "ASSAULT", NOT),
        ("The army might shell the town again.", "ASSAULT", NOT),
        ("The militants may have kidnapped the engineers.", "ASSAULT", NOT),
        ("Such strikes could kill hundreds of civilians.", "ASSAULT", NOT),
        ("The police can detain suspects for up to 48 hours.", "COERCE", NOT),
        ("Officials said a new offensive could begin within days.", "ASSAULT", NOT),
        ("Under the plan, troops would withdraw from the city within a month.", "RETREAT", NOT),
        ("A Chinese blockade of Taiwan would disrupt global supplies of chips.", "COERCE", NOT),
        ("An attack on the fleet could trigger a war.", "ASSAULT", NOT),
        ("A war with Iran would be a disaster for the region.", "ASSAULT", NOT),
        ("Sanctions would hurt the economy, the minister said.", "SANCTION", NOT),
        # a definite or dated event is the one that was
        ("The blockade of Gaza could lead to famine, the UN said.", "COERCE", "asserted"),
        ("A ceasefire would allow aid to reach the city.", "RETREAT", NOT),
        ("The release of the hostages depends on the talks.", "RETREAT", NOT),
        ("The release of all prisoners is a key demand of the opposition.", "RETREAT", NOT),
        ("The pullout of troops from the region would take months.", "RETREAT", NOT),
        ("An official would visit Cairo next week, the ministry said.", "CONSULT", "future"),
    ],
    "questions_ask_rather_than_tell": [
        ("Will the army attack the town?", "ASSAULT", NOT),
        ("Would Russia invade Ukraine?", "ASSAULT", NOT),
        ("Did Iranian forces seize the tanker?", "COERCE", NOT),
        ("Is the army preparing an offensive in the north?", "ASSAULT", NOT),
        ("It is unclear whether the army shelled the market.", "ASSAULT", NOT),
        ("Police are investigating whether the guards beat the prisoner.", "ASSAULT", NOT),
        ("The army refused to say whether it had bombed the depot.", "ASSAULT", NOT),
    ],
    "conditions_tell_what_may_happen": [
        ("If the rebels attack the city, the army will respond.", "ASSAULT", NOT),
        ("Unless the talks succeed, the militias will resume fighting.", "ASSAULT", NOT),
        ("If Russia invades, the West will impose sanctions.", "ASSAULT", NOT),
        ("If Russia invades, the West will impose sanctions.", "SANCTION", NOT),
        ("Had the police not intervened, the mob would have killed the men.", "ASSAULT", NOT),
        ("The union will strike if wages are not raised.", "PROTEST", NOT),
        ("The rebels will free the hostages provided that the army withdraws.", "RETREAT", NOT),
        ("Assuming the talks fail, the army will resume its offensive.", "ASSAULT", NOT),
        ("The group agreed to disarm on condition that the government released its fighters.", "RETREAT", "future"),
        ("In the event of an invasion, NATO would defend its members.", "ASSAULT", NOT),
        ("In case of an attack, residents should go to the shelters.", "ASSAULT", NOT),
        ("Supposing the militia attacks, the police are ready.", "ASSAULT", NOT),
        ("Even if the army withdraws, the rebels will keep fighting.", "ASSAULT", NOT),
        ("Whether or not the army attacks, the civilians will flee.", "ASSAULT", NOT),
        ("Let us fight the occupiers, the commander told his men.", "ASSAULT", NOT),
        ("Nobody should attack the peacekeepers, the envoy said.", "ASSAULT", NOT),
    ],
    "habits_kinds_and_trends_are_no_events": [
        ("Militants often attack convoys on the highway.", "ASSAULT", NOT),
        ("Attacks on aid workers are rising in South Sudan.", "ASSAULT", NOT),
        ("Kidnappings are common in the north of the country.", "ASSAULT", NOT),
        ("Armed groups frequently abduct foreigners in the Sahel.", "ASSAULT", NOT),
        ("Police in the city routinely detain activists.", "COERCE", NOT),
        ("Such raids have become more frequent in recent months.", "COERCE", NOT),
        ("Clashes between herders and farmers are a regular occurrence in the region.", "ASSAULT", NOT),
        ("Bandits typically raid villages at night.", "COERCE", NOT),
        ("Rocket fire from Gaza is a constant threat to the town.", "ASSAULT", NOT),
        ("Airstrikes kill civilians in every war.", "ASSAULT", NOT),
        ("Protests are rare in the tightly controlled country.", "PROTEST", NOT),
        ("The army usually responds to such attacks with airstrikes.", "ASSAULT", NOT),
        ("Extrajudicial killings remain a serious problem in the Philippines.", "ASSAULT", NOT),
        ("Violence against journalists has increased sharply this year.", "ASSAULT", NOT),
        ("Insurgents have attacked schools across the region for years.", "ASSAULT", NOT),
        ("The number of kidnappings in the state has doubled.", "ASSAULT", NOT),
        ("Houthi attacks on shipping have fallen since the truce.", "ASSAULT", NOT),
        ("The UN said attacks on hospitals had become routine.", "ASSAULT", NOT),
        ("Local officials said bandits attack villages in the area almost every week.", "ASSAULT", NOT),
        ("The governor said gunmen kidnap travellers on the highway.", "ASSAULT", NOT),
        ("The army said militants have repeatedly attacked its positions.", "ASSAULT", NOT),
        ("The two countries have clashed repeatedly over the disputed border.", "ASSAULT", NOT),
        ("Rights groups have long accused the army of abuses.", "ACCUSE", NOT),
        ("The army has fought the rebels for decades.", "ASSAULT", NOT),
        ("The opposition often accuses the president of corruption.", "ACCUSE", NOT),
        ("Analysts agree that sanctions have failed.", "AGREE", NOT),
        ("The two leaders agreed that the situation in Gaza was serious.", "AGREE", NOT),
    ],
    "background_titles_and_works": [
        ("Since the 2003 invasion, Iraq has struggled to rebuild its army.", "ASSAULT", NOT),
        ("Protesters marked the anniversary of the 1988 gas attack on Halabja.", "ASSAULT", NOT),
        ("Hundreds gathered on Sunday to mark the anniversary of the bombing of the train station.", "ASSAULT", NOT),
        ("The film recounts the siege of Sarajevo.", "COERCE", NOT),
        ("A new documentary chronicles the bombing of the old city.", "ASSAULT", NOT),
        ("He is a veteran of the Iran-Iraq war.", "ASSAULT", NOT),
        ("The ceasefire deal that ended the war in 2020 is under strain.", "RETREAT", NOT),
        ("The museum commemorates victims of the 1994 genocide.", "ASSAULT", NOT),
        ("The region has been unstable since the 2011 uprising.", "PROTEST", NOT),
        ("The law was passed after the 2015 attacks in Paris.", "ASSAULT", NOT),
        ("The ministry was created after the 2008 war with Georgia.", "ASSAULT", NOT),
        ("The town was rebuilt after the 2016 earthquake.", "ASSAULT", NOT),
        ("The conference marked ten years since the start of the uprising.", "PROTEST", NOT),
        ("The report examines the causes of the civil war.", "ASSAULT", NOT),
        ("The country was on the brink of war.", "ASSAULT", NOT),
        # a past event told beside them is told
        ("Survivors of the massacre demanded justice on Monday.", "REQUEST", "asserted"),
        ("Relatives of those killed in the 2019 protests held a vigil.", "PROTEST", "asserted"),
        ("The ceasefire that ended the fighting last month is holding.", "RETREAT", "asserted"),
        ("The two countries signed a ceasefire deal that ended the war in 2020.", "SUPPORT", "asserted"),
    ],
    "event_nouns_of_purpose_topic_or_fear": [
        ("The two sides held talks on a ceasefire in Doha.", "RETREAT", NOT),
        ("Diplomats held talks on ending the war in Yemen.", "RETREAT", NOT),
        ("Ministers discussed a plan for the withdrawal of foreign troops.", "RETREAT", NOT),
        ("Residents expressed fears of an attack on the town.", "ASSAULT", NOT),
        ("The threat of sanctions hangs over the talks.", "SANCTION", NOT),
        ("Officials met to discuss a possible prisoner exchange.", "RETREAT", NOT),
        ("The council debated a resolution on the deployment of peacekeepers.", "MOBILIZE", NOT),
        ("The envoy presented proposals for a truce.", "RETREAT", NOT),
        ("The summit focused on ways to end the blockade.", "RETREAT", NOT),
        ("The minister spoke about the dangers of a military escalation.", "ASSAULT", NOT),
        ("Talks on the exchange of prisoners resumed in Geneva.", "RETREAT", NOT),
        ("Kyiv rejected calls for a ceasefire.", "RETREAT", NOT),
        ("The opposition welcomed the prospect of talks with the government.", "CONSULT", NOT),
        ("Lawmakers debated sanctions against Myanmar.", "SANCTION", NOT),
        ("Preparations for the invasion began in January.", "ASSAULT", NOT),
        ("The ministry issued guidance on the evacuation of civilians.", "RETREAT", NOT),
        ("The bill would allow police to detain suspects without charge.", "COERCE", NOT),
        ("The school was closed for fear of an attack.", "ASSAULT", NOT),
        ("Villagers fled in anticipation of an offensive.", "ASSAULT", NOT),
        ("Israel is bracing for retaliation from Iran.", "ASSAULT", NOT),
        ("The talks aim to avert a war between the two countries.", "ASSAULT", NOT),
        ("Diplomats are working to prevent an escalation of the conflict.", "ASSAULT", NOT),
        ("The warning came amid fears of renewed clashes.", "ASSAULT", NOT),
        ("Leaders discussed the threat of terrorism.", "ASSAULT", NOT),
        ("The drill simulated an attack on the capital.", "ASSAULT", NOT),
        ("The new law gives police powers to fight terrorist attacks.", "ASSAULT", NOT),
        ("The measures are designed to deter an invasion.", "ASSAULT", NOT),
        ("Troops were deployed to protect the town from attacks.", "ASSAULT", NOT),
        ("The government stepped up security to prevent attacks.", "ASSAULT", NOT),
        ("Residents were told to prepare for an attack.", "ASSAULT", NOT),
        ("The treaty bans the use of chemical weapons.", "ASSAULT", NOT),
        ("Pakistan said it would not allow its territory to be used for attacks against India.", "ASSAULT", NOT),
        # the talks themselves, and an event under way, are told
        ("The two sides held talks on a ceasefire in Doha.", "CONSULT", "asserted"),
        ("Egypt hosted negotiations on the release of the hostages.", "CONSULT", "asserted"),
        ("Egypt hosted negotiations on the release of the hostages.", "RETREAT", NOT),  # a sought act, even definite
        ("The UN condemned attacks on peacekeepers in Mali on Monday.", "ASSAULT", "asserted"),
        ("Washington wants Ankara to halt its offensive in Syria.", "ASSAULT", "asserted"),
        ("The president condemned the attack on the mosque.", "ACCUSE", "asserted"),
    ],
    "what_a_noun_of_claiming_or_fearing_holds": [
        ("The claim that rebels shelled the hospital could not be verified.", "ASSAULT", NOT),
        ("Rumours that the army had arrested the governor swept the city.", "COERCE", NOT),
        ("Officials dismissed speculation that troops would be deployed to the border.", "MOBILIZE", NOT),
        ("Fears that the militia would attack the camp grew on Sunday.", "ASSAULT", NOT),
        ("The suggestion that Iran would attack the tanker was dismissed.", "ASSAULT", NOT),
        ("Suspicions that the army had shelled the village could not be confirmed.", "ASSAULT", NOT),
        ("Unconfirmed reports that rebels had seized the airport spread on Monday.", "COERCE", NOT),
        ("Prosecutors examined the allegation that the guards had beaten the prisoners.", "ASSAULT", NOT),
        # news, evidence and confirmed reports tell what they hold
        ("News that soldiers had killed three farmers sparked protests.", "ASSAULT", "asserted"),
        ("The army confirmed reports that its jets had struck the depot.", "ASSAULT", "asserted"),
        ("Evidence that the police beat the students emerged on Friday.", "ASSAULT", "asserted"),
        ("The UN confirmed claims that militiamen had shelled the camp.", "ASSAULT", "asserted"),
    ],
    "reported_acts_stay_told": [
        ("Witnesses said soldiers shot two protesters in Lagos.", "ASSAULT", "asserted"),
        ("Local media reported that gunmen killed five people in Zamfara.", "ASSAULT", "asserted"),
        ("The rebels said they killed ten soldiers in an ambush.", "ASSAULT", "asserted"),
        ("Nigeria said its troops killed 20 militants on Friday.", "ASSAULT", "asserted"),
        ("The spokesman said police arrested 30 people after the riot.", "COERCE", "asserted"),
        ("Officials said the troops were withdrawing from the town.", "RETREAT", "asserted"),
        ("The group said it was behind the attack on the hotel.", "ASSAULT", "asserted"),
        ("Police suspect that the gang kidnapped the girl.", "ASSAULT", "asserted"),
        ("Officials believe the rebels attacked the convoy.", "ASSAULT", "asserted"),
        ("Police said the gang had been attacking farmers for months.", "ASSAULT", "asserted"),
        ("The commander said his men were fighting to liberate the town.", "ASSAULT", "asserted"),
    ],
    "told_events_in_every_tense": [
        ("Gunmen attacked a convoy near Kandahar on Monday.", "ASSAULT", "asserted"),
        ("Israeli jets struck targets in Gaza overnight.", "ASSAULT", "asserted"),
        ("Police arrested 12 opposition activists in Minsk.", "COERCE", "asserted"),
        ("Russian troops have withdrawn from the disputed town.", "RETREAT", "asserted"),
        ("Rebels are shelling the outskirts of the city.", "ASSAULT", "asserted"),
        ("Protesters clashed with police in Nairobi on Tuesday.", "PROTEST", "asserted"),
        ("Militants kidnap 20 students in northern Nigeria", "ASSAULT", "asserted"),
        ("The army will deploy 2,000 troops to the border next week.", "MOBILIZE", "future"),
        ("The foreign minister will visit Cairo on Sunday.", "CONSULT", "future"),
        ("Iran released the British sailors on Thursday.", "RETREAT", "asserted"),
    ],
}

# Rows the coder still gets wrong, with the reason each is left (strict xfails: a fix must move the row into THEMES).
KNOWN_MISSES: dict[tuple[str, str, str | None], str] = {
    ("The UN warned of attacks on civilians in Darfur.", "THREATEN", NOT):
        "warning of a danger is no threat by the warner; the trigger rules take 'warned of' for one",
    ("Critics accuse the government of silencing dissent.", "ACCUSE", NOT):
        "a kind of party's simple present reads as a headline's present when its object is definite",
}


@pytest.fixture(scope="module")
def coded(session_coder):
    return code_each(session_coder, theme_texts(THEMES, KNOWN_MISSES), PUBLISHED)


@pytest.mark.parametrize("text,category,expected", theme_params(THEMES, KNOWN_MISSES))
def test_a_trigger_word_tells_an_event_only_when_it_happened(coded, text, category, expected):
    assert_told_as_expected(coded[text], category, expected)


def test_the_sweep_is_wide():
    rows = [row for rows in THEMES.values() for row in rows]
    assert len(rows) >= 200
    assert sum(1 for _, _, expected in rows if expected is NOT) > 2 * sum(1 for _, _, e in rows if e is not NOT)

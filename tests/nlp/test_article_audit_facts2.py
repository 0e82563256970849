"""An analyst's audit of factuality and triggers: duties ("needs to", "the onus is on"), habits ("routinely
detain"), crowds that protest ("traders threw stones at police"), attempts and foiled acts ("was thwarted",
"attempted a coup") and coups ("staged a coup", "ousted the president"), with controls.

Three wire-style articles of our own (``data/audit_facts2/``), full of warnings, denials, rumours, plots and
demands, are coded whole; each must yield the facts an analyst is sure of. What the audit found and could not fix
in general stays a strict xfail with its reason.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.nlp.conftest import asserted, coded_events, dated_article_events, in_sentence, rows_with_known_misses

ARTICLES = Path(__file__).parent / "data" / "audit_facts2"
PUBLISHED = dt.date(2022, 10, 2)

ASSERTED, NOT_ASSERTED = "asserted", "not asserted"
NONE = "no event"  # no event of the category at all, whatever its factuality

# (sentence, category, what must hold): a factuality an event of the category has, "not asserted", or "no event".
SENTENCES = [
    # a duty laid on a party asks for the act: prescriptive
    ("The government needs to keep its truce with the rebels.", "RETREAT", NOT_ASSERTED),
    ("Kenya has to withdraw its troops from the border town.", "RETREAT", "prescriptive"),
    ("It is time for the militia to release the hostages.", "RETREAT", "prescriptive"),
    ("The junta ought to free the detained journalists.", "RETREAT", "prescriptive"),
    ("The onus is on Moscow to end its blockade of the port.", "RETREAT", "prescriptive"),
    ("The burden is on the junta to release the prisoners.", "RETREAT", "prescriptive"),
    ("Both sides should respect the ceasefire in Idlib.", "RETREAT", NOT_ASSERTED),
    # controls: a past need is the story's account ("had to"), and a reported one is still a duty
    ("The army needed to evacuate the base in Kidal on Tuesday.", "RETREAT", ASSERTED),
    ("Lavrov said Kyiv needed to withdraw its troops.", "RETREAT", "prescriptive"),
    ("Kyiv needed to withdraw its troops, Lavrov said.", "RETREAT", "prescriptive"),
    ("The two sides signed a truce in Doha on Tuesday.", "RETREAT", NONE),  # signing files under SUPPORT (057)
    # habits and generic presents are no occasion; a headline present is one
    ("Turkey regularly negotiates with the group.", "CONSULT", NONE),
    ("Police routinely detain activists at the border.", "COERCE", NONE),
    ("The rebels often ambush convoys on this road.", "ASSAULT", NONE),
    ("Militants frequently attack army posts in the north.", "ASSAULT", NONE),
    ("Police detain 12 activists at the border.", "COERCE", ASSERTED),
    # people acting as a crowd protest where the verb is a crowd's
    ("Students marched to the ministry in Dhaka on Monday.", "PROTEST", ASSERTED),
    ("Students clashed with police in Dhaka on Monday.", "PROTEST", ASSERTED),
    ("Traders threw stones at police in Lagos on Friday.", "PROTEST", ASSERTED),
    ("Pupils threw stones at police in Nablus on Friday.", "PROTEST", ASSERTED),
    ("Traders blocked the main road in Kano on Monday.", "PROTEST", ASSERTED),
    ("Teachers rallied outside parliament in Accra on Monday.", "PROTEST", ASSERTED),
    ("Football fans clashed with police after the match in Cairo.", "PROTEST", ASSERTED),
    ("Mourners clashed with police in Tehran after the funeral.", "PROTEST", ASSERTED),
    # controls: a crowd at a funeral mourns; gunmen throwing grenades attack
    ("Mourners gathered in Tehran for the funeral of the general.", "PROTEST", NONE),
    ("Gunmen threw grenades at a police post in Quetta on Monday.", "ASSAULT", ASSERTED),
    # questions, attempts and foiled acts
    ('"Did the army shell the village?" the lawmaker asked.', "ASSAULT", "question"),
    ("Soldiers tried to storm the parliament in Bamako on Friday.", "ASSAULT", "attempted"),
    ("Rebels attempted to seize the airport in Juba on Friday.", "COERCE", "attempted"),
    ("Rebels attempted an assault on the base in Kidal on Friday.", "ASSAULT", "attempted"),
    ("The attacks on the pipeline were thwarted by the army.", "ASSAULT", "attempted"),
    ("Security forces thwarted an attack on a church in Lahore.", "ASSAULT", "attempted"),
    ("Police foiled the attack on the embassy in Nairobi.", "ASSAULT", "attempted"),
    # control: an attack repelled was made
    ("Troops repelled an attack on their base in Kidal on Friday.", "ASSAULT", ASSERTED),
    # coups take a state's power: COERCE seize (192), as "seized power" does
    ("Army officers staged a coup in Mali on Tuesday.", "COERCE", ASSERTED),
    ("Officers attempted a coup in Sudan on Tuesday.", "COERCE", "attempted"),
    ("The military ousted the president of Niger on Wednesday.", "COERCE", ASSERTED),
    ("Soldiers overthrew the government of Burkina Faso on Friday.", "COERCE", ASSERTED),
    ("Mutinous soldiers toppled President Alpha Conde on Sunday.", "COERCE", ASSERTED),
    ("The army seized power in a coup in Guinea on Sunday.", "COERCE", ASSERTED),
    ("The president was toppled in a coup on Sunday.", "COERCE", ASSERTED),
    ("The rebels plotted to overthrow the government of Chad.", "COERCE", "hypothetical"),
    # controls: votes, protests and statues topple no government by force
    ("Lawmakers ousted the speaker of parliament on Tuesday.", "COERCE", NONE),
    ("A no-confidence vote toppled the government of Nepal.", "COERCE", NONE),
    ("Protesters toppled a statue of the former king in the capital.", "COERCE", NONE),
    ("The junta has ruled Mali since the 2021 coup.", "COERCE", NONE),
    ("An attempted coup in Niger was put down on Wednesday.", "COERCE", "attempted"),
]

KNOWN_MISSES = {
    "An attempted coup": "a coup noun on its own is background only; its suppression is not read",
}


def _holds(events, category: str, check: str) -> bool:
    found = {e.factuality for e in events if e.event == category}
    if check == NONE:
        return not found
    if check == NOT_ASSERTED:
        return ASSERTED not in found
    return check in found


@pytest.mark.model
@pytest.mark.parametrize("text,category,check", list(rows_with_known_misses(SENTENCES, KNOWN_MISSES)))
def test_a_sentence_tells_what_happened(session_coder, text, category, check):
    events = coded_events(session_coder, text, PUBLISHED)
    assert _holds(events, category, check), [(e.event, e.mode, e.factuality, e.trigger) for e in events]


# --- the articles --------------------------------------------------------------------------------------------

def _factualities(events, words: str, category: str) -> set[str]:
    return {e.factuality for e in in_sentence(events, words) if e.event == category}


# (article, description, check on its events)
FACTS = [
    ("01", "a denied shelling is negated", lambda ev: _factualities(ev, "denied that", "ASSAULT") == {"negated"}),
    ("01", "a rumoured offensive is not asserted",
     lambda ev: ASSERTED not in _factualities(ev, "Rumours that", "ASSAULT")),
    ("01", "a hoped-for handover is not asserted", lambda ev: ASSERTED not in _factualities(ev, "hoped", "RETREAT")),
    ("01", "what it is essential to do is prescribed",
     lambda ev: _factualities(ev, "It is essential", "RETREAT") == {"prescriptive"}),
    ("01", "a duty on the government is prescribed",
     lambda ev: _factualities(ev, "the onus", "RETREAT") == {"prescriptive"}),
    ("01", "a possible suspension of aid is not asserted",
     lambda ev: ASSERTED not in _factualities(ev, "might suspend", "SANCTION")),
    ("01", "a warned collapse tells no truce made", lambda ev: not asserted(in_sentence(ev, "warned"), "RETREAT")),
    ("02", "the arrests are asserted", lambda ev: asserted(in_sentence(ev, "had arrested six"), "COERCE")),
    ("02", "the plotters' intent is no threat by the police spokesman",
     lambda ev: not in_sentence([e for e in ev if e.event == "THREATEN"], "We believe")),
    ("02", "the intended attack is not asserted",
     lambda ev: ASSERTED not in _factualities(ev, "We believe", "ASSAULT")),
    ("02", "routine raids are no occasion", lambda ev: not in_sentence(ev, "routinely raided")),
    ("02", "troops deployed only if needed are not asserted",
     lambda ev: ASSERTED not in _factualities(ev, "not hesitate", "MOBILIZE")),
    ("02", "the lawyer's demand is asserted",
     lambda ev: asserted(in_sentence(ev, "demanded their release"), "REQUEST")),
    ("03", "the coup is a seizure", lambda ev: asserted(in_sentence(ev, "ousted"), "COERCE")),
    ("03", "stones thrown at the embassy are a riot",
     lambda ev: asserted(in_sentence(ev, "threw stones"), "PROTEST")),
    ("03", "a denied refuge is negated", lambda ev: ASSERTED not in _factualities(ev, "France denied", "AID")),
    ("03", "the soldiers' duty to return is prescribed",
     lambda ev: _factualities(ev, "ought to return", "RETREAT") == {"prescriptive"}),
    ("03", "no fighting reported is negated", lambda ev: ASSERTED not in _factualities(ev, "no fighting", "ASSAULT")),
    ("03", "the attempt on the palace is attempted",
     lambda ev: "attempted" in _factualities(ev, "tried to seize", "COERCE")),
    ("03", "students and traders protest",
     lambda ev: len(asserted(in_sentence(ev, "Students clashed"), "PROTEST")) == 2),
    ("03", "no talks until sanctions lift",
     lambda ev: ASSERTED not in _factualities(ev, "would not negotiate", "CONSULT")),
]

FACT_MISSES = {
    "the lawyer's demand": "the parser joins 'demanded' to the negated passive 'had not been charged', whose 'not' "
                           "it then shares",
    "the attempt on the palace": "in the article the parse of 'tried to seize the presidential palace then but were "
                                 "arrested' loses the seizure; alone the sentence codes it",
}


def _fact_params():
    for number, description, check in FACTS:
        reason = FACT_MISSES.get(next((k for k in FACT_MISSES if description.startswith(k)), ""), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(number, check, marks=marks, id=f"{number}: {description}")


@pytest.mark.model
@pytest.mark.parametrize("number,check", list(_fact_params()))
def test_an_article_yields_the_facts_an_analyst_is_sure_of(session_coder, number, check):
    events = dated_article_events(session_coder, ARTICLES, number, PUBLISHED)
    assert check(events), [(e.event, e.mode, e.factuality, e.trigger, e.text[:40]) for e in events]

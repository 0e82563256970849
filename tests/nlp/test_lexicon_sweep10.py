"""The PLOVER category of the main event, tenth lexicon sweep: rows the ninth sweep and the frames work found too wide
or too narrow (troops ordered out, a bill thrown out, a dispute taken to a court, a referendum demanded, talks called
off and offers turned down, with controls for weddings called off and music turned down), the parse workarounds left
as known misses ("made a U-turn", captives returned unharmed, a suspect handed over, security reinforced at a border),
and a short sweep of the wire diplomacy of the 2000s (Middle East, Balkans, South Asia): talks held, delegations
received, support voiced and reaffirmed, condolences extended, cooperation pledged, messages sent, briefings,
credentials presented, remarks rejected as interference. Sentences we wrote ourselves in wire style; none taken from
a benchmark or the seed.

Conventions these rows add (each decided in ``khabar/nlp/data/lexicon.csv``): another state's troops ordered out of a
country are expelled (SANCTION 1661); a dispute or a case taken to a court, an arbitration or the WTO is a lawsuit
(ACCUSE 115); calling off meetings, talks or drills cancels them (SANCTION 164) as "cancel" does, calling off a deal
severs it (160), calling off one's offensive de-escalates (RETREAT 087), and calling off anything else is no event;
turning down is a refusal only of what a party offers or asks, or of the party itself; a U-turn made on a policy or a
law yields (CONCEDE 080); captives returned unharmed are released (0841); accrediting an envoy (credentials presented,
received or accepted by an office holder) is diplomatic cooperation (SUPPORT 050); police mobilised with a foreign
neighbour as a party are aid to it (074) only when they are sent there. ``None`` is a sentence with no asserted event.
The event compared is the main asserted one (``conftest.asserted_main_event``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import asserted_main_event, rows_with_known_misses

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2020, 6, 26)

# (sentence, category of its main asserted event, or None)
TABLE = [
    # rows found too narrow: troops ordered out, texts thrown out, disputes taken to court, referendums demanded
    ("The Malian junta ordered all French troops out of the country.", "SANCTION"),
    ("Niger ordered the French soldiers out by the end of the year.", "SANCTION"),
    ("The Egyptian president ordered all Israeli diplomats out of Cairo.", "SANCTION"),
    ("Lawmakers in Lima threw out the bill on police powers.", "REJECT"),
    ("The Senate threw out the impeachment articles.", "REJECT"),
    ("The court threw out the charges against the opposition leader.", "REJECT"),
    ("Guyana took the dispute to the ICJ.", "ACCUSE"),
    ("Ukraine took the case to the International Court of Justice.", "ACCUSE"),
    ("Bolivia took its maritime dispute with Chile to the International Court of Justice.", "ACCUSE"),
    ("The Philippines took the South China Sea dispute to an arbitration tribunal.", "ACCUSE"),
    ("Protesters in Barcelona demanded a referendum on independence.", "REQUEST"),
    ("The opposition demanded a new referendum on the constitution.", "REQUEST"),
    # rows found too wide, given their political objects: calling off, turning down
    ("The Kenyan unions called off the strike.", "CONCEDE"),
    ("Colombia called off the peace talks with the ELN.", "SANCTION"),
    ("Serbia called off the joint military exercises with Russia.", "SANCTION"),
    ("Armenia called off the meeting with the Azerbaijani foreign minister.", "SANCTION"),
    ("The Nigerian army called off the offensive against the bandits.", "RETREAT"),
    ("The Iranian parliament turned down the proposal to extend the deal.", "REJECT"),
    ("The Taliban turned down the offer of talks.", "REJECT"),
    ("Kenya turned down the offer of British troops.", "REJECT"),
    ("The Chinese president turned down the invitation to the summit.", "REJECT"),
    ("The US state department turned down the request for more weapons.", "REJECT"),
    ("The Iraqi request was turned down by Ankara.", "REJECT"),
    # the known misses of the ninth sweep that rows and small code now reach
    ("The Hungarian government made a U-turn on the education law.", "CONCEDE"),
    ("The British government did a U-turn over the fuel tax.", "CONCEDE"),
    ("The guerrillas returned the kidnapped engineers unharmed.", "RETREAT"),
    ("Morocco reinforced security at the border with Algeria.", "MOBILIZE"),
    ("Rwanda reinforced security along its border with Burundi.", "MOBILIZE"),
    ("Kenya stepped up security on the border with Somalia.", "MOBILIZE"),
    ("Kenya sent 400 police officers to Haiti.", "AID"),
    ("Uganda deployed police officers to Somalia under the AU mission.", "AID"),
    ("The Serbian authorities handed over the war crimes suspect to the tribunal.", "COOPERATE"),
    ("The former general was handed over to the tribunal by Serbian police.", "COOPERATE"),
    # wire diplomacy of the 2000s: meetings, visits, calls and messages
    ("Syrian President Bashar al-Assad held talks with his Lebanese counterpart in Damascus on Sunday.", "CONSULT"),
    ("Pakistani and Indian foreign secretaries held talks in Islamabad on the Kashmir dispute.", "CONSULT"),
    ("Egyptian President Hosni Mubarak received a delegation from Hamas in Cairo.", "CONSULT"),
    ("King Abdullah received a delegation of Iraqi tribal leaders.", "CONSULT"),
    ("The Jordanian king received a phone call from the Israeli prime minister.", "CONSULT"),
    ("Iranian President Mahmoud Ahmadinejad sent a message to the Saudi king.", "CONSULT"),
    ("The Palestinian president sent a letter to the UN secretary general.", "CONSULT"),
    ("The Iraqi foreign minister briefed Arab ambassadors on the security situation.", "CONSULT"),
    ("US envoy Richard Holbrooke briefed the Bosnian leaders on the plan.", "CONSULT"),
    ("The Saudi foreign minister conferred with his Egyptian counterpart on the Lebanese crisis.", "CONSULT"),
    ("Sharif telephoned Vajpayee to discuss the bus service.", "CONSULT"),
    ("The two leaders exchanged views on regional security.", "CONSULT"),
    ("Mubarak dispatched his intelligence chief to Gaza for talks with the factions.", "CONSULT"),
    ("The Norwegian envoy shuttled between Colombo and the rebel headquarters.", "CONSULT"),
    ("Turkey hosted a meeting of Iraq's neighbours in Istanbul.", "CONSULT"),
    ("The Israeli prime minister paid a visit to Amman.", "CONSULT"),
    ("The Iranian foreign minister made a surprise visit to Baghdad.", "CONSULT"),
    ("The Lebanese prime minister arrived in Riyadh on an official visit.", "CONSULT"),
    ("The Kosovo Albanian leaders met UN envoy Martti Ahtisaari in Pristina.", "CONSULT"),
    ("The Hamas leader met with Egyptian intelligence officials in Cairo.", "CONSULT"),
    ("The Israeli and Palestinian negotiators resumed talks in Jerusalem.", "CONSULT"),
    ("The Iraqi Kurdish leader held a telephone conversation with the Turkish premier.", "CONSULT"),
    # wire diplomacy: support, praise, condolences, accreditation
    ("Iran voiced support for the Palestinian uprising.", "SUPPORT"),
    ("Russia voiced support for Serbia's position on Kosovo.", "SUPPORT"),
    ("The Arab League reaffirmed its support for Lebanon's sovereignty.", "SUPPORT"),
    ("The Afghan president extended condolences to the families of the victims.", "SUPPORT"),
    ("King Abdullah extended condolences to President Bush over the hurricane.", "SUPPORT"),
    ("The Egyptian president sent his condolences to the Jordanian king.", "SUPPORT"),
    ("The Egyptian foreign ministry hailed the agreement between Fatah and Hamas.", "SUPPORT"),
    ("Bangladesh hailed the Indian decision to open the border crossing.", "SUPPORT"),
    ("The Sri Lankan government welcomed the Norwegian peace initiative.", "SUPPORT"),
    ("The Syrian president congratulated Mahmoud Abbas on his election victory.", "SUPPORT"),
    ("The Arab foreign ministers expressed solidarity with Lebanon.", "SUPPORT"),
    ("The Kuwaiti emir paid tribute to the late Jordanian monarch.", "SUPPORT"),
    ("Karzai thanked the international community for its support.", "SUPPORT"),
    ("The Pakistani president praised the role of China in the region.", "SUPPORT"),
    ("Bangladesh and Myanmar restored diplomatic relations.", "SUPPORT"),
    ("The new Syrian ambassador presented his credentials to King Abdullah.", "SUPPORT"),
    ("The Iranian president received the credentials of the new Syrian ambassador.", "SUPPORT"),
    ("The president accepted the credentials of four new ambassadors.", "SUPPORT"),
    # wire diplomacy: commitments, requests, refusals, reproaches
    ("The Turkish government reaffirmed its commitment to the peace process in Cyprus.", "AGREE"),
    ("Pakistan and Afghanistan pledged to cooperate in the fight against terrorism.", "AGREE"),
    ("Serbia and Croatia pledged to cooperate on the return of refugees.", "AGREE"),
    ("Qatar offered to mediate between Fatah and Hamas.", "AGREE"),
    ("The Pakistani president accepted an invitation to visit New Delhi.", "AGREE"),
    ("Indian and Pakistani officials agreed on a timetable for the talks.", "AGREE"),
    ("The European Union urged restraint on both sides in Kashmir.", "REQUEST"),
    ("Saudi Arabia appealed for calm in Lebanon.", "REQUEST"),
    ("The Albanian prime minister renewed calls for the independence of Kosovo.", "REQUEST"),
    ("Nepal's Maoist rebels called on the government to resume peace talks.", "REQUEST"),
    ("Iran invited the IAEA inspectors to visit its nuclear sites.", "REQUEST"),
    ("Damascus rejected the UN report as interference in its internal affairs.", "REJECT"),
    ("India rejected the Pakistani remarks on Kashmir as interference in its internal affairs.", "REJECT"),
    ("The Indian foreign ministry dismissed the Pakistani allegations as baseless.", "REJECT"),
    ("The Indian army chief ruled out any withdrawal from the Siachen glacier.", "REJECT"),
    ("The Palestinian Authority voiced its opposition to the Israeli separation wall.", "REJECT"),
    ("The Sri Lankan government rejected the Tamil Tigers' proposal for an interim authority.", "REJECT"),
    ("Iran lodged a protest with the Swiss envoy over the detention of its diplomats.", "ACCUSE"),
    ("Pakistan protested to India over the firing across the Line of Control.", "ACCUSE"),
    ("Kuwait expressed concern over the escalation in Gaza.", "ACCUSE"),
    ("Syria expressed regret over the Turkish decision to cut water supplies.", "ACCUSE"),
    ("Macedonia accused Albania of harbouring ethnic Albanian rebels.", "ACCUSE"),
    ("The Iraqi government warned Syria against interference in its affairs.", "THREATEN"),
    ("The Bosnian Serbs threatened to pull out of the government.", "THREATEN"),
    ("Croatia broke off talks with the Bosnian Serbs.", "SANCTION"),
    ("The Palestinian delegation walked out of the talks in protest.", "SANCTION"),
    ("The Sri Lankan government suspended talks with the Tamil Tigers.", "SANCTION"),
    ("Eritrea severed diplomatic ties with Sudan.", "SANCTION"),
    ("Jordan recalled its ambassador from Tel Aviv.", "SANCTION"),
    ("The Macedonian government granted amnesty to the ethnic Albanian rebels.", "CONCEDE"),
    ("Croatia extradited the former general to The Hague.", "COOPERATE"),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "ASSAULT"),
    # negative controls: the same words in no political sense
    ("The coach ordered the players out of the dressing room.", None),
    ("The manager ordered the fans out of the stadium.", None),
    ("The cook threw out the old bread.", None),
    ("The farmer took the cow to the market.", None),
    ("The dancer took the matter to her agent.", None),
    ("He called off the wedding.", None),
    ("The couple called off their engagement.", None),
    ("The club called off the match because of the snow.", None),
    ("He turned the page down.", None),
    ("She turned the music down.", None),
    ("The publisher turned down the manuscript.", None),
    ("The plane made a sharp turn on the runway.", None),
    ("The driver made a U-turn on the motorway.", None),
    ("The student received her credentials from the university.", None),
    ("The protesters were met with tear gas.", None),
    ("The minister said the proposal would be met with resistance in parliament.", None),
    # known misses (see KNOWN_MISSES)
    ("South Korea scrambled fighter jets after Russian bombers entered its air defence zone.", "MOBILIZE"),
    ("The Pakistani army chief said any aggression would be met with a strong response.", "THREATEN"),
    ("Humanitarian aid from Egypt reached Gaza on Tuesday.", "AID"),
    ("Syria denied any involvement in the killing of Rafik Hariri.", None),
]

# Rows the coder still gets wrong, by the start of their sentence, and why (each needs code this sweep does not own).
KNOWN_MISSES = {
    "South Korea scrambled fighter jets after":
        "the parser reads \"scrambled\" as an adjective on \"fighter jets\" and \"jets\" as the subject of the clause "
        "after them; a noun row \"jet\" with the adjective \"scrambled\" finds the trigger, but the event is dropped: "
        "the doer \"South Korea\" is the subject of the adjective, which the argument finder does not read",
    "The Pakistani army chief said any aggression":
        "\"would be met with a strong response\" foretells retribution in a passive; the say,ccomp:@retribution row "
        "reads matching._foretold_retribution, which knows \"would pay dearly\" and \"would face the consequences\" "
        "but not a passive \"meet\" with a response word (threats._RETRIBUTION) in its \"with\" phrase; a lexicon row "
        "on \"met\" itself codes a future assault by no one",
}


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _ in TABLE}) == len(TABLE) >= 120


@pytest.mark.parametrize("text,category", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_its_wire_words_give(session_coder, text, category):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert (event.event if event is not None else None) == category

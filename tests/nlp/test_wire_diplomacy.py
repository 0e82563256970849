"""Wire diplomacy of the 1990s and 2000s: agency ledes about offers, proposals, invitations, letters, envoys,
appeals, charges and welcomes between states (the Middle East, the Balkans, Russia, the Koreas), each with the PLOVER
category a CAMEO coding of it gives, or ``None`` for background, opinion and the other senses of these words.
Sentences we wrote ourselves in the style of Reuters/AFP/AP copy; none taken from a benchmark or the seed.

A row holds when its category is among the categories of the events counted as coded (asserted or future, as the
PETRARCH-2 evaluation counts them), and a ``None`` row when no event is counted. ``EXACT`` rows pin the whole set of
counted categories where a reading must not add a second event: a letter that urges is a request, not also a contact;
what an invitation or an offer puts to someone ("an invitation to visit Paris", "Barak's offer to withdraw") is no
event of its own (``triggers/vetoes.py``).

Conventions these rows add (``khabar/nlp/data/lexicon.csv``): a letter or message sent, delivered or written to a
party, or carried by a person or an office, is a contact (040), unless a clause on the verb says what it asks or
protests ("govclause"), a modifier makes it a figure of speech ("a clear message") or it is a message "of" support
(051); exchanging proposals negotiates (046); proposing reunions, a pact or resuming talks offers them (030, 036);
accepting an invitation agrees to meet (036); consent and interest expressed agree (030); states that recognise
each other recognise (054); food given or shipped to a party is humanitarian aid (073); halting contributions cuts
aid (162); reneging and sabotaging are wrongs a reported clause can lay on a party (ACCUSE).
"""
from __future__ import annotations

import datetime as dt

import pytest

from .conftest import coded_events, rows_with_known_misses

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2000, 6, 26)
COUNTED = ("asserted", "future")  # the factualities the PETRARCH-2 evaluation counts as coded

# (sentence, a category among its counted events, or None for no counted event)
TABLE = [
    # ---- AGREE: offers, proposals, promises, acceptances, readiness (CAMEO 03) ----
    ("Israeli Prime Minister Benjamin Netanyahu on Tuesday offered to withdraw troops from southern Lebanon.", "AGREE"),
    ("Seoul proposed family reunions to Pyongyang on Monday.", "AGREE"),
    ("South Korea on Friday proposed reunions of families separated by the war.", "AGREE"),
    ("The two sides agreed in principle to a prisoner exchange.", "AGREE"),
    ("Israel and Syria agreed in principle on Wednesday to resume negotiations.", "AGREE"),
    ("Syrian President Hafez al-Assad accepted an invitation to visit Paris.", "AGREE"),
    ("The Palestinians accepted Egypt's invitation to talks in Cairo.", "AGREE"),
    ("Arafat accepted Mubarak's invitation to a summit in Sharm el-Sheikh.", "AGREE"),
    ("Yeltsin said Russia was ready to resume talks with NATO.", "AGREE"),
    ("Damascus said it was ready to resume peace talks with Israel where they left off.", "AGREE"),
    ("North Korea said on Thursday it was willing to hold talks with the United States.", "AGREE"),
    ("Netanyahu said Israel was prepared to negotiate with Syria without preconditions.", "AGREE"),
    ("Arafat agreed to meet Netanyahu at the Erez crossing next week.", "AGREE"),
    ("Jordan offered to mediate between Iraq and Kuwait.", "AGREE"),
    ("Greek Prime Minister Costas Simitis offered to host talks between the two Cypriot leaders.", "AGREE"),
    ("Clinton promised Yeltsin economic aid on Saturday.", "AGREE"),
    ("Belgrade pledged to cooperate with the war crimes tribunal.", "AGREE"),
    ("North Korea agreed to freeze its nuclear program in exchange for fuel oil.", "AGREE"),
    ("Milosevic accepted the peace plan on Thursday.", "AGREE"),
    ("Iraq accepted a U.N. plan to sell oil for food.", "AGREE"),
    ("Egypt offered to host the next round of talks.", "AGREE"),
    ("Pyongyang agreed to allow inspectors into the Yongbyon complex.", "AGREE"),
    ("Barak offered the Palestinians a state in most of the West Bank.", "AGREE"),
    ("Seoul proposed resuming high-level talks with the North.", "AGREE"),
    ("Russia and Japan agreed to step up efforts to sign a peace treaty.", "AGREE"),
    ("The rebels promised to release the hostages by the end of the week.", "AGREE"),
    ("Iraq agreed on Sunday to let U.N. weapons inspectors return.", "AGREE"),
    ("The two Koreas agreed to hold a summit in Pyongyang in June.", "AGREE"),
    ("Athens and Ankara agreed to resume a dialogue on confidence-building measures.", "AGREE"),
    ("India offered talks to Pakistan on Kashmir.", "AGREE"),
    ("The Bosnian Serbs agreed to hand over heavy weapons to U.N. peacekeepers.", "AGREE"),
    ("Primakov expressed readiness to mediate in the dispute.", "AGREE"),
    ("China offered to help ease tensions on the Korean peninsula.", "AGREE"),
    ("King Hussein offered his good offices to end the standoff.", "AGREE"),
    ("Tehran proposed a regional security pact to its Gulf neighbours.", "AGREE"),
    ("The Kremlin offered Chechnya broad autonomy within Russia.", "AGREE"),
    ("Croatia promised to let Serb refugees return to their homes.", "AGREE"),
    ("Albright said Washington was ready to normalise relations with Hanoi.", "AGREE"),
    ("Japan pledged $200 million to rebuild Bosnia.", "AGREE"),
    ("Arafat vowed to honour the agreements signed with Israel.", "AGREE"),
    ("The Kosovo Albanians agreed to sign the Rambouillet accord.", "AGREE"),
    ("Damascus agreed to a U.S. proposal for security talks.", "AGREE"),
    ("Pyongyang proposed talks on a peace treaty to replace the armistice.", "AGREE"),
    ("Israel offered to return the bodies of two guerrillas.", "AGREE"),
    ("Baghdad agreed to a visit by the U.N. special envoy.", "AGREE"),
    ("The Taliban agreed to a ceasefire proposed by the United Nations.", "AGREE"),
    ("Chechen President Aslan Maskhadov offered to meet Yeltsin to end the war.", "AGREE"),
    ("Israel and the PLO reached an agreement on the redeployment of troops in Hebron.", "AGREE"),
    ("The sides agreed on a timetable for the withdrawal.", "AGREE"),
    ("Netanyahu accepted a U.S. invitation to talks at Wye Plantation.", "AGREE"),
    ("North Korea accepted Seoul's offer of rice aid.", "AGREE"),
    ("Serbia agreed to let monitors from the Organisation for Security and Cooperation in Europe into Kosovo.", "AGREE"),
    ("Turkey said it was willing to discuss the dispute over the Aegean with Greece.", "AGREE"),
    ("Israel expressed its readiness to resume negotiations with Lebanon.", "AGREE"),
    ("The Palestinian Authority promised Washington it would arrest militants.", "AGREE"),
    ("Beijing agreed to resume the dialogue with Taipei suspended since 1995.", "AGREE"),
    # ---- REQUEST: appeals, demands, calls, letters urging (CAMEO 02, 10) ----
    ("Arafat sent a letter to Clinton urging him to intervene.", "REQUEST"),
    ("Arafat sent a letter to Clinton on Sunday urging Washington to press Israel.", "REQUEST"),
    ("The U.N. Security Council demanded that Iraq give inspectors unfettered access.", "REQUEST"),
    ("Israel demanded that Arafat arrest the Hamas leaders.", "REQUEST"),
    ("The Pope appealed for calm in Kosovo.", "REQUEST"),
    ("King Hussein appealed for calm after the shooting at the border.", "REQUEST"),
    ("Seoul asked Pyongyang to return the bodies of the infiltrators.", "REQUEST"),
    ("Israel called on Arafat to arrest militants.", "REQUEST"),
    ("The Bosnian government urged NATO to launch air strikes.", "REQUEST"),
    ("Moscow called for an immediate halt to the bombing.", "REQUEST"),
    ("Annan urged both sides to show restraint.", "REQUEST"),
    ("The Palestinians demanded a freeze on settlement construction.", "REQUEST"),
    ("Maskhadov appealed to the West to mediate in the conflict.", "REQUEST"),
    ("Syria insisted that Israel withdraw to the lines of June 4, 1967.", "REQUEST"),
    ("Iraq requested an emergency meeting of the Security Council.", "REQUEST"),
    ("Albania asked NATO for help in securing its border.", "REQUEST"),
    ("North Korea sought food aid from Japan.", "REQUEST"),
    ("Kosovo Albanian leaders pressed Washington to back independence.", "REQUEST"),
    ("Lebanon called for Israel's unconditional withdrawal from the south.", "REQUEST"),
    ("The European Union urged Belgrade to accept international mediation.", "REQUEST"),
    ("Cyprus appealed to the United Nations to help resolve the dispute.", "REQUEST"),
    ("Yeltsin's envoy carried a message urging Milosevic to accept the plan.", "REQUEST"),
    ("Mubarak sent a message to Saddam Hussein urging him to comply with U.N. resolutions.", "REQUEST"),
    ("The Arab League called on Israel to halt settlement activity.", "REQUEST"),
    ("Russia asked the IMF for a new loan.", "REQUEST"),
    ("The Palestinians asked the United States to intervene to stop the demolitions.", "REQUEST"),
    ("Kim Dae-jung called on Pyongyang to accept his offer of dialogue.", "REQUEST"),
    ("Pyongyang demanded the withdrawal of U.S. troops from the South.", "REQUEST"),
    ("Bosnian Muslim leaders pleaded with the West to lift the arms embargo.", "REQUEST"),
    ("Tehran urged Baghdad to release Iranian prisoners of war.", "REQUEST"),
    ("Netanyahu demanded an end to Palestinian incitement.", "REQUEST"),
    ("The Vatican appealed to both sides to spare civilians.", "REQUEST"),
    ("Egypt called for an international conference on the Middle East.", "REQUEST"),
    ("Izetbegovic asked the Security Council to send more peacekeepers.", "REQUEST"),
    ("The Kurdish leader appealed to Turkey to stop its incursions.", "REQUEST"),
    ("Greece demanded that Turkey withdraw its troops from Cyprus.", "REQUEST"),
    # ---- CONSULT: meetings, calls, visits, mediation, envoys (CAMEO 04) ----
    ("Peace envoy Dennis Ross shuttled between Jerusalem and Damascus.", "CONSULT"),
    ("U.S. envoy Richard Holbrooke shuttled between Belgrade and Pristina on Monday.", "CONSULT"),
    ("Yeltsin's envoy carried a message to Saddam Hussein.", "CONSULT"),
    ("Albright met Arafat in Ramallah on Sunday.", "CONSULT"),
    ("Clinton telephoned Yeltsin to discuss Kosovo.", "CONSULT"),
    ("Netanyahu and Arafat held talks at the White House.", "CONSULT"),
    ("Israeli and Syrian negotiators resumed talks in Shepherdstown.", "CONSULT"),
    ("The two sides exchanged proposals.", "CONSULT"),
    ("Israeli and Palestinian negotiators exchanged proposals on Monday.", "CONSULT"),
    ("Mubarak received Israeli Foreign Minister David Levy in Cairo.", "CONSULT"),
    ("Primakov arrived in Baghdad for talks with Saddam Hussein.", "CONSULT"),
    ("Holbrooke flew to Belgrade to meet Milosevic.", "CONSULT"),
    ("Kim Dae-jung discussed the North Korean issue with Jiang Zemin.", "CONSULT"),
    ("Greek and Turkish foreign ministers conferred on the sidelines of the summit.", "CONSULT"),
    ("King Abdullah visited Damascus on Monday.", "CONSULT"),
    ("Arafat briefed Mubarak on the state of the negotiations.", "CONSULT"),
    ("North and South Korean Red Cross officials negotiated at Panmunjom.", "CONSULT"),
    ("Clinton hosted Barak and Arafat at Camp David.", "CONSULT"),
    ("The foreign ministers of Iran and Iraq met in New York.", "CONSULT"),
    ("Ross held separate meetings with Netanyahu and Arafat on Tuesday.", "CONSULT"),
    ("Russian Foreign Minister Igor Ivanov spoke by telephone with Albright.", "CONSULT"),
    ("Mubarak and King Hussein held a summit in Aqaba.", "CONSULT"),
    ("Chinese Premier Li Peng began a visit to Moscow on Monday.", "CONSULT"),
    ("Israel and Jordan held a new round of talks on water.", "CONSULT"),
    ("Norwegian mediators brokered secret talks between Israel and the PLO.", "CONSULT"),
    ("Christopher flew to Damascus for talks with Assad.", "CONSULT"),
    ("The envoy delivered a message from Clinton to Assad.", "CONSULT"),
    ("Arafat sent his aide to Amman with a message for King Hussein.", "CONSULT"),
    ("Israeli and Palestinian security chiefs met overnight in Tel Aviv.", "CONSULT"),
    ("Tudjman and Izetbegovic met in Zagreb to discuss the federation.", "CONSULT"),
    ("Jiang Zemin received the visiting South Korean president in Beijing.", "CONSULT"),
    ("Japanese and North Korean diplomats held normalisation talks in Beijing.", "CONSULT"),
    ("Egyptian envoy Osama el-Baz met Israeli officials in Jerusalem.", "CONSULT"),
    ("Iranian Foreign Minister Kamal Kharrazi paid a visit to Riyadh.", "CONSULT"),
    ("Rugova met Milosevic in Belgrade for the first time in years.", "CONSULT"),
    ("The Contact Group met in London to discuss Kosovo.", "CONSULT"),
    # ---- SUPPORT: welcomes, praise, backing, recognition (CAMEO 05) ----
    ("Damascus welcomed the offer.", "SUPPORT"),
    ("Syria on Sunday welcomed the French offer to mediate.", "SUPPORT"),
    ("Clinton hailed the agreement as a breakthrough.", "SUPPORT"),
    ("Moscow praised Belgrade's restraint.", "SUPPORT"),
    ("The Arab League backed Syria's demand for a full Israeli withdrawal.", "SUPPORT"),
    ("Washington endorsed the Egyptian initiative.", "SUPPORT"),
    ("Japan expressed support for South Korea's policy of engagement with the North.", "SUPPORT"),
    ("The European Union applauded the release of the prisoners.", "SUPPORT"),
    ("Mubarak voiced support for Arafat's position.", "SUPPORT"),
    ("Bosnia and Yugoslavia recognised each other on Tuesday.", "SUPPORT"),
    ("Israel and Jordan established full diplomatic relations.", "SUPPORT"),
    ("Annan commended the two leaders for their courage.", "SUPPORT"),
    ("Tokyo welcomed Pyongyang's decision to freeze its missile tests.", "SUPPORT"),
    ("Arafat thanked Egypt for its efforts.", "SUPPORT"),
    ("Beijing defended Pyongyang's right to launch satellites.", "SUPPORT"),
    ("Seoul lauded the agreement reached in Geneva.", "SUPPORT"),
    ("Russia threw its weight behind the Egyptian proposal.", "SUPPORT"),
    ("Iran and Saudi Arabia restored diplomatic ties.", "SUPPORT"),
    # ---- ACCUSE: blame, charges, criticism, complaints (CAMEO 11) ----
    ("Syria blamed Israel for the collapse of the talks.", "ACCUSE"),
    ("Iraq charged that U.S. warplanes had bombed civilian areas.", "ACCUSE"),
    ("Baghdad charged on Tuesday that the inspectors were spying for Washington.", "ACCUSE"),
    ("Belgrade accused NATO of genocide.", "ACCUSE"),
    ("Arafat accused Israel of violating the Oslo accords.", "ACCUSE"),
    ("Palestinian officials denounced the decision to build new homes in east Jerusalem.", "ACCUSE"),
    ("Moscow condemned the air strikes as a violation of international law.", "ACCUSE"),
    ("Pyongyang lashed out at Seoul over the naval exercises.", "ACCUSE"),
    ("Baghdad criticised the United Nations for the slow pace of the oil-for-food programme.", "ACCUSE"),
    ("Iran slammed the U.S. sanctions as illegal.", "ACCUSE"),
    ("Beijing protested to Washington over the embassy bombing.", "ACCUSE"),
    ("Israel held the Palestinian Authority responsible for the bombing.", "ACCUSE"),
    ("Greece charged Turkey with violating its airspace.", "ACCUSE"),
    ("Serbia lodged a protest with Albania over the border incidents.", "ACCUSE"),
    ("The Arab League deplored Israel's decision.", "ACCUSE"),
    ("Damascus said Israel bore full responsibility for the deadlock.", "ACCUSE"),
    ("Seoul complained that the North had violated the armistice.", "ACCUSE"),
    ("Tehran rebuked Baghdad for sheltering the opposition.", "ACCUSE"),
    ("Netanyahu assailed Arafat for failing to curb violence.", "ACCUSE"),
    ("Iraq alleged that U.N. inspectors were spying for Washington.", "ACCUSE"),
    ("Israeli officials said Syria was behind the attacks.", "ACCUSE"),
    ("Russia blamed Chechen rebels for the apartment bombings.", "ACCUSE"),
    ("Pyongyang charged that Seoul had sent spies across the border.", "ACCUSE"),
    ("The Palestinians charged that Israel was trying to change the character of Jerusalem.", "ACCUSE"),
    ("Lebanon filed a complaint with the Security Council over the Israeli raids.", "ACCUSE"),
    ("Turkey accused Greece of harbouring Kurdish rebels.", "ACCUSE"),
    ("China denounced the U.S. arms sales to Taiwan.", "ACCUSE"),
    ("Milosevic blamed the West for the war in Bosnia.", "ACCUSE"),
    ("Iran summoned the German ambassador to protest the verdict.", "ACCUSE"),
    ("The Palestinians said Israel was to blame for the violence.", "ACCUSE"),
    ("Yeltsin criticised NATO's plans to expand eastwards.", "ACCUSE"),
    ("Israel charged that Syria was arming Hezbollah guerrillas.", "ACCUSE"),
    ("Washington faulted Belgrade for the breakdown of the talks.", "ACCUSE"),
    # ---- REJECT (CAMEO 12) ----
    ("Syria rejected the Israeli offer.", "REJECT"),
    ("Milosevic refused to allow NATO troops into Kosovo.", "REJECT"),
    ("Iraq turned down the U.N. proposal.", "REJECT"),
    ("Netanyahu ruled out a withdrawal from the Golan Heights.", "REJECT"),
    ("Pyongyang spurned Seoul's offer of talks.", "REJECT"),
    ("The Bosnian Serb parliament voted down the peace plan.", "REJECT"),
    ("Arafat refused to meet Netanyahu.", "REJECT"),
    ("Damascus declined the invitation to the conference.", "REJECT"),
    ("Baghdad rejected demands that it allow inspectors into presidential sites.", "REJECT"),
    ("Moscow dismissed the proposal as unacceptable.", "REJECT"),
    ("Israel rebuffed calls for an international force in the territories.", "REJECT"),
    # ---- THREATEN (CAMEO 13) ----
    ("Israel threatened to retaliate for the rocket attacks.", "THREATEN"),
    ("NATO warned Milosevic of air strikes if he did not pull back his forces.", "THREATEN"),
    ("North Korea threatened to pull out of the Non-Proliferation Treaty.", "THREATEN"),
    ("Baghdad threatened to halt cooperation with U.N. inspectors.", "THREATEN"),
    ("Turkey warned Syria it would use force unless Damascus expelled Ocalan.", "THREATEN"),
    ("The Palestinians threatened to declare a state unilaterally.", "THREATEN"),
    # ---- COOPERATE, AID, RETREAT ----
    ("Israeli and Palestinian security officials resumed security cooperation.", "COOPERATE"),
    ("Japan gave North Korea 500,000 tonnes of rice.", "AID"),
    ("The United States sent food aid to North Korea.", "AID"),
    ("Israel released 350 Palestinian prisoners.", "RETREAT"),
    ("Israeli troops pulled out of Hebron on Thursday.", "RETREAT"),
    ("Serb forces withdrew from Kosovo.", "RETREAT"),
    ("Iraq freed the detained Britons.", "RETREAT"),
    ("North Korea returned the remains of American soldiers.", "RETREAT"),
    # ---- None: background, opinion, and words of these categories in other senses ----
    ("The peace process has been stalled since March.", None),
    ("Talks between the two sides have been deadlocked for months.", None),
    ("Analysts said the proposal was unlikely to win approval.", None),
    ("Diplomats said the offer was a tactical move.", None),
    ("The Golan Heights overlook northern Galilee.", None),
    ("The United Nations has been trying to broker a settlement for years.", None),
    ("Oil prices rose on hopes of a deal.", None),
    ("Israel offered no comment on the report.", None),
    ("The company charged higher fees for the service.", None),
    ("The storm was blamed for ten deaths.", None),
    ("The plane carried 200 passengers.", None),
    ("The ministry said the proposal was still being studied.", None),
    ("Officials said the letter had not yet been received.", None),
    ("The envoy's message was not made public.", None),
    ("Few diplomats expect a breakthrough.", None),
    ("The offer was seen in Jerusalem as a goodwill gesture.", None),
    ("Arafat's health has been the subject of speculation.", None),
    ("The talks are expected to focus on water rights.", None),
    ("Seoul's proposal drew no response from Pyongyang.", None),
# ---- second round: intents without a verb of promise, appeals, criticism told in a clause, contacts, sanctions ----
    ('Syria said it would attend the Madrid conference.', 'AGREE'),
    ('Israel said on Sunday it would take part in the talks in Washington.', 'AGREE'),
    ('The PLO said it was open to talks with Israel.', 'AGREE'),
    ('Damascus expressed interest in resuming talks with Israel.', 'AGREE'),
    ('Pyongyang said it was keen to improve relations with Tokyo.', 'AGREE'),
    ('Jordan gave the green light to the U.S. plan.', 'AGREE'),
    ('Milosevic gave his consent to the deployment of observers.', 'AGREE'),
    ('The two leaders agreed that their ministers would meet again in May.', 'AGREE'),
    ('Israel and the PLO struck a deal on the release of prisoners.', 'AGREE'),
    ('The Kremlin said it would send an envoy to Belgrade.', 'AGREE'),
    ('Seoul put forward a plan for economic cooperation with the North.', 'AGREE'),
    ('Netanyahu unveiled a plan to withdraw from southern Lebanon.', 'AGREE'),
    ('Tehran signalled its willingness to improve ties with Washington.', 'AGREE'),
    ('Clinton assured Arafat of U.S. support for the peace process.', 'AGREE'),
    ('Israel and Syria reached an understanding on the monitoring of the ceasefire.', 'AGREE'),
    ('Yeltsin consented to a meeting with Maskhadov.', 'AGREE'),
    ('The parties committed themselves to a final settlement by May 1999.', 'AGREE'),
    ('Milosevic told Holbrooke he would pull back his forces.', 'AGREE'),
    ("Pyongyang responded positively to Seoul's offer of talks.", 'AGREE'),
    ('The Palestinians said they would resume security cooperation with Israel.', 'AGREE'),
    ('Iraq said it would cooperate fully with the inspectors.', 'AGREE'),
    ('The agreement was reached after three days of talks.', None),
    ('An agreement on the release of prisoners was signed in Cairo.', None),
    ('Sources said a deal was close.', None),
    ('Israel told Arafat to crack down on Hamas.', 'REQUEST'),
    ('Washington wants Belgrade to withdraw its forces from Kosovo.', 'REQUEST'),
    ('Syria sought U.S. guarantees on the Golan Heights.', 'REQUEST'),
    ('Albright pressed Netanyahu to accept the U.S. proposals.', 'REQUEST'),
    ('The Palestinians asked for international protection.', 'REQUEST'),
    ('Annan renewed his appeal for a ceasefire in Kosovo.', 'REQUEST'),
    ('Seoul challenged Pyongyang to prove its sincerity.', 'REQUEST'),
    ('Russia called for a political settlement of the crisis.', 'REQUEST'),
    ('Iraq called on the Security Council to lift the sanctions.', 'REQUEST'),
    ('The Arab foreign ministers urged Washington to put pressure on Israel.', 'REQUEST'),
    ('Mubarak made an appeal to Netanyahu to halt settlement building.', 'REQUEST'),
    ('The Palestinian Authority issued a call for calm.', 'REQUEST'),
    ('North Korea asked the United Nations for emergency food aid.', 'REQUEST'),
    ('Egypt pressed Israel for a halt to the settlement activity.', 'REQUEST'),
    ('Bosnia lobbied the United States to lift the arms embargo.', 'REQUEST'),
    ('Arafat implored the world to save the peace process.', 'REQUEST'),
    ('Syria called the Israeli move a provocation.', 'ACCUSE'),
    ('Moscow described the NATO strikes as aggression.', 'ACCUSE'),
    ('Iraq said the U.S. raids were an act of aggression.', 'ACCUSE'),
    ('The Palestinians said Israel had violated the agreement.', 'ACCUSE'),
    ('Beijing termed the visit a serious provocation.', 'ACCUSE'),
    ('Damascus expressed displeasure over the Turkish-Israeli military pact.', 'ACCUSE'),
    ('Iran voiced concern over the presence of U.S. warships in the Gulf.', 'ACCUSE'),
    ('Israel said Syria was responsible for the attack.', 'ACCUSE'),
    ("Pyongyang said Seoul's remarks were a grave insult.", 'ACCUSE'),
    ('Moscow said the NATO expansion was a mistake.', 'ACCUSE'),
    ('Serbia said NATO was committing genocide against the Serbs.', 'ACCUSE'),
    ('Baghdad said the inspectors were American spies.', 'ACCUSE'),
    ("Cairo said Israel's policies were undermining the peace process.", 'ACCUSE'),
    ('The Palestinians said Netanyahu was destroying the peace process.', 'ACCUSE'),
    ('Israel said the Palestinian Authority was not doing enough to fight terrorism.', 'ACCUSE'),
    ('Russia said the U.S. strikes violated international law.', 'ACCUSE'),
    ("Beijing said Washington was interfering in China's internal affairs.", 'ACCUSE'),
    ('Greece said the Turkish jets had violated its airspace.', 'ACCUSE'),
    ('Syria voiced anger at the Israeli raid.', 'ACCUSE'),
    ('Jordan expressed regret over the Israeli decision.', 'ACCUSE'),
    ('Damascus took issue with the U.S. position.', 'ACCUSE'),
    ("Arafat's cabinet said Israel had reneged on its commitments.", 'ACCUSE'),
    ('Tehran accused Washington of meddling.', 'ACCUSE'),
    ('Arafat was due to meet Albright on Thursday.', 'CONSULT'),
    ('Barak will travel to Washington next week for talks with Clinton.', 'CONSULT'),
    ('Israeli and Palestinian negotiators wrapped up a round of talks in Eilat.', 'CONSULT'),
    ('The two presidents spoke on the telephone on Saturday.', 'CONSULT'),
    ('Ross arrived in Damascus on Sunday on a peace mission.', 'CONSULT'),
    ('Arafat wrote to Clinton on Tuesday.', 'CONSULT'),
    ('Yeltsin wrote a letter to Clinton.', 'CONSULT'),
    ('King Hussein sent a message to Netanyahu.', 'CONSULT'),
    ('The Syrian leader sent a letter to Clinton.', 'CONSULT'),
    ('Kim Jong-il sent a message of thanks to Kim Dae-jung.', 'SUPPORT'),
    ('Holbrooke shuttled between Nicosia and Ankara.', 'CONSULT'),
    ('The Egyptian leader hosted Netanyahu in Cairo.', 'CONSULT'),
    ('Washington froze the assets of the Yugoslav government.', 'SANCTION'),
    ('The European Union banned flights by the Yugoslav airline.', 'SANCTION'),
    ('Israel sealed off the West Bank and Gaza Strip after the bombing.', 'COERCE'),
    ('The Arab League suspended ties with Israel.', 'SANCTION'),
    ('Russia cut off gas supplies to Chechnya.', 'SANCTION'),
    ('Israel froze the transfer of tax revenues to the Palestinian Authority.', 'SANCTION'),
    ('Washington imposed an embargo on Iran.', 'SANCTION'),
    ('Syria closed its border with Turkey.', 'COERCE'),
    ('Iraq expelled the American inspectors.', 'SANCTION'),
    ('Israel recalled its ambassador from Egypt.', 'SANCTION'),
    ('Netanyahu suspended the peace talks.', 'SANCTION'),
    ('Seoul suspended its food aid to the North.', 'SANCTION'),
    ('Japan halted its contributions to the reactor project.', 'SANCTION'),
# ---- correspondence: letters and messages sent, carried or written to a party, and their figures of speech ----
    ('The vote sent a clear message to Washington.', None),
    ('The attack sent a message to the government.', None),
    ('Assad wrote to Clinton to protest the raid.', 'ACCUSE'),
# ---- what an invitation, an offer or a request puts to someone is no event of its own ----
    ("Syria rejected Barak's offer to withdraw from most of the Golan Heights.", 'REJECT'),
    ('Damascus welcomed the proposal to hold talks in Geneva.', 'SUPPORT'),
    ('The rebels ignored a call to disarm.', 'REJECT'),
    ('Iran turned down a request to extradite the suspects.', 'REJECT'),
    ("Netanyahu's offer to withdraw from southern Lebanon drew a cool response.", None),
    ('Syria wrote to the Security Council to protest the raid.', 'ACCUSE'),
    ("The campaign did little to carry the party's message.", None),
]

# (sentence, the exact set of categories of its counted events)
EXACT = [
    ("Arafat sent a letter to Clinton urging him to intervene.", {"REQUEST"}),
    ("Syrian President Hafez al-Assad accepted an invitation to visit Paris.", {"AGREE"}),
    ("Syria rejected Barak's offer to withdraw from most of the Golan Heights.", {"REJECT"}),
    ("Damascus welcomed the proposal to hold talks in Geneva.", {"SUPPORT"}),
    ("Netanyahu's offer to withdraw from southern Lebanon drew a cool response.", set()),
    ("King Hussein sent a message to Netanyahu.", {"CONSULT"}),
    ("The vote sent a clear message to Washington.", set()),
    ("Mubarak sent a message to Saddam Hussein urging him to comply with U.N. resolutions.", {"REQUEST"}),
]

# Rows the coder still gets wrong, by the start of their sentence, and why.
KNOWN_MISSES = {
    "Talks between the two sides have been deadlocked":
        "talks told in a state (\"have been deadlocked\") are no particular round; the noun rows have no reading for "
        "an event noun that is the subject of a verb of state, and \"the talks ended\" must stay an event",
    "Pyongyang said it was keen to":
        "\"keen to\" is an intention, but \"improve relations\" has no row (one would also read \"to improve relations\" "
        "purpose clauses as SUPPORT), so no AGREE is stated for it",
    "Jordan gave the green light":
        "\"gave the green light\" approves; \"light\" alone is no event noun and a row for the idiom would need the "
        "modifier \"green\", which a noun row under a light verb does not read",
    "Seoul put forward a plan":
        "\"plan\" is a policy as often as an offer to another party; no row is added for it without a sign which",
    "Netanyahu unveiled a plan":
        "\"plan\" is a policy as often as an offer to another party; no row is added for it without a sign which",
    "Pyongyang responded positively":
        "a positive response accepts an offer, but \"respond\" is filed under force to come; a row would need the "
        "adverb, which constraints do not read",
    "Syria called the Israeli move a provocation":
        "the parser reads \"move\" as a clause and \"provocation\" as its object, so the \"oprd\" row of "
        "\"call\" has no predicate to judge",
    "Baghdad said the inspectors were American spies":
        "an accusation told by a predicate noun of a role (\"were spies\"), not a wrong done: no class of such nouns",
    "The Palestinians said Netanyahu was destroying the peace process":
        "\"destroy\" is force against things; a wrong done to a process would need the object's sense",
    "Israel said the Palestinian Authority was not doing enough":
        "a duty failed told by \"not doing enough\" has no verb of wrongdoing; the negation also reads as a denial",
    "Assad wrote to Clinton to protest":
        "\"protest\" by a person named is a demonstration unless the subject is a state (\"@government\"); the "
        "person's office is not known to the rows",
}


def test_the_table_has_no_sentence_twice():
    assert len({text for text, _ in TABLE}) == len(TABLE) >= 200


def _counted(session_coder, text: str) -> set[str]:
    return {e.event for e in coded_events(session_coder, text, PUBLISHED) if e.factuality in COUNTED}


@pytest.mark.parametrize("text,category", list(rows_with_known_misses(TABLE, KNOWN_MISSES)))
def test_the_sentence_codes_the_category_of_its_cameo_reading(session_coder, text, category):
    counted = _counted(session_coder, text)
    assert (category in counted) if category is not None else not counted, counted


@pytest.mark.parametrize("text,categories", EXACT, ids=[text[:60] for text, _ in EXACT])
def test_no_second_event_is_read_from_a_letter_or_an_offer(session_coder, text, categories):
    assert _counted(session_coder, text) == categories

"""Which event a sentence reports and whether it happened, on news sentences we wrote ourselves.

Each row is a sentence, its publication date, and the main event a one-label reader would code: the PLOVER
category and the factuality of the event the coder ranks first (``khabar.evaluate.coder.main_event``: asserted
first, then most confident), or ``None`` where the sentence reports no event that happened (background,
opinion, analysis, a standing or a habit, the history behind the news), so that no asserted event may come out.

The rows test the main-event choice among several acts (the graver of one doer's coordinated acts; a statement
that accuses against the act it reports; the act a party says was done to it), "repeatedly" on one occasion,
passives with no agent, and the statements that report no event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event
from khabar.model import Article
from khabar.nlp.pipeline import Coder

pytestmark = pytest.mark.model
D1 = dt.date(2021, 5, 14)
D2 = dt.date(2023, 3, 2)
D3 = dt.date(2019, 11, 20)

# (sentence, main category or None for no asserted event, its factuality, publication date)
ROWS = [
 # coordinated force verbs: the graver act is the news
 # a chain of three acts, each conjunct hung on the one before; a participle on the second; a light verb's act
 ("Troops raided the village, arrested five men and shot dead a teenager who tried to flee.", "ASSAULT",
  "asserted", D1),
 ("Security forces raided the opposition headquarters on Friday and arrested 20 people, killing one.", "ASSAULT",
  "asserted", D2),
 ("Police arrested dozens of protesters and used tear gas to disperse the crowd.", "ASSAULT", "asserted", D3),
 # violence told as the occasion of an arrest: the raid that killed, the clashes the arrests were made in
 ("Israeli troops arrested a Hamas commander in a raid on Jenin that killed two militants.", "ASSAULT", "asserted",
  D1),
 ("Police detained 30 people during clashes in which one officer was killed.", "ASSAULT", "asserted", D2),
 ("Police arrested five suspects in a raid on a warehouse in Mombasa on Monday.", "COERCE", "asserted", D3),
 # a simple present with a phrase of recurrence states a habit or standing arrangement, not an occasion
 ("Police patrol the market at night.", None, None, D1),
 ("The government imposes a curfew on the old city every Friday.", None, None, D2),
 ("The army deploys troops to the region each summer.", None, None, D3),
 ("The United States provides $1.3 billion in military aid to Egypt each year.", None, None, D1),
 ("UN peacekeepers patrol the buffer zone daily.", None, None, D3),
 ("Coalition jets patrol the skies over the province every night.", None, None, D2),
 ("The militia detains migrants at the checkpoint every week.", None, None, D1),
 ("Police patrolled the market on Friday night after the bombing.", "MOBILIZE", "asserted", D1),
 # a clause lifting blame, or claiming one's own act, lays no blame on another
 ("Iran said Israel was not responsible for the attack.", None, None, D1),
 ("Iran said it was not responsible for the attack.", None, None, D2),
 ("The group said it was responsible for the attack on the convoy.", "ASSAULT", "asserted", D3),
 # projectiles that fall on a place tell a strike
 ("Two rockets fell near the U.S. embassy in Baghdad on Sunday.", "ASSAULT", "asserted", D1),
 # violence told by a noun of exchange or attempt, and a verb the lemmatizer misreads ("raped" as "rap")
 ("There was an exchange of fire between the two armies on Tuesday.", "ASSAULT", "asserted", D2),
 ("An assassination attempt on the governor failed on Monday.", "ASSAULT", "asserted", D3),
 ("Soldiers raped dozens of women during the offensive, a UN report said.", "ASSAULT", "asserted", D1),
 ("Security forces arrested and beat dozens of students in Harare on Tuesday.", "ASSAULT", "asserted", D1),
 ("Militiamen detained and tortured two aid workers near Goma last week.", "ASSAULT", "asserted", D2),
 ("Police rounded up and shot three suspected smugglers, residents said.", "ASSAULT", "asserted", D3),
 ("Soldiers arrested and killed a village elder in Kachin state on Sunday.", "ASSAULT", "asserted", D1),
 ("Gunmen killed two police officers and detained a third in Zamfara on Monday.", "ASSAULT", "asserted", D2),
 ("Troops shelled the town and arrested dozens of men on Friday.", "ASSAULT", "asserted", D3),
 # an act under a verb of a category: the verb's event is the news ("accused X of killing": ACCUSE); an act a
 # speaker states ("the UN said Israeli forces demolished ...") is the news itself, the accusation it implies
 # ranks second, as the benchmarks' coders read such reports
 ("Human Rights Watch accused Ethiopian troops of killing dozens of civilians in Tigray.", "ACCUSE", "asserted", D1),
 ("The foreign ministry condemned the shelling of the embassy in Khartoum on Sunday.", "ACCUSE", "asserted", D2),
 ("Pakistan denied that its forces had shelled villages across the Line of Control.", "ASSAULT", "negated", D3),
 ("Hamas threatened to fire rockets at Tel Aviv if the evictions went ahead.", "THREATEN", "asserted", D1),
 ("The protesters demanded the release of the detained students on Monday.", "REQUEST", "asserted", D2),
 ("The opposition said dozens of its supporters had been arrested since the election.", "COERCE", "asserted", D3),
 ("Kenyan rights groups condemned the killing of two protesters by police in Nairobi.", "ACCUSE", "asserted", D2),
 ("Ukraine accused Russia on Tuesday of shelling a hospital in Kharkiv.", "ACCUSE", "asserted", D2),
 ("Azerbaijan denied on Thursday that its troops had attacked Armenian positions.", "ASSAULT", "negated", D3),
 ("The UN said Israeli forces had demolished 40 Palestinian homes in the West Bank this month.", "ASSAULT", "asserted", D1),
 ("Amnesty International said Iranian security forces had shot dead at least 23 children during the protests.",
  "ASSAULT", "asserted", D2),
 ("The Kurdish-led administration said Turkish drones had struck a hospital in Qamishli on Friday.", "ASSAULT",
  "asserted", D2),
 ("Security forces arrested 40 opposition members on Sunday, the party said.", "COERCE", "asserted", D3),
 ("Police fired tear gas at protesters in Lagos on Tuesday, witnesses said.", "ASSAULT", "asserted", D1),
 ("Iraqi officials said a drone strike killed two militia commanders near the Syrian border on Monday.", "ASSAULT",
  "asserted", D3),
 ("The Sudanese army said it had repelled an attack by the Rapid Support Forces on its headquarters.", "ASSAULT",
  "asserted", D2),
 # repeatedly, on one occasion
 ("Russian forces repeatedly shelled the city of Kharkiv last week.", "ASSAULT", "asserted", D2),
 ("Israeli jets repeatedly struck targets in Gaza on Saturday night.", "ASSAULT", "asserted", D1),
 ("Police repeatedly fired tear gas at the crowd outside parliament on Thursday.", "ASSAULT", "asserted", D3),
 ("The UN convoy was repeatedly attacked as it crossed the valley, officials said.", "ASSAULT", "asserted", D1),
 ("Protesters were repeatedly beaten by police during the march, witnesses said.", "ASSAULT", "asserted", D2),
 ("The rebels repeatedly attacked the convoy as it crossed the valley on Tuesday.", "ASSAULT", "asserted", D2),
 # passives with no agent
 ("Three journalists were arrested in Minsk on Sunday.", "COERCE", "asserted", D1),
 ("Two soldiers were killed in a roadside bombing in Kunar province on Wednesday.", "ASSAULT", "asserted", D3),
 ("A prominent activist was detained at Cairo airport on Saturday.", "COERCE", "asserted", D2),
 ("Dozens of protesters were injured in clashes in Conakry on Thursday.", "ASSAULT", "asserted", D3),
 ("The former president was released from prison on Monday.", "RETREAT", "asserted", D1),
 ("Five aid workers were abducted in northern Mali last week.", "ASSAULT", "asserted", D2),
 # no event: background, opinion, analysis, standing, general past
 ("Iran has long accused Israel of sabotaging its nuclear programme.", None, None, D1),
 ("Russia has long accused NATO of expanding towards its borders.", None, None, D3),
 ("Hezbollah is a member of Lebanon's governing coalition.", None, None, D2),
 ("Sudan is a member of the African Union and the Arab League.", None, None, D3),
 ("The region has been a flashpoint for violence between herders and farmers for decades.", None, None, D1),
 ("Analysts say the sanctions are unlikely to change the junta's behaviour.", None, None, D2),
 ("Critics argue that the crackdown will only deepen the country's political crisis.", None, None, D3),
 ("Kidnappings for ransom are common in northwest Nigeria.", None, None, D1),
 ("Militants often attack army posts in the region.", None, None, D2),
 ("Protests are frequent in the capital during the dry season.", None, None, D3),
 ("The conflict, in which thousands of people have been killed since 2011, shows no sign of ending.", None, None, D1),
 ("The two countries, which fought a brief war over the region in 1998, remain at odds.", None, None, D2),
 ("The group has carried out attacks in Somalia and Kenya for more than a decade.", None, None, D3),
 ("The Taliban usually release prisoners during the Eid holiday.", None, None, D1),
 ("The militia controls large parts of the province.", None, None, D2),
 ("Tensions between the two neighbours have been high for years.", None, None, D3),
 ("Human rights groups have repeatedly criticised the government's use of emergency laws.", None, None, D1),
 ("The country's security forces are often accused of abuses.", None, None, D2),
 ("The opposition leader is widely seen as the main challenger to the president.", None, None, D3),
 ("Venezuela has been in a deep economic crisis since 2014.", None, None, D1),
 ("Police regularly arrest street vendors in the city centre.", None, None, D2),
 ("The treaty, signed in 1994, governs the sharing of the river's water.", None, None, D3),
 ("Armed groups frequently abduct travellers on the highway.", None, None, D1),
 ("The movement has long demanded independence for the region.", None, None, D2),
 ("Many observers believe the election was neither free nor fair.", None, None, D3),
 ("The ruling party holds a majority in parliament.", None, None, D1),
 # plans and intentions
 ("The government plans to hold talks with the rebels next month.", "AGREE", "asserted", D1),
 ("The army intends to launch an offensive against the militants before the rainy season.", "THREATEN", "asserted", D2),
 ("The two leaders are expected to sign a ceasefire agreement next week.", "SUPPORT", "future", D1),
 # other factuality
 ("The police did not arrest anyone after the clashes, the ministry said.", "COERCE", "negated", D2),
 ("The rebels denied carrying out the attack.", "ASSAULT", "negated", D3),
 ("The United States should impose sanctions on the generals, the senator said.", "REQUEST", "asserted", D1),
 ("Fighters tried to storm the base on Tuesday but were repelled.", "ASSAULT", "attempted", D2),
 ("If the talks fail, the rebels could resume attacks on government positions.", "ASSAULT", "hypothetical", D3),
 # plain events, varied voices
 ("Chinese and Indian troops clashed along the disputed border in Ladakh on Monday night.", "ASSAULT", "asserted", D1),
 ("Thousands of teachers marched through Bogota on Wednesday to demand higher pay.", "PROTEST", "asserted", D3),
 ("The European Union imposed sanctions on 11 Myanmar military officers on Monday.", "SANCTION", "asserted", D1),
 ("Egypt and Sudan signed a defence cooperation agreement in Khartoum on Tuesday.", "SUPPORT", "asserted", D1),
 ("Turkish President Recep Tayyip Erdogan met his Russian counterpart in Sochi on Wednesday.", "CONSULT", "asserted",
  D3),
 ("Japan sent two military aircraft with relief supplies to Tonga on Thursday.", "AID", "asserted", D2),
 ("A suicide bomber killed at least 14 people at a market in Mogadishu on Saturday.", "ASSAULT", "asserted", D2),
 ("Bolivian police detained the former interim president on Saturday.", "COERCE", "asserted", D1),
 ("The junta expelled the French ambassador on Tuesday.", "SANCTION", "asserted", D2),
 ("Colombia's government suspended peace talks with the ELN on Friday after a deadly bombing.", "SANCTION",
  "asserted", D3),
 ("Ethiopian forces withdrew from the Tigrayan capital on Monday.", "RETREAT", "asserted", D1),
 ("Mali's junta demanded on Friday that UN peacekeepers leave the country.", "REQUEST", "asserted", D2),
 ("Iran's supreme leader warned on Sunday that Tehran would respond to any attack.", "THREATEN", "asserted", D3),
 ("The rebels said on Sunday they had shot down a government helicopter.", "ASSAULT", "asserted", D2),
 ("The army said its troops killed 12 militants in an operation in Borno state.", "ASSAULT", "asserted", D1),
 ("Witnesses said soldiers opened fire on the crowd on Friday.", "ASSAULT", "asserted", D3),
 ("The Serbian president condemned the arrest of a Serb police officer by Kosovo police on Sunday.", "ACCUSE",
  "asserted", D2),
 ("Opposition supporters blocked roads in Dakar on Thursday, demanding the release of their leader.", "PROTEST",
  "asserted", D2),
 ("Maoist rebels ambushed and killed nine policemen in Chhattisgarh on Wednesday.", "ASSAULT", "asserted", D3),
 ("Thai police detained and questioned a student leader in Bangkok on Friday.", "COERCE", "asserted", D1),
 # a repeated act in the perfect is told as done (triggers/generic: "has repeatedly rejected"), not as a habit
 ("Indonesia has repeatedly rejected calls for a referendum in Papua.", "REJECT", "asserted", D3),
 ("The Philippine coast guard said Chinese vessels had fired water cannon at its supply boats on Saturday.",
  "ASSAULT", "asserted", D2),
 ("Rebels shelled the airport on Monday. The two countries fought a war over the region in 1998.", "ASSAULT",
  "asserted", D2),
 ("The president, who visited Abuja in 2017 to discuss trade, remains popular at home.", None, None, D2),
 ("The two Koreas have technically remained at war since 1953.", None, None, D1),
 ("Somali forces repeatedly clashed with al-Shabaab fighters near Baidoa on Monday.", "ASSAULT", "asserted", D3),
 ("Lawmakers in Washington voted on Thursday to impose sanctions on Russian banks.", "SANCTION", "asserted", D2),
 ("Journalists in Mexico face threats from cartels and corrupt officials.", None, None, D1),
 ("The Sahel has become the epicentre of jihadist violence in Africa.", None, None, D2),
 ("Hundreds of protesters rallied outside the Georgian parliament on Tuesday against the foreign agents bill.",
  "PROTEST", "asserted", D2),
 ("A court in Moscow sentenced the opposition politician to 25 years in prison on Monday.", "ACCUSE", "asserted", D2),
 # a counted force told as being somewhere is a standing presence, not a deployment
 ("About 4,000 French soldiers are stationed in Mali.", None, None, D1),
 ("Some 1,500 Turkish troops are deployed in northern Iraq as part of the mission.", None, None, D3),
 # the writer's "would" states no party's intent; an open question states none either
 ("Under the plan, foreign troops would leave the island by June.", None, None, D1),
 ("The spokesman would not say whether the navy would board the tanker.", None, None, D2),
 # "in protest" tells why a minister resigned: the resignation is the news
 ("The finance minister resigned in protest over the budget cuts on Monday.", "RETREAT", "asserted", D3),
]

# Why the coder still gets a row wrong; the rows stay in the table, so that a fix shows as an XPASS.
# (a perfect with "long", "always" or a span of many years is a record since generic._long_record)
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _events(coder, text, published):
    coded = list(coder.code([Article(id="t", text=text, published=published)]))[0]
    assert coded.failure is None
    return coded.events


def _params():
    for row in ROWS:
        reason = next((why for start, why in KNOWN_MISSES.items() if row[0].startswith(start)), None)
        yield pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else row


@pytest.mark.parametrize("text,category,factuality,published", list(_params()))
def test_the_main_event_and_whether_it_happened(coder, text, category, factuality, published):
    events = _events(coder, text, published)
    if category is None:
        assert [e.event for e in events if e.factuality == "asserted"] == []
        return
    event = main_event(events)
    assert event is not None
    assert (event.event, event.factuality) == (category, factuality)


def test_the_table_is_varied():
    assert len(ROWS) >= 80
    assert sum(category is None for _, category, _, _ in ROWS) >= 25

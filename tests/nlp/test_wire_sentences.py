"""Wire-story sentences, long and attributed like agency copy, that tempt a coder into false events.

Two tables of sentences we wrote ourselves about invented situations. ``NO_EVENT``: background and statistics,
commentary, forecasts and fears, quotes of opinion, descriptions of places and people, economic, weather, sport and
culture news, legal procedure, anniversaries, denials and reports about reports; none gives an asserted or future
event. ``STATEMENTS``: one statement or meeting (ACCUSE, REQUEST, AGREE, CONSULT, THREATEN, REJECT, SUPPORT) carrying
violence told in a clause; the asserted-or-future categories must be exactly the row's, and its main event must have
the parties the row states (``(words in the text, ISO3)``, ``None`` unchecked).
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.evaluate.coder import main_event

from tests.nlp.conftest import NOBODY, coded_events, party_holds

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 3, 14)
COUNTED = ("asserted", "future")  # the factualities an event count (and the PETRARCH-2 evaluation) takes

# Background, opinion and the like: nothing codeable happened in the news the sentence tells.
NO_EVENT = [
    "KABUL, Afghanistan (Reuters) - The conflict in the country's north has killed more than 10,000 people since "
    "2014, according to figures compiled by the United Nations mission.",
    "The war, now in its fourth year, has displaced some two million people, most of them women and children, aid "
    "agencies say.",
    "Analysts said the government's decision to delay the budget reflected deep divisions within the ruling "
    "coalition rather than any single dispute.",
    "Economists at the central bank expect inflation to ease to about 6 percent by the end of next year, the bank's"
    " quarterly bulletin said.",
    "Many residents of the border town fear that the fighting could return once the winter snows melt, a local "
    "councillor said.",
    "The river port, once a bustling hub for grain exports, now stands largely empty, its cranes rusting in the "
    "humid air.",
    "Temperatures in the capital are forecast to reach 45 degrees Celsius on Friday, the national weather service "
    "said on Wednesday.",
    "The national football team, which has not won a match since March, will face its neighbours in a qualifier "
    "next month.",
    "The festival, which draws tens of thousands of visitors each summer, celebrates the region's centuries-old "
    "tradition of weaving.",
    "The trial of the former minister is scheduled to resume after the court's summer recess, according to a court "
    "spokesman.",
    "Friday marks the tenth anniversary of the massacre in which more than 300 villagers were killed by soldiers.",
    "The report, published by a Geneva-based research group, says that attacks on health workers have risen "
    "steadily over the past decade.",
    "\"We are living in very uncertain times,\" the governor told reporters outside the parliament building on "
    "Tuesday.",
    "The ministry said there was no truth to rumours circulating on social media about a planned cabinet reshuffle.",
    "The province, home to about 4 million people, has long been one of the poorest in the country, with a literacy"
    " rate below 40 percent.",
    "Oil prices rose more than 2 percent on Monday as traders weighed the prospect of tighter supplies from the "
    "Gulf.",
    "According to the latest census, nearly half of the city's population is under the age of 25.",
    "The opposition leader, a 62-year-old former lawyer, has spent much of the past decade in exile in London.",
    "The election commission said turnout in the first round had been about 48 percent, lower than in the previous "
    "vote.",
    "Critics argue that the new security law is too vague and could be used to silence dissent, though the "
    "government insists it is needed.",
    "The violence has forced more than 300,000 people from their homes since the insurgency began in 2017, the U.N."
    " refugee agency said.",
    "Security experts say the militant group has been weakened by years of fighting but remains capable of carrying"
    " out attacks.",
    "The hospital, built with Japanese funding in the 1990s, has only two working operating theatres, its director "
    "said.",
    "Wheat harvests in the region are expected to fall by a third this year because of drought, the Food and "
    "Agriculture Organization said.",
    "The rebels, who have fought the central government for nearly three decades, control large parts of the "
    "mountainous east.",
    "The stock market in Istanbul closed 1.5 percent lower on Thursday, dragged down by banking shares.",
    "Diplomats in the capital describe the talks as the most serious effort in years to end the conflict, though "
    "few expect a breakthrough.",
    "The city's old quarter, with its narrow lanes and Ottoman-era mosques, was declared a UNESCO World Heritage "
    "site in 1986.",
    "Human rights groups have long documented cases of torture in the country's prisons, according to a report "
    "released last year.",
    "The conflict has cost the economy an estimated $20 billion in lost output, the World Bank said in its annual "
    "review.",
    "A spokesman for the army said he had no information about the incident and referred questions to the defence "
    "ministry.",
    "The festival of lights, one of the country's most important holidays, begins on Sunday and lasts five days.",
    "The dispute over the islands dates back to the end of the Second World War, when the borders of the region "
    "were redrawn.",
    "The central bank left its benchmark interest rate unchanged at 7.5 percent for the third consecutive meeting.",
    "Polls suggest the ruling party will struggle to keep its majority in next year's parliamentary election.",
    "The former general, who led the army during the civil war, is widely seen as a possible presidential "
    "candidate.",
    "Unemployment in the country's south stands at more than 30 percent, according to government statistics.",
    "The refugee camp, which was built to house 20,000 people, is now home to nearly 90,000, aid workers said.",
    "The court is expected to hand down its ruling on the appeal in the coming weeks, legal experts said.",
    "The lawyers for the defendants have argued that the evidence against their clients was obtained illegally.",
    "It is the worst drought to hit the Horn of Africa in four decades, according to the World Food Programme.",
    "Heavy rain is forecast across much of the coastal region over the weekend, raising the risk of flooding in "
    "low-lying areas.",
    "The new stadium, which cost more than $400 million, will host the opening match of the tournament in June.",
    "The novel, set in a village during the civil war of the 1970s, won the country's top literary prize on "
    "Thursday.",
    "The militia, formed in 2014 to fight the Islamic State, has since grown into a powerful political force.",
    "Since the coup in 2021, the economy has contracted by nearly a fifth, according to estimates by the "
    "International Monetary Fund.",
    "Many in the capital remain sceptical that the new government will be able to deliver on its promises of "
    "reform.",
    "The border crossing, the only one between the two countries, handles about 500 trucks a day, customs officials"
    " said.",
    "The country has one of the highest rates of maternal mortality in the world, the World Health Organization "
    "says.",
    "\"The situation is very fragile and could deteriorate at any moment,\" said a Western diplomat who asked not to "
    "be named.",
    "The commission's findings, due to be published in the spring, are likely to fuel the debate over police "
    "reform.",
    "The region has been under a state of emergency since 2019, when a wave of unrest swept through its main "
    "cities.",
    "Over the past five years, more than 1,200 journalists have been killed worldwide, according to a press freedom"
    " group.",
    "The currency has lost about 40 percent of its value against the dollar since January, traders said.",
    "The prime minister's approval rating has fallen to 28 percent, its lowest since he took office, a poll "
    "published on Sunday showed.",
    "The mine, one of the largest copper mines in Africa, employs about 6,000 people, according to the company.",
    "The government denies that its forces have committed abuses and says the accusations are part of a smear "
    "campaign.",
    "The anniversary of the uprising is traditionally marked with speeches and a wreath-laying ceremony at the "
    "memorial in the capital.",
    "The ruling party has governed the country since independence in 1964, winning every election by a wide margin.",
    "The village, about 30 kilometres south of the capital, is reachable only by a dirt road that floods every "
    "rainy season.",
    "The team's coach, a former international striker, said he was confident his players would recover in time for "
    "the final.",
    "Scientists warn that rising sea levels could make parts of the delta uninhabitable within a generation.",
    "The case has drawn comparisons with a similar trial in 2009, which ended in the acquittal of all the "
    "defendants.",
    "Official figures show that exports of coffee, the country's main foreign-currency earner, fell 12 percent last"
    " year.",
    "The insurgency, which began as a protest movement over land rights, has evolved into one of the region's "
    "longest-running conflicts.",
    "The foreign ministry has yet to publish the minister's schedule for next month, a spokesman said, declining to"
    " give details.",
    "A spokeswoman for the company declined to comment on the report, citing an ongoing internal review.",
    "The two countries share a 1,200-kilometre border, much of it running through dense jungle.",
    "The shortage of fuel has led to long queues at petrol stations across the capital in recent weeks, residents "
    "said.",
    "The ceasefire, agreed in 2020, has largely held, although both sides accuse each other of occasional "
    "violations.",
    "Observers say the vote is likely to be closely contested, with neither of the two main candidates holding a "
    "clear lead.",
    "The museum houses one of the world's largest collections of pre-Columbian gold artefacts.",
    "Forecasters expect the cyclone to weaken as it moves inland over the next 48 hours, the meteorological "
    "department said.",
    "The government's critics say the country's courts have become increasingly politicised under the current "
    "president.",
    "The monument commemorates the thousands of soldiers who died in the battle for the city in 1944.",
    "The shipping company's profits rose 18 percent in the third quarter, helped by higher freight rates, it said "
    "in a statement.",
    "Under the constitution, the president may serve no more than two five-year terms.",
    "The survey, conducted among 2,000 adults last month, found that most respondents consider corruption the "
    "country's biggest problem.",
    "The marathon, which winds through the historic centre of the city, attracted more than 30,000 runners this "
    "year.",
    "Fighting between the army and rebels has killed at least 3,500 people in the region since last April, "
    "according to local health officials.",
    "Experts say the dam could reduce the flow of water downstream by as much as a quarter during the dry season.",
    "The president, who turned 80 this year, has ruled the country for more than three decades.",
    "The report about the report, circulated among diplomats in Geneva, summarised the findings of an earlier U.N. "
    "inquiry.",
    "Legal experts said the case could take years to wind its way through the country's appeals courts.",
    "The price of bread has tripled in the past year, putting it beyond the reach of many families, aid groups say.",
    "The island nation, which relies heavily on tourism, welcomed about 1.8 million visitors last year.",
    "The army has long played a dominant role in the country's politics, having ruled directly for much of its "
    "history.",
    "The last census, held in 2012, put the population of the province at just under 9 million.",
    "Nearly a quarter of the country's children suffer from chronic malnutrition, according to UNICEF.",
    "The opposition coalition, made up of five parties with very different agendas, has struggled to agree on a "
    "common candidate.",
    "The border region has become a major transit route for migrants heading north, according to the International "
    "Organization for Migration.",
    "The judge adjourned the hearing until next Tuesday to allow the defence more time to examine the documents.",
    "Commentators have questioned whether the new constitution will bring real change or merely entrench the "
    "existing elite.",
    "The harvest festival, held every autumn since the 16th century, draws pilgrims from across the region.",
    "The airline's new route to Dubai will start in October, the company said in a statement on its website.",
    "Residents of the coastal town say they are worried about the impact of the new port on local fishing.",
    "The rainy season, which usually begins in June, has been delayed by several weeks this year, farmers say.",
    "The country's foreign reserves stood at $3.2 billion at the end of June, enough to cover about two months of "
    "imports.",
    "The documentary, which follows three families through the siege of the city, premiered at the festival on "
    "Saturday.",
    "The unrest of the past months has its roots in decades of economic neglect of the north, historians say.",
    "The first phase of the railway, linking the port to the capital, is expected to be completed by 2027.",
    "A senior police officer, who requested anonymity, said the investigation into the fire at the warehouse was "
    "still at an early stage.",
    "The talks are likely to drag on into next year, according to an official who asked not to be identified "
    "because the negotiations are private.",
    "It was the worst flooding to hit the capital in a generation, residents said, as water levels began to fall on"
    " Thursday.",
    "Survivors of the bombing that killed 20 people at the central station in 2016 gathered at the memorial, "
    "organisers said.",
    "The town commemorated the anniversary of the ambush in which rebels killed 18 policemen in 2015.",
    "The Russian defence ministry denied that its aircraft had bombed a hospital in Idlib, calling the reports fake"
    " news.",
    "Rwanda denied backing the M23 rebels who captured the city of Goma, its foreign ministry said in a statement.",
    "Iran denied any role in the drone attack on the Saudi oil facilities, Iran's foreign ministry spokesman said.",
    "The Burmese military denied that its troops had burned villages in Rakhine state, saying the fires had been "
    "set by insurgents.",
    "Thousands attended the funeral of three protesters shot dead by police in the capital, witnesses said.",
]

STATEMENTS = [
    # Accusations, condemnations and blame. What is accused, condemned or blamed ("of attacking", "the bombing that
    # killed 12", "the ambush that killed eight") is the content of the statement: the news is the statement, and the
    # attack, told only as its object or in a relative clause, was coded (if at all) when it was reported; an analyst
    # codes ACCUSE alone. Where a second statement is joined ("and demanded an investigation", "a charge the ministry
    # rejected"), it is coded too.
    ("BEIRUT (AP) - Lebanon's prime minister on Tuesday accused Israel of attacking a United Nations peacekeeping "
     "post in the south, calling it a flagrant violation of the truce.",
     {"ACCUSE"}, ("prime minister", "LBN"), ("Israel", "ISR")),
    ("The Malian government accused French troops of killing civilians during an operation near the border with "
     "Niger, a government spokesman said on state television.",
     {"ACCUSE"}, ("government", "MLI"), ("troops", "FRA")),
    ("Azerbaijan's defence ministry accused Armenian forces of shelling its positions overnight, a charge Yerevan "
     "swiftly denied.",
     {"ACCUSE"}, None, None),
    ("Pakistan's foreign office on Wednesday accused India of sponsoring the militants who carried out last week's"
     " bombing in Quetta.",
     {"ACCUSE"}, (None, "PAK"), ("India", "IND")),
    ("Ukraine accused Russia of using banned cluster munitions in the attack on the city's railway station, which "
     "killed at least 50 people in April.",
     {"ACCUSE"}, None, None),
    ("Human Rights Watch accused Ethiopian soldiers of executing dozens of unarmed men in a town in the Amhara "
     "region last year, in a report released on Thursday.",
     {"ACCUSE"}, None, None),
    ("The Sudanese army accused the Rapid Support Forces of looting hospitals and killing patients in the western "
     "city, according to a statement posted on Facebook.",
     {"ACCUSE"}, None, None),
    ("Egypt condemned the bombing that killed 12 worshippers at a church in Alexandria, calling it a cowardly act "
     "of terror.",
     {"ACCUSE"}, ("Egypt", "EGY"), None),
    ("The European Union condemned the attack on the aid convoy in Darfur, in which three drivers were killed, and"
     " demanded an investigation.",
     {"ACCUSE", "REQUEST"}, None, None),
    ("Turkey's foreign ministry condemned what it called the massacre of civilians by government forces in "
     "northern Syria.",
     {"ACCUSE"}, None, None),
    ("The United Nations Secretary-General strongly condemned the killing of two peacekeepers in the Central "
     "African Republic, his spokesman said.",
     {"ACCUSE"}, None, None),
    ("Jordan on Sunday denounced the storming of the mosque compound by Israeli police, calling it a dangerous "
     "escalation.",
     {"ACCUSE"}, None, None),
    ("NAIROBI (Reuters) - Kenya's interior minister blamed al Shabaab for the ambush that killed eight police "
     "officers near the Somali border on Monday.",
     {"ACCUSE"}, ("minister", "KEN"), ("al Shabaab", None)),
    ("Colombia's president blamed dissident FARC rebels for the car bomb that wounded 13 people outside a police "
     "station in Cali, according to his office.",
     {"ACCUSE"}, ("president", "COL"), None),
    ("Iraqi officials blamed Turkey for the drone strike that killed three people in Sinjar, the latest in a "
     "string of such attacks, a statement said.",
     {"ACCUSE"}, None, None),
    ("The Nigerian army said the raid on the village had been carried out by Boko Haram fighters disguised as "
     "soldiers, blaming the group for the deaths of 20 people.",
     {"ACCUSE"}, None, None),
    ("Amnesty International criticised the Bangladeshi police for firing on protesters in Dhaka last month, saying"
     " the use of force had been excessive.",
     {"ACCUSE"}, None, None),
    ("The opposition accused the security forces of torturing detainees arrested during the protests, a charge the"
     " interior ministry rejected.",
     {"ACCUSE", "REJECT"}, None, None),
    ("Israel accused Hezbollah of firing the rockets that struck a town in the Golan Heights, a military spokesman"
     " told reporters.",
     {"ACCUSE"}, ("Israel", "ISR"), ("Hezbollah", None)),
    ("Mozambique's government accused insurgents of beheading villagers in Cabo Delgado province, the state news "
     "agency reported.",
     {"ACCUSE"}, None, None),
    ("Myanmar's exiled opposition government accused the military of bombing a school in the Sagaing region, "
     "saying the attack was a war crime.",
     {"ACCUSE"}, None, None),
    ("Somalia's president criticised Ethiopia for sending troops across the border without permission, his office "
     "said in a statement on Friday.",
     {"ACCUSE"}, None, None),
    ("Georgia's foreign ministry denounced the abduction of two of its citizens by Russian border guards near the "
     "boundary line with South Ossetia.",
     {"ACCUSE"}, None, None),
    ("The Palestinian Authority condemned the demolition of homes in East Jerusalem by Israeli authorities, "
     "calling it collective punishment.",
     {"ACCUSE"}, None, None),
    ("Armenia's prime minister accused Azerbaijan of planning an offensive against the enclave, according to "
     "remarks broadcast on public television.",
     {"ACCUSE"}, None, None),
    ("China's foreign ministry accused the Philippines of ramming a Chinese coast guard vessel near a disputed "
     "shoal, saying Manila bore full responsibility.",
     {"ACCUSE"}, (None, "CHN"), ("Philippines", "PHL")),
    ("Chad accused Sudan of backing the rebels who attacked the town of Abeche last week, Chadian state radio "
     "reported.",
     {"ACCUSE"}, None, None),
    ("The World Health Organization condemned the shelling of a hospital in Khartoum that killed four health "
     "workers, its director-general said.",
     {"ACCUSE"}, None, None),
    ("Yemen's internationally recognised government condemned the Houthi missile attack on the oil terminal, "
     "describing it as an act of economic sabotage.",
     {"ACCUSE"}, None, None),
    ("The Venezuelan opposition accused pro-government militias of shooting at demonstrators in Caracas, according"
     " to a statement on its website.",
     {"ACCUSE"}, None, None),
    # Appeals and demands. What is asked for ("to halt the fighting", "to investigate reports that its soldiers had
    # killed") is prescribed, not done, and the violence named in a relative clause ("where clashes have killed
    # dozens") is background: REQUEST alone.
    ("The United Nations called for an independent investigation into the airstrike that killed 30 people at a "
     "market in northwestern Syria.",
     {"REQUEST"}, None, None),
    ("The European Union urged both sides to halt the fighting in the disputed region, where clashes have killed "
     "dozens of people this month.",
     {"REQUEST"}, None, None),
    ("The U.S. State Department urged Ethiopia to investigate reports that its soldiers had killed civilians in "
     "the Tigray region.",
     {"REQUEST"}, (None, "USA"), ("Ethiopia", "ETH")),
    ("Germany called on Russia to release a German journalist detained in Moscow on espionage charges, according "
     "to the foreign ministry in Berlin.",
     {"REQUEST"}, ("Germany", "DEU"), ("Russia", "RUS")),
    ("The African Union appealed for restraint after the border clashes between Sudanese and Ethiopian troops, a "
     "spokesman said on Monday.",
     {"REQUEST"}, ("African Union", None), ("troops", "SDN")),
    ("Human rights groups demanded that the Mexican government investigate the disappearance of 43 students "
     "abducted by police in 2014.",
     {"REQUEST"}, None, None),
    ("The Red Cross called on all parties to the conflict in Myanmar to spare civilians, following a wave of "
     "airstrikes in the north.",
     {"REQUEST"}, None, None),
    ("Pakistan asked Afghanistan's Taliban rulers to act against militants who, it says, use Afghan soil to launch"
     " attacks on Pakistani troops.",
     {"REQUEST"}, None, None),
    ("The U.N. human rights chief urged Iran to stop executing protesters, saying at least seven people had been "
     "hanged over the unrest.",
     {"REQUEST"}, (None, None), ("Iran", "IRN")),
    ("France urged Israel to open more crossings into Gaza, where the war has killed tens of thousands of people, "
     "the foreign ministry said.",
     {"REQUEST"}, ("France", "FRA"), ("Israel", "ISR")),
    ("The Lebanese government asked the U.N. Security Council to condemn the Israeli strikes on its territory, "
     "according to a letter seen by Reuters.",
     {"REQUEST"}, None, None),
    ("Families of the kidnapped schoolgirls appealed to the Nigerian government to negotiate with the gunmen who "
     "seized them last week.",
     {"REQUEST"}, None, None),
    ("Britain called for the immediate release of the aid workers abducted in eastern Congo, the Foreign Office "
     "said.",
     {"REQUEST"}, None, None),
    ("Canada urged its citizens to leave Lebanon while commercial flights are still available, citing the risk of "
     "a wider war.",
     {"REQUEST"}, ("Canada", "CAN"), None),
    ("The International Committee of the Red Cross called on Israel and Hamas to protect civilians after the "
     "strike on a school sheltering displaced families.",
     {"REQUEST"}, None, None),
    ("The Arab League urged the international community to act against what it called Israeli aggression in the "
     "West Bank.",
     {"REQUEST"}, None, None),
    ("Bosnian Serb leaders demanded that the international envoy withdraw a decision banning the denial of the "
     "Srebrenica genocide.",
     {"REQUEST"}, None, None),
    ("Japan asked China to explain the firing of missiles into waters near its southern islands, the foreign "
     "ministry said in Tokyo.",
     {"REQUEST"}, ("Japan", "JPN"), ("China", "CHN")),
    ("The mayor of Kharkiv appealed to Western allies for more air defence systems after a night of Russian "
     "missile attacks on the city.",
     {"REQUEST"}, None, None),
    ("Haiti's prime minister asked the United Nations to send an international force to help the police fight the "
     "gangs that control most of the capital.",
     {"REQUEST"}, None, None),
    # Agreements. The war a truce ends, the clash a pull-back follows, the bodies of soldiers killed: background; what
    # is agreed ("to stop attacking", "to withdraw") is the agreement's content, not a separate event an analyst would
    # count now.
    ("Israel and Hamas agreed to a four-day truce in the fighting that has killed thousands of Palestinians, "
     "Qatari mediators said on Wednesday.",
     {"AGREE"}, None, None),
    ("The two rival factions agreed on Sunday to stop attacking each other's positions around the airport, "
     "according to a statement issued after the talks.",
     {"AGREE"}, None, None),
    ("The Ethiopian government and Tigrayan forces agreed to a permanent cessation of hostilities after a two-year"
     " war that killed hundreds of thousands.",
     {"AGREE"}, None, None),
    ("Russia and Ukraine agreed to exchange the bodies of soldiers killed in the fighting, the Ukrainian "
     "coordination headquarters said.",
     {"AGREE"}, None, None),
    ("The two sides agreed to hand over the bodies of fighters killed near the border last month, the mediators "
     "said.",
     {"AGREE"}, None, None),
    ("Colombia's government and the ELN rebel group agreed to extend a ceasefire for six months, negotiators said "
     "in Havana on Monday.",
     {"AGREE"}, (None, "COL"), None),
    ("The warring parties in Yemen agreed to a prisoner swap involving more than 800 detainees captured during the"
     " war, the U.N. envoy said.",
     {"AGREE"}, None, None),
    ("Kosovo and Serbia agreed to take steps to ease tensions in the north, where clashes injured dozens of NATO "
     "peacekeepers in May, the EU said.",
     {"AGREE"}, None, None),
    ("India and China agreed to pull back troops from a disputed section of their border where a deadly clash "
     "killed 20 Indian soldiers in 2020.",
     {"AGREE"}, (None, None), None),
    ("Congo and Rwanda agreed on Tuesday to a ceasefire in eastern Congo, where M23 rebels have seized large "
     "areas, Angolan mediators said.",
     {"AGREE"}, None, None),
    ("The Philippine government and Muslim rebels agreed to resume peace talks that broke down after a deadly "
     "clash last year, officials said.",
     {"AGREE"}, None, None),
    ("Thailand and Cambodia agreed to withdraw heavy weapons from the border area after last month's exchange of "
     "artillery fire, the Thai army said.",
     {"AGREE"}, None, None),
    ("Libya's rival administrations agreed to a U.N.-brokered plan to hold elections in December, following years "
     "of fighting between their armed forces.",
     {"AGREE"}, None, None),
    ("Pakistan and the Taliban government agreed to reopen the Torkham border crossing, which was closed after "
     "clashes between their border forces.",
     {"AGREE"}, None, None),
    ("The government accepted an offer from Qatar to mediate with the rebels who overran the northern town last "
     "month, a spokesman said.",
     {"AGREE"}, None, None),
    # Meetings, calls and visits about violence: the talks are the news, the attacks they discuss are their topic.
    ("Foreign ministers of the Arab League met in Cairo on Sunday to discuss the Israeli strikes on Lebanon, "
     "according to the league's secretariat.",
     {"CONSULT"}, None, None),
    ("The U.N. Security Council held an emergency meeting on Friday to discuss the attacks on peacekeepers in "
     "southern Lebanon.",
     {"CONSULT"}, ("Security Council", None), NOBODY),
    ("Iraq's prime minister met the commander of the U.S.-led coalition in Baghdad to discuss the rocket attacks "
     "on bases hosting American troops.",
     {"CONSULT"}, ("prime minister", "IRQ"), None),
    ("NATO ambassadors met in Brussels on Tuesday after Poland said a missile had crashed in its territory, "
     "killing two farmers.",
     {"CONSULT"}, None, None),
    ("Turkish and Russian defence officials held talks in Ankara on the situation in Idlib, where airstrikes have "
     "killed dozens of civilians this month.",
     {"CONSULT"}, None, None),
    ("The Egyptian and Qatari mediators met Hamas leaders in Cairo to discuss a ceasefire in Gaza, according to "
     "two sources briefed on the talks.",
     {"CONSULT"}, None, None),
    ("The French president spoke by telephone with the Lebanese prime minister about the Israeli airstrikes on "
     "Beirut, the Elysee said.",
     {"CONSULT"}, None, None),
    ("The leaders of the West African bloc met in Abuja to discuss the coup in Niger, in which soldiers detained "
     "the president last month.",
     {"CONSULT"}, None, None),
    ("The German chancellor visited Kyiv on Monday, his first trip since Russian missiles struck the city's power "
     "grid last week.",
     {"CONSULT"}, None, None),
    ("Representatives of the government and the rebels held a first round of talks in Nairobi, after months of "
     "fighting in the north, the mediators said.",
     {"CONSULT"}, None, None),
    ("The U.S. envoy travelled to Khartoum on Wednesday for talks with army leaders about the fighting in Darfur, "
     "the State Department said.",
     {"CONSULT"}, None, None),
    ("The Indian and Pakistani military commanders spoke by hotline on Saturday about the firing along the Line of"
     " Control, the Indian army said.",
     {"CONSULT"}, None, None),
    ("The two defence ministers spoke over a hotline on Tuesday for the first time in a year, the ministry said.",
     {"CONSULT"}, None, None),
    ("Chinese and American generals talked by hotline on Friday, according to a Pentagon statement.",
     {"CONSULT"}, None, None),
    ("The leaders of the two Koreas spoke on the hotline for 20 minutes on Monday, Seoul said.",
     {"CONSULT"}, None, None),
    ("The Iranian foreign minister met his Saudi counterpart in Beijing to discuss the war in Yemen, according to "
     "Iranian state media.",
     {"CONSULT"}, ("minister", "IRN"), (None, "SAU")),
    ("Colombian officials met leaders of the indigenous community in Cauca on Thursday to discuss the killings of "
     "several community leaders.",
     {"CONSULT"}, None, None),
    ("The presidents of Kenya and Somalia held talks in Nairobi about the attacks by al Shabaab on the border, the"
     " Kenyan presidency said.",
     {"CONSULT"}, None, None),
    # Threats and warnings. The threatened act ("to strike", "would attack") happens only if the threat is carried
    # out, and the condition ("if Israel launched an offensive") is hypothetical: THREATEN alone.
    ("North Korea warned that it would strike U.S. aircraft carriers if they entered its waters, according to the "
     "state news agency KCNA.",
     {"THREATEN"}, ("North Korea", "PRK"), None),
    ("Iran's Revolutionary Guards warned that they would attack any ship that tried to seize Iranian tankers in "
     "the Gulf, state media reported.",
     {"THREATEN"}, None, None),
    ("Hezbollah threatened to strike Israeli cities if Israel launched a ground offensive in Lebanon, the group's "
     "leader said in a televised speech.",
     {"THREATEN"}, ("Hezbollah", None), None),
    ("The Houthis threatened to target American ships in the Red Sea if the United States struck Yemen, a "
     "spokesman for the group said.",
     {"THREATEN"}, None, None),
    ("Russia warned that it would respond militarily if NATO troops were deployed to Ukraine, the Kremlin "
     "spokesman told reporters.",
     {"THREATEN"}, None, None),
    ("The Taliban threatened to kill any foreign troops remaining in Afghanistan after the withdrawal deadline, a "
     "spokesman said.",
     {"THREATEN"}, None, None),
    ("Turkey's president threatened to launch a new ground offensive against Kurdish fighters in northern Syria, "
     "in a speech to his party on Wednesday.",
     {"THREATEN"}, ("president", "TUR"), None),
    ("The military junta in Niger threatened to execute the ousted president if neighbouring countries intervened "
     "militarily, two U.S. officials said.",
     {"THREATEN"}, None, None),
    ("China warned that it would take resolute measures if the Taiwanese president visited the United States, the "
     "foreign ministry said.",
     {"THREATEN"}, None, None),
    ("The gang leader threatened to burn down the capital's main port unless the government resigned, in a video "
     "posted online.",
     {"THREATEN"}, None, None),
    ("Al Shabaab warned Kenyans that more attacks would follow unless Kenya withdrew its troops from Somalia, "
     "according to a statement from the group.",
     {"THREATEN"}, None, None),
    ("Israel's defence minister threatened to return Lebanon to the Stone Age if Hezbollah escalated its attacks, "
     "in remarks to soldiers on the border.",
     {"THREATEN"}, None, None),
    ("Serbia's president warned that Belgrade would intervene to protect Serbs in northern Kosovo if they were "
     "attacked, according to local media.",
     {"THREATEN"}, None, None),
    # Rejections of calls, proposals and reports: what is rejected is not done, and the offensive a proposal would end
    # is background: REJECT alone. (A plain denial of an act, "denied that its aircraft had bombed", is no event in
    # our lexicon, as in CAMEO: those rows stand in NO_EVENT.)
    ("Israel rejected a U.N. call for an investigation into the strike on a refugee camp, saying its forces had "
     "targeted militants.",
     {"REJECT"}, None, None),
    ("The Taliban rejected accusations that they had killed former government soldiers, a spokesman said in Kabul.",
     {"REJECT"}, ("Taliban", None), None),
    ("Hamas rejected the ceasefire proposal, saying it did not guarantee an end to the Israeli offensive, "
     "according to a statement.",
     {"REJECT"}, None, None),
    ("The army rejected claims that its soldiers had opened fire on protesters in the capital, a spokesman told a "
     "news conference.",
     {"REJECT"}, None, None),
    ("The Ukrainian government rejected Russian proposals for a ceasefire, saying Moscow would use any pause to "
     "regroup its forces.",
     {"REJECT"}, None, None),
    ("The Ethiopian government dismissed a report that its troops had massacred civilians in a church in Axum, "
     "calling it baseless.",
     {"REJECT"}, None, None),
    # Signing a peace deal (CAMEO 057) and apologising for a strike (055), both SUPPORT in the 2021 crosswalk that our
    # lexicon follows: the war the deal ends and the strike apologised for are background.
    ("Armenia and Azerbaijan signed a peace deal in Washington on Friday ending decades of conflict over "
     "Nagorno-Karabakh, in which tens of thousands were killed.",
     {"SUPPORT"}, None, None),
    ("Sudan's army and the RSF signed a declaration in Jeddah committing them to protect civilians, after weeks of"
     " fighting in Khartoum.",
     {"SUPPORT"}, None, None),
    ("South Sudan's rival leaders signed an agreement in Khartoum to form a unity government, aiming to end a "
     "civil war that has killed nearly 400,000 people.",
     {"SUPPORT"}, None, None),
    ("The Nigerian military apologised on Sunday for the airstrike that killed 85 villagers in Kaduna state, "
     "saying it had been a mistake.",
     {"SUPPORT"}, None, None),
    ("U.S. officials apologised for the raid on a house in Kabul in which 10 civilians were killed, calling it a "
     "tragic error, in remarks published on Friday.",
     {"SUPPORT"}, None, None),
    # Sentences that report a new attack as fact in their own main clause, with the reaction joined to it: an analyst
    # codes both.
    ("MAIDUGURI, Nigeria (Reuters) - Gunmen killed 12 people at a cattle market in Borno state on Sunday, and the "
     "state governor condemned the attack as barbaric.",
     {"ASSAULT", "ACCUSE"}, None, None),
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu on Tuesday, killing five officers, and "
     "the government blamed al Shabaab for the attack.",
     {"ASSAULT", "ACCUSE"}, None, None),
    ("Israeli aircraft struck a house in Rafah overnight, killing a family of seven, and the Palestinian foreign "
     "ministry denounced the strike as a war crime.",
     {"ASSAULT", "ACCUSE"}, None, None),
    ("Rebels shelled the town of Kidal on Monday, wounding at least 20 civilians, prompting the United Nations to "
     "call for an immediate ceasefire.",
     {"ASSAULT", "REQUEST"}, None, None),
]


# Why violence told in a clause is still coded; the rows that share the reason name it.
_IN_A_CLAUSE = ("violence told in a clause describing what the statement is about is coded as asserted news; "
                "a veto of such clauses under statements (tried) cost WikiEvents trigger F1 0.258->0.245, "
                "which annotates every mention")
_AGREED = ("what an agreement commits to is labelled future by design (\"agreed to withdraw\"), and future "
           "events count")

# Open errors, each the first words of its sentence and why the false event is still coded.
KNOWN_MISSES = {
    "The foreign ministry has yet to publish":
        "\"a spokesman said, declining to give details\": the refusal to comment is read as a REQUEST on \"said\"",
    "The ceasefire, agreed in 2020":
        "a past agreement told in a participle and a habitual \"accuse each other\" are both coded as news",
    "Fighting between the army and rebels":
        "a running tally since last April is within the news year and is coded, as the seed's \"35 attacks "
        "since last October\" is",
    "The island nation, which relies":
        "\"welcomed 1.8 million visitors\": the lexicon's hosting entry takes tourists counted in millions for "
        "a visit",
    "The documentary, which follows":
        "\"the siege of the city\" in a film's description is coded as a siege",
    "A senior police officer, who requested":
        "\"the investigation into the fire\" is coded as an ACCUSE investigation, though a fire is a hazard",
    "Rwanda denied backing the M23":
        _IN_A_CLAUSE,
    "Pakistan's foreign office on Wednesday":
        _IN_A_CLAUSE,
    "Colombia's president blamed":
        _IN_A_CLAUSE,
    "The Nigerian army said the raid":
        "the raid, the passive subject of the reported clause, is coded as news and the blame as a second "
        "event",
    "The European Union urged both sides":
        _IN_A_CLAUSE,
    "The U.N. human rights chief urged":
        "\"saying at least seven people had been hanged\": a reported clause is coded as an asserted execution",
    "Families of the kidnapped schoolgirls":
        _IN_A_CLAUSE,
    "Bosnian Serb leaders demanded":
        "\"a decision banning the denial\": a decision's content is coded as a ban",
    "The two rival factions agreed":
        _AGREED,
    "The two sides agreed to hand over":
        _AGREED,
    "Colombia's government and the ELN":
        _AGREED,
    "Kosovo and Serbia agreed":
        _IN_A_CLAUSE,
    "The Philippine government and Muslim":
        _AGREED,
    "Thailand and Cambodia agreed":
        _AGREED + "; \"after last month's exchange of artillery fire\" is coded as an attack",
    "Libya's rival administrations agreed":
        "\"following years of fighting\": a background period is coded as an attack",
    "Pakistan and the Taliban government agreed":
        _AGREED + "; the closure in the relative clause is coded too",
    "The government accepted an offer":
        _IN_A_CLAUSE,
    "Turkish and Russian defence officials":
        _IN_A_CLAUSE,
    "NATO ambassadors met in Brussels":
        _IN_A_CLAUSE + "; a crash that killed people is an event even with no party named",
    "The French president spoke by telephone":
        "\"about the Israeli airstrikes\": the topic of a call is coded as attacks",
    "The U.N. Security Council held an emergency":
        "the victims of the attacks a meeting is called to discuss (\"the attacks on peacekeepers\") become its "
        "recipient",
    "The presidents of Kenya and Somalia":
        "\"talks about the attacks by al Shabaab\": the topic of the talks is coded as attacks",
    "Hamas rejected the ceasefire proposal":
        "\"did not guarantee an end to the Israeli offensive\": the offensive is coded under a negated verb",
    "Armenia and Azerbaijan signed":
        _IN_A_CLAUSE,
    "South Sudan's rival leaders signed":
        "\"aiming to end a civil war\": a purpose is labelled future, and the ending a RETREAT",
    "The Nigerian military apologised":
        _IN_A_CLAUSE + "; \"saying it had been a mistake\" is read as an accusation",
    "U.S. officials apologised":
        "\"calling it a tragic error\": a party's judgement of its own raid is read as an accusation",
}


def _params(rows):
    for row in rows:
        text = row if isinstance(row, str) else row[0]
        reason = next((r for start, r in KNOWN_MISSES.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(*([row] if isinstance(row, str) else row), marks=marks, id=text[:60])


def _counted(coder, text: str) -> list:
    return [e for e in coded_events(coder, text, PUBLISHED) if e.factuality in COUNTED]


@pytest.mark.parametrize("text", list(_params(NO_EVENT)))
def test_a_sentence_where_nothing_happened_gives_no_counted_event(session_coder, text):
    events = _counted(session_coder, text)
    assert events == [], [(e.event, e.factuality, e.trigger) for e in events]


@pytest.mark.parametrize("text,categories,actor,recipient", list(_params(STATEMENTS)))
def test_a_statement_about_violence_counts_only_its_own_event(session_coder, text, categories, actor, recipient):
    events = _counted(session_coder, text)
    assert {e.event for e in events} == categories, [(e.event, e.factuality, e.trigger) for e in events]
    event = main_event(events)
    assert party_holds(actor, event.actor), [(a.text, a.country) for a in event.actor]
    assert party_holds(recipient, event.recipient), [(a.text, a.country) for a in event.recipient]


def test_the_tables_are_large_and_varied():
    assert len(NO_EVENT) >= 100 and len(STATEMENTS) >= 100
    assert len(set(NO_EVENT)) == len(NO_EVENT) and len({row[0] for row in STATEMENTS}) == len(STATEMENTS)
    assert len({c for row in STATEMENTS for c in row[1]}) >= 7  # every kind of statement, and attacks told as fact
    assert sum(row[2] is not None or row[3] is not None for row in STATEMENTS) >= 20


@pytest.mark.parametrize("text, category, factuality", [
    # the rules that keep the rows above clean leave the same words their events where they tell one
    ("It was the first missile to hit the capital since the war began, the mayor said on Sunday.", "ASSAULT",
     "asserted"),
    ("The minister asked parliament on Tuesday to approve the emergency budget.", "REQUEST", "asserted"),
    ("Relatives of the victims held a vigil outside the courthouse on Monday, organisers said.", "PROTEST",
     "asserted"),
    # what a threat threatens happens only if it is carried out; what is promised or agreed is still to come
    ("The Houthis threatened on Monday to target American ships in the Red Sea.", "ASSAULT", "hypothetical"),
    ("North Korea warned that it would strike U.S. carriers, the state news agency said.", "ASSAULT",
     "hypothetical"),
    ("The two armies agreed on Friday to withdraw their troops from the border.", "RETREAT", "future"),
])
def test_the_words_keep_their_events_where_they_tell_one(session_coder, text, category, factuality):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if e.event == category]
    assert [e.factuality for e in events] == [factuality], [(e.event, e.factuality, e.trigger) for e in events]

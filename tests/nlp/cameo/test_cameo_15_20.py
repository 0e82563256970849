"""A sweep of CAMEO roots 15-20 (show of force, reduced relations, coercion, unconventional, conventional and mass
violence), code by code, on news-wire sentences we wrote ourselves about invented (or long past) situations.

Every code of these roots in the crosswalk has at least three rows, in different shapes: a plain past-tense lead,
a passive with "by", a light verb with an event noun, a nominal trigger, a present-tense headline, a participle
clause or "X said it had ...", with the parties named by country, capital, nationality and role noun, title, armed
group or IGO. Each row: CAMEO code, sentence, and the actor and recipient of its main asserted event as
``(words in its text, ISO3 country)`` (``None`` leaves a side unchecked, ``NOBODY`` wants none). The category a row
wants is not written in it: it is the crosswalk's for the row's code (``khabar.ontology.cameo_to_plover``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.nlp.lexicon import load_lexicon
from khabar.ontology.cameo import cameo_table, cameo_to_plover

from tests.nlp.cameo.codebook_rows import check_main_event, row_params
from tests.nlp.conftest import NOBODY, asserted_main_event, coded_events

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 12)

# Codes whose category the lexicon files apart from the 2021 crosswalk on purpose, and why.
DEPARTURES = {
    "163": ("SANCTION", "PLOVER 2.0's own SANCTION category names sanctions and embargoes; the lexicon files 163 "
                        "there although the 2021 table lists it under COERCE"),
}

MOBILIZE = [
    ("150", "North Korea paraded hundreds of missiles and tanks through Pyongyang on Saturday in a show of military "
            "might.", ("North Korea", "PRK"), None),
    ("150", "Chinese warships staged live-fire drills off the coast of Taiwan a day after the island's president "
            "returned from a trip abroad.", ("warships", "CHN"), None),
    ("150", "Russian bombers fly over Baltic Sea in show of force", ("Russian", "RUS"), NOBODY),
    ("151", "French police were placed on high alert across Paris on Tuesday after a series of bomb threats.",
     None, None),
    ("151", "Germany's interior ministry raised the alert level for police nationwide ahead of the New Year "
            "celebrations.", ("ministry", "DEU"), None),
    ("151", "Kenyan police said they had heightened security at all border crossings with Somalia after the "
            "kidnapping of two aid workers.", (None, "KEN"), None),
    ("152", "South Korea raised its military readiness level on Friday after the North fired an artillery barrage "
            "near the maritime border.", (None, "KOR"), None),
    ("152", "The Pakistani army was put on high alert along the Line of Control by the military's top commander.",
     (None, "PAK"), None),
    ("152", "Iran puts air defences on maximum alert after drone sightings", ("Iran", "IRN"), None),
    ("153", "Bangladeshi authorities deployed thousands of riot police in Dhaka on Saturday ahead of an opposition "
            "rally.", ("authorities", "BGD"), None),
    ("153", "The deployment of 2,000 extra police officers to the border city was announced by the Spanish "
            "interior minister.", ("minister", "ESP"), None),
    ("153", "Chile sent hundreds of police reinforcements to the southern Araucania region on Monday.",
     ("Chile", "CHL"), None),
    ("154", "Russia massed tens of thousands of troops near its border with Ukraine.", ("Russia", "RUS"), None),
    ("154", "The Ethiopian government called up army reservists on Wednesday as fighting spread in the northern "
            "Tigray region.", ("government", "ETH"), None),
    ("154", "Venezuela said it had deployed troops and armoured vehicles to its border with Colombia.",
     (None, "VEN"), None),
    ("154", "Armenia announces general mobilisation as border tensions rise", ("Armenia", "ARM"), None),
]

SANCTION = [
    ("160", "Morocco suspended all contact with the German embassy in Rabat on Monday.", ("Morocco", "MAR"),
     ("embassy", "DEU")),
    ("160", "Burkina Faso's military government scaled back cooperation with France, accusing Paris of meddling.",
     ("government", "BFA"), ("France", "FRA")),
    ("160", "Algeria has frozen a friendship treaty with Spain, the Algerian presidency said on Wednesday.",
     ("Algeria", "DZA"), ("Spain", "ESP")),
    ("161", "Bolivia severed diplomatic ties with Israel on Tuesday over its military offensive in Gaza.",
     ("Bolivia", "BOL"), ("Israel", "ISR")),
    ("161", "Riyadh recalled its ambassador from Ottawa in a row over human rights.", ("Riyadh", "SAU"),
     ("Ottawa", "CAN")),
    ("161", "Nicaragua cuts diplomatic ties with Taiwan, switches recognition to Beijing", ("Nicaragua", "NIC"),
     ("Taiwan", "TWN")),
    ("162", "The World Bank suspended disbursements to Afghanistan on Wednesday, citing concerns about the rights "
            "of women.", ("World Bank", None), ("Afghanistan", "AFG")),
    ("162", "Aid to Niger was cut off by the European Union following the coup in Niamey.",
     ("European Union", None), ("Niger", "NER")),
    ("162", "Sweden said it had stopped funding the UN agency for Palestinian refugees pending an investigation.",
     (None, "SWE"), ("agency", None)),
    ("1621", "The International Monetary Fund froze payments under its loan programme for Sri Lanka.",
     ("International Monetary Fund", None), ("Sri Lanka", "LKA")),
    ("1621", "Washington cuts economic aid to Honduras over border crisis", ("Washington", "USA"),
     ("Honduras", "HND")),
    ("1621", "Japan has halted development loans to Myanmar, its foreign ministry said on Friday.",
     ("Japan", "JPN"), ("Myanmar", "MMR")),
    ("1622", "The United States suspended military aid to Egypt worth about $300 million on Thursday.",
     ("United States", "USA"), ("Egypt", "EGY")),
    ("1622", "Germany stopped arms deliveries to Saudi Arabia after the killing of a dissident journalist.",
     ("Germany", "DEU"), ("Saudi Arabia", "SAU")),
    ("1622", "Military assistance to Pakistan was frozen by the Trump administration, which accused Islamabad of "
             "harbouring militants.", ("administration", "USA"), ("Pakistan", "PAK")),
    ("1623", "The World Food Programme suspended food distributions in northern Yemen, saying Houthi authorities "
             "had diverted supplies.", ("World Food Programme", None), None),
    ("1623", "Britain cut its humanitarian aid to Syria by half, the aid minister told parliament.",
     ("Britain", "GBR"), ("Syria", "SYR")),
    ("1623", "USAID paused food aid to Ethiopia on Tuesday after discovering that donated grain had been stolen.",
     ("USAID", "USA"), ("Ethiopia", "ETH")),
    ("163", "The European Union imposed sanctions on 11 Iranian officials over the crackdown on protesters.",
     ("European Union", None), ("officials", "IRN")),
    ("163", "Washington slaps sanctions on Russian oil giants", ("Washington", "USA"), (None, "RUS")),
    ("163", "China banned imports of Japanese seafood after the release of treated water from the Fukushima plant.",
     ("China", "CHN"), (None, "JPN")),
    ("163", "Turkey said it had halted all trade with Israel.", (None, "TUR"), ("Israel", "ISR")),
    ("164", "The Palestinian Authority broke off peace talks with Israel after the announcement of new "
            "settlements.", ("Authority", "PSE"), ("Israel", "ISR")),
    ("164", "Talks with the Taliban were called off by President Trump hours before a planned meeting at Camp "
            "David.", ("Trump", "USA"), ("Taliban", "AFG")),
    ("164", "Colombia suspends peace negotiations with ELN rebels", ("Colombia", "COL"), ("rebels", None)),
    ("165", "Qatar suspended its mediation between Israel and Hamas, saying neither side was negotiating in good "
            "faith.", ("Qatar", "QAT"), None),
    ("165", "Kenya's president pulled out of mediating the conflict in eastern Congo on Thursday.",
     ("president", "KEN"), None),
    ("165", "Norway said it had ended its role as facilitator of the talks between the government and the rebels.",
     (None, "NOR"), None),
    ("166", "Mali ordered the French ambassador to leave the country within 72 hours.", ("Mali", "MLI"),
     ("ambassador", "FRA")),
    ("166", "Four Russian diplomats were expelled by the Netherlands on suspicion of spying.",
     ("Netherlands", "NLD"), ("diplomats", "RUS")),
    ("166", "Ethiopia expelled seven senior United Nations officials on Thursday, accusing them of meddling in its "
            "internal affairs.", ("Ethiopia", "ETH"), ("officials", None)),
    ("1661", "Mali ordered the United Nations peacekeeping mission to leave the country without delay.",
     ("Mali", "MLI"), ("United Nations", None)),
    ("1661", "Congo's government expelled the East African regional force, saying it had failed to fight the "
             "rebels.", ("government", "COD"), ("force", None)),
    ("1661", "Uganda withdrew its peacekeepers from Somalia on Monday, ending a 17-year deployment.",
     ("Uganda", "UGA"), None),
    ("1662", "Tehran expelled a team of IAEA inspectors on Thursday, accusing them of spying.", ("Tehran", "IRN"),
     ("IAEA", None)),
    ("1662", "Russia withdrew its observers from the joint ceasefire monitoring centre in Azerbaijan.",
     ("Russia", "RUS"), None),
    ("1662", "OSCE monitors were ordered out of the country by Belarusian authorities.", ("authorities", "BLR"),
     ("monitors", None)),
    ("1663", "Ethiopia expelled the Norwegian Refugee Council, accusing the aid group of spreading misinformation.",
     ("Ethiopia", "ETH"), ("Refugee Council", None)),
    ("1663", "The Sudanese government ordered thirteen foreign aid agencies out of Darfur on Wednesday.",
     ("government", "SDN"), ("agencies", None)),
    ("1663", "Eritrea said it had expelled all foreign aid organisations operating in the country.",
     (None, "ERI"), ("organisations", None)),
]

COERCE = [
    ("170", "Zimbabwe's government forced thousands of street vendors out of the centre of Harare.",
     ("government", "ZWE"), ("vendors", None)),
    ("170", "China coerced Lithuania into downgrading its ties with Taiwan.", ("China", "CHN"), ("Lithuania", "LTU")),
    ("170", "Residents of the village were forcibly evicted by Israeli authorities, who said the homes had been "
            "built without permits.", ("authorities", "ISR"), ("Residents", None)),
    ("171", "Iranian commandos seized a British-flagged oil tanker in the Strait of Hormuz.", ("commandos", "IRN"),
     ("tanker", None)),
    ("171", "The Kremlin seized control of the Russian subsidiaries of two European food companies.",
     ("Kremlin", "RUS"), ("subsidiaries", None)),
    ("171", "Washington announced the seizure of an Iranian fuel shipment bound for Venezuela.",
     ("Washington", "USA"), (None, "IRN")),
    ("1711", "Belarusian police confiscated the passports of three opposition journalists.", ("police", "BLR"),
     None),
    ("1711", "Turkish authorities have confiscated hundreds of businesses linked to the Gulen movement since the "
             "failed coup.", ("authorities", "TUR"), None),
    ("1711", "Land belonging to white farmers was expropriated by the Zimbabwean government without compensation.",
     ("government", "ZWE"), None),
    ("1712", "Israeli troops demolished the homes of two Palestinian attackers in the West Bank on Tuesday.",
     ("troops", "ISR"), None),
    ("1712", "Militants set fire to two schools in northwestern Pakistan overnight.", ("Militants", None), None),
    ("1712", "Sudan's paramilitary forces burned down dozens of villages in West Darfur, witnesses said.",
     ("forces", "SDN"), None),
    ("172", "The Egyptian government froze the assets of dozens of human rights activists.", ("government", "EGY"),
     ("activists", None)),
    ("172", "Iran shuts dozens of shops for serving unveiled women", ("Iran", "IRN"), None),
    ("172", "India revoked the foreign funding licences of several charities, the home ministry said.",
     ("India", "IND"), None),
    ("1721", "Russia blocked access to Facebook and Twitter on Friday.", ("Russia", "RUS"), None),
    ("1721", "Internet services across the Tigray region were cut off by Ethiopian authorities.",
     ("authorities", "ETH"), None),
    ("1721", "Citing national security, Myanmar's junta revoked the licences of five independent media outlets.",
     ("junta", "MMR"), ("outlets", None)),
    ("1722", "Thailand's Constitutional Court dissolved the main opposition party and banned its leaders from "
             "politics for ten years.", ("Court", "THA"), ("party", None)),
    ("1722", "Bangladesh banned Jamaat-e-Islami, the country's largest Islamist party, under an anti-terrorism "
             "law.", ("Bangladesh", "BGD"), ("Jamaat", None)),
    ("1722", "Former Prime Minister Imran Khan was barred from holding public office for five years by Pakistan's "
             "election commission.", ("commission", "PAK"), ("Imran Khan", "PAK")),
    ("1723", "Authorities imposed a 24-hour curfew in the Kashmiri city of Srinagar on Sunday.",
     ("Authorities", None), None),
    ("1723", "A night-time curfew was declared in Khartoum by Sudan's military rulers.", ("rulers", "SDN"), None),
    ("1723", "Sri Lanka imposes nationwide curfew after anti-Muslim riots", ("Sri Lanka", "LKA"), None),
    ("1724", "Peru declared a state of emergency in Lima and the port of Callao on Tuesday.", ("Peru", "PER"),
     None),
    ("1724", "President Yoon Suk Yeol declared emergency martial law late on Tuesday.", ("Yoon", "KOR"), None),
    ("1724", "Citing a surge in gang violence, Ecuador's president placed the country under a state of emergency.",
     ("president", "ECU"), None),
    ("173", "Turkish police detained 40 people in raids on suspected Islamic State cells in Istanbul.",
     ("police", "TUR"), ("people", None)),
    ("173", "Russian investigators charged a former deputy defence minister with taking bribes.",
     ("investigators", "RUS"), ("minister", "RUS")),
    ("173", "Two Canadians were detained in China on suspicion of endangering national security.", None,
     ("Canadians", "CAN")),
    ("173", "Saudi Arabia confirmed the arrest of a prominent cleric who had criticised the government.",
     ("Saudi Arabia", "SAU"), ("cleric", None)),
    ("174", "Germany deported 28 Afghan men convicted of crimes to Kabul on Friday.", ("Germany", "DEU"),
     ("men", "AFG")),
    ("174", "Hundreds of Haitian migrants were deported by the Dominican Republic over the weekend.",
     ("Dominican Republic", "DOM"), ("migrants", "HTI")),
    ("174", "Pakistan expels thousands of Afghan refugees ahead of deadline", ("Pakistan", "PAK"),
     ("refugees", "AFG")),
    ("175", "Iranian security forces fired live ammunition at protesters in the Kurdish city of Mahabad.",
     ("forces", "IRN"), ("protesters", None)),
    ("175", "Kenyan riot police used tear gas and water cannon to disperse opposition supporters in Nairobi.",
     ("police", "KEN"), ("supporters", None)),
    ("175", "Security forces in Myanmar cracked down on protesters in Mandalay, firing rubber bullets and tear gas.",
     ("forces", "MMR"), ("protesters", None)),
    ("191", "The Saudi-led coalition imposed a naval blockade on Yemen's Red Sea ports.", ("coalition", "SAU"),
     (None, "YEM")),
    ("191", "Azerbaijan blocked the only road linking Armenia to Nagorno-Karabakh.", ("Azerbaijan", "AZE"), None),
    ("191", "Israel closes Gaza crossings after rocket fire", ("Israel", "ISR"), None),
    ("192", "Russian forces occupied the Zaporizhzhia nuclear power plant in March.", ("forces", "RUS"), None),
    ("192", "The town of Palmyra was captured by Islamic State fighters after days of heavy fighting.",
     ("fighters", None), ("Palmyra", "SYR")),
    ("192", "Turkish troops took control of the Syrian border town of Afrin.", ("troops", "TUR"), None),
]

UNCONVENTIONAL = [
    ("180", "Suspected jihadists attacked a village in northern Burkina Faso, killing 15 civilians.",
     ("jihadists", None), None),
    ("180", "Al-Shabaab militants stormed a hotel in Mogadishu on Friday night.", ("Al-Shabaab", "SOM"), None),
    ("180", "An attack by separatist militants on a passenger train in Balochistan left at least 20 people dead.",
     ("militants", None), None),
    ("181", "Gunmen kidnapped 80 schoolchildren from a boarding school in Nigeria's Kaduna state.",
     ("Gunmen", None), ("schoolchildren", None)),
    ("181", "Somali pirates hijacked a Bangladeshi cargo ship off the Horn of Africa.", ("pirates", "SOM"),
     ("ship", "BGD")),
    ("181", "Two Italian aid workers were abducted by armed men in northern Mali.", ("men", None),
     ("workers", "ITA")),
    ("182", "Belarusian police beat a journalist covering the protest in Minsk.", ("police", "BLR"),
     ("journalist", None)),
    ("182", "An opposition lawmaker was assaulted by ruling party supporters outside parliament in Kampala.",
     ("supporters", None), ("lawmaker", None)),
    ("182", "Israeli settlers beat Palestinian olive farmers with clubs near Nablus.", ("settlers", "ISR"),
     ("farmers", "PSE")),
    ("1821", "Soldiers sexually assaulted dozens of women during a raid on a village in South Kivu, the UN said.",
     ("Soldiers", None), ("women", None)),
    ("1821", "Several women were raped by militiamen in the town of Bunia, Congolese officials said.",
     ("militiamen", None), ("women", None)),
    ("1821", "Amnesty International said Ethiopian and Eritrean soldiers had raped hundreds of women in Tigray.",
     ("soldiers", None), ("women", None)),
    ("1822", "Syrian intelligence officers tortured detainees with electric shocks at a prison near Damascus, a UN "
             "inquiry found.", ("officers", "SYR"), ("detainees", None)),
    ("1822", "Prisoners were tortured by guards at the facility, according to former inmates.", ("guards", None),
     ("Prisoners", None)),
    ("1822", "Libyan militia tortures migrants in detention centre", ("militia", "LBY"), ("migrants", None)),
    ("1823", "A mob beat a man to death in the northern Indian state of Rajasthan on suspicion of smuggling cattle.",
     ("mob", None), ("man", None)),
    ("1823", "A French teacher was stabbed to death outside his school by a Chechen-born teenager.",
     ("teenager", None), ("teacher", "FRA")),
    ("1823", "Prison guards beat an inmate to death in Kabul, the Afghan human rights commission said.",
     ("guards", None), ("inmate", None)),
    ("183", "A bomb exploded in a crowded market in Peshawar on Sunday, killing at least 12 people.", None, None),
    ("183", "Militants bombed a mosque in the city of Quetta during Friday prayers.", ("Militants", None), None),
    ("183", "The Pakistani Taliban claimed responsibility for a bombing that killed six soldiers in North "
            "Waziristan.", ("Taliban", "PAK"), None),
    ("1831", "A suicide bomber blew himself up at a Shiite mosque in Kunduz, killing dozens of worshippers.",
     ("bomber", None), None),
    ("1831", "Islamic State claimed a suicide attack on a checkpoint in Baghdad.", ("Islamic State", None), None),
    ("1831", "Two suicide bombers struck a church in Jolo in the southern Philippines.", ("bombers", None),
     ("church", None)),
    ("1832", "A car bomb exploded outside a police headquarters in the Turkish city of Diyarbakir.", None, None),
    ("1832", "Al-Shabaab detonated a truck bomb at a busy intersection in Mogadishu.", ("Al-Shabaab", "SOM"), None),
    ("1832", "A car bombing in the Syrian border town of Azaz killed at least 19 people on Saturday.", None, None),
    ("1833", "A roadside bomb killed three Malian soldiers near the town of Gao.", None, ("soldiers", "MLI")),
    ("1833", "An American convoy was hit by a roadside bomb in southern Afghanistan.", None, ("convoy", "USA")),
    ("1833", "Insurgents planted a roadside bomb that struck a Nigerian army patrol in Borno state.",
     ("Insurgents", None), None),
    ("184", "Islamic State fighters used thousands of civilians as human shields as Iraqi forces advanced on "
            "Mosul.", ("fighters", None), ("civilians", None)),
    ("184", "Residents said Houthi rebels had used detainees as human shields at weapons depots.",
     ("rebels", "YEM"), ("detainees", None)),
    ("184", "Rebel fighters held villagers as human shields during the battle for the town, witnesses said.",
     ("fighters", None), ("villagers", None)),
    ("185", "Iraq's prime minister survived an assassination attempt when an explosive-laden drone struck his "
            "residence in Baghdad.", None, ("minister", "IRQ")),
    ("185", "Gunmen opened fire on the convoy of the governor of Helmand province in an attempt on his life.",
     ("Gunmen", None), ("governor", None)),
    ("185", "Slovak prime minister shot in assassination attempt", None, ("minister", "SVK")),
    ("186", "Haitian President Jovenel Moise was assassinated at his home in Port-au-Prince.", None,
     ("Moise", "HTI")),
    ("186", "Israel assassinated a senior Hamas leader in Beirut on Tuesday, Lebanese security sources said.",
     ("Israel", "ISR"), ("leader", None)),
    ("186", "The assassination of a prominent Iraqi security analyst outside his Baghdad home sparked outrage.",
     None, ("analyst", "IRQ")),
    ("186", "Assassination of Iraqi security analyst outside his Baghdad home", None, ("analyst", "IRQ")),
]

FIGHT = [
    ("190", "Indian and Chinese troops clashed along the disputed border in the Himalayas.", ("troops", None), None),
    ("190", "Azerbaijani forces launched an offensive against Armenian positions in Nagorno-Karabakh.",
     ("forces", "AZE"), ("positions", "ARM")),
    ("190", "Kurdish fighters in northern Syria were attacked by Turkish-backed forces.", ("forces", None),
     ("fighters", None)),
    ("193", "Gunmen opened fire on worshippers at a church in southwestern Nigeria.", ("Gunmen", None),
     ("worshippers", None)),
    ("193", "A Palestinian gunman shot dead two Israelis at a petrol station in the West Bank.", ("gunman", "PSE"),
     ("Israelis", "ISR")),
    ("193", "Two police officers were shot and wounded by snipers in Port-au-Prince.", ("snipers", None),
     ("officers", None)),
    ("194", "Russian artillery shelled the city of Kharkiv overnight.", ("artillery", "RUS"), None),
    ("194", "Israeli tanks fired on Hezbollah positions in southern Lebanon.", ("tanks", "ISR"), ("positions", None)),
    ("194", "Shelling by government forces killed seven civilians in Idlib province.", ("forces", None), None),
    ("195", "U.S. warplanes bombed Houthi targets in Yemen on Thursday.", ("warplanes", "USA"), None),
    ("195", "A Ukrainian drone struck an oil refinery in Russia's Krasnodar region.", ("drone", "UKR"),
     (None, "RUS")),
    ("195", "Air strikes by the Saudi-led coalition hit a wedding party in Hajjah province.", ("coalition", "SAU"),
     (None, "YEM")),
    ("196", "Pro-Russian separatists violated the truce dozens of times overnight, the OSCE monitoring mission "
            "said.", ("separatists", None), None),
    ("196", "The ceasefire in Tripoli was broken within hours as rival militias exchanged fire.", None, None),
    ("196", "Russia breaks Easter truce with strikes on Kherson", ("Russia", "RUS"), ("Kherson", "UKR")),
]

MASS_VIOLENCE = [
    ("200", "Government troops carried out a massacre in the village of Solhan, killing at least 130 people.",
     ("troops", None), None),
    ("200", "Hundreds of civilians were slaughtered by RSF fighters in the town of El Geneina.", ("fighters", None),
     ("civilians", None)),
    ("200", "Gunmen kill dozens in attack on Congo displacement camp", ("Gunmen", None), None),
    ("201", "Myanmar's army drove more than 700,000 Rohingya Muslims out of Rakhine state.", ("army", "MMR"),
     ("Rohingya", None)),
    ("201", "Azerbaijani forces expelled the ethnic Armenian population of the enclave after a lightning "
            "offensive.", ("forces", "AZE"), ("population", None)),
    ("201", "Dominican authorities carried out a mass expulsion of Haitian families from border towns.",
     ("authorities", "DOM"), None),
    ("202", "Bosnian Serb forces killed some 8,000 Muslim men and boys in Srebrenica in July 1995.",
     ("forces", None), ("men", None)),
    ("202", "Islamic State fighters slaughtered hundreds of Yazidi men in the Sinjar region.", ("fighters", None),
     ("men", None)),
    ("202", "The massacre of more than 300 villagers by jihadists in central Burkina Faso drew condemnation.",
     ("jihadists", None), ("villagers", None)),
    ("203", "Serb forces carried out ethnic cleansing of Albanian villages in Kosovo in 1999.", ("forces", None),
     None),
    ("203", "Arab militias drove non-Arab tribes from their lands in West Darfur in a campaign of ethnic cleansing.",
     ("militias", None), ("tribes", None)),
    ("203", "Myanmar soldiers ethnically cleansed Rohingya villages across northern Rakhine.", ("soldiers", "MMR"),
     None),
    ("204", "Iraqi forces used weapons of mass destruction against Kurdish villagers in 1988.", ("forces", "IRQ"),
     ("villagers", None)),
    ("204", "Syrian government forces attacked the rebel-held town with chemical weapons, killing dozens.",
     ("forces", "SYR"), None),
    ("204", "An unconventional weapons attack by government troops killed dozens in the rebel enclave.",
     ("troops", None), None),
    ("2041", "Syrian helicopters dropped chlorine bombs on the town of Douma, rescue workers said.",
     ("helicopters", "SYR"), None),
    ("2041", "Villagers were gassed with sarin by government aircraft in the northern province.",
     ("aircraft", None), ("Villagers", None)),
    ("2041", "A nerve agent attack on the opposition-held suburb killed more than 80 people.", None, None),
    ("2042", "An American bomber dropped an atomic bomb on Hiroshima on August 6, 1945.", ("bomber", "USA"),
     ("Hiroshima", "JPN")),
    ("2042", "The United States detonated a second atomic bomb over Nagasaki three days later.",
     ("United States", "USA"), ("Nagasaki", "JPN")),
    ("2042", "The atomic bombing of Hiroshima by the United States killed tens of thousands of people.",
     ("United States", "USA"), (None, "JPN")),
]

# More rows of the codes above, each showing that a rule the sweep added holds beyond the sentence that asked for it.
GENERALISATIONS = [
    # weapons used against a party; gassing
    ("2041", "Syrian troops used sarin against residents of the rebel-held town in April.", ("troops", "SYR"),
     ("residents", None)),
    ("190", "The junta used warplanes against villages held by ethnic armed groups.", ("junta", None), None),
    ("190", "The army used weapons of war against unarmed protesters.", ("army", None), ("protesters", None)),
    ("2041", "Government forces gassed Kurdish villagers in the northern town in 1988.", ("forces", None),
     ("villagers", None)),
    # a people driven out, expelled or cleansed
    ("201", "Militias drove thousands of ethnic Tutsi out of the eastern province.", ("Militias", None), None),
    ("201", "Islamic State fighters drove Christian families from their homes in the Nineveh plains.",
     ("fighters", None), ("families", None)),
    ("201", "Soldiers expelled the entire Muslim community of the border district.", ("Soldiers", None),
     ("community", None)),
    ("203", "Paramilitary units cleansed the valley of its ethnic Georgian population.", ("units", None), None),
    ("201", "The government ordered the mass expulsion of Burundian refugees from the camps.", ("government", None),
     ("refugees", "BDI")),
    # forcing out; forcing envoys out
    ("170", "Police forced street vendors out of the old city in Lahore.", ("Police", "PAK"), ("vendors", None)),
    ("166", "Moscow forced the Estonian ambassador out of the country after a row over a war memorial.",
     ("Moscow", "RUS"), ("ambassador", "EST")),
    ("170", "The junta coerced detained journalists into signing confessions.", ("junta", None),
     ("journalists", None)),
    # a state shutting shops or papers, cutting off lines, placing a country under emergency rule
    ("172", "The Iranian authorities shut a popular cafe in Tehran for hosting a mixed-gender concert.",
     ("authorities", "IRN"), None),
    ("1721", "The government shut down three media outlets critical of the president.", ("government", None),
     ("outlets", None)),
    ("170", "The army cut off telephone lines to the besieged town.", ("army", None), None),
    ("1724", "The government put the capital under a state of emergency after days of unrest.", ("government", None),
     None),
    ("1724", "Myanmar's military placed the country under martial law on Monday.", ("military", "MMR"), None),
    # freezing domestic assets; freezing a treaty
    ("172", "Hungary froze the bank accounts of an opposition newspaper.", ("Hungary", "HUN"), ("newspaper", None)),
    ("172", "The Turkish government froze the assets of hundreds of dissidents.", ("government", "TUR"),
     ("dissidents", None)),
    ("160", "Russia froze its partnership agreement with the European Union.", ("Russia", "RUS"),
     ("European Union", None)),
    # withdrawing, expelling and ordering out missions, observers, agencies; leaving a mediation
    ("1661", "Tanzania pulled its peacekeepers out of Congo in March.", ("Tanzania", "TZA"), None),
    ("1662", "The OSCE withdrew its monitors from eastern Ukraine on Thursday.", ("OSCE", None), None),
    ("166", "Bamako expelled the UN human rights delegation on Sunday.", ("Bamako", "MLI"), ("UN", None)),
    ("1663", "Mali expelled three foreign relief agencies.", ("Mali", "MLI"), ("agencies", None)),
    ("166", "Nicaragua ordered the Red Cross delegation out of the country.", ("Nicaragua", "NIC"), None),
    ("1662", "The junta ordered the election observers out of Niamey.", ("junta", None), ("observers", None)),
    ("165", "Turkey pulled out of mediating between the two Sudanese factions.", ("Turkey", "TUR"), None),
    # a passive's patient standing for the party inside it
    ("1622", "Arms sales to Turkey were halted by Sweden in 2019.", ("Sweden", "SWE"), ("Turkey", "TUR")),
    ("164", "Negotiations with Tehran were broken off by Washington in May.", ("Washington", "USA"),
     ("Tehran", "IRN")),
    # a "by" agent shared by joined participles or hung on a gerund
    ("182", "Three journalists were beaten and robbed by soldiers at a checkpoint.", ("soldiers", None),
     ("journalists", None)),
    ("173", "Dozens of students were arrested and charged by police in Dhaka.", ("police", None),
     ("students", None)),
    ("1722", "The opposition leader was banned from running for office by the Supreme Court.", ("Court", None),
     ("leader", None)),
    ("172", "Several journalists were barred from entering parliament by security guards.", ("guards", None),
     ("journalists", None)),
    # who claims an event did it; who survives an attempt underwent it
    ("183", "Al-Shabaab claimed responsibility for a bombing that killed four soldiers in Lower Shabelle.",
     ("Al-Shabaab", "SOM"), None),
    ("180", "The Islamic State claimed responsibility for a raid that killed nine villagers in Niger.",
     ("Islamic State", None), None),
    ("185", "The governor of Kandahar survived an assassination attempt on Sunday.", None, ("governor", "AFG")),
    ("185", "Haiti's prime minister escaped an assassination attempt in Port-au-Prince.", None,
     ("minister", "HTI")),
    # people named by agent nouns the knowledge base lacked
    ("181", "Bandits abducted dozens of schoolchildren in Zamfara state.", ("Bandits", None),
     ("schoolchildren", None)),
    # a trailing participle of force acting on the target of the clause above it
    ("175", "Police attacked students at the university campus, firing rubber bullets.", ("Police", None),
     ("students", None)),
    # the kind of forces before a mobilisation noun is no doer: the sender is
    ("154", "Nigeria sent army reinforcements to the north-east after the attacks.", ("Nigeria", "NGA"), None),
    ("153", "Police reinforcements were sent to the border town.", ("Police", None), None),
    # holding a vessel; putting forces on a level of readiness
    ("171", "Iran held a British-flagged tanker for two months.", ("Iran", "IRN"), None),
    ("171", "Houthi rebels held the cargo ship and its crew in the port of Hodeidah.", ("rebels", "YEM"), None),
    ("152", "Serbia put its army on the highest level of combat readiness.", ("Serbia", "SRB"), None),
    ("152", "Taiwan placed its forces on a heightened state of alert after the drills.", ("Taiwan", "TWN"), None),
    # a lemma the small model mangles ("teargassed" -> "teargasse")
    ("175", "Kenyan police teargassed opposition supporters in Nairobi.", ("police", "KEN"), ("supporters", None)),
    ("175", "Riot police teargassed students outside the parliament in Kampala.", ("police", None),
     ("students", None)),
    # a state confirming its own act of state
    ("173", "Iranian police confirmed the arrest of two French tourists in Tehran.", ("police", "IRN"),
     ("tourists", "FRA")),
    ("173", "Egypt acknowledged the detention of a prominent blogger.", ("Egypt", "EGY"), ("blogger", None)),
    # the act someone is arrested or charged "in" is told before, and no act of the arresting party's
    ("173", "Pakistan said it had arrested a suspect in the attack on Chinese nationals.", (None, "PAK"),
     ("suspect", None)),
    ("173", "Police in Nairobi detained three men in the killing of a prominent activist.", ("Police", "KEN"),
     ("men", None)),
    ("173", "Prosecutors charged two men in the killing of a journalist in Mexico City.", ("Prosecutors", "MEX"),
     ("men", None)),
    ("173", "French prosecutors charged a Syrian former officer for crimes against humanity.", ("prosecutors", "FRA"),
     ("officer", "SYR")),
    # members or heads of a mission expelled; war games; a siege laid
    ("1662", "Iraq expelled six American members of the U.N. weapons inspection team.", ("Iraq", "IRQ"), None),
    ("166", "Addis Ababa expelled the head of the UN children's agency in the country.", ("Addis Ababa", "ETH"),
     None),
    ("150", "China staged war games near the Taiwan Strait.", ("China", "CHN"), None),
    ("150", "The Indian navy held war games in the Arabian Sea.", ("navy", "IND"), None),
    ("191", "Serb forces laid siege to Sarajevo.", ("forces", None), ("Sarajevo", "BIH")),
    ("191", "Rebels laid siege to the provincial capital.", ("Rebels", None), None),
    # headline passives
    ("173", "Opposition leader arrested in Minsk", None, ("leader", "BLR")),
    ("166", "Russian diplomats expelled from Prague", None, ("diplomats", "RUS")),
    ("193", "Journalist shot dead in Mexico", None, ("Journalist", "MEX")),
]

SWEEP = MOBILIZE + SANCTION + COERCE + UNCONVENTIONAL + FIGHT + MASS_VIOLENCE
TABLE = SWEEP + GENERALISATIONS

# Open errors, each the first words of its sentence and why the row still fails.
KNOWN_MISSES = {
    "USAID paused food aid":
        "the parser reads \"USAID paused food aid\" as one noun phrase, leaving no verb to trigger",
    "Norway said it had ended its role as facilitator":
        "ending a role as mediator or facilitator has no lexicon row; only the talks noun is coded (CONSULT)",
    "The town of Palmyra was captured":
        "the gazetteer gives \"Palmyra\" the United States' town of that name, with nothing in the text to choose",
    "Syrian intelligence officers tortured detainees":
        "an inquiry's finding that a party used force is coded as an allegation (ACCUSE), more confident than the act",
    "Pro-Russian separatists violated the truce":
        "a monitor's report that a party broke a truce is coded as an allegation (ACCUSE), more confident than the act",
    "Rebel fighters held villagers as human shields":
        "holding people as human shields reads as detaining them (173); a row for it (184) cost a benchmark hit",
    "Iraq's prime minister survived an assassination attempt when":
        "the drone strike of the \"when\" clause is the main event, and \"his residence\" gives it no party",
    "The assassination of a prominent Iraqi security analyst":
        "an act told as the cause of the news (\"sparked outrage\") is read as retold background, not a new event",
    "Air strikes by the Saudi-led coalition hit a wedding party":
        "civilians struck in a province the gazetteer misses take the doer's country, not Yemen's",
    "The United States detonated a second atomic bomb over Nagasaki":
        "the tagger reads \"Nagasaki\" before a time phrase as an organisation, which takes the doer's country",
    "The atomic bombing of Hiroshima by the United States":
        "the people an event noun's verb kills take the doer's country when the place is not in the gazetteer",
    "The junta coerced detained journalists":
        "the adjective \"detained\" is repaired into a verb of its own, which becomes the main event",
    "The junta ordered the election observers out":
        "observers are no agent noun of the knowledge base, so the place they are ordered out of is taken instead",
}


def expected_category(code: str) -> str:
    """The PLOVER category the crosswalk gives a code, or the lexicon's documented departure from it."""
    if code in DEPARTURES:
        return DEPARTURES[code][0]
    return cameo_to_plover(code)[0]


@pytest.mark.parametrize("code,text,actor,recipient", list(row_params(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_and_parties_of_its_cameo_code(session_coder, code, text, actor,
                                                                       recipient):
    check_main_event(session_coder, text, PUBLISHED, expected_category(code), actor, recipient)


@pytest.mark.parametrize("text, category", [
    ("Striking workers shut down the port of Antwerp on Monday.", "COERCE"),
    ("Protesters shut down the main airport in Bangkok.", "COERCE"),
    ("Russian bombers fly over Baltic Sea in show of force", "ASSAULT"),
])
def test_words_of_these_roots_that_tell_no_such_event(session_coder, text, category):
    """Strikers and crowds shutting a place down impose nothing; a show of force is no attack."""
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if e.factuality == "asserted"]
    assert not any(e.event == category for e in events), [(e.event, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "China held war games with Russia in the Sea of Japan.",
    "India held naval drills with the United States in the Bay of Bengal.",
    "Russia and China held joint war games near Vladivostok.",
])
def test_drills_with_another_party_are_cooperation_not_a_show_of_force(session_coder, text):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and event.event == "COOPERATE", event and (event.event, event.trigger)


def _codes_of_the_roots() -> set[str]:
    return {code for code in cameo_table() if len(code) > 2 and code[:2] in {"15", "16", "17", "18", "19", "20"}}


def test_every_code_of_the_roots_has_three_rows():
    counts = {code: sum(1 for row in SWEEP if row[0] == code) for code in _codes_of_the_roots()}
    assert all(n >= 3 for n in counts.values()), {c: n for c, n in counts.items() if n < 3}


def test_the_table_is_varied_and_every_code_is_in_the_crosswalk():
    assert len({row[1] for row in TABLE}) == len(TABLE)  # no sentence twice
    assert all(cameo_to_plover(row[0]) is not None for row in TABLE)
    assert {row[0] for row in TABLE} <= _codes_of_the_roots()
    assert sum(1 for row in TABLE if " by " in row[1]) >= 20  # passives with their agent
    assert sum(1 for row in TABLE if not row[1].endswith(".")) >= 15  # headlines


@pytest.mark.parametrize("code", sorted(DEPARTURES))
def test_a_departure_from_the_crosswalk_is_the_lexicon_s_own(code):
    lexicon = load_lexicon()
    categories = {e.event for table in (lexicon.verbs, lexicon.nouns) for entries in table.values() for e in entries
                  if e.cameo == code}
    assert categories == {DEPARTURES[code][0]}

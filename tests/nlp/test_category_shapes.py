"""The weakest categories (CONCEDE, RETREAT, ACCUSE, CONSULT, AID, ASSAULT, COERCE) and the boundaries the CAMEO
crosswalk draws between them, in sentence shapes the code-by-code sweep of tests/nlp/cameo/ did not use: headlines
without a final stop, passives with and without "by", event nouns as subjects and with light verbs, reported speech,
participial leads, relative clauses, infinitives of purpose, "X's decision to ...", coordinated verbs.

Each row: CAMEO code, sentence, and the actor and recipient of its main asserted event as ``(words in its text,
ISO3)`` (``None`` leaves a side unchecked, ``NOBODY`` wants none). The category a row wants is the crosswalk's for its
code (``khabar.ontology.cameo_to_plover``). All sentences are our own, about invented situations."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.ontology.cameo import cameo_to_plover

from tests.nlp.conftest import NOBODY, asserted_main_event, coded_events, party_holds

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2024, 6, 12)

CONCEDE = [
    ("080", "Bowing to pressure from unions, the Romanian government gave in to the demands of striking rail "
            "workers on Tuesday.", ("government", "ROU"), None),
    ("080", "Peruvian miners' demands met after week-long standoff", None, None),
    ("080", "The decision by Lima to accede to the miners' demands ended a three-week blockade of the mine.",
     None, None),
    ("080", "According to the union, the ministry had yielded to most of its demands before dawn.", None, None),
    ("080", "Facing mounting street protests, Mongolia's cabinet caved in to demands for a new election law.",
     ("cabinet", "MNG"), None),
    ("081", "Tunisia eases restrictions on foreign journalists", ("Tunisia", "TUN"), None),
    ("0811", "The Belarusian authorities lifted a ban on opposition newspapers, a spokesman said on Friday.",
     (None, "BLR"), None),
    ("0811", "Restrictions on public gatherings in the capital were relaxed by the Kazakh government on Monday.",
     (None, "KAZ"), None),
    ("0811", "Egypt's decision to lift curbs on independent news websites surprised rights groups.", None, None),
    ("0811", "Seeking to calm the unrest, Uzbek officials relaxed limits on public assembly in Tashkent.",
     (None, "UZB"), None),
    ("0811", "Vietnam loosens internet censorship rules ahead of trade talks", None, None),
    ("0812", "The Gabonese junta lifted the suspension of opposition parties and allowed them to hold rallies.",
     None, None),
    ("0812", "A ban on the main opposition party was lifted by Zimbabwe's high court on Thursday.", None, None),
    ("0812", "Cambodia reinstates opposition party after two-year ban", ("Cambodia", "KHM"), None),
    ("0831", "Kyrgyzstan's president agreed to hand over some powers to parliament after days of protests.",
     ("president", "KGZ"), None),
    ("0831", "The Sudanese military council, which took power in April, agreed to share power with civilian "
             "leaders.", ("council", "SDN"), None),
    ("0831", "Facing a general strike, Haiti's prime minister accepted the opposition's demand for a "
             "unity government.", ("minister", "HTI"), None),
    ("0834", "The Nigerian government agreed to the students' demand for a review of tuition fees.",
     ("government", "NGA"), None),
    ("0834", "Kenya gives in to doctors' demands, ending 100-day strike", ("Kenya", "KEN"), None),
    ("0834", "The Bolivian mining minister said the government had accepted all 12 demands of the cooperative "
             "miners.", (None, "BOL"), None),
    ("083", "Under pressure from farmers, the Polish government conceded to calls for a tax cut on diesel.",
     ("government", "POL"), None),
    ("0832", "Ukrainian officials agreed on Monday to recognise Russian as a regional language in two "
             "provinces, meeting a key demand of the separatists.", (None, "UKR"), None),
    ("081", "The Iranian authorities eased restrictions on women's dress in universities, the state news agency "
            "reported.", (None, "IRN"), None),
    ("0811", "Saudi Arabia lifts ban on women driving", ("Saudi Arabia", "SAU"), None),
    ("051", "The lifting of a ban on foreign travel for opposition figures was welcomed by the European Union.",
     ("European Union", None), None),
    ("0834", "Striking nurses in Ghana ended their walkout after the health ministry met their demands for "
             "back pay.", None, None),
    ("080", "The Zambian government backed down on Friday over a planned fuel tax, its spokesman said.",
     ("government", "ZMB"), None),
    ("0811", "Bahrain's king, who faced weeks of protests, lifted the ban on public demonstrations.",
     ("king", "BHR"), None),
    ("0831", "Jordan's king agreed to let parliament choose the prime minister, meeting a key opposition demand.",
     ("king", "JOR"), None),
    ("0812", "Opposition parties allowed to register again in Equatorial Guinea", None, None),
]

RETREAT = [
    ("0841", "The release of 40 prisoners came after months of talks between the government and the rebels.",
     None, None),
    ("0841", "Myanmar frees 200 political prisoners in amnesty", ("Myanmar", "MMR"), None),
    ("0841", "Six detained journalists were released by Ethiopian authorities on Wednesday.",
     (None, "ETH"), ("journalists", None)),
    ("0841", "Hamas said it had freed two elderly Israeli women held in Gaza since October.", ("Hamas", None),
     None),
    ("0841", "According to the Red Cross, the militia released 17 hostages on Sunday.", ("militia", None), None),
    ("0841", "Iran's decision to free a detained French tourist eased tensions with Paris.", None, None),
    ("0841", "The Houthis released the crew of a seized cargo ship after mediation by Oman.", ("Houthis", None),
     ("crew", None)),
    ("0841", "A pardoned opposition leader walked out of prison on Tuesday after Belarus released him.", None,
     None),
    ("0813", "The Sri Lankan government lifted the nationwide curfew on Thursday morning.", ("government", "LKA"),
     NOBODY),
    ("0813", "Curfew eased in Imphal as calm returns", None, None),
    ("0813", "Ecuador's president lifted the state of emergency in seven provinces, his office said.",
     ("president", "ECU"), None),
    ("0814", "The state of emergency was lifted by the Thai cabinet after three months.", ("cabinet", "THA"), None),
    ("0814", "Peru ends state of emergency in southern region", ("Peru", "PER"), None),
    ("0813", "The Kenyan interior ministry relaxed the dusk-to-dawn curfew in Nairobi on Monday.",
     ("ministry", "KEN"), None),
    ("0871", "The Sudanese army declared a 72-hour ceasefire to allow civilians to leave Khartoum.",
     ("army", "SDN"), None),
    ("0871", "Rebels announce unilateral truce in eastern Congo", ("Rebels", None), None),
    ("0871", "A ceasefire declared by the Azerbaijani military took effect at noon.", (None, "AZE"), None),
    ("0872", "Israel eases blockade of Gaza, allowing fuel trucks to enter", ("Israel", "ISR"), None),
    ("0872", "Saudi-led coalition lifted its blockade of Yemen's Hodeidah port, a spokesman said.", None, None),
    ("0873", "Around 3,000 FARC fighters handed in their weapons to United Nations monitors on Tuesday.",
     ("fighters", None), None),
    ("0873", "The demobilisation of 5,000 militiamen was completed by the Central African government in March.",
     None, None),
    ("0873", "Colombian paramilitaries lay down arms under peace deal", None, None),
    ("0874", "Hundreds of Islamic State fighters surrendered to Kurdish forces in Baghuz on Saturday.",
     ("fighters", None), ("forces", None)),
    ("0874", "Encircled by government troops, the rebels surrendered after a week-long siege.", ("rebels", None),
     None),
    ("0872", "Russian troops withdrew from the town of Kherson, the defence ministry said.", ("troops", "RUS"),
     None),
    ("0872", "Ethiopian forces pull out of Tigray's capital", ("forces", "ETH"), None),
    ("0872", "The withdrawal of Turkish troops from the border zone was completed on Friday.", (None, "TUR"),
     None),
    ("0874", "The militia's commander surrendered to the army on Wednesday, according to a military spokesman.",
     ("commander", None), ("army", None)),
    ("0841", "Security forces released the 30 protesters they had detained overnight, police said.", None,
     ("protesters", None)),
    ("0872", "Having lost the town, the insurgents retreated into the hills north of Mosul.", ("insurgents", None),
     None),
    ("0841", "Eritrea frees 11 Ethiopian truck drivers held since March", ("Eritrea", "ERI"), None),
    ("0813", "Authorities in Leh relaxed the curfew for four hours to let residents buy food.", None, None),
    ("0871", "Armed groups in Tripoli agreed to a truce brokered by the UN, ending two days of fighting.",
     None, None),
    ("0874", "Surrendering to the Syrian army, the last rebel fighters in Daraa handed over their heavy weapons.",
     None, None),
    ("0872", "The Ugandan army said it had pulled its troops out of eastern Congo.", (None, "UGA"), None),
]

ACCUSE = [
    ("090", "Prosecutors are investigating the Ukrainian defence minister over a $40m arms contract", None,
     ("minister", "UKR")),
    ("090", "The Brazilian federal police opened an inquiry into the former president's use of public funds.",
     ("police", "BRA"), None),
    ("091", "The mayor of Lagos was questioned by anti-corruption investigators on Tuesday.", None,
     ("mayor", "NGA")),
    ("092", "Investigators said they were probing the deaths of 12 migrants in the Libyan desert.", None, None),
    ("091", "South Africa's anti-graft agency launched a probe into the state power company.",
     ("agency", "ZAF"), None),
    ("092", "The UN human rights council voted on Friday to investigate abuses by Myanmar's military.", None, None),
    ("090", "An investigation into the police shooting in Nanterre was opened by French prosecutors.",
     (None, "FRA"), None),
    ("094", "The International Criminal Court began an investigation into alleged war crimes in Darfur.",
     ("Court", None), None),
    ("0841", "Interrogated for hours by Turkish police, the journalist was later freed.", None, ("journalist", None)),
    ("112", "Rights groups accuse Egypt of torturing detainees", ("groups", None), ("Egypt", "EGY")),
    ("194", "According to Kyiv, Moscow had shelled the nuclear plant deliberately.", None, None),
    ("111", "The European Union criticised Hungary's new media law on Wednesday.", ("European Union", None),
     ("Hungary", "HUN")),
    ("111", "Criticised by the opposition, the Kenyan finance minister defended the budget.", None, None),
    ("1121", "The Indian government accused Pakistan of sheltering militants who attacked a police post.",
     ("government", "IND"), ("Pakistan", "PAK")),
    ("1121", "Israel blames Hezbollah for rocket strike on Golan town", ("Israel", "ISR"), ("Hezbollah", None)),
    ("112", "Serbia's president, who has long denied any role in the unrest, accused Kosovo of provoking the "
            "clashes.", ("president", "SRB"), ("Kosovo", None)),
    ("111", "Venezuela's foreign ministry condemned the US sanctions as an act of aggression.",
     ("ministry", "VEN"), ("US", "USA")),
    ("111", "Chile denounces Bolivia's border closure", ("Chile", "CHL"), None),
    ("115", "A Lithuanian energy firm sued Gazprom in a Stockholm court for breach of contract.", ("firm", "LTU"),
     ("Gazprom", None)),
    ("115", "A lawsuit against the Mexican state oil company was filed by fishing cooperatives on Monday.",
     ("cooperatives", None), None),
    ("114", "Georgian opposition parties complained to election monitors about vote-buying in Tbilisi.",
     ("parties", "GEO"), None),
    ("190", "Amnesty International said Nigerian soldiers had killed at least 50 unarmed protesters.",
     ("soldiers", "NGA"), ("protesters", None)),
    ("111", "Germany's chancellor sharply rebuked Turkey over the arrest of a German reporter.",
     ("chancellor", "DEU"), ("Turkey", "TUR")),
    ("112", "The Philippines accused China's coast guard of ramming a supply boat, calling it a dangerous "
            "manoeuvre.", ("Philippines", "PHL"), ("coast guard", "CHN")),
    ("111", "The condemnation of the coup by the African Union came hours after soldiers seized the palace.",
     None, None),
    ("093", "Lawmakers in Seoul grilled the defence minister over the failed rocket launch.", (None, "KOR"),
     ("minister", None)),
    ("090", "Officials are probing whether the Moldovan election was funded from abroad, the interior minister "
            "said.", None, None),
    ("1121", "Moscow accuses Kyiv of drone attack on Kremlin", ("Moscow", "RUS"), ("Kyiv", "UKR")),
]

CONSULT = [
    ("040", "The foreign ministers of Armenia and Azerbaijan met in Washington on Thursday.", None, None),
    ("040", "Talks between Sudan's warring generals resumed in Jeddah, Saudi mediators said.", None, None),
    ("041", "Biden speaks by phone with Xi ahead of summit", ("Biden", "USA"), ("Xi", "CHN")),
    ("041", "The Japanese prime minister held a phone call with the South Korean president on Monday.",
     ("minister", "JPN"), ("president", "KOR")),
    ("042", "Indian prime minister arrives in Moscow for two-day visit", ("minister", "IND"), None),
    ("042", "The visit by the Chinese premier to Canberra was the first in seven years.", ("premier", "CHN"),
     None),
    ("042", "Landing in Nairobi on Tuesday, the German president began a three-nation African tour.",
     ("president", "DEU"), None),
    ("043", "The Turkish president hosted his Syrian counterpart in Ankara for talks on refugees.",
     ("president", "TUR"), (None, "SYR")),
    ("043", "Egypt's president received the Israeli national security adviser in Cairo on Sunday.",
     ("president", "EGY"), None),
    ("044", "Qatar hosts talks between the Taliban and US envoys", (None, "AFG"), None),
    ("039", "Norway offered on Friday to mediate between the Colombian government and the ELN rebels.",
     ("Norway", "NOR"), None),
    ("045", "Mediated by the African Union, talks between Ethiopia and the TPLF began in Pretoria.", None, None),
    ("046", "The Pakistani and Afghan delegations negotiated for six hours over the border crossing.",
     None, None),
    ("046", "Negotiators from Serbia and Kosovo held a fresh round of talks in Brussels.", None, None),
    ("040", "The French president, who arrived in Beijing on Wednesday, held talks with his Chinese "
            "counterpart.", ("president", "FRA"), None),
    ("040", "According to state television, Iranian and Saudi officials met in Baghdad last week.", None, None),
    ("046", "Hamas and Fatah open reconciliation talks in Cairo", None, None),
    ("042", "The British foreign secretary travelled to Kyiv to meet Ukrainian officials.",
     ("secretary", "GBR"), None),
    ("040", "The Malian junta leader met Russian defence officials in Bamako, his office said.",
     ("leader", "MLI"), (None, "RUS")),
    ("041", "Putin and Erdogan discussed the grain corridor in a phone call on Saturday.", None, None),
    ("044", "The summit, hosted by Indonesia, brought together Southeast Asian leaders in Jakarta.",
     None, None),
    ("046", "Nepal's government held negotiations with the striking teachers' union on Monday.",
     ("government", "NPL"), None),
    ("040", "Meeting in Geneva, the US and Russian negotiators discussed prisoner exchanges.", None, None),
    ("043", "Kenya's president welcomed the Ethiopian prime minister to State House on Friday.",
     ("president", "KEN"), None),
    ("042", "The Iranian foreign minister paid a visit to Riyadh on Thursday.", ("minister", "IRN"), None),
]

AID = [
    ("070", "Japan gives $500m to Ukraine for reconstruction", ("Japan", "JPN"), ("Ukraine", "UKR")),
    ("071", "The World Bank approved a $300m loan to Sri Lanka on Thursday.", ("World Bank", None),
     ("Sri Lanka", "LKA")),
    ("071", "A $2bn aid package for Egypt was approved by the European Union on Sunday.", ("European Union", None),
     None),
    ("072", "The United States sent 31 Abrams tanks to Ukraine, the Pentagon said.", ("United States", "USA"),
     ("Ukraine", "UKR")),
    ("072", "Germany delivers air defence systems to Kyiv", ("Germany", "DEU"), ("Kyiv", "UKR")),
    ("072", "Russia's delivery of attack helicopters to Mali was confirmed by the junta.", None, None),
    ("073", "The World Food Programme delivered food to 200,000 people in northern Gaza on Monday.",
     ("World Food Programme", None), None),
    ("073", "Relief supplies were flown to earthquake-hit Morocco by the Spanish air force.", (None, "ESP"),
     None),
    ("073", "Turkey sends aid convoy to quake-hit Syrian town", ("Turkey", "TUR"), None),
    ("073", "To help flood victims, China sent 50 tonnes of medical supplies to Pakistan.", ("China", "CHN"),
     ("Pakistan", "PAK")),
    ("074", "The deployment of Kenyan peacekeepers to Haiti was approved by the UN Security Council.", None, None),
    ("074", "Rwanda sent 1,000 troops to Mozambique to help fight an Islamist insurgency.", ("Rwanda", "RWA"),
     ("Mozambique", "MOZ")),
    ("075", "Germany granted asylum to a Russian opposition journalist, her lawyer said.", ("Germany", "DEU"),
     ("journalist", "RUS")),
    ("075", "Chad takes in 100,000 Sudanese refugees fleeing Darfur", ("Chad", "TCD"), None),
    ("071", "According to the finance ministry, Saudi Arabia had deposited $3bn in Pakistan's central bank.",
     None, None),
    ("070", "The International Monetary Fund disbursed $1.1bn to Argentina on Friday.", ("Fund", None),
     ("Argentina", "ARG")),
    ("073", "Aid agencies distributed blankets and tents to displaced families in Idlib.", ("agencies", None),
     None),
    ("072", "France supplied Rafale jets to India under a 2016 contract.", ("France", "FRA"), ("India", "IND")),
    ("073", "The UN airlifted emergency food to famine-hit Somalia this week.", ("UN", None), None),
    ("0331", "Qatar pledged $500m in aid to Lebanon's army, the Lebanese prime minister said.", ("Qatar", "QAT"),
     None),
    ("074", "Ugandan troops were deployed to South Sudan to protect the capital at the request of Juba.", None,
     None),
    ("073", "Canada donates 10 million vaccine doses to African countries", ("Canada", "CAN"), None),
]

ASSAULT = [
    ("1712", "Israeli bulldozers demolished the homes of two Palestinian attackers in Jenin on Tuesday.",
     (None, "ISR"), None),
    ("1712", "Militants torched a police station and three government vehicles in Kano state.",
     ("Militants", None), None),
    ("1712", "Churches set on fire by mob in Pakistan's Punjab", ("mob", None), None),
    ("1712", "The destruction of 300 homes by Myanmar soldiers was documented by satellite images.", None, None),
    ("1712", "Islamic State fighters blew up a 12th-century mosque in Mosul, Iraqi officials said.",
     ("fighters", None), None),
    ("181", "Gunmen abducted 80 pupils from a boarding school in Nigeria's Kebbi state.", ("Gunmen", None),
     ("pupils", None)),
    ("181", "Two Italian aid workers were kidnapped by al-Shabaab militants near the Kenyan border.",
     ("al-Shabaab", None), ("workers", "ITA")),
    ("181", "Armed men kidnap 12 passengers from bus in Cameroon", ("men", None), ("passengers", None)),
    ("181", "The abduction of the French journalist by jihadists in northern Mali was confirmed by Paris.", None,
     None),
    ("181", "The militia took 25 soldiers hostage after overrunning their base, a local official said.",
     ("militia", None), ("soldiers", None)),
    ("182", "Plainclothes officers beat an opposition lawmaker outside parliament in Kampala.",
     ("officers", None), ("lawmaker", None)),
    ("182", "A Georgian opposition leader was assaulted by masked men outside his home.", ("men", None),
     ("leader", "GEO")),
    ("183", "A suicide bomber killed 14 people at a market in Mogadishu on Saturday.", ("bomber", None),
     ("people", None)),
    ("183", "Car bomb kills six in Damascus suburb", None, None),
    ("183", "According to police, a bomb planted by separatists exploded at a rail station in Quetta.", None, None),
    ("186", "The governor of Kandahar was assassinated by a Taliban gunman on Friday.", ("Taliban", None),
     ("governor", None)),
    ("186", "Haitian president assassinated at his home", None, ("president", "HTI")),
    ("190", "Clashes between Sudanese army units and the RSF killed dozens in El Fasher.", None, None),
    ("190", "Armenian and Azerbaijani troops exchanged fire along the border overnight.", None, None),
    ("193", "Police opened fire on protesters in Nairobi, killing three, witnesses said.", ("Police", None),
     ("protesters", None)),
    ("193", "Gunmen shoot dead five villagers in Burkina Faso", ("Gunmen", None), ("villagers", None)),
    ("194", "Russian artillery shelled residential areas of Kharkiv overnight, the regional governor said.",
     ("artillery", "RUS"), None),
    ("194", "The Ukrainian town was shelled by Russian forces for the third day on Tuesday.",
     ("forces", "RUS"), None),
    ("195", "Israeli warplanes struck targets in southern Lebanon, the army said.", ("warplanes", "ISR"), None),
    ("195", "US drone strike kills al-Qaeda leader in Yemen", (None, "USA"), ("leader", None)),
    ("195", "The air strike on the hospital in Saada, which killed 19 people, was carried out by the coalition.",
     None, None),
    ("190", "Rebels attacked an army base in northern Mali, killing at least 20 soldiers.", ("Rebels", None),
     ("army", None)),
    ("190", "Seeking to retake the city, government troops launched an offensive against the rebels.",
     ("troops", None), ("rebels", None)),
    ("180", "Militants ambushed a military convoy in North Waziristan, the Pakistani army said.",
     ("Militants", None), ("convoy", None)),
    ("201", "Hundreds of civilians were massacred by militiamen in the village, a UN report said.",
     ("militiamen", None), ("civilians", None)),
    ("202", "Jihadists slaughter 130 villagers in Burkina Faso raid", ("Jihadists", None), ("villagers", None)),
    ("190", "The attack on the police post, claimed by the Pakistani Taliban, killed six officers.", None, None),
]

COERCE = [
    ("171", "Customs officers seized 40 tonnes of fuel smuggled from Iran, the Iraqi interior ministry said.",
     ("officers", None), None),
    ("171", "Russian authorities confiscated the assets of a US energy company on Friday.", (None, "RUS"), None),
    ("1711", "Venezuela seizes US-owned oil rigs", ("Venezuela", "VEN"), None),
    ("1711", "The confiscation of the opposition party's headquarters by the Nicaraguan police drew "
             "condemnation.", None, None),
    ("171", "Several foreign ships were impounded by the Nigerian navy last week.", ("navy", "NGA"), None),
    ("192", "Iranian commandos seized a British-flagged oil tanker in the Strait of Hormuz.",
     ("commandos", "IRN"), None),
    ("173", "Turkish police detained 30 people suspected of links to Islamic State, the state news agency said.",
     ("police", "TUR"), ("people", None)),
    ("173", "Opposition leader arrested in Dhaka after rally", None, ("leader", None)),
    ("173", "A prominent Russian journalist was detained by Moscow police on Thursday.", ("police", "RUS"),
     ("journalist", "RUS")),
    ("173", "The arrest of the former president in Lima came a day after his impeachment.", None, None),
    ("173", "According to the army, soldiers had arrested 12 suspected smugglers near the border.",
     ("soldiers", None), ("smugglers", None)),
    ("173", "Charged with treason, the opposition politician faces life in prison in Burundi.", None, None),
    ("173", "Prosecutors in Istanbul charged 14 journalists with terrorism offences on Monday.",
     ("Prosecutors", None), ("journalists", None)),
    ("173", "Belarus jails opposition activist for 10 years", ("Belarus", "BLR"), ("activist", None)),
    ("174", "Algeria expelled hundreds of migrants to Niger last month, aid groups said.", ("Algeria", "DZA"),
     ("migrants", None)),
    ("166", "Two Dutch diplomats were expelled by Russia in a tit-for-tat move.", ("Russia", "RUS"),
     ("diplomats", "NLD")),
    ("174", "Pakistan deports thousands of Afghans as deadline passes", ("Pakistan", "PAK"), ("Afghans", None)),
    ("172", "The Nicaraguan government banned all protests in the capital on Saturday.", ("government", "NIC"),
     None),
    ("172", "Facing a wave of strikes, the Iranian authorities imposed a curfew on the city of Zahedan.",
     (None, "IRN"), None),
    ("172", "Internet access was cut by the Ethiopian government in the Amhara region.", ("government", "ETH"),
     None),
    ("172", "Russia blocks access to Instagram", ("Russia", "RUS"), None),
    ("191", "Israel imposed a blockade on the Gaza Strip, cutting off fuel and electricity.", ("Israel", "ISR"),
     None),
    ("191", "Azerbaijani forces blockaded the only road linking Nagorno-Karabakh to Armenia.",
     ("forces", "AZE"), None),
    ("192", "Rebels occupy oil field in eastern Libya", ("Rebels", None), None),
    ("192", "The occupation of the airport by the rebels cut off the city from the capital.", None, None),
    ("173", "The authorities in Hong Kong arrested seven pro-democracy activists, who were charged with "
            "unlawful assembly.", None, ("activists", None)),
    ("173", "The Egyptian police rounded up dozens of activists ahead of the anniversary of the uprising.",
     ("police", "EGY"), ("activists", None)),
    ("172", "Tajikistan's government declared a state of emergency in the eastern province on Sunday.",
     ("government", "TJK"), None),
    ("171", "Police raided the offices of an independent newspaper in Harare and seized computers.",
     ("Police", None), None),
    ("175", "Riot police fired tear gas at thousands of protesters in central Tbilisi.", ("police", None),
     ("protesters", None)),
    ("1711", "Kenyan police impounded 20 lorries carrying contraband sugar at the Busia border post.",
     ("police", "KEN"), None),
    ("173", "Zimbabwean police arrested an opposition spokesman to stop him from addressing a rally.",
     ("police", "ZWE"), ("spokesman", None)),
    ("166", "Mali's junta expelled the French ambassador, giving him 72 hours to leave.", ("junta", "MLI"),
     ("ambassador", "FRA")),
]

# The COERCE boundary: an arrest, a seizure or a curfew told in a relative clause, a participle or an object, with
# another act as the news; and the crosswalk's lines between coercion, violence, release and investigation.
BOUNDARY = [
    ("181", "Fighters of the Allied Democratic Forces kidnapped a Catholic priest in North Kivu on Sunday.",
     ("Fighters", None), ("priest", None)),
    ("0841", "Held hostage by pirates for eight months, the crew of a Thai fishing boat were freed on Monday.",
     None, ("crew", None)),
    ("1712", "Settlers set fire to olive groves and two cars in a Palestinian village, the Israeli army said.",
     ("Settlers", None), None),
    ("1712", "Dozens of homes razed by soldiers in Cameroon's Anglophone region", ("soldiers", None), None),
    ("1712", "Troops burned down the houses of suspected rebel sympathisers in the village.", ("Troops", None),
     None),
    ("171", "The Ukrainian security service confiscated the property of pro-Russian lawmakers.",
     ("service", "UKR"), None),
    ("171", "Assets belonging to the ousted leader's family were seized by Tunisian authorities.",
     ("authorities", "TUN"), None),
    ("173", "Detained since March, the activist was charged with spreading false news on Tuesday.", None,
     ("activist", None)),
    ("173", "Police in Nairobi said they had arrested the suspected leader of a carjacking gang.", (None, "KEN"),
     ("leader", None)),
    ("112", "Opposition leaders accused the police of torturing detainees arrested during the protests.",
     ("leaders", None), ("police", None)),
    ("111", "The UN human rights office condemned the arrest of 40 journalists in Ethiopia.", ("office", None),
     None),
    ("0841", "Released after 18 months in detention, the Turkish journalist returned to Istanbul.", None, None),
    ("0841", "The junta released the ousted president, who had been detained since the coup in July.",
     ("junta", None), ("president", None)),
    ("0841", "Freed by their captors after a ransom was paid, the 12 students arrived in Kaduna.", None, None),
    ("0874", "Cornered in a mosque, the gunmen surrendered to police after a six-hour standoff.", ("gunmen", None),
     ("police", None)),
    ("0871", "The Cameroonian army declared a unilateral ceasefire in the Anglophone regions, a spokesman said.",
     ("army", "CMR"), None),
    ("0872", "Israel eased its blockade of Gaza to allow in construction materials.", ("Israel", "ISR"), None),
    ("0813", "Authorities lifted a 48-hour curfew imposed after clashes in the town.", ("Authorities", None), None),
    ("0811", "The Guinean government lifted restrictions on opposition rallies imposed during the state of "
             "emergency.", ("government", "GIN"), None),
    ("090", "Police are questioning three men arrested after the bombing of a bus in Kabul.", ("Police", None),
     ("men", None)),
    ("092", "UN investigators said they were investigating reports that militiamen had abducted hundreds of "
            "women.", ("investigators", None), None),
    ("172", "Authorities in Minsk banned a march planned by the opposition for Saturday.", ("Authorities", "BLR"),
     None),
    ("172", "A curfew was imposed on the city after overnight clashes between rival militias.", None, None),
    ("191", "Government forces have besieged the rebel-held town of Madaya since July.", ("forces", None), None),
    ("174", "Deported by Kuwait last month, the Egyptian workers arrived in Cairo on Friday.", ("Kuwait", "KWT"),
     ("workers", "EGY")),
    ("182", "Detainees were beaten and tortured by prison guards, a UN report said.", ("guards", None),
     ("Detainees", None)),
    ("182", "Police beat protesters with batons before arresting dozens of them.", ("Police", None),
     ("protesters", None)),
    ("180", "Soldiers who had detained the villagers later shot three of them dead.", ("Soldiers", None), None),
]

TABLE = CONCEDE + RETREAT + ACCUSE + CONSULT + AID + ASSAULT + COERCE + BOUNDARY


# Rows the coder still gets wrong, by the start of their sentence, and why.
_DECIDED = "the act of \"X's decision to ...\" is read as still to come (factuality's future), like \"decided to\""
_AGREED = ("\"agreed to\" + a concession codes AGREE: the agreement verb is the main event, and the concession in "
           "its infinitive or participle is future")
KNOWN_MISSES: dict[str, str] = {
    "The decision by Lima to accede": _DECIDED,
    "Egypt's decision to lift curbs": _DECIDED,
    "Iran's decision to free": _DECIDED,
    "Kyrgyzstan's president agreed to hand over": _AGREED,
    "The Sudanese military council, which took power": _AGREED,
    "Ukrainian officials agreed on Monday": _AGREED,
    "Jordan's king agreed to let parliament": _AGREED,
    "Armed groups in Tripoli agreed to a truce": "\"agreed to a truce\" is an agreement (AGREE) with the ending of "
                                                 "the fighting in a participle; the truce itself gives no RETREAT",
    "Hamas said it had freed": "the pronoun \"it\" keeps its own text: a pronoun is not resolved to the speaker "
                               "named as its clause's subject (its country is right)",
    "Hamas and Fatah open reconciliation talks": "the parser reads \"open\" as an adjective of \"talks\" and "
                                                  "the names as its modifiers: no verb is left to repair",
    "Ugandan troops were deployed to South Sudan": "a deployment abroad is AID only with a helping infinitive "
                                                   "(\"to help\"); \"to protect the capital\" reads as MOBILIZE",
    "Held hostage by pirates": "the parser makes \"hostage\" a second passive subject of \"freed\"",
    "UN investigators said they were": "the pronoun \"they\" keeps its own text: a pronoun is not resolved to the "
                                       "speaker named as its clause's subject",
    "The occupation of the airport": "\"occupation\" alone is a standing state (\"the occupation of the West "
                                     "Bank\"); the noun counts only under a light verb",
}


def _params(table, known_misses: dict[str, str]):
    """The rows as pytest params; a row whose sentence starts with a known miss is a strict xfail."""
    for code, text, actor, recipient in table:
        reason = next((r for start, r in known_misses.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(code, text, actor, recipient, marks=marks, id=text[:60])


@pytest.mark.parametrize("code,text,actor,recipient", list(_params(TABLE, KNOWN_MISSES)))
def test_the_main_event_has_the_category_and_parties_of_its_cameo_code(session_coder, code, text, actor,
                                                                       recipient):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None, "no asserted event"
    assert event.event == cameo_to_plover(code)[0], (event.event, event.trigger)
    assert party_holds(actor, event.actor), [(a.text, a.country) for a in event.actor]
    assert party_holds(recipient, event.recipient), [(a.text, a.country) for a in event.recipient]


def test_the_table_is_varied_and_every_code_is_in_the_crosswalk():
    assert len({row[1] for row in TABLE}) == len(TABLE) >= 200  # no sentence twice
    assert all(cameo_to_plover(row[0]) is not None for row in TABLE)
    assert sum(1 for row in TABLE if " by " in row[1]) >= 20  # passives with their agent
    assert sum(1 for row in TABLE if not row[1].endswith(".")) >= 30  # headlines


# Sentences beyond the table showing that each rule added for its misses is general (category of the main event).
@pytest.mark.parametrize("text, category", [
    # a headline's bare past done to a subject the lexicon gives the verb as its object
    ("Curfew lifted in Srinagar after a week", "RETREAT"),
    ("State of emergency lifted in Ecuador's coastal provinces", "RETREAT"),
    ("Travel ban lifted for opposition leaders", "CONCEDE"),
    ("Restrictions eased on foreign journalists in Tunisia", "CONCEDE"),
    # a headline's present the parser hung on its object as an auxiliary, or read as a plural noun
    ("Turkey lifts ban on Wikipedia", "CONCEDE"),
    ("Kenya lifts curfew in Nairobi", "RETREAT"),
    ("Iraq eases curfew in Baghdad", "RETREAT"),
    # "lay" with an object is "lay", not "lie"
    ("Hundreds of fighters lay down their weapons in Cabo Delgado", "RETREAT"),
    ("The rebels lay down their arms in a ceremony attended by the president.", "RETREAT"),
    # deliveries and distributions of goods
    ("The United States delivered Patriot missiles to Poland on Friday.", "AID"),
    ("Aid workers delivered food to the besieged town of Madaya.", "AID"),
    ("The Red Crescent distributed food parcels to 3,000 families in Aden.", "AID"),
    ("Pakistan sends relief supplies to flood-hit Afghan province", "AID"),
    ("Jordan sent 40 tonnes of food and medicine to Gaza on Sunday.", "AID"),
    # a fronted participle is undergone by its clause's subject; travellers who arrive somewhere pay no visit
    ("Detained for a week without charge, the lawyer was released on bail.", "RETREAT"),
    ("Arrested at a checkpoint, two Reuters journalists were held overnight by soldiers.", "COERCE"),
    # destruction of property is ASSAULT (1712)
    ("The destruction of the bridge by retreating troops cut the town off from the capital.", "ASSAULT"),
    ("Satellite images showed the destruction of 40 homes in the village by the army.", "ASSAULT"),
    # a gerund with an article is the event noun a probe is about
    ("Police are investigating the shooting of a teenager in Chicago.", "ACCUSE"),
    ("A judge opened an inquiry into the shooting at a checkpoint in Hebron.", "ACCUSE"),
    # peacekeepers deployed are aid
    ("Brazil announced the deployment of 800 peacekeepers to Lebanon.", "AID"),
    ("The deployment of Bangladeshi peacekeepers to Mali began on Monday.", "AID"),
    # cutting internet access restricts
    ("Pakistani authorities cut internet access in Balochistan ahead of the vote.", "COERCE"),
    ("Internet access was cut in Tigray by the federal government.", "COERCE"),
])
def test_the_rules_added_for_these_shapes_are_general(session_coder, text, category):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and event.event == category, event and (event.event, event.trigger)


@pytest.mark.parametrize("text, forces", [
    ("The withdrawal of Turkish troops from the border zone was completed on Friday.", "TUR"),
    ("The withdrawal of Russian forces from Kherson was confirmed by Ukraine.", "RUS"),
    ("The pullout of Ethiopian soldiers from Somalia began last week.", "ETH"),
])
def test_the_forces_a_withdrawal_pulls_back_withdraw(session_coder, text, forces):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and event.event == "RETREAT"
    assert any(a.country == forces for a in event.actor), [(a.text, a.country) for a in event.actor]
    assert not any(a.text in r.text for a in event.actor for r in event.recipient), [r.text for r in event.recipient]


@pytest.mark.parametrize("text", [
    "The opposition leader walked out of prison on Tuesday after 11 years.",
    "The freed journalist walked out of jail to cheers from his family.",
])
def test_walking_out_of_prison_is_no_walkout(session_coder, text):
    """Leaving prison is no walkout (a protest); nor is a freed captive's arrival a visit."""
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if e.factuality == "asserted"]
    assert not any(e.event == "PROTEST" for e in events), [(e.event, e.trigger) for e in events]


@pytest.mark.parametrize("text, recipient", [
    ("Humanitarian aid was delivered to Gaza on Wednesday, the UN said.", "PSE"),
    ("Fifty tanks were delivered to Ukraine by Poland.", "UKR"),
    ("France supplied Rafale jets to India under a 2016 contract.", "IND"),
    ("The United States delivered Patriot missiles to Poland on Friday.", "POL"),
])
def test_goods_given_are_no_recipient(session_coder, text, recipient):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and [r.country for r in event.recipient] == [recipient], event and [
        (r.text, r.country) for r in event.recipient]


@pytest.mark.parametrize("text", [
    "Freed by their captors after a ransom was paid, the 12 students arrived in Kaduna.",
    "The freed hostages arrived in Doha on Tuesday.",
    "Hundreds of migrants travelled to Belgrade this week.",
])
def test_travellers_arriving_pay_no_visit(session_coder, text):
    events = [e for e in coded_events(session_coder, text, PUBLISHED) if e.factuality == "asserted"]
    assert not any(e.event == "CONSULT" for e in events), [(e.event, e.trigger) for e in events]


@pytest.mark.parametrize("text, undergoer", [
    ("Detained since March, the activist was charged with spreading false news on Tuesday.", "activist"),
    ("Released after 18 months in detention, the Turkish journalist returned to Istanbul.", "journalist"),
    ("Deported by Kuwait last month, the Egyptian workers arrived in Cairo on Friday.", "workers"),
])
def test_a_fronted_participle_is_undergone_by_the_subject(session_coder, text, undergoer):
    event = asserted_main_event(session_coder, text, PUBLISHED)
    assert event is not None and any(undergoer in r.text for r in event.recipient), event and (
        event.event, [r.text for r in event.recipient])

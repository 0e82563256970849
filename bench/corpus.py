"""A generator of realistic synthetic news articles (300 to 1,500 words) for the benchmarks.

Every sentence comes from templates we wrote, filled with real actor and place names, so the text
exercises the whole coder: events of every kind, dates, numbers, hedges, quotes and analysis.
Deterministic: article ``i`` is always the same text.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

ACTORS = ["Iraqi security forces", "the Iraqi army", "Kataib Hezbollah", "the Popular Mobilization Forces",
          "Turkish troops", "the Syrian army", "Russian warplanes", "Houthi rebels", "the Saudi-led coalition",
          "Israeli aircraft", "Hamas", "Taliban fighters", "Afghan police", "Kurdish Peshmerga forces",
          "Islamic State militants", "riot police", "the Lebanese army", "Hezbollah", "US forces",
          "unidentified gunmen", "the Counter Terrorism Service", "Sudanese paramilitaries"]
TARGETS = ["a military convoy", "protesters", "a checkpoint", "an army base", "opposition activists",
           "a border post", "civilians", "a police station", "a camp for displaced families", "the airport",
           "a market", "government buildings", "rival fighters", "journalists"]
PLACES = ["Baghdad", "Mosul", "Basra", "Kirkuk", "Erbil", "Aden", "Sanaa", "Idlib", "Aleppo", "Damascus",
          "Kabul", "Kandahar", "Gaza City", "Rafah", "Beirut", "Tripoli", "Khartoum", "Diyarbakir", "Hodeidah",
          "Raqqa", "Fallujah", "Ramadi", "Tikrit", "Najaf", "Karbala"]
LEADERS = ["the prime minister", "the foreign minister", "the president", "the interior minister",
           "a senior commander", "the UN envoy", "the defence minister", "opposition leaders"]
OUTLETS = ["Wire A", "Regional Daily", "Capital Times", "Frontline News", "Gulf Monitor"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "late on Saturday",
        "on Sunday", "last week", "earlier this month", "two days later", "in the morning"]
NUMBERS = ["at least {n}", "{n}", "roughly {n}", "nearly {n}", "more than {n}", "dozens of", "a dozen", "several"]

EVENT_SENTENCES = [
    "{actor} attacked {target} near {place} {day}, killing {num} people and wounding {num2}, officials said.",
    "{actor} arrested {num} suspects in {place} {day} after a series of raids, a security source said.",
    "Thousands of demonstrators protested in {place} {day} against corruption and power cuts.",
    "{actor} launched a drone strike on {target} outside {place} {day}.",
    "{leader} met the visiting delegation in {place} {day} to discuss a possible ceasefire.",
    "{actor} withdrew from positions around {place} {day}, according to local residents.",
    "The government imposed a curfew on {place} {day} after clashes between {actor} and {target}.",
    "{actor} released {num} detainees {day} as part of an exchange brokered by Qatar.",
    "{leader} condemned the attack on {target} in {place} and demanded an investigation.",
    "{actor} fired rockets at {target} in {place} {day}, but no casualties were reported.",
    "Both sides signed an agreement in {place} {day} to reopen the main road.",
    "{actor} deployed reinforcements to {place} {day} amid fears of a new offensive.",
    "Washington imposed sanctions on {num} officials accused of backing {actor}.",
    "{actor} threatened to retaliate against {target} if the strikes continued.",
    "A roadside bomb exploded near {target} in {place} {day}, killing {num} soldiers.",
]
ANALYSIS_SENTENCES = [
    "Analysts say the violence could trigger a wider conflict if {leader} fails to contain it.",
    "{leader} should avoid escalating the crisis and focus on talks, diplomats argue.",
    "It is not clear whether {actor} will respond to the latest pressure.",
    "Residents of {place} said they feared another round of fighting before the elections.",
    "The region has seen years of instability, with frequent power cuts and rising prices.",
    "Officials did not respond to requests for comment.",
    "Were the truce to collapse, aid agencies would struggle to reach the city.",
    "The economy has shrunk sharply since the pandemic, and unemployment among young people is high.",
    "Critics say the government must do more to protect civilians and hold those responsible to account.",
    "Does the deal hold? Few in {place} are willing to bet on it.",
]


def _fill(template: str, rng: random.Random) -> str:
    def num() -> str:
        return rng.choice(NUMBERS).format(n=rng.randint(2, 300))
    text = template.format(actor=rng.choice(ACTORS), target=rng.choice(TARGETS), place=rng.choice(PLACES),
                           leader=rng.choice(LEADERS), day=rng.choice(DAYS), num=num(), num2=num())
    return text[0].upper() + text[1:]


def article(i: int) -> dict:
    rng = random.Random(i)
    target_words = rng.randint(300, 1500)
    paragraphs, words = [], 0
    while words < target_words:
        pool = EVENT_SENTENCES if rng.random() < 0.6 else ANALYSIS_SENTENCES
        para = " ".join(_fill(rng.choice(pool), rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(para)
        words += len(para.split())
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
    place = rng.choice(PLACES).upper()
    return {"id": f"bench-{i}", "published": published.isoformat(), "source": rng.choice(OUTLETS),
            "title": f"Report {i} from {place.title()}", "text": f"{place} — " + "\n\n".join(paragraphs)}


def write_corpus(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + count):
            fh.write(json.dumps(article(i)) + "\n")
    return path

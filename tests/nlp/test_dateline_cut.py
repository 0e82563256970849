"""The lead of a wire story starts a sentence of its own after its dateline's dash, before the parser reads it.
Sentences written for these tests."""
from __future__ import annotations

import pytest
import spacy

from khabar.nlp.dateline_cut import LEADS_KEY, cut_datelines


@pytest.mark.parametrize("text, starts", [
    ("ISLAMABAD, May 13 (Reuters) - Police detained two men.", ["Police"]),
    ("MOSCOW, May 13 (Reuters) - Russia and Ukraine swapped prisoners.", ["Russia"]),
    ("KABUL, Afghanistan (AP) — Taliban fighters detained two reporters.", ["Taliban"]),
    ("NAIROBI, May 12 (Xinhua) -- Kenyan police arrested 15 protesters.", ["Kenyan"]),
    ("ANKARA (AA) - Turkish drones struck rebel positions.", ["Turkish"]),
    ("UNITED NATIONS (Reuters) - The council met on Monday.", ["The"]),
    ("GAZA CITY, Palestinian Territories: Rockets hit the town.", ["Rockets"]),  # a colon right after the place
    # after a headline: a dateline opens a line, not only the text
    ("Rebels free hostages\n\nGOMA, Congo — The rebels freed nine aid workers.", ["The"]),
    # no dateline: a hyphen inside a name, a clause before the dash, a lower-case opening, a dash at the end
    ("NATO-Russia talks resumed in Brussels.", []),
    ("NATO troops left the base - officials said.", []),
    ("Baghdad — Rockets hit the airport.", []),
    ("BAGHDAD —", []),
])
def test_a_lead_starts_after_its_datelines_dash(text, starts):
    doc = cut_datelines(spacy.blank("en").make_doc(text))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0] == starts
    assert len(doc.user_data.get(LEADS_KEY, ())) == len(starts)  # where the join hangs the dateline back


def test_a_parsed_doc_keeps_its_sentences():
    doc = spacy.blank("en").make_doc("BAGHDAD — Rockets hit the airport.")
    doc[0].dep_ = "ROOT"
    with pytest.raises(ValueError):
        cut_datelines(doc)

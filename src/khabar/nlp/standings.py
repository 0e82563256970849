"""Participles and presents that tell a standing, not an act.

"a man accused of fraud", "the prisoners held by Israel", "militias backed by Iran", "Israel is holding 5,000
prisoners": being accused, held, backed or in custody is who a party is; the act that put it there was an event
reported elsewhere, if at all.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .arguments import Arguments
from .dates import DateValue
from .syntax import children_of
from .triggers import TriggerMatch, names_a_party


def tells_a_standing(doc: Doc, trig: TriggerMatch, args: Arguments, date: DateValue | None) -> bool:
    """The trigger tells who or what a party is, not an act: "a man accused of fraud", "the prisoners held by
    Israel", "Israel is holding 5,000 prisoners"."""
    return _status_label(doc, trig, args) or _in_custody_now(doc, trig) or (
        _describes_its_noun(doc, trig) and (date is None or _describes_anothers_party(doc, trig)))


def _status_label(doc: Doc, trig: TriggerMatch, args: Arguments) -> bool:
    """"a man accused of fraud", "the suspects charged with murder": a participle with no one accusing
    describes a person's standing; the accusation was an event reported elsewhere, if at all."""
    head = doc[trig.head]
    return (trig.entry.event == "ACCUSE" and not trig.nominal and head.dep_ == "acl" and not args.actors
            and not _headline_verb(head))


def _headline_verb(participle: Token) -> bool:
    """"Azerbaijan accused of ethnic cleansing", "Former minister accused of corruption": a participle on the noun that
    heads a verbless sentence is a headline's passive, its news, not a standing."""
    return participle.dep_ == "acl" and participle.head.dep_ == "ROOT" and participle.head.pos_ in ("NOUN", "PROPN")


# Acts whose passive participle names a lasting standing (detained, banned, sanctioned, wanted, accused, backed,
# armed): undated on a party, it tells who the party is ("the prisoners held by Israel", "militias backed by Iran").
_STANDINGS = frozenset({"COERCE", "SANCTION", "REQUEST", "ACCUSE", "SUPPORT", "AID", "MOBILIZE"})
# Of support and aid, the verbs that tell a lasting backing ("backed", "armed", "funded"), not one act.
_BACKINGS = frozenset({"SUPPORT", "AID"})
_BACKING_VERBS = frozenset({"back", "support", "sponsor", "arm", "fund", "finance", "train", "equip"})
# Of mobilising, the verbs that tell where forces are kept ("U.S. troops stationed in Iraq", "forces based in Syria"):
# a presence, not a deployment told as news.
_STATIONING_VERBS = frozenset({"station", "base", "garrison", "position", "deploy"})


def _describes_its_noun(doc: Doc, trig: TriggerMatch) -> bool:
    """"the prisoners held by Israel", "a man wanted by the police", "the cleric, who was detained by the police",
    "the drivers held by the same group": an undated passive participle or passive relative clause after a noun tells
    who or what it is, a standing, not the news. "The men held last week" dates an act and stays one; "the aid
    pledged by donors" or "the civilians evacuated from the town" tell no standing."""
    head = doc[trig.head]
    if trig.nominal or trig.entry.event not in _STANDINGS or head.tag_ != "VBN":
        return False
    if trig.entry.event in _BACKINGS and head.lemma_.lower() not in _BACKING_VERBS:
        return False  # "the plan, welcomed by the EU": a reaction told, not who the party is
    if trig.entry.event == "MOBILIZE" and head.lemma_.lower() not in _STATIONING_VERBS:
        return False  # "reservists mobilized by the junta": the call-up told, not where forces are kept
    while head.dep_ == "conj" and head.head.tag_ == "VBN":  # "rebels armed and funded by Turkey"
        head = head.head
    passive_relative = head.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in children_of(head))
    described = head.head
    return (head.dep_ == "acl" and not _headline_verb(head) or passive_relative) and (
        names_a_party(described) or _held_thing(trig, described))


def _held_thing(trig: TriggerMatch, noun: Token) -> bool:
    """"the drivers held by the same group", "the villages controlled by the militia": whatever is held or
    controlled is in a standing, named as a party or not; backing told of an act ("the offensive, backed by
    Russian aircraft") is support given in it."""
    return trig.entry.event == "COERCE" and noun.pos_ in ("NOUN", "PROPN")


# Acts that undo, or ask or promise to undo, a standing: releasing, pardoning, demanding or promising the release.
_UNDOING = frozenset({"RETREAT", "CONCEDE", "REQUEST", "AGREE"})


def _describes_anothers_party(doc: Doc, trig: TriggerMatch) -> bool:
    """A participle that, even dated, tells a standing: "a man wanted for the bombing in May" (being wanted is never
    an act of asking), or the standing of the people another event of the sentence sets free, or asks or promises
    to ("Israel freed 20 prisoners detained in March": the news is the release)."""
    if trig.entry.event == "REQUEST":
        return True
    host = doc[trig.head].head
    host = host.head if host.dep_ == "appos" else host  # "freed two men, activists detained in May"
    verb = host.head.head if host.dep_ == "pobj" else host.head
    if host.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.pos_ != "VERB":
        return False
    return any(t.entry.event in _UNDOING and verb.i in (t.head, t.governor)
               for t in doc._.triggers or [] if t.head != trig.head)


_KEEPING = frozenset({"hold", "keep"})
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re"})


def _in_custody_now(doc: Doc, trig: TriggerMatch) -> bool:
    """"Israel is holding 5,000 prisoners", "the group holds two journalists": holding people in the present is a
    standing (custody), not the act of detaining them ("police held five suspects overnight")."""
    verb = doc[trig.head]
    if trig.nominal or verb.lemma_.lower() not in _KEEPING:
        return False
    auxes = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and bool(auxes & _PRESENT_AUXILIARIES))

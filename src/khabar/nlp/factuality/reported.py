"""Reported content: what is said, claimed, feared, hoped, guessed or charged, and by whom.

Reported speech keeps what it reports asserted ("officials said X happened") — but not what a party has not said
or confirmed ("Israel has not said it carried out the strike"), nor what a rebutted claim holds.

What someone fears, hopes or guesses is not told as done or as announced ("feared the army would shell the town",
"analysts expect the army to attack", "believes the militants plan to attack"), nor what a claim, a rumour or a
suspicion holds until the text confirms it ("the claim that rebels shelled the hospital could not be verified").
The act one party accuses another of ("accused Moscow of shelling the plant", "charged with attacking police") is
hypothetical: the accusation is the event (coded ACCUSE), and the act is its content, which the text does not tell
as done and which the accused as a rule denies; coding it as well would count one charge as two events, and as an
attack the text never reports. A definite event noun in the charge ("blamed X for the bombing") still presupposes
the act: only who did it is charged.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..syntax import children_of
from .clauses import content_of_noun, negated, presupposed, word_forms
from .governors import DESIRE, lexical_label
from .questions import wh_clause

REPORTING = frozenset({"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "note", "allege",
                       "accuse", "write", "explain", "acknowledge", "admit", "reveal", "insist", "argue"})
OWN_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
# Verbs of fearing and guessing: what they say will happen is possible, not announced.
_GUESSING = frozenset({"fear", "worry", "suspect", "speculate", "believe", "think", "guess", "reckon", "predict",
                       "forecast", "doubt"})
# Verbs of fearing or hoping: what they hold is feared or hoped, whatever its tense ("feared the hostages had been
# killed", "hoped the rebels had withdrawn"); "suspect", "believe" and "think" of a past act keep it told, as the
# doubt is on who did it ("police suspect the gang kidnapped the girl").
_FEARING = frozenset({"fear", "worry", "doubt", "speculate", "guess", "wonder", "imagine", "hypothesize",
                      "hypothesise", "hope", "hoped", "hopes", "hoping"})
# Verbs of expecting: what one expects another to do is one's guess ("analysts expect the army to attack"); what
# one expects to do oneself, or what "is expected", is a plan or a schedule ("expects to sign the accord").
_EXPECTING = frozenset({"expect", "anticipate", "predict", "forecast"})
_THREATENING = frozenset({"threaten", "warn"})
# Nouns whose "that" clause holds what someone claims, suspects, fears or imagines, not a fact: "the claim that
# rebels shelled the hospital", "rumours that the army had arrested the governor", "fears that the militia would
# attack". Reports, news and evidence tell what they hold; a claim confirmed ("confirmed claims that") does too.
_HEARSAY = frozenset({"claim", "allegation", "accusation", "charge", "rumour", "rumor", "speculation", "suspicion",
                      "suggestion", "theory", "assertion", "fear", "concern", "worry", "belief", "impression",
                      "hypothesis", "conjecture", "idea", "notion", "hope", "expectation", "prediction"})
# Verbs that, said of a claim, make what it holds a fact.
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate", "prove", "establish", "vindicate"})
_CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "account", "version"})
# Verbs and nouns of charging someone with an act: "accused Moscow of shelling the plant", "charged with attacking
# police", "on suspicion of smuggling weapons".
_CHARGING = frozenset({"accuse", "charge", "suspect", "allege", "indict", "accusation", "suspicion", "allegation"})


def speaker_of(clause_head: Token) -> Token | None:
    """Who says the clause: the subject of the reporting verb above it ("..., the UN said")."""
    for verb in clause_head.ancestors:
        if verb.lemma_.lower() in REPORTING:
            return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


# --- fears, hopes and guesses --------------------------------------------------------------------

def wished(clause: Token) -> bool:
    """"hoped that the rebels would disarm": the content of a wish; "feared that Gondor would invade", "believes
    Mordor will launch an offensive", "fears that the militia would attack", "expects the army to launch an
    offensive": the content of a fear or a guess, or another's act expected, no one's announcement."""
    if clause.dep_ == "acl" and content_of_noun(clause):
        return hearsay(clause.head)
    if clause.dep_ != "ccomp":
        return False
    return bool(word_forms(clause.head) & (DESIRE | _GUESSING)) or anothers_act_expected(clause.head, clause)


def anothers_act_expected(verb: Token, clause: Token) -> bool:
    """"Analysts expect the army to launch an offensive", "said it expected al-Shabaab to attack the capital"."""
    if verb.lemma_.lower() not in _EXPECTING or clause.dep_ not in ("ccomp", "xcomp") or clause.head.i != verb.i:
        return False
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False  # "is expected to vote": a schedule
    doer = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    expecter = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return doer is not None and doer.lower_ not in OWN_PRONOUNS and (expecter is None or
                                                                     doer.lower_ != expecter.lower_)


def feared(verb: Token, clause: Token) -> bool:
    return clause.dep_ == "ccomp" and bool(word_forms(verb) & _FEARING)


def threatened(clause: Token) -> bool:
    """"warned that it would strike the carriers": what a threat or warning says will be done happens only if the
    threat is carried out; the threat itself is the event."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _THREATENING


# --- claims and charges --------------------------------------------------------------------------

# Nouns of news that tell what they hold, unless called unconfirmed: "unconfirmed reports that soldiers shot ...".
_NEWS = frozenset({"report", "account", "word", "news"})
_UNCONFIRMED = frozenset({"unconfirmed", "unverified", "uncorroborated", "unsubstantiated", "unsourced"})


def hearsay(noun: Token) -> bool:
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return lemma in _HEARSAY or lemma in _NEWS and any(
        c.dep_ == "amod" and c.lower_ in _UNCONFIRMED for c in children_of(noun))


def judged_hearsay(noun: Token) -> str | None:
    """What a claim's content is, by what the clause above says of the claim: confirmed, it is told (None: the walk
    goes on to that clause); rejected or denied, the walk finds that; otherwise it is only claimed: hypothetical."""
    verb = noun.head
    if verb.i == noun.i:
        return "hypothetical"
    if verb.lemma_.lower() in _CONFIRMING and not negated(verb):
        return None
    return None if lexical_label(verb, noun) is not None else "hypothetical"


def confirming_verb(noun: Token) -> Token | None:
    """The verb that confirms a claim ("the UN confirmed the claim that ..."), or None: what the claim holds is then
    told only as far as the confirming is ("was not possible to verify the claim", "have yet to confirm it")."""
    verb = noun.head
    if verb.i == noun.i or verb.lemma_.lower() not in _CONFIRMING or negated(verb):
        return None
    return verb


# Verbs that, said of a claim by another party, dispute it: "a claim Kyiv denied".
_DISPUTING = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "contest"})


def disputed_after(clause: Token) -> bool:
    """"Russia said it had destroyed a depot, a claim that could not be verified", "said its drones hit the refinery,
    a claim Kyiv denied": a claim noun set after the reported clause, which the text says could not be verified or
    which a party disputes, leaves what the clause reports only claimed."""
    return any(_claim_disputed(noun) for noun in clause.doc[clause.i + 1:clause.sent.end]
               if noun.lemma_.lower() in _CLAIM_NOUNS and _set_off(noun))


def _set_off(noun: Token) -> bool:
    """"..., a claim": the noun opens a phrase set off by a comma."""
    return noun.i >= 2 and noun.doc[noun.i - 1].lower_ in ("a", "an") and noun.doc[noun.i - 2].text == ","


def _claim_disputed(noun: Token) -> bool:
    judging = [c for c in children_of(noun) if c.dep_ == "relcl"]
    phrase = noun
    while phrase.dep_ == "compound":  # "a claim rights groups disputed": the parser may read it as one noun
        phrase = phrase.head
    if phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and phrase.head.i > noun.i:
        judging.append(phrase.head)  # "a claim Kyiv denied", which the parser may make the sentence's governor
    return any((v.lemma_.lower() in _DISPUTING and not negated(v)) or (v.lemma_.lower() in _CONFIRMING and negated(v))
               for v in judging)


def unsaid(clause: Token) -> bool:
    """"Israel has not said it carried out the strike", "neither side has confirmed that talks took place": what a
    party does not say or confirm is not told as fact; "did not say how many were killed" still tells the killing.
    Nor is what only hearsay says: "unconfirmed reports said gunmen attacked a village", "rumours said ..."."""
    if any(c.dep_ == "nsubj" and hearsay(c) for c in children_of(clause.head)):
        return True
    return negated(clause.head) and not wh_clause(clause)


def rebuttal_after(clause: Token) -> bool:
    """"Officials accused Caracas of sheltering the rebels, a charge Caracas denies" (or "a charge Kigali denies",
    the claim noun compounded on the subject's name): the parser may make the
    sentence the complement of the rebuttal after it, whose subject is the claim; the sentence itself stands."""
    verb = clause.head
    return clause.i < verb.i and any(c.dep_ in ("nsubj", "dobj", "npadvmod") and clause.i < c.i < verb.i
                                     and _names_the_claim(c) for c in children_of(verb))


def _names_the_claim(noun: Token) -> bool:
    """"a charge", or "a charge Kigali", which the parser may read as one name with the claim noun compounded."""
    return noun.lemma_.lower() in _CLAIM_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _CLAIM_NOUNS for c in children_of(noun))


def charged(prep: Token, child: Token) -> bool:
    """"Kyiv accused Moscow of shelling the plant": the act one party charges another with is the charge's content,
    not an act the text tells as done (the ACCUSE is the event; the accused, as a rule, denies it): hypothetical,
    as what a claim holds. A definite act ("blamed X for the bombing", "accused Y of the killing of ...")
    presupposes the act: only who did it is charged, and the walk finds it told."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "with") or child.dep_ not in ("pcomp", "pobj"):
        return False
    host = prep.head
    if host.lemma_.lower() not in _CHARGING:
        host = host.head  # "accused the militia of seizing aid": the parser may hang the phrase on the object
    if host.lemma_.lower() not in _CHARGING:
        return False
    return child.dep_ == "pcomp" or not presupposed(child)

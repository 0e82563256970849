"""Repairs of parser slips that hide a sentence's main verb, made before triggers are read.

1. Hyphenated verbs ("test-fired", "air-dropped", "co-signed", "re-imposed"): the tokenizer splits them at the
   hyphen and the small model then reads the verb as an adjective of its object, leaving the sentence with no
   verb at all. ``keep_prefixed_verbs`` keeps such words whole, and the model tags them as verbs.
2. A past-tense verb read as an adjective of its object ("The envoy voiced concern about ...", "troops had
   tortured prisoners"): ``repair_verbs_read_as_adjectives`` re-attaches the subject and the object to the verb,
   so every later step (triggers, arguments, factuality) reads an ordinary clause.
3. A dateline read as the subject of the sentence it opens ("LAGOS — Thousands of traders marched", "BAGHDAD —
   Thousands protested" once 2. has made the verb a clause): ``repair_dateline_subjects`` makes it a modifier,
   so no subject constraint of the lexicon reads the place the story was filed from as the doer, and the real
   subject the parser hung on it after the dash ("KHARTOUM — Sudan's army and the RSF have signed") becomes the
   verb's subject.
4. A headline's present read as a noun ("Arnor denounces Gondor's missile test", "Iraq summons Turkish envoy",
   "Protesters storm parliament"): the model, trained on body text, takes the verb for a plural or a mass noun
   heading a verbless sentence, and an unknown name before it for an adjective ("Arnor expels ..."):
   ``repair_headline_verbs`` makes the word a verb with its subject and object.
5. A headline's passive participle read as a past tense ("Journalist shot dead in Mexico", "Opposition leader
   arrested in Minsk"): a headline tells a past act in the present, so a bare past of a verb done to someone, with
   no object, is a passive whose subject underwent it; ``repair_headline_passives`` makes it one. So is a bare
   past whose subject the lexicon gives the verb as its object ("Curfew eased in Imphal").
6. A headline's present hung on its object as an auxiliary ("Saudi Arabia lifts ban on ...") or read as a plural
   noun between a name and its object ("Kenya lifts curfew in Nairobi"): ``repair_headline_verbs`` makes it the
   verb, the name its subject and the noun its object.
7. A gerund with an article read as a verb ("an investigation into the police shooting"):
   ``repair_gerunds_read_as_verbs`` makes it the event noun it is.
8. A headline's present read as a modifier of its object ("Police arrest journalist in Harare", "Militants ambush
   convoy", "Belarus sentences activist"), after a subject it agrees with, in a sentence with no verb:
   ``repair_headline_verbs`` makes it the verb. Nouns that head compounds with act nouns ("arrest warrant") and
   words that do not agree ("Rebel attack victims") stay as they are.
9. A headline's present given a subject yet tagged a plural noun ("UN chief calls for ceasefire", "Ukraine shoots
   down drones"), or two names joined by a comma before a plain form ("Putin, Xi meet in Beijing"): it is the verb.
10. A bare object read as an adverbial noun or an apposition ("Mali expels French ambassador"), a subject glued to
   the verb as a compound ("Lebanon appeals for aid"), and a place after a verb of giving read as a modifier of the
   thing given ("Germany gave Kyiv air defence systems", a dative): ``repair_headline_verbs`` gives each its role.
11. An acronym opening a sentence read as a verb or an adverb ("ECOWAS imposed sanctions ...", ECOWAS a gerund
   heading the sentence; "UNITAMS condemned the shelling", UNITAMS an adverb of "condemned"):
   ``repair_acronyms_read_as_verbs`` makes it the name it is, and the subject of the verb right after it; 2. then
   re-hangs a verb the parse made an adjective ("imposed" of "sanctions").
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, HEAD, POS, SENT_START, TAG
from spacy.parts_of_speech import VERB

from spacy.language import Language
from spacy.tokens import Doc, Token

from .datelines import dateline_country, dateline_dash, in_dateline
from .sentences import forget_sentence_bounds
from .syntax import unpunctuated

# Prefixes that make new verbs out of old ones in news English; the word is kept whole only when it ends like
# a verb form ("-ed", "-ing"), so nouns such as "co-founder" or "cross-border" are split as before.
_PREFIXED = (r"(?i:(?:test|air|co|re|counter|tear|cross|pre|de|un|mis|over|out|under|court|sea|hand|fire|carpet|"
             r"road|war|gun|drone|helicopter|pistol|truck)-[a-z]+(?:ed|ing))$")
_PREFIXED_VERB = re.compile(_PREFIXED)


def keep_prefixed_verbs(nlp: Language) -> None:
    """Make the tokenizer keep prefixed verbs whole; any token rule the model had still applies. The rule stays a
    compiled pattern, so the pipeline can still be saved."""
    earlier = nlp.tokenizer.token_match
    pattern = earlier.__self__.pattern if earlier is not None else None
    if pattern is not None and _PREFIXED in pattern:
        return  # already installed on this tokenizer
    combined = _PREFIXED if pattern is None else f"{_PREFIXED}|(?:{pattern})"
    nlp.tokenizer.token_match = re.compile(combined).match


def lemmatise_prefixed_verbs(doc: Doc, known: Callable[[str], bool]) -> None:
    """Give a prefixed verb the lemma the lexicon knows: "test-fire" itself, else "re-impose" → "impose". The
    lemmatizer guesses from the whole word ("air-dropped" gives "air-droppe")."""
    verbs = numpy.flatnonzero(doc.to_array(POS) == VERB)
    for verb in (doc[int(i)] for i in verbs if "-" in doc[int(i)].text):
        lemma = verb.lemma_.lower()
        if known(lemma):
            continue
        prefix, _, rest = lemma.rpartition("-")
        found = next((c for stem in _stems(rest) for c in (f"{prefix}-{stem}", prefix + stem, stem) if known(c)), None)
        if found is not None:
            verb.lemma_ = found


def _stems(word: str) -> tuple[str, ...]:
    """The word, then without a final "e" and a doubled consonant the lemmatizer left ("droppe" → "drop")."""
    out = [word]
    if word.endswith("ed"):  # a past form left unlemmatised, as the tagger took it for an adjective ("gassed")
        word = word[:-1]
        out.append(word[:-1])
    if word.endswith("e"):
        out.append(word[:-1])
        if len(word) > 3 and word[-2] == word[-3]:
            out.append(word[:-2])
    return tuple(dict.fromkeys(out))


def repair_acronyms_read_as_verbs(doc: Doc) -> None:
    """Name every acronym that opens a sentence and that the tagger read as a verb or an adverb; an adverb's verb
    right after it, left with no subject, takes it as its subject ("UNITAMS condemned the shelling")."""
    for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1):
        first = doc[int(i)]
        if name_acronym_read_as_verb(first) and first.dep_ == "advmod":
            verb = first.head
            if verb.i == first.i + 1 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                first.dep_ = "nsubj"


_READ_AS_VERB = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB"})


def name_acronym_read_as_verb(word: Token) -> bool:
    """Make an all-capital word of letters a name where the tagger took it for a verb or an adverb, in a sentence of
    ordinary case: such a word is a name, never a verb, in running text ("ECOWAS imposed", "IGAD suspended"); an
    all-capital headline ("TROOPS WITHDRAW") tells nothing by its case. Whether the word was renamed."""
    if not (word.tag_ in _READ_AS_VERB and word.is_alpha and word.is_upper and len(word) > 1):
        return False
    if not any(t.is_lower for t in word.sent):
        return False
    word.tag_, word.pos_, word.lemma_ = "NNP", "PROPN", word.text
    return True


def repair_verbs_read_as_adjectives(doc: Doc) -> None:
    candidates = _tokens_labelled(doc, ("acl", "amod"))
    for verb in [t for t in candidates if _verb_read_as_relative(t)]:
        _make_subject_clause(verb)
    for verb in [t for t in candidates if _verb_read_as_adjective(t)]:
        subject = _subject_left_of(verb)
        if subject is not None:
            if verb.pos_ != "VERB":  # "Police tear-gassed protesters": a prefixed verb the tagger took for an adjective
                verb.pos_, verb.tag_ = "VERB", "VBD"
            _make_clause(verb, subject)
    forget_sentence_bounds(doc)  # a re-attached verb may start or end a sentence


def repair_gerunds_read_as_verbs(doc: Doc) -> None:
    """"an investigation into the police shooting": a gerund with an article of its own is a noun, whatever the
    tagger says, and is read as the event noun it is (what a probe or a reaction is about, not the news)."""
    for det in _articles_before_gerunds(doc):
        gerund = det.head
        if (gerund.tag_ == "VBG" and gerund.i > det.i and det.lower_ in _ARTICLES
                and gerund.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
                and not any(c.dep_ in ("dobj", "aux", "nsubj") for c in gerund.children)):
            gerund.pos_, gerund.tag_, gerund.lemma_ = "NOUN", "NN", gerund.lower_


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


def _articles_before_gerunds(doc: Doc) -> list[Token]:
    """The determiners that hang on a later "VBG", read off the columns: a doc has a determiner in every few words
    and a gerund after few of them (the caller tests each of these again, as a repair may retag a gerund)."""
    deps, heads, tags = doc.to_array([DEP, HEAD, TAG]).T
    index = numpy.arange(len(doc))
    heads = index + heads.astype(numpy.int64)  # HEAD holds offsets
    found = (deps == doc.vocab.strings["det"]) & (heads > index) & (tags[heads] == doc.vocab.strings["VBG"])
    return [doc[int(i)] for i in numpy.flatnonzero(found)]


def repair_headline_verbs(doc: Doc, known: Callable[[str], bool]) -> None:
    """Make a headline's present a verb where the parser made it a noun, and the name before a headline's verb its
    subject where the parser made it an adjective; ``known`` tells the lemmas the lexicon has as verbs."""
    for root in _tokens_labelled(doc, ("ROOT",)):
        if root.pos_ == "NOUN" and _verbless(root) and known(root.lemma_.lower()):
            parts = _headline_parts(root)
            if parts is not None:
                _make_headline_clause(root, *parts)
        if root.pos_ == "NOUN":
            verb = _verb_read_as_auxiliary(root, known) or _verb_read_as_compound(root, known)
            if verb is not None:
                _make_object_clause(verb, root)
        for repair in (_repair_verb_read_as_modifier, _repair_noun_with_subject, _repair_listed_names_before_verb):
            if root.pos_ == "NOUN":  # each repair that succeeds makes the root a verb
                repair(root, known)
        if root.pos_ == "VERB":
            _promote_name_read_as_adjective(root)
            _object_read_as_adverb(root)
            _dative_read_as_compound(root)
    forget_sentence_bounds(doc)


def _repair_verb_read_as_modifier(noun: Token, known: Callable[[str], bool]) -> None:
    """"Police arrest journalist in Harare", "Militants ambush convoy in Mali", "Belarus sentences activist to 10
    years": a headline's present read as a modifier of its object, the noun heading a sentence with no verb, right
    after a subject it agrees with; the word becomes the verb, the word before it its subject and the noun its object.
    A real compound with an act noun ("Police arrest warrant for ...", "UN peace talks") is left alone: its head
    names what the act produces, or the words do not agree as subject and verb."""
    if not unpunctuated(noun) or noun.lemma_.lower() in _ACT_PRODUCTS:
        return
    # "Syria peace talks resume": a word that heads compounds with act nouns ("peace talks") is no headline verb
    word = next((t for t in noun.doc[noun.left_edge.i + 1:noun.i] if t.dep_ in ("compound", "amod")
                 and t.lower_ not in _ACT_PRODUCTS and _headline_present(t, known)), None)
    if word is None or any(t.i != word.i and (t.pos_ in ("VERB", "AUX") or t.tag_ in _FINITE)
                           for t in noun.doc[noun.left_edge.i:noun.right_edge.i + 1]):
        return
    before = noun.doc[word.i - 1]
    # "Morocco and Israel open embassies": the subject is the first of the names coordinated before the verb
    subject = before.head if before.dep_ == "conj" and before.head.i < before.i else before
    if _subject_of_present(subject, word):
        _make_modifier_clause(word, _headline_present(word, known), subject, noun)


# Heads that make a noun compound with an act noun: what the act produces or who carries it out.
_ACT_PRODUCTS = frozenset({"warrant", "order", "talk", "talks", "deal", "plan", "campaign", "operation", "team",
                           "squad", "unit", "force", "zone", "threat", "report", "policy", "law", "bill", "power",
                           "rule", "drill", "helicopter", "victim", "toll", "figure", "tally", "claim", "site",
                           "scene", "wave", "spree", "season", "suspect", "warning", "alert", "hearing", "case"})


def _headline_present(word: Token, known: Callable[[str], bool]) -> str | None:
    """The verb lemma of a lower-case word that reads as a headline's present ("arrest", "sentences"), else None."""
    text = word.text
    if not text.isalpha() or not text.islower():
        return None
    stems = (text[:-1], text[:-2]) if text.endswith("s") else (text,)
    return next((stem for stem in stems if stem and known(stem)), None)


def _subject_of_present(subject: Token, verb: Token) -> bool:
    """A noun or a name just before the verb that agrees with its form: "Police arrest", "Belarus sentences"."""
    if not (subject.pos_ in ("NOUN", "PROPN") or _name_read_as_adjective(subject)):
        return False
    if subject.dep_ not in ("compound", "amod", "nsubj", "nmod") or subject.lower_ in _ARTICLES:
        return False
    plural = (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _PLURAL_WITHOUT_S or bool(subject.conjuncts)
              or (subject.pos_ == "ADJ" and subject.lower_.endswith("s")))
    return plural != verb.lower_.endswith("s")


# Nouns that take a plural verb with no plural ending ("Kenya police fire tear gas").
_PLURAL_WITHOUT_S = frozenset({"police", "people"})


def _make_modifier_clause(verb: Token, lemma: str, subject: Token, noun: Token) -> None:
    """Make the word the root verb, the word before it (with what hung on it) its subject, the noun its object."""
    for t in [c for c in verb.children if c.i < verb.i and c.i != subject.i]:
        t.head = subject  # "Kenya" of "Kenya lifts curfew", hung on the verb read as a noun
    for t in [c for c in noun.lefts if c.i < subject.i]:
        t.head = subject  # "Uganda" of "Uganda police detain ...", hung on the object
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", ("VBZ" if verb.lower_.endswith("s") else "VBP"), lemma
    verb.head, verb.dep_ = verb, "ROOT"
    for t in [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i]:
        t.head = verb
    _as_subject(subject)
    subject.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def _repair_noun_with_subject(noun: Token, known: Callable[[str], bool]) -> None:
    """"UN chief calls for ceasefire", "Ukraine shoots down Russian drones": the parser gave the word a subject, as
    only a verb has, yet tagged it a plural noun heading a verbless sentence; with a subject it agrees with, it is the
    verb, and a particle read as a preposition ("down", "off") takes its object with it."""
    subject = next((c for c in noun.lefts if c.dep_ == "nsubj"), None)
    lemma = _headline_present(noun, known)
    if subject is None or lemma is None or not _verbless(noun) or not unpunctuated(noun):
        return
    if not (subject.pos_ in ("NOUN", "PROPN") and (subject.tag_ in ("NNS", "NNPS")) != noun.lower_.endswith("s")):
        return
    noun.pos_, noun.tag_, noun.lemma_ = "VERB", ("VBZ" if noun.lower_.endswith("s") else "VBP"), lemma
    particle = next((c for c in noun.rights if c.i == noun.i + 1 and c.dep_ == "prep" and c.lower_ in _PARTICLES),
                    None)
    obj = None if particle is None else next((c for c in particle.children if c.dep_ == "pobj"), None)
    if obj is not None:
        particle.dep_ = "prt"
        obj.head, obj.dep_ = noun, "dobj"


_PARTICLES = frozenset({"down", "off", "up", "out"})


def _repair_listed_names_before_verb(noun: Token, known: Callable[[str], bool]) -> None:
    """"Putin, Xi meet in Beijing": a headline joins its subjects with a comma, and the parser, finding no verb,
    hangs both names on the verb read as a noun; two names then a known verb's plain form are its subjects."""
    first = noun.doc[noun.left_edge.i]
    lefts = list(noun.lefts)
    if not (len(lefts) == 3 and lefts[0].i == first.i and lefts[1].text == "," and lefts[2].i == noun.i - 1):
        return
    second = lefts[2]
    if not (first.pos_ == second.pos_ == "PROPN" and not list(second.lefts) and noun.tag_ == "NN"
            and noun.text.islower() and known(noun.lower_) and _verbless(noun) and unpunctuated(noun)):
        return
    if any(c.dep_ in ("dobj", "appos", "compound", "amod") for c in noun.rights):
        return  # "Putin, Xi summit agenda": the noun has its own modifiers, a noun phrase after all
    noun.pos_, noun.tag_, noun.lemma_ = "VERB", "VBP", noun.lower_
    first.head, first.dep_ = noun, "nsubj"
    lefts[1].head = first
    second.head, second.dep_ = first, "conj"


def _object_read_as_adverb(verb: Token) -> None:
    """"Mali expels French ambassador": a headline drops the article, and the parser reads the bare object right
    after the verb as an adverbial noun or an apposition; a verb with no object of its own takes it, unless it tells
    a time ("Talks resume Monday")."""
    # a headline's present only: "met face to face" is an adverbial noun after a past
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in _OBJECTS for c in verb.children):
        return
    # "Pakistan charges former prime minister with corruption": an apposition hangs on a noun, never on a verb
    noun = next((c for c in verb.rights if c.dep_ in ("npadvmod", "appos") and c.left_edge.i == verb.i + 1), None)
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME"):
        noun.dep_ = "dobj"


_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp"})


def _dative_read_as_compound(verb: Token) -> None:
    """"Germany gave Kyiv air defence systems": a place name right after a verb of giving, read as a modifier of the
    thing given, is the party it goes to ("Russia sells Patriot missiles" has no place there)."""
    if verb.lemma_.lower() not in _DITRANSITIVE:
        return
    doc = verb.doc
    place = next((m for m in doc._.places or () if m.start == verb.i + 1 and not m.qualifier), None)
    if place is None or place.end >= len(doc):
        return
    name, obj = doc[place.end - 1], doc[place.end - 1].head
    if (name.dep_ == "compound" and obj.i >= place.end and obj.pos_ == "NOUN"
            and any(t.dep_ == "dobj" and t.head.i == verb.i for t in (obj, *obj.ancestors))):
        for t in doc[place.start:place.end - 1]:
            t.head = name  # "South" of "gave South Sudan food aid"
        name.head, name.dep_ = verb, "dative"


_DITRANSITIVE = frozenset({"give", "send", "hand", "sell", "lend", "grant", "offer", "promise", "loan", "ship"})


def _verb_read_as_auxiliary(noun: Token, known: Callable[[str], bool]) -> Token | None:
    """"Saudi Arabia lifts ban on ...": a headline's present the parser hung on its object as an auxiliary, in a
    sentence with no other verb; no auxiliary takes a noun, so the word is the verb."""
    verb = next((c for c in noun.lefts if c.dep_ == "aux" and c.i == noun.i - 1 and c.tag_ in ("VBZ", "VBP")
                 and c.lemma_.lower() not in _AUXILIARIES), None)
    if verb is None or not unpunctuated(noun):
        return None
    span = noun.doc[noun.left_edge.i:noun.right_edge.i + 1]
    if any(t.i != verb.i and (t.pos_ == "AUX" or t.tag_ in _FINITE) for t in span):
        return None
    # the lemmatizer leaves a word it took for an auxiliary as it is ("lifts")
    word = verb.lower_
    lemma = next((stem for stem in (word, word[:-1], word[:-2]) if known(stem)), None)
    if lemma is None:
        return None
    verb.lemma_ = lemma
    return verb


def _verb_read_as_compound(noun: Token, known: Callable[[str], bool]) -> Token | None:
    """"Kenya lifts curfew in Nairobi": a headline's present read as a plural noun between a name and the noun
    heading a verbless sentence; with the name as its subject, the word is the verb and the noun its object."""
    if not (_verbless(noun) and unpunctuated(noun) and noun.i >= 2):
        return None
    verb, name = noun.doc[noun.i - 1], noun.doc[noun.i - 2]
    if not (verb.dep_ == "compound" and verb.head.i == noun.i and verb.tag_ == "NNS"
            and name.pos_ == "PROPN" and name.head.i in (verb.i, noun.i) and name.dep_ == "compound"):
        return None
    word = verb.lower_
    lemma = next((stem for stem in (word[:-1], word[:-2]) if known(stem)), None)
    if lemma is None:
        return None
    verb.lemma_, verb.tag_ = lemma, "VBZ"
    for t in [c for c in verb.children if c.dep_ == "compound" and c.i != name.i]:
        t.head = name  # "Saudi" of "Saudi Arabia lifts", hung on the verb read as a noun
    name.head, name.dep_ = noun, "nsubj"  # _make_object_clause hands it to the verb
    return verb


_AUXILIARIES = frozenset({"be", "have", "do", "will", "shall", "may", "might", "can", "could", "would", "should",
                          "must", "get"})


def _make_object_clause(verb: Token, noun: Token) -> None:
    verb.pos_ = "VERB"
    verb.head, verb.dep_ = verb, "ROOT"
    for subject in [c for c in noun.lefts if c.dep_ in ("nsubj", "nsubjpass")]:
        subject.head = verb
    noun.head, noun.dep_ = verb, "dobj"


def repair_headline_passives(doc: Doc, done_to_someone: Callable[[str, str], bool]) -> None:
    """Make a headline's bare past of a verb ``done_to_someone`` ("Slovak prime minister shot in assassination
    attempt", "Curfew eased in the capital": asked with the verb's lemma and its subject's) a passive participle,
    its subject the passive's."""
    for root in _tokens_labelled(doc, ("ROOT",)):
        subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        if (subject is not None and root.tag_ in ("VBD", "VBN")
                and done_to_someone(root.lemma_.lower(), subject.lemma_.lower())
                and not any(c.dep_ in _ACTIVE_PARTS for c in root.children) and unpunctuated(root)):
            root.tag_ = "VBN"
            subject.dep_ = "nsubjpass"
        elif root.pos_ in ("NOUN", "PROPN") and _verbless(root) and unpunctuated(root):
            _make_participle_clause(root, done_to_someone)
    forget_sentence_bounds(doc)


def _make_participle_clause(noun: Token, done_to_someone: Callable[[str, str], bool]) -> None:
    """"Opposition leader arrested in Minsk": a verbless headline's participle after its noun tells the news, the
    noun as its passive subject."""
    participle = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                       and done_to_someone(c.lemma_.lower(), noun.lemma_.lower())), None)
    if participle is None:
        return
    for t in [c for c in noun.children if c.dep_ == "punct" and c.i > participle.i]:
        t.head = participle
    participle.head = participle
    participle.dep_ = "ROOT"
    noun.head = participle
    noun.dep_ = "nsubjpass"


# What a past tense has that a headline's bare participle has not: an auxiliary, an object, a clause it governs.
_ACTIVE_PARTS = frozenset({"aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "xcomp", "attr", "acomp"})


def _verbless(root: Token) -> bool:
    """No finite verb in the root's sentence (a participle, as in "over Koran burning", may hang on the object)."""
    return not any(t.pos_ == "AUX" or t.tag_ in _FINITE for t in root.doc[root.left_edge.i:root.right_edge.i + 1])


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


# What the parser makes of a headline's subject and object round a verb it read as a noun.
_SUBJECT_READINGS = frozenset({"nsubj", "compound", "amod", "nmod"})
_OBJECT_READINGS = frozenset({"dobj", "appos", "npadvmod", "attr", "compound"})


def _headline_parts(root: Token) -> tuple[Token, Token] | None:
    """The subject just before the noun-read verb and the object after it, agreeing in number with the verb's form
    ("Arnor denounces", "Protesters storm"); None where the words do not read as a clause ("Student protests in
    Cairo" has no object, "Police raids on homes" neither)."""
    subject = next((c for c in reversed(list(root.lefts)) if c.dep_ in _SUBJECT_READINGS), None)
    if subject is None or subject.right_edge.i != root.i - 1:
        return None
    if not (subject.pos_ in ("PROPN", "NOUN") or _name_read_as_adjective(subject)):
        return None
    plural_subject = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts)
    third_person = root.lower_.endswith("s")
    if third_person == plural_subject:
        return None
    obj = next((c for c in root.rights if c.dep_ in _OBJECT_READINGS), None)
    return (subject, obj) if obj is not None and obj.pos_ in ("NOUN", "PROPN", "NUM", "PRON") else None


def _name_read_as_adjective(word: Token) -> bool:
    """"Arnor" in "Arnor expels ...": a capitalised word the tagger took for an adjective, with no noun of its own."""
    return word.pos_ == "ADJ" and word.text[:1].isupper() and word.head.pos_ in ("VERB", "NOUN")


def _make_headline_clause(verb: Token, subject: Token, obj: Token) -> None:
    verb.pos_, verb.tag_ = "VERB", ("VBZ" if verb.lower_.endswith("s") else "VBP")
    for t in [c for c in verb.lefts if c.i < subject.left_edge.i]:
        t.head = subject  # "The" of "The UN denounces", hung on the verb read as a noun
    _as_subject(subject)
    obj.dep_ = "dobj"


def _promote_name_read_as_adjective(verb: Token) -> None:
    """"Arnor expels Gondor envoy", "Mali expels French ambassador", "Lebanon appeals for international aid": a name
    the parser hung on the verb as an adjective or a compound, as if the verb were a noun, is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return
    name = next((c for c in verb.lefts if c.i == verb.i - 1 and (
        (c.dep_ == "amod" and (_name_read_as_adjective(c) or c.pos_ == "PROPN"))
        or (c.dep_ == "compound" and c.pos_ == "PROPN"))), None)
    if name is not None:
        _as_subject(name)


def _as_subject(word: Token) -> None:
    word.dep_ = "nsubj"
    if word.pos_ == "ADJ":
        word.pos_, word.tag_ = "PROPN", "NNP"


def repair_dateline_subjects(doc: Doc) -> None:
    for token in _tokens_labelled(doc, ("nsubj", "nsubjpass")):
        if in_dateline(token) or dateline_country(token):  # a dateline opens a line, the text's or a paragraph's
            label = token.dep_
            token.dep_ = "npadvmod"
            _promote_subject_after_dateline(token, label)


def _promote_subject_after_dateline(dateline: Token, label: str) -> None:
    """"MOSCOW — Russia and Turkey agreed ...": the parser hangs the real subject on the dateline, as its
    apposition or conjunct after the dash; it becomes the verb's subject, with the parties coordinated after it."""
    dash = dateline_dash(dateline)
    if dash is None:
        return
    # "ABUJA, Nigeria — Nigeria and Niger reopened": the subject may hang on the dateline's country instead
    holders = [dateline, *(c for c in dateline.children if dateline_country(c))]
    after = sorted((c for h in holders for c in h.children if c.i > dash.i), key=lambda t: t.i)
    subject = next((c for c in after if c.dep_ in ("appos", "conj")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        return
    for t in after:
        if t.i > subject.i and t.dep_ in ("cc", "conj"):
            t.head = subject  # "MOSCOW — Russia and Turkey" read as three conjuncts of MOSCOW
    subject.head, subject.dep_ = dateline.head, label


def _tokens_labelled(doc: Doc, labels: tuple[str, ...]) -> list[Token]:
    """The tokens with one of these dependency labels, read off the label array rather than token by token."""
    deps = doc.to_array(DEP)
    found = numpy.zeros(len(deps), dtype=bool)
    for label in labels:
        found |= deps == doc.vocab.strings[label]
    return [doc[int(i)] for i in numpy.flatnonzero(found)]


_PERFECT = frozenset({"had", "has", "have"})


def _verb_read_as_adjective(verb: Token) -> bool:
    """A verb parsed as an adjective before its noun, which only a main verb could be: a past form heading a
    sentence that has no verb ("The envoy voiced concern ...", "Police tear-gassed protesters"), or a perfect
    ("had tortured prisoners")."""
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.pos_ == "VERB" and verb.tag_ in ("VBN", "VBD"):
        if any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children):
            return True
    elif not (verb.pos_ == "ADJ" and _PREFIXED_VERB.match(verb.text) and verb.lower_.endswith("ed")):
        return False
    return verb.sent.root.pos_ not in ("VERB", "AUX")


def _verb_read_as_relative(verb: Token) -> bool:
    """"The rebels handed over their weapons.", "Hundreds of students protested against the tax.": a past tense
    with an object, or a verb that has no passive ("protest against", "march", "gather"), parsed as a reduced
    relative on the noun before it, in a sentence left with no verb."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if verb.i < noun.i or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "Hamas's refusal to release the hostages": an infinitive completes its noun
    return (verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children) or _intransitive_use(verb)
            or _addresses_and_asks(verb))


# Verbs used without an object that a passive cannot have: "Thousands marched", "hundreds protested against".
_INTRANSITIVE = frozenset({"march", "rally", "demonstrate", "gather", "riot", "converge", "assemble", "flee",
                           "protest", "clash", "mass"})


def _intransitive_use(verb: Token) -> bool:
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False  # "the decision protested by the unions": a passive after all
    return verb.lemma_.lower() in _INTRANSITIVE


def _addresses_and_asks(verb: Token) -> bool:
    """"The coalition called on the army chief to step down": a party addressed through a preposition and an act
    asked of it; the passive reading ("a man called on to testify") strands its preposition, with no object."""
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return False
    addressed = any(c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children) for c in verb.children)
    return addressed and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


def _make_subject_clause(verb: Token) -> None:
    noun = verb.head
    verb.head, verb.dep_ = verb, "ROOT"
    for t in [c for c in noun.children if c.i > verb.i]:
        t.head = verb  # what follows the verb, the full stop too, belongs to its clause
    noun.head, noun.dep_ = verb, "nsubj"


def _subject_left_of(verb: Token) -> Token | None:
    """The noun before the verb that does it: the subject of its "had", a noun the parser hung on the verb
    ("envoy" in "The envoy voiced ..."), the last noun before the verb inside its object's phrase, else the
    nearest noun phrase before it ("The air force air-dropped supplies", parsed as "force" with an apposition)."""
    noun = verb.head
    aux_subjects = [s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]
    # not the prefix of a verb split at its hyphen ("test" of "test - fired")
    own = [c for c in verb.lefts if c.pos_ in ("NOUN", "PROPN", "PRON") and c.doc[c.i + 1].text != "-"]
    before = [c for c in noun.lefts if c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    nearest = [t for t in verb.doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
               and t.dep_ not in ("compound", "poss", "pobj") and t.doc[t.i + 1].text != "-"]
    for candidates in (aux_subjects, own, before, nearest):
        if candidates:
            return candidates[-1]
    return None


def _make_clause(verb: Token, subject: Token) -> None:
    """Re-hang the tokens: the verb takes the place of the highest of its object and subject in the tree, and
    the object and subject hang under it."""
    noun = verb.head
    anchor = subject if subject.is_ancestor(verb) else noun
    if anchor is subject:
        for t in [c for c in subject.children if c.i > verb.i]:
            t.head = verb  # "and shut its borders" of "ECOWAS imposed sanctions ...": a subject ends before its verb
    if anchor.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for t in [c for c in anchor.children if c.dep_ == "punct" and c.i > verb.i]:
            t.head = verb  # the full stop belongs to the new root
    else:
        verb.head, verb.dep_ = anchor.head, ("ccomp" if anchor.head.pos_ in ("VERB", "AUX") else anchor.dep_)
    noun.head, noun.dep_ = verb, "dobj"
    for t in [c for c in noun.lefts if c.i < subject.i]:
        t.head = subject  # "The" of "The envoy", parsed as the object's determiner
    subject.head, subject.dep_ = verb, "nsubj"
    for aux in [c for c in verb.children if c.dep_ == "aux"]:
        for t in list(aux.children):
            t.head = verb

"""Component ``khabar_triggers_v1``: find the words that name events.

A trigger is a verb in the lexicon ("arrested"), an event noun under a light verb ("launched a raid",
"carried out attacks"), or an event noun that stands on its own with something that makes it a
specific event ("35 rocket attacks", "the U.S. assassination of ...").

Before reading triggers, the component repairs two parser slips that hide a clause's verb (``repairs``): it keeps
prefixed verbs whole in the tokenizer ("test-fired") and re-hangs verbs the parser read as adjectives. A Title-Case
headline, which the model reads as one long name, is first given the analysis of its sentence-case copy
(``title_case``): tags, lemmas, parse and entities, its text unchanged.
"""
from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from ...actors import default_kb
from ..lexicon import Lexicon, load_lexicon
from ..repairs import (keep_prefixed_verbs, lemmatise_prefixed_verbs, repair_acronyms_read_as_verbs,
                       repair_dateline_subjects, repair_gerunds_read_as_verbs, repair_headline_passives,
                       repair_headline_verbs, repair_verbs_read_as_adjectives)
from ..past_verbs import UNCHANGED_PASTS, repair_pasts_read_as_adjectives, repair_pasts_read_as_nouns
from .finder import find_triggers
from .light_verbs import is_light
from .compound_objects import repair_compound_objects_read_as_two
from .event_subjects import (repair_headline_event_subjects, repair_plural_nouns_read_as_verbs,
                             repair_time_clauses_inside_subjects)
from .reduced_relatives import repair_sending_participles_read_as_verbs
from .time_phrases import repair_following_read_as_modifier, repair_month_homonyms_read_as_dates
from .title_case import read_title_case_headline


def _stems(word: str) -> tuple[str, ...]:
    """The word and the stems a plural or a third person in -s, -es or -ies may have."""
    if word.endswith("ies"):
        return (word, word[:-3] + "y")
    return (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)


@Language.factory("khabar_triggers_v1", requires=["token.pos", "token.dep", "token.lemma"],
                  assigns=["doc._.triggers", "token.dep", "token.head", "token.pos", "token.tag", "token.lemma",
                           "doc.ents"])
def make_triggers(nlp: Language, name: str) -> TriggerFinder:
    if not Doc.has_extension("triggers"):
        Doc.set_extension("triggers", default=None)
    keep_prefixed_verbs(nlp)  # "test-fired" stays one verb: triggers cannot be read off a verbless parse
    return TriggerFinder(load_lexicon(), nlp=nlp)


# Categories whose verbs act on someone, and those of their verbs that need no object ("clashed", "withdrew").
_DONE_TO = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_INTRANSITIVE = frozenset({"clash", "battle", "fight", "skirmish", "explode", "erupt", "retaliate", "crash", "fall",
                           "go", "exit", "leave", "quit", "walk", "run", "land", "end", "cease", "halt", "strike",
                           "fire", "open", "trade", "exchange", "stop", "pause", "withdraw", "break", "pull"})


class TriggerFinder:
    def __init__(self, lexicon: Lexicon, *, nlp: Language | None = None):
        self.lexicon = lexicon
        self.nlp = nlp  # re-reads a Title-Case headline (``title_case``); None leaves it as parsed

    def _common_word(self, word: str) -> bool:
        """A word khabar knows as a common one: a lexicon word (or a plural or third person of one), or a noun
        naming a kind of party ("police", "rebels")."""
        return default_kb().sector_of(word) is not None or any(
            self._known_verb(w) or self._known_noun(w) for w in _stems(word))

    def _known_verb(self, lemma: str) -> bool:
        return bool(self.lexicon.entries(lemma, "VERB")) or is_light(lemma)

    def _irregular_past(self, word: str) -> str | None:
        """The lexicon verb whose irregular past the word is: one spelt as its base ("cut"), or a form the model's
        lemmatizer table gives another lemma ("retook": retake)."""
        if word in UNCHANGED_PASTS:
            return word if self._known_verb(word) else None
        lemma = next(iter(self._verb_forms.get(word, ())), None)
        return lemma if lemma is not None and lemma != word and self._known_verb(lemma) else None

    @functools.cached_property
    def _verb_forms(self) -> dict[str, list[str]]:
        """The lemmatizer's irregular verb forms (none without a model): read once, on the first doc."""
        for _, pipe in self.nlp.pipeline if self.nlp is not None else ():
            lookups = getattr(getattr(pipe, "stock", pipe), "lookups", None)  # the stock one or khabar's memo of it
            if lookups is not None and lookups.has_table("lemma_exc"):
                return dict(lookups.get_table("lemma_exc").get("verb", {}))
        return {}

    def _known_noun(self, lemma: str) -> bool:
        return bool(self.lexicon.entries(lemma, "NOUN"))

    def _done_to_someone(self, lemma: str) -> bool:
        """A verb of force, coercion or sanction that acts on an object ("shot", "arrested", "expelled")."""
        return lemma not in _INTRANSITIVE and any(e.event in _DONE_TO for e in self.lexicon.entries(lemma, "VERB"))

    def _done_to(self, lemma: str, subject: str) -> bool:
        """A headline's bare past done to its subject: a verb of force, coercion or sanction ("Journalist shot"),
        or any verb the lexicon gives that subject as its object ("Curfew eased", "Miners' demands met")."""
        if lemma in _INTRANSITIVE:
            return False
        return self._done_to_someone(lemma) or any(
            c.dep == "dobj" and subject in c.lemmas for e in self.lexicon.entries(lemma, "VERB") for c in e.required)

    def __call__(self, doc: Doc) -> Doc:
        if self.nlp is not None:
            read_title_case_headline(doc, self.nlp, self._common_word)
        repair_acronyms_read_as_verbs(doc)  # "ECOWAS imposed sanctions": the name first, then its verb's clause
        repair_verbs_read_as_adjectives(doc)
        repair_gerunds_read_as_verbs(doc)
        repair_headline_verbs(doc, self._known_verb)
        repair_pasts_read_as_nouns(doc, self._irregular_past)
        repair_pasts_read_as_adjectives(doc, self._irregular_past)
        repair_headline_passives(doc, self._done_to)
        repair_dateline_subjects(doc)
        lemmatise_prefixed_verbs(doc, self._known_verb)
        repair_plural_nouns_read_as_verbs(doc, self._known_noun)
        repair_headline_event_subjects(doc, self._known_noun, self._known_verb)
        repair_time_clauses_inside_subjects(doc)
        repair_following_read_as_modifier(doc)
        repair_month_homonyms_read_as_dates(doc)
        repair_sending_participles_read_as_verbs(doc)
        repair_compound_objects_read_as_two(doc)
        doc._.triggers = find_triggers(doc, self.lexicon)
        return doc

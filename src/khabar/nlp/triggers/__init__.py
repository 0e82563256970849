"""Triggers: the words that name events, found by the component ``khabar_triggers_v1`` (``component``), which reads
a Title-Case headline as its sentence-case copy first (``title_case``).

``finder`` reads each token against the lexicon (``matching``, with the predicates of ``word_classes`` and the
light verbs and measures of ``light_verbs``), after ``event_subjects`` has shown event nouns the parser read as verbs or
as modifiers where they are a clause's subject; an event noun must name a particular event (``specific``); ``vetoes``
turns away what is only alleged (``allegations``) or referred to, asked for or dated by (``references``), the matter
of a proceeding (``proceedings``), what a party is known for (``reputations``) or denies a part in (``denials``), the
dead a tribute honours (``tributes``) and harm a doer does to itself (``self_harm``).
"""
from .component import TriggerFinder, make_triggers
from .finder import TriggerMatch, find_triggers
from .matching import match_entry
from .specific import claimed_by
from .vetoes import noun_veto, verb_veto
from .word_classes import names_a_party

__all__ = ["TriggerFinder", "TriggerMatch", "claimed_by", "find_triggers", "make_triggers", "match_entry",
           "names_a_party", "noun_veto", "verb_veto"]

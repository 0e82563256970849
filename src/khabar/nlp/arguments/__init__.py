"""Who did it and to whom, read off the dependency parse around a trigger.

Returns token heads and mention spans only; resolving a mention to an actor is ``mentions``'s job.

``find_arguments`` (``finder``) reads a verb trigger's doers (``doers``, ``subjects``, ``passives``, ``undergoing``)
and recipients
(``recipients``, ``places``, ``addressees``), an event noun's (``nominal``), the parties the text leaves unnamed (``unnamed``) and
two-sided events (``sides``), and builds the ``Arguments`` record (``record``, ``members``). ``phrases`` and
``parties`` read the noun phrases and tell which of them stand for parties.
"""
from .finder import find_arguments
from .members import listed_members
from .parties import counted_people, group_owner, is_party
from .passives import is_passive, reduced_relative_rest
from .phrases import antecedent, mention_span, with_conjuncts
from .places import PEOPLES_PLACES
from .record import Arguments
from .subjects import clause_subject
from .unnamed import ADDRESSED_TO_AUTHORITIES, STATE_ACTS, UNATTRIBUTED_ACTS, seizes_power, stands_for_unnamed_party

__all__ = ["ADDRESSED_TO_AUTHORITIES", "PEOPLES_PLACES", "STATE_ACTS", "UNATTRIBUTED_ACTS", "Arguments",
           "antecedent", "clause_subject", "counted_people", "find_arguments", "group_owner", "is_party", "is_passive",
           "listed_members", "mention_span", "reduced_relative_rest", "seizes_power",
           "stands_for_unnamed_party",
           "with_conjuncts"]

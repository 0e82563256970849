"""Resolve argument heads to actors, with in-article coreference.

One ``MentionResolver`` lives for one document. It remembers whom the text has named (the event parties,
and the subjects and objects it reads once per document), so that "the group", "the army", "the
militiamen", "the prime minister" and pronouns resolve to the right actor, in the same sentence or the two
before it. A pronoun
first looks for an agreeing subject of a clause above it ("Syria said it would ..."). Facilities are never
persons; civilians and ethnic groups whose words state no country belong to the place of the sentence;
a country stated around a mention (apposition, "of"/"from"/"in") is used when its own words give none;
else a generic mention takes the country of its own sentence's place, then the article's. An event's own
verb standing as a party is the party the text leaves unnamed: the doer of an attack is an unidentified
armed group, the target of a protest the government, each of the event place's country.

``resolver`` holds the ``MentionResolver``: its state and the order in which it reads a mention. Each reading is
a base class of its own: the mention's own words (``named``), the people of a place (``people_of_place``), the
country of a generic mention (``home_country``), what a pronoun or a definite description stands for
(``antecedents``, on the agreement and clause rules of ``coreference``) and the parties a text leaves unnamed
(``unnamed``). They read the words of a phrase (``phrases``), the act around it (``acts``), and the countries of
the places the geo step found (``place_countries``) and of the article as a whole (``article_country``), which a
generic mention does not take when the text states it only on another party's presence abroad, such as "American
troops" (``presence_abroad``), or only as the other side of its act or as others (``other_state``).
"""
from .resolver import MentionResolver
from .unnamed import UNIDENTIFIED_ARMED_GROUP

__all__ = ["UNIDENTIFIED_ARMED_GROUP", "MentionResolver"]

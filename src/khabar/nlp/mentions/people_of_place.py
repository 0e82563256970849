"""People of a place, read for ``MentionResolver``: a town or a settlement a harmful act strikes stands for the
civilians there, civilians and ethnic groups whose words state no country are of the place where it happened, and
people under arms are armed men.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...actors.occupations import occupier_of
from ...model import Actor
from ..arguments import PEOPLES_PLACES
from ..syntax import children_of
from ..text import span_text
from .acts import _HARMFUL_ACTS, _category_at, _governing_verb, _struck
from .coreference import _OWNER_PRONOUNS
from .occupiers import settlers
from .phrases import _char_span, _ethnic, _unplaced_people
from .place_countries import _gazetteer_country, _place_country, _region_of
from .sectors import _CIVILIAN_SECTORS

# People who, by the very word, are not of the place where they are ("rescued 50 migrants off Lesbos", "gunmen
# killed two tourists in Luxor"): with no nationality stated, of no country. Not refugees and exiles: the news
# calls the displaced of a war refugees too, and refugees or exiles who return go home.
_FROM_ELSEWHERE = frozenset({"migrant", "immigrant", "tourist", "foreigner", "expatriate", "expat", "seeker",
                            "donor"})  # "Donors threatened to halt aid to Somalia": not Somali donors

# Prepositions that put people in a body ("workers of", "staff from", "a doctor with", "a spokesman for"), and the
# sectors of the bodies of no state whose people are their own, not the place's.
_MEMBERSHIP_PREPS = frozenset({"of", "from", "with", "for"})
_STATELESS_BODIES = frozenset({"IGO", "NGO", "MED"})

_ARMED_WORDS = frozenset({"armed", "masked", "hooded", "gun-toting"})


def _armed(head: Token) -> bool:
    """The people a mention names, or the measure counting them ("dozens of men, armed with rifles"), are armed."""
    holders = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "NUM"):
        holders.append(head.head.head)
    return any(c.dep_ in ("amod", "acl") and c.lower_ in _ARMED_WORDS for h in holders for c in children_of(h))


# Words that make a body one of other or several states: "foreign troops", "Western diplomats", "allied warplanes".
_OTHER_STATES_WORDS = frozenset({"foreign", "multinational", "allied", "western"})
# "the foreign ministry", "the ruling coalition": a state's own.
_OWN_OFFICE_WORDS = frozenset({"ministry", "minister", "office", "secretary", "affairs", "ruling", "governing",
                               "opposition"})


def _of_other_states(span: Span) -> bool:
    words = {t.lower_ for t in span}
    return bool(words & _OTHER_STATES_WORDS) and not words & _OWN_OFFICE_WORDS


# Verbs of a participle telling whom an attack harmed: "attacked a Turkish base, killing 10 soldiers".
_HARMING = frozenset({"kill", "wound", "injure", "maim", "hurt"})
# Prepositions of a verb whose object is what the act struck: "opened fire on a French patrol", "exploded near a
# Chinese convoy".
_STRUCK_AT = frozenset({"on", "at", "near", "against", "targeting"})


def country_of_the_struck(head: Token, country_of) -> str | None:
    """"Militants attacked a Turkish base in northern Iraq, killing 10 soldiers", "a bomb exploded near a Chinese
    convoy, killing three engineers": the people a harming participle counts, whose own words state no country,
    are of the party the act struck, when its words state one (the base's, not the place's). ``country_of`` reads
    a word's country; None for any other mention, or when the struck party states no country or several."""
    verb = _participle_of(head)
    if verb is None or verb.head.i == verb.i or _category_at(verb.head) not in _HARMFUL_ACTS:
        return None
    main = verb.head
    struck = [c for c in children_of(main) if c.dep_ == "dobj" and c.i < verb.i]
    struck += [o for p in children_of(main) if p.dep_ == "prep" and p.lower_ in _STRUCK_AT
               for o in children_of(p) if o.dep_ == "pobj" and o.i < verb.i]
    countries = {c for obj in struck for c in _stated_countries(obj, country_of)}
    return countries.pop() if len(countries) == 1 else None


def _participle_of(head: Token) -> Token | None:
    """The harming participle whose object ``head`` is ("killing 10 soldiers", "killing dozens of soldiers")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head  # "dozens of soldiers": the measure is the object
    verb = head.head
    if head.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    return verb if verb.lemma_.lower() in _HARMING else None


def _stated_countries(noun: Token, country_of) -> set[str]:
    """The countries the words before a noun state, and those before the noun of its "of" phrase ("a Turkish base",
    "a bus of Iranian pilgrims"); not a place "in" which it is."""
    nouns = [noun, *(o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in children_of(p) if o.dep_ == "pobj")]
    words = [w for n in nouns for w in children_of(n) if w.dep_ in ("amod", "compound", "nmod", "poss")
             and w.i < n.i and w.text[:1].isupper()]
    return {c for c in (country_of(w.text) for w in words) if c}


class PeopleOfPlaces:
    """The part of ``MentionResolver`` that makes people of the place."""

    def _armed_people(self, head: Token, span: Span, actor: Actor) -> Actor:
        """"dozens of men on motorcycles, armed with assault rifles", "masked men": people under arms are armed men,
        not civilians."""
        if actor.sector != "CVL" or not _armed(head):
            return actor
        found = self.kb.resolve("armed men", date=self.date, country=actor.country)
        return replace(found, text=span_text(span), span=_char_span(span), country=actor.country) if found else actor

    def _known_place_country(self, span: Span, actor: Actor) -> str | None:
        """The country of a region of a state ("southern Lebanon") or of its capital ("Kiev"); None for a name
        only the gazetteer can place, and for a state named as itself ("bombed Lebanon" struck the state)."""
        if actor.id != actor.country:
            return None
        return actor.country if _region_of(span) or self.kb.government_of_capital(span_text(span)) else None

    def _people_of_struck_place(self, head: Token, span: Span, known: str | None = None) -> Actor | None:
        """"Russian forces shelled Kharkiv", "a curfew was imposed on Kano", "bombed southern Lebanon": a town,
        region or capital a harmful act strikes stands for the civilians who live there (ACLED's "civilians
        (country)"), of the gazetteer's country, else the one the name is ``known`` to be of ("Kiev")."""
        if not _struck(head):
            return None
        country = known or _gazetteer_country(head.doc[head.i:head.i + 1])
        return self._civilians(span, country) if country else None

    def _military(self, span: Span, country: str) -> Actor | None:
        found = self.kb.resolve("military", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _civilians(self, span: Span, country: str) -> Actor | None:
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _people_of_settlement(self, head: Token, span: Span) -> Actor | None:
        """"The army shelled Kurdish villages near Kirkuk", "jets struck a wedding in Yemen": a settlement or a
        place of people attacked or raided stands for the civilians there, of the country its words state, else of
        the place, else of the text."""
        if head.lemma_.lower() not in PEOPLES_PLACES or _category_at(_governing_verb(head)) not in _HARMFUL_ACTS:
            return None
        country = (self.kb.country_of(span_text(span)) or _place_country(head)
                   or self._article_country_unless_striker(head, self._country(head.doc), people=True))
        found = self.kb.resolve("civilians", date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found is not None else None

    def _placed(self, head: Token, span: Span, actor: Actor) -> Actor:
        """A generic mention ("doctors", "rebels") or an ethnic group, given the country the words around
        it state, else, for civilians and ethnic groups, the country of the place."""
        body = self._body_of_no_state(head) if actor.id is None and actor.sector else None
        if body is not None:  # "aid workers of Medecins Sans Frontieres": the charity's, not the place's
            return replace(body, text=span_text(span), span=_char_span(span))
        stated = (self._stated_elsewhere(head, where=self._of_the_place_here(head, span))
                  if actor.id is None and actor.sector and self.kb.country_of(span_text(span)) is None else None)
        if stated is not None and settlers(head):  # "settlers in Gaza": the land's occupier's people
            stated = occupier_of(stated, date=self.date) or stated
        if stated is not None:  # "doctors from two American aid groups", "rebels in the Ivory Coast"
            found = self.kb.resolve(span_text(span), date=self.date, country=stated)
            if found is not None and found.sector != actor.sector and stated == actor.country:
                found = actor  # "officers, who fired tear gas, in Kisumu": the police read from the sentence stay
            return replace(found or actor, text=span_text(span), span=_char_span(span), country=stated)
        if actor.sector in _CIVILIAN_SECTORS or _ethnic(span):
            return self._of_the_place(head, span, actor)
        if _unplaced_people(head, actor):  # "Hundreds of Kashmiris protested in Srinagar": people of the place
            country = _place_country(head)
            return replace(actor, country=country, sector="CVL") if country else actor
        return actor

    def _body_of_no_state(self, head: Token) -> Actor | None:
        """The body of no state that an "of"/"from"/"with"/"for" phrase puts people in ("two employees of the World
        Food Programme", "a doctor with Medecins Sans Frontieres", "journalists of Agence France-Presse"): an
        international body, a charity or a news agency, whose people are its own wherever they are."""
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ not in _MEMBERSHIP_PREPS:
                continue
            body = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            found = self._resolve(body) if body is not None else None
            if found is not None and found.id and not found.country and found.sector in _STATELESS_BODIES:
                return found
        return None

    @staticmethod
    def _of_the_place_here(head: Token, span: Span) -> bool:
        """Whether a place "in" which the people are is theirs: "tourists in Luxor", "foreign troops in
        Afghanistan", "Western diplomats in Kabul" are not of the place (asked only of the mentions it decides)."""
        return head.lemma_.lower() not in _FROM_ELSEWHERE and not _of_other_states(span)

    def _of_the_place(self, head: Token, span: Span, actor: Actor) -> Actor:
        """Civilians whose nationality the text does not state belong to the place where it happened,
        not to whichever country the article mentions most ("52 people were killed" in Kramatorsk). An
        ethnic group ("ethnic Albanians") belongs to where it lives, not to its kin state."""
        if head.lemma_.lower() in _FROM_ELSEWHERE and not _ethnic(span):
            return actor  # "tourists", "migrants": not the place's people
        if not _ethnic(span) and self.kb.country_of(span_text(span)) is not None:
            return actor
        if actor.country and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in children_of(head)):
            return actor  # "Thai officials said their citizens had been freed": whose they are, not the place's
        # "attacked a bus of Iranian pilgrims, killing 12 passengers": of the party struck, not of the place
        country = country_of_the_struck(head, self.kb.country_of) or _place_country(head)
        if settlers(head):  # "settlers near Nablus": the people of the state holding the land, if one does
            country = occupier_of(country, date=self.date) or country
        if country is None or country == actor.country:
            return actor
        if _ethnic(span):  # the people, not their kin state: keep the name, change the country
            return replace(actor, id=None, name=span_text(span), country=country, aliases=())
        found = self.kb.resolve(span_text(span), date=self.date, country=country)
        return replace(found, text=span_text(span), span=_char_span(span)) if found else actor

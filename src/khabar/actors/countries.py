"""The article country a resolution is made for, as the resolver reads it.

Most mentions resolve the same way whatever the article's country ("Hezbollah", "Iran", "the United Nations"):
only a bare agent noun ("the police"), a title with no state ("the prime minister") or a choice among namesakes
reads it. The resolver only compares the country, hashes it or tests its truth (and tests whether it is None
only before one of those), so a resolution made for ``ANY_COUNTRY`` either completes, and then holds for every
country and for none, or stops with ``CountryNeeded`` at the first answer that would depend on it.
"""
from __future__ import annotations


class CountryNeeded(Exception):
    """A resolution made for every country at once reached an answer that depends on the country."""


class AnyCountry:
    """Every country at once (and none): any question about it stops the resolution."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        raise CountryNeeded

    def __ne__(self, other: object) -> bool:
        raise CountryNeeded

    def __hash__(self) -> int:
        raise CountryNeeded

    def __bool__(self) -> bool:
        raise CountryNeeded


ANY_COUNTRY = AnyCountry()

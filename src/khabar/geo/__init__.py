"""Offline geoparsing: the gazetteer, toponym recognition and resolution, and each event's own location.

Public surface: ``event_location(head, doc)``, ``geocode(records)``, ``default_gazetteer()``, and the
``PlaceMention`` records the ``khabar_places_v1`` component (``khabar.nlp.places``) puts on ``doc._.places``.
"""
from .gazetteer import Entry, Gazetteer, default_gazetteer
from .geocode import geocode
from .location import (country_place, dateline_of, doers_place, event_location, names_a_place, residents_place,
                       tied_location)
from .mentions import PlaceMention
from .reporters import seat_of_a_source

__all__ = ["Entry", "Gazetteer", "PlaceMention", "country_place", "dateline_of", "default_gazetteer", "doers_place",
           "event_location", "geocode", "names_a_place", "residents_place", "seat_of_a_source", "tied_location"]

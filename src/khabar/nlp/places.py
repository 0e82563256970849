"""Component ``khabar_places_v1``: the place mentions of a doc and its country focus.

Runs after ``ner``. Sets ``doc._.places`` (list of ``PlaceMention``) and ``doc._.geo_focus`` (tuple of
ISO3 codes, most frequent first). The gazetteer loads on the first doc, not when the pipeline is built.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..geo.anaphora import described_places
from ..geo.gazetteer import default_gazetteer
from ..geo.mentions import PlaceMention, find_places
from .text import doc_text

__all__ = ["PlaceMention", "PlacesComponent"]

for _name, _default in (("places", None), ("geo_focus", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        gazetteer = default_gazetteer()
        text = doc_text(doc)
        mentions, focus = find_places(doc, gazetteer, text=text)
        # "the capital", "the port city": read here, for the events, not by the toponym finder itself (a
        # description is no toponym to a geoparsing benchmark)
        described = described_places(doc, mentions, focus, gazetteer=gazetteer, text=text)
        doc._.places = sorted([*mentions, *described], key=lambda m: m.start) if described else mentions
        doc._.geo_focus = focus
        return doc


@Language.factory("khabar_places_v1", requires=["doc.ents", "token.dep"], assigns=["doc._.places", "doc._.geo_focus"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()

"""The vocabulary the pages need: PLOVER categories with their quad class."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..quads import QUADS, categories, quad_of

router = APIRouter(prefix="/api", tags=["ontology"])


@router.get("/categories", summary="PLOVER categories and their quad class (verbal/material x coop/conflict)")
def list_categories() -> dict[str, Any]:
    return {"quads": list(QUADS), "categories": [{"category": c, "quad": quad_of(c)} for c in categories()]}

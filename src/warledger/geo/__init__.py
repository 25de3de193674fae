"""Gazetteer and toponym resolution.

- `gazetteer`: GeoNames entries and their name index (package data built by
  scripts/build_gazetteer.py), with the English alias lexicons of lang/en/places_*.
- `resolve`: ranking of a mention's candidates with population, level and document context.
- `names`: the name normalisation shared by the build, the index and the matcher.
"""
from .gazetteer import GeoEntry, Gazetteer, default_gazetteer
from .resolve import Mention, Resolution, Resolver

__all__ = ["GeoEntry", "Gazetteer", "Mention", "Resolution", "Resolver", "default_gazetteer"]

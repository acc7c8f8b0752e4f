"""Extraction: who, where, when and which meetings, across all articles at once."""

from __future__ import annotations

from collections.abc import Sequence

from negoreader.records import Article, Library


def extract_library(articles: Sequence[Article]) -> Library:
    """Find people, places, dates and meetings in cleaned articles; unify them across the corpus."""
    return Library(articles=tuple(articles))

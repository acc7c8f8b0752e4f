"""Extraction: who, where, when and which meetings, across all articles at once.

The order matters: an undated article first gets the latest date its text names (so that
"ieri" and "mercoledì" can be resolved), then its dates are read, then people and places are
found and unified across the corpus, and last the meetings are tied to all three.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import replace

from negoreader.extract.dates import find_dates, latest_explicit_date
from negoreader.extract.meetings import find_meetings
from negoreader.extract.people import extract_people_and_places
from negoreader.records import Article, Library


def extract_library(articles: Sequence[Article]) -> Library:
    """Find people, places, dates and meetings in cleaned articles; unify them across the corpus."""
    # Extraction makes millions of small objects and no garbage cycles worth a collection: the
    # collector's passes over an ever larger heap cost more than they free (about 6% of a load
    # at 10,000 articles). Reference counting still frees everything; collection resumes after.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract(articles)
    finally:
        if collecting:
            gc.enable()


def _extract(articles: Sequence[Article]) -> Library:
    dated = [_with_dates(article) for article in articles]
    found, people, places = extract_people_and_places(dated)
    meetings = find_meetings(found, people, places)
    reported: dict[str, list[str]] = {}
    for meeting in meetings:
        for article_id in meeting.articles:
            reported.setdefault(article_id, []).append(meeting.id)
    linked = tuple(
        replace(article, meetings=tuple(reported.get(article.id, ()))) for article in found
    )
    return Library(articles=linked, people=people, places=places, meetings=meetings)


def _with_dates(article: Article) -> Article:
    if not article.date and (inferred := latest_explicit_date(article)):
        article = replace(article, date=inferred, date_inferred=True)
    return replace(article, dates=find_dates(article))

"""Meetings found in a one-article library built from a few paragraphs: the shared test helper."""

from __future__ import annotations

from negoreader.clean import clean_article
from negoreader.extract import extract_library

Found = set[tuple[str, str, str, frozenset[str]]]


def meetings_of(*paragraphs: str, published: str = "12 gennaio 2026") -> Found:
    """(kind, date, place, participants) of every meeting in an article of these paragraphs,
    published on `published` (a byline date line, so relative dates resolve against it)."""
    body = "\n\n".join(paragraphs)
    text = f"Titolo\n\nRedazione\n\n{published}\n\n{body}\n"
    library = extract_library([clean_article(text, "a.txt")])
    return {(m.kind, m.date, m.place, frozenset(m.participants)) for m in library.meetings}

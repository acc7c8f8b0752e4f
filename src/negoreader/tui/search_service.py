"""The search behind the search bar: the model's entity search plus its full-text search.

Built once per library (in the loading worker) and queried from a worker thread, never on the
UI's event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from negoreader.navigation import Filter, text_filter
from negoreader.records import Library
from negoreader.search import Hit, index_for

LIMIT = 30


@dataclass(frozen=True)
class Results:
    """What one query found: entity hits best first, and the text's own matches."""

    query: str
    hits: tuple[Hit, ...]
    text: Filter | None


class SearchService:
    """Answers queries over one library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.index = index_for(library)

    def search(self, query: str) -> Results:
        hits = tuple(self.index.search(query, limit=LIMIT))
        text = text_filter(self.library, query)
        return Results(query, hits, text if text.mentions else None)

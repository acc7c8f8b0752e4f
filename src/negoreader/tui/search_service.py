"""The search behind the search bar: entity hits from the model's search, plus full text.

Uses the model's `SearchIndex` when the installed model has one (built once per library), else
its `search()` function; either way this runs in a worker thread, never on the UI's loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from negoreader import search as search_model
from negoreader.navigation import Filter, text_filter
from negoreader.records import Library

LIMIT = 30


@dataclass(frozen=True)
class Results:
    """What one query found: entity hits best first, and the text's own matches."""

    query: str
    hits: tuple[search_model.Hit, ...]
    text: Filter | None


class SearchService:
    """Answers queries over one library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        index_class = getattr(search_model, "SearchIndex", None)
        self.index = index_class(library) if index_class is not None else None

    def hits(self, query: str) -> list[search_model.Hit]:
        if self.index is not None and hasattr(self.index, "search"):
            try:
                return list(self.index.search(query, limit=LIMIT))
            except TypeError:  # an index whose search takes other arguments
                pass
        return search_model.search(self.library, query, limit=LIMIT)

    def search(self, query: str) -> Results:
        text = text_filter(self.library, query)
        return Results(query, tuple(self.hits(query)), text if text.mentions else None)

"""The search behind the search bar: the model's entity search plus its full-text search.

Built once per library (in the loading worker) and queried from a worker thread, never on the
UI's event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from negoreader.navigation import Filter, entity_filter, text_filter
from negoreader.records import Library
from negoreader.search import Hit, index_for

LIMIT = 30


@dataclass(frozen=True)
class Results:
    """What one query found: entity hits best first, and the text's own matches.

    `text` is only looked for when no entity matched (the fallback): a full-text pass over a
    large library costs far more than an entity lookup, and would slow every keystroke.
    """

    query: str
    hits: tuple[Hit, ...]
    text: Filter | None
    text_searched: bool


class SearchService:
    """Answers queries over one library."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.index = index_for(library)

    def search(self, query: str) -> Results:
        hits = tuple(self.index.search(query, limit=LIMIT))
        if hits:
            return Results(query, hits, None, text_searched=False)
        return Results(query, hits, self.text(query), text_searched=True)

    def text(self, query: str) -> Filter | None:
        """The full-text matches, or None when there are none."""
        found = text_filter(self.library, query)
        return found if found.mentions else None

    def chosen(self, results: Results, index: int) -> Filter:
        """What taking one line of the results filters by: an entity hit, else the text.

        The text may not have been searched yet (entities matched while typing): then it is,
        here, so call this off the UI's loop.
        """
        if 0 <= index < len(results.hits):
            hit = results.hits[index]
            return entity_filter(self.library, hit.kind, hit.name)
        if results.text_searched:
            return results.text or Filter("text", results.query.strip(), ())
        return text_filter(self.library, results.query)

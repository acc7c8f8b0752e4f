"""Search over people, places and dates (a first version: the understanding issue makes it fuzzy)."""

from __future__ import annotations

from dataclasses import dataclass

from negoreader.records import Library


@dataclass(frozen=True)
class Hit:
    """One search result: the entity, how well it matched, and where."""

    name: str
    kind: str  # person, place, date
    score: float
    matched: str  # the alias (or date text) that matched
    positions: tuple[int, ...]  # matched character positions in `matched`
    articles: tuple[str, ...]


def search(library: Library, query: str, kind: str | None = None, limit: int = 20) -> list[Hit]:
    """Entities whose name or an alias contains the query, any case."""
    needle = query.strip().casefold()
    if not needle:
        return []
    hits = []
    for entity_kind, entities in (("person", library.people), ("place", library.places)):
        if kind and kind != entity_kind:
            continue
        for entity in entities:
            for alias in (entity.name, *entity.aliases):
                at = alias.casefold().find(needle)
                if at >= 0:
                    articles = tuple(
                        a.id
                        for a in library.articles
                        if any(r.name == entity.name for r in (*a.people, *a.places))
                    )
                    positions = tuple(range(at, at + len(needle)))
                    hits.append(Hit(entity.name, entity_kind, 100.0, alias, positions, articles))
                    break
    return hits[:limit]

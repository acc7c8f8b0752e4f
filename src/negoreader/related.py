"""Related articles (a first version: the understanding issue weighs meetings, rarity and time)."""

from __future__ import annotations

from dataclasses import dataclass

from negoreader.records import Library


@dataclass(frozen=True)
class Related:
    """Another article, how related it is, and why in words."""

    id: str
    score: float
    reasons: tuple[str, ...]


def related_articles(library: Library, article_id: str) -> list[Related]:
    """The other articles ranked by the people they share with this one."""
    article = library.article(article_id)
    if article is None:
        return []
    mine = {r.name for r in article.people}
    results = []
    for other in library.articles:
        if other.id == article.id:
            continue
        shared = mine & {r.name for r in other.people}
        reasons = (f"{len(shared)} people in common",) if shared else ()
        results.append(Related(other.id, float(len(shared)), reasons))
    return sorted(results, key=lambda r: (-r.score, r.id))

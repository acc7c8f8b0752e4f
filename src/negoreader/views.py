"""The JSON contract: what `--json` prints, built from records. Keep these keys stable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from negoreader.records import Article, EntityRef, Library, Meeting, Span

if TYPE_CHECKING:  # for the annotations only: the reader imports views before any search
    from negoreader.related import Related
    from negoreader.search import Hit


def span_view(span: Span) -> dict[str, int]:
    return {"paragraph": span.paragraph, "start": span.start, "end": span.end}


def article_summary(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "file": article.file,
        "title": article.title,
        "date": article.date,
        "date_inferred": article.date_inferred,
        "source": article.source,
        "author": article.author,
        "dateline": article.dateline,
    }


def _entity_view(ref: EntityRef, aliases: tuple[str, ...], role: str) -> dict[str, Any]:
    return {
        "name": ref.name,
        "aliases": list(aliases),
        "role": role,
        "mentions": [span_view(s) for s in ref.mentions],
    }


def article_detail(library: Library, article: Article) -> dict[str, Any]:
    people = []
    for ref in article.people:
        person = library.person(ref.name)
        people.append(
            _entity_view(ref, person.aliases if person else (), person.role if person else "")
        )
    places = []
    for ref in article.places:
        place = library.place(ref.name)
        places.append(_entity_view(ref, place.aliases if place else (), ""))
    paragraphs = []
    for p in article.paragraphs:
        view: dict[str, Any] = {"kind": p.kind, "text": p.text}
        if p.author:
            view["author"] = p.author
        if p.date:
            view["date"] = p.date
        paragraphs.append(view)
    return {
        **article_summary(article),
        "paragraphs": paragraphs,
        "people": people,
        "places": places,
        "dates": [
            {
                "value": d.value,
                "text": d.text,
                "relative": d.relative,
                "mention": span_view(d.mention),
            }
            for d in article.dates
        ],
        "meetings": list(article.meetings),
    }


def meeting_view(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "date": meeting.date,
        "place": meeting.place,
        "participants": list(meeting.participants),
        "articles": list(meeting.articles),
        "summary": meeting.summary,
        "kind": meeting.kind,
        "paragraphs": {s.article: list(s.paragraphs) for s in meeting.sources},
    }


def hit_view(hit: Hit) -> dict[str, Any]:
    return {
        "name": hit.name,
        "kind": hit.kind,
        "score": round(hit.score, 1),
        "matched": hit.matched,
        "positions": list(hit.positions),
        "articles": list(hit.articles),
    }


def related_view(related: Related) -> dict[str, Any]:
    return {"id": related.id, "score": round(related.score, 3), "reasons": list(related.reasons)}


def meetings_in_order(library: Library) -> list[Meeting]:
    """Meetings by date; those without a date last."""
    return sorted(library.meetings, key=lambda m: (not m.date, m.date, m.id))

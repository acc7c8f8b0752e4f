"""Typed records every stage passes along: articles, entities, dates, meetings.

All records are frozen; `store.py` is the one place that turns them into plain data and back.

The records an article is made of have slots, not a dict each: at 10,000 articles there are
about a million of them (half a million spans alone), and slots take 40 bytes less apiece. They
pickle as their class and field values (`pickled_by_fields`), which the loader's worker
processes send back faster than either a dict or the slots' default per-field state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")

PARAGRAPH_KINDS = ("heading", "paragraph", "quote", "caption")
ENTITY_KINDS = ("person", "place", "date")


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Where a mention stands: paragraph index and character offsets [start, end)."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article's body.

    `author` and `date` are set on quote blocks made from embedded posts.
    """

    kind: str
    text: str
    author: str = ""
    date: str = ""


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A person or place as it occurs in one article: canonical name and every mention."""

    name: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Person:
    """A person across the corpus: canonical name, spellings seen, role when given."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """A place across the corpus: canonical name and the spellings seen."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = ""  # city, country, region, venue


@dataclass(frozen=True, slots=True)
class DateRef:
    """One date expression in an article, normalised to ISO 8601.

    `value` is `2025-12-06`, `2025-12`, `2025` or an interval `2025-12-19/2025-12-21`;
    `relative` is true for expressions that need the article's date to mean anything
    ("ieri", "mercoledì", "a gennaio"); a day written without its year is not relative.
    """

    value: str
    text: str
    relative: bool
    mention: Span


@dataclass(frozen=True, slots=True)
class MeetingSource:
    """An article reporting a meeting, and the paragraphs that mention it."""

    article: str
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Meeting:
    """A talk, call, summit or planned round reported by one or more articles."""

    id: str
    kind: str
    date: str
    place: str
    participants: tuple[str, ...]
    summary: str
    sources: tuple[MeetingSource, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(source.article for source in self.sources)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article with what was extracted from it."""

    id: str
    file: str
    title: str
    author: str = ""
    source: str = ""
    date: str = ""
    date_inferred: bool = False
    dateline: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    people: tuple[EntityRef, ...] = ()
    places: tuple[EntityRef, ...] = ()
    dates: tuple[DateRef, ...] = ()
    meetings: tuple[str, ...] = ()

    @property
    def day(self) -> str:
        """The publication date without its time, or ''."""
        return self.date[:10]


@dataclass(frozen=True)
class Library:
    """Everything the store holds: articles, the people and places across them, meetings."""

    articles: tuple[Article, ...]
    people: tuple[Person, ...] = ()
    places: tuple[Place, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    _by_id: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update((article.id, article) for article in self.articles)

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or the only one whose id starts with it."""
        if article_id in self._by_id:
            return self._by_id[article_id]
        matches = [a for a in self.articles if a.id.startswith(article_id)]
        return matches[0] if len(matches) == 1 and article_id else None

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def place(self, name: str) -> Place | None:
        return next((p for p in self.places if p.name == name), None)

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)


def pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle a frozen dataclass with slots as `cls(*values)`: one C getter for the values, the
    constructor to rebuild them; returns `cls`, so it may decorate other such classes.

    The slots' default pickling sets each field through a Python loop: twice as slow as this,
    which counts for what the loader's worker processes send back.
    """
    if not all(f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: every field must be a constructor argument")
    values = attrgetter(*(f.name for f in fields(cls)))
    single = len(fields(cls)) == 1

    def reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
        return (cls, (values(self),) if single else values(self))

    cls.__reduce__ = reduce  # type: ignore[assignment, method-assign]
    return cls


for _record in (
    Span,
    Paragraph,
    EntityRef,
    Person,
    Place,
    DateRef,
    MeetingSource,
    Meeting,
    Article,
):
    pickled_by_fields(_record)

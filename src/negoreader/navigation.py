"""Moving around a library: article order, filters with mentions to step through, meetings in
time, the entity index and the back/forward history. The reader shows what these return.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from negoreader.records import Article, Library, Meeting, Person, Place, Span
from negoreader.views import meetings_in_order

# search is imported where it is used: the reader imports this module before its first frame,
# which searches nothing.

# --- articles ------------------------------------------------------------------------------


def articles_in_order(library: Library) -> list[Article]:
    """Articles oldest first, so the list follows the talks; undated ones last."""
    return in_order(library.articles)


def in_order(articles: Iterable[Article]) -> list[Article]:
    """The same order for any articles: oldest first, undated last."""
    return sorted(articles, key=lambda a: (not a.date, a.date, a.id))


def articles_shown(library: Library, chosen: Filter | None) -> tuple[Article, ...]:
    """What the article list holds: every article in order, or those the filter mentions."""
    ordered = articles_in_order(library)
    if chosen is None:
        return tuple(ordered)
    ids = set(chosen.articles)
    return tuple(a for a in ordered if a.id in ids)


# --- filters and mentions --------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One place to stop at: an article and a span in it (paragraph -1 is the title)."""

    article: str
    span: Span


@dataclass(frozen=True)
class Filter:
    """What the article list is narrowed to, and every mention to step through with n/N."""

    kind: str  # person, place, date or text
    name: str  # canonical name, ISO date, or the text searched for
    mentions: tuple[Mention, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles holding a mention, in the order the mentions come."""
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    @property
    def label(self) -> str:
        return f"“{self.name}”" if self.kind == "text" else self.name

    def first_in(self, article_id: str) -> int | None:
        """Index of the first mention in this article, if it has one."""
        return next((i for i, m in enumerate(self.mentions) if m.article == article_id), None)

    def spans_in(self, article_id: str) -> list[Span]:
        return [m.span for m in self.mentions if m.article == article_id]


def _date_bounds(value: str) -> tuple[str, str]:
    """An ISO date, month, year or interval as the first and last day it covers, comparable."""
    start, _, end = value.partition("/")
    end = end or start
    return (start + "-00-00")[:10], (end + "-99-99")[:10]


def date_covers(value: str, query: str) -> bool:
    """Whether a date entity (`2025-12-19/2025-12-21`) overlaps a date queried (`2025-12-20`)."""
    if not value or not query:
        return False
    start, end = _date_bounds(value)
    q_start, q_end = _date_bounds(query)
    return start <= q_end and q_start <= end


def entity_filter(library: Library, kind: str, name: str) -> Filter:
    """Every mention of one person, place or date, in list order."""
    mentions: list[Mention] = []
    for article in articles_in_order(library):
        spans: list[Span] = []
        if kind in ("person", "place"):
            refs = article.people if kind == "person" else article.places
            for ref in refs:
                if ref.name == name:
                    spans.extend(ref.mentions)
        elif kind == "date":
            exact = [d.mention for d in article.dates if d.value == name]
            spans = exact or [d.mention for d in article.dates if date_covers(d.value, name)]
        mentions.extend(Mention(article.id, span) for span in sorted(spans))
    return Filter(kind, name, tuple(mentions))


def text_filter(library: Library, query: str) -> Filter:
    """Every match of the text in titles and bodies (the model's full-text search), list order."""
    from negoreader.search import full_text_search

    found = full_text_search(library, query, limit=max(1, len(library.articles)))
    spans = {match.article: sorted(match.spans) for match in found}
    mentions = tuple(
        Mention(article.id, span)
        for article in articles_in_order(library)
        for span in spans.get(article.id, ())
    )
    return Filter("text", query.strip(), mentions)


def cursor_on_opening(
    chosen: Filter | None, cursor: int | None, article_id: str, mention: int | None
) -> int | None:
    """The current mention once an article is opened.

    The mention asked for; else the one already current while the article holds mentions of
    the filter (a meeting jump inside the filtered list keeps n/N where they were); else none.
    """
    if chosen is None:
        return None
    if mention is not None:
        return mention
    return cursor if chosen.first_in(article_id) is not None else None


@dataclass(frozen=True)
class Marks:
    """The search matches to highlight in one article, and which of them is current."""

    article: str | None = None
    spans: tuple[Span, ...] = ()
    current: Span | None = None


def marks_for(chosen: Filter | None, cursor: int | None, article_id: str | None) -> Marks:
    """The filter's mentions inside the article, with the current mention when it is there."""
    if chosen is None or article_id is None:
        return Marks(article_id)
    current = None
    at = (
        chosen.mentions[cursor]
        if cursor is not None and 0 <= cursor < len(chosen.mentions)
        else None
    )
    if at is not None and at.article == article_id:
        current = at.span
    return Marks(article_id, tuple(chosen.spans_in(article_id)), current)


def entity_at(article: Article, paragraph: int, offset: int) -> tuple[str, str] | None:
    """The person, place or date mentioned at a character of a block: (kind, name), or None.

    Where mentions overlap the shortest wins, as the most specific.
    """
    found: list[tuple[int, str, str]] = []
    for kind, refs in (("person", article.people), ("place", article.places)):
        for ref in refs:
            for span in ref.mentions:
                if span.paragraph == paragraph and span.start <= offset < span.end:
                    found.append((span.end - span.start, kind, ref.name))
    for date in article.dates:
        span = date.mention
        if span.paragraph == paragraph and span.start <= offset < span.end:
            found.append((span.end - span.start, "date", date.value))
    if not found:
        return None
    _, kind, name = min(found)
    return kind, name


def step(index: int | None, count: int, direction: int) -> int | None:
    """The next (+1) or previous (-1) mention index, wrapping round; None when there are none."""
    if count == 0:
        return None
    if index is None:
        return 0 if direction > 0 else count - 1
    return (index + direction) % count


# --- meetings ------------------------------------------------------------------------------


def meetings_of(library: Library, article: Article) -> list[Meeting]:
    """The meetings an article reports, in time order."""
    ids = set(article.meetings) | {m.id for m in library.meetings if article.id in m.articles}
    return [m for m in meetings_in_order(library) if m.id in ids]


def step_meeting(
    library: Library, article: Article | None, current: str | None, direction: int
) -> Meeting | None:
    """The meeting after (+1) or before (-1) the current one in time.

    Without a current meeting, the article's own earliest meeting counts as current; an article
    reporting none is placed in time by its date.
    """
    ordered = meetings_in_order(library)
    if not ordered:
        return None
    ids = [m.id for m in ordered]
    if current not in ids and article is not None:
        own = meetings_of(library, article)
        if own:
            current = own[0].id
    if current in ids:
        at = ids.index(current) + direction
        return ordered[at] if 0 <= at < len(ordered) else None
    day = article.day if article else ""
    if direction > 0:
        return next((m for m in ordered if not day or (m.date and m.date[:10] >= day)), None)
    earlier = [m for m in ordered if m.date and day and m.date[:10] < day]
    return earlier[-1] if earlier else None


def meeting_kept(library: Library, meeting_id: str | None, article_id: str) -> str | None:
    """The meeting jumped to, while the article opened reports it; else None, so that ] and [
    start from the new article's own meetings."""
    meeting = library.meeting(meeting_id) if meeting_id else None
    return meeting_id if meeting is not None and article_id in meeting.articles else None


def meeting_target(meeting: Meeting, prefer: str | None = None) -> tuple[str, int] | None:
    """The article and paragraph to open for a meeting: the preferred article when it reports it."""
    if not meeting.sources:
        return None
    source = next((s for s in meeting.sources if s.article == prefer), meeting.sources[0])
    return source.article, (source.paragraphs[0] if source.paragraphs else 0)


# --- entity index ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityRow:
    """One line of the entity index."""

    kind: str
    name: str
    role: str
    aliases: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]


def entity_rows(library: Library) -> list[EntityRow]:
    """All people, then places, then dates, each with its mention and article counts."""
    counts: dict[tuple[str, str], list[int]] = {}
    seen_in: dict[tuple[str, str], dict[str, None]] = {}
    date_texts: dict[str, dict[str, None]] = {}
    for article in articles_in_order(library):
        for kind, refs in (("person", article.people), ("place", article.places)):
            for ref in refs:
                counts.setdefault((kind, ref.name), [0])[0] += len(ref.mentions)
                seen_in.setdefault((kind, ref.name), {})[article.id] = None
        for date in article.dates:
            counts.setdefault(("date", date.value), [0])[0] += 1
            seen_in.setdefault(("date", date.value), {})[article.id] = None
            date_texts.setdefault(date.value, {})[date.text] = None

    def row(kind: str, name: str, role: str, aliases: Iterable[str]) -> EntityRow:
        key = (kind, name)
        return EntityRow(
            kind,
            name,
            role,
            tuple(a for a in aliases if a != name),
            counts.get(key, [0])[0],
            tuple(seen_in.get(key, {})),
        )

    rows = [row("person", p.name, p.role, p.aliases) for p in library.people]
    rows += [row("place", p.name, p.kind, p.aliases) for p in library.places]
    known = {(r.kind, r.name) for r in rows}
    for kind, name in counts:
        if kind != "date" and (kind, name) not in known:
            rows.append(row(kind, name, "", ()))
    rows += [row("date", value, "", texts) for value, texts in sorted(date_texts.items())]
    return rows


def filter_rows(rows: Iterable[EntityRow], text: str) -> list[EntityRow]:
    """Rows whose name, an alias or the role contains every word typed (case and accents aside)."""
    from negoreader.search import fold

    words = fold(text).split()
    if not words:
        return list(rows)
    kept = []
    for entry in rows:
        haystack = fold(" ".join((entry.kind, entry.name, entry.role, *entry.aliases)))
        if all(word in haystack for word in words):
            kept.append(entry)
    return kept


@dataclass(frozen=True)
class EntityDetail:
    """What the index shows about one entity: who or what it is, where, and which meetings."""

    kind: str
    name: str
    role: str
    aliases: tuple[str, ...]
    articles: tuple[Article, ...]
    meetings: tuple[Meeting, ...]


def entity_detail(library: Library, kind: str, name: str) -> EntityDetail:
    """Role, aliases, the articles naming it and (for people and places) its meetings."""
    record: Person | Place | None = (
        library.person(name)
        if kind == "person"
        else library.place(name)
        if kind == "place"
        else None
    )
    role = record.role if isinstance(record, Person) else record.kind if record else ""
    ids = entity_filter(library, kind, name).articles
    articles = tuple(a for a in (library.article(i) for i in ids) if a is not None)
    if kind == "person":
        meetings = tuple(m for m in meetings_in_order(library) if name in m.participants)
    elif kind == "place":
        meetings = tuple(m for m in meetings_in_order(library) if m.place == name)
    else:
        meetings = tuple(m for m in meetings_in_order(library) if date_covers(m.date, name))
    aliases = tuple(a for a in (record.aliases if record else ()) if a != name)
    return EntityDetail(kind, name, role, aliases, articles, meetings)


# --- history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """Where the reader was: an article, how far down, and the filter and mention it was on."""

    article: str
    scroll: float = 0.0
    filter: Filter | None = None
    mention: int | None = None


@dataclass
class History:
    """Back and forward stacks, as in a web browser."""

    limit: int = 500
    _back: list[Location] = field(default_factory=list)
    _forward: list[Location] = field(default_factory=list)

    def visit(self, leaving: Location) -> None:
        """Record the location being left for somewhere new; the forward stack is dropped."""
        self._back.append(leaving)
        del self._back[: -self.limit]
        self._forward.clear()

    def back(self, current: Location) -> Location | None:
        if not self._back:
            return None
        self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Location) -> Location | None:
        if not self._forward:
            return None
        self._back.append(current)
        return self._forward.pop()

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

"""Related articles: the others ranked by shared meetings, people, places, dates and time.

What two articles share counts by how specific it is: a meeting both report counts most; meetings
held at the same place in the same days next; then people, places and days both name, each weighed
by its inverse document frequency over the corpus (everyone mentions Ukraine, few name Gruenbaum);
then closeness of the publication dates. The inverted indexes are built once per Library and kept
while the Library lives, so a lookup scores only the articles that share something.
"""

from __future__ import annotations

import heapq
import math
import weakref
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from negoreader.extract.meetings import human_date, meeting_span
from negoreader.records import Article, Library, Meeting

# Meetings weigh by their own specificity too, times these: a meeting both articles report
# outweighs as many shared people as it has articles to share them with.
SAME_MEETING = 3.0
SAME_PLACE_AND_DAYS = 2.0  # per pair of meetings at one place within CONCURRENT_DAYS
CONCURRENT_DAYS = 2
PEOPLE = 1.0  # per unit of a shared person's specificity (IDF)
PLACES = 0.5  # places say less than people: a capital stands for its government
DATES = 1.0  # a day or interval both articles name
TIME = 2.0  # for articles published the same day, halved every TIME_HALF_LIFE days apart
TIME_HALF_LIFE = 3.0  # a round of talks is news for a few days
NAMES_IN_REASON = 4
DEFAULT_LIMIT = 20  # a reading list, not the whole corpus


@dataclass(frozen=True)
class Related:
    """Another article, how related it is, and why in words."""

    id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Profile:
    meetings: frozenset[str]
    people: frozenset[str]
    places: frozenset[str]
    days: frozenset[str]  # dates the text names to the day, or intervals
    published: date | None


class RelatedIndex:
    """Inverted indexes over one library: meeting, person, place and day → articles."""

    def __init__(self, library: Library) -> None:
        self._profiles = {a.id: _profile(a) for a in library.articles}
        self._meetings = {m.id: m for m in library.meetings}
        self._postings: dict[tuple[str, str], list[str]] = defaultdict(list)
        for article_id, profile in self._profiles.items():
            for kind, keys in (
                ("meeting", profile.meetings),
                ("person", profile.people),
                ("place", profile.places),
                ("day", profile.days),
            ):
                for key in keys:
                    self._postings[kind, key].append(article_id)
        total = max(len(self._profiles), 1)
        self._idf = {key: math.log(total / len(ids)) for key, ids in self._postings.items()}
        self._concurrent = _concurrent_meetings(library.meetings)

    def related(self, article_id: str, limit: int | None = DEFAULT_LIMIT) -> list[Related]:
        """The other articles ranked best first, each with its reasons in words.

        Scores are summed along the posting lists of what this article names (something every
        article names adds nothing and is skipped); reasons are written only for those returned.
        """
        mine = self._profiles.get(article_id)
        if mine is None:
            return []
        scores: dict[str, float] = defaultdict(float)
        for kind, weight, keys in (
            ("person", PEOPLE, mine.people),
            ("place", PLACES, mine.places),
            ("day", DATES, mine.days),
        ):
            for key in keys:
                idf = self._idf[kind, key]
                if idf > 0:
                    for other in self._postings[kind, key]:
                        scores[other] += weight * idf
        for meeting_id in mine.meetings:
            weight = SAME_MEETING * self._idf["meeting", meeting_id]
            for other in self._postings["meeting", meeting_id]:
                scores[other] += weight
            for near in self._concurrent.get(meeting_id, ()):
                if near in mine.meetings:
                    continue
                weight = SAME_PLACE_AND_DAYS * self._idf["meeting", near]
                for other in self._postings["meeting", near]:
                    if meeting_id not in self._profiles[other].meetings:
                        scores[other] += weight
        scores.pop(article_id, None)
        if mine.published:
            for other in scores:
                published = self._profiles[other].published
                if published:
                    days = abs((mine.published - published).days)
                    scores[other] += TIME * 0.5 ** (days / TIME_HALF_LIFE)
        chosen = list(scores)
        if limit is not None and len(chosen) > limit:
            # Everything scoring at least the limit-th best, so that ties are ranked by id.
            floor = heapq.nlargest(limit, scores.values())[-1] - 1e-9
            chosen = [other for other in chosen if scores[other] >= floor]
        results = [self._score(mine, other, self._profiles[other]) for other in chosen]
        results.sort(key=lambda r: (-r.score, r.id))
        return results[:limit] if limit is not None else results

    def _score(self, mine: _Profile, other_id: str, other: _Profile) -> Related:
        score = 0.0
        reasons: list[str] = []
        shared_meetings = sorted(mine.meetings & other.meetings)
        for meeting_id in shared_meetings:
            score += SAME_MEETING * self._idf["meeting", meeting_id]
            reasons.append(f"same meeting: {_label(self._meetings.get(meeting_id))}")
        for meeting_id in sorted(mine.meetings - other.meetings):
            for near in self._concurrent.get(meeting_id, ()):
                if near in other.meetings and near not in mine.meetings:
                    score += SAME_PLACE_AND_DAYS * self._idf["meeting", near]
                    first, second = self._meetings[meeting_id], self._meetings[near]
                    reasons.append(
                        f"meetings in {first.place} the same days: "
                        f"{_short(first.date)} and {_short(second.date)}"
                    )
        for kind, weight, noun, mine_keys, other_keys in (
            ("person", PEOPLE, ("person", "people"), mine.people, other.people),
            ("place", PLACES, ("place", "places"), mine.places, other.places),
            ("day", DATES, ("date", "dates"), mine.days, other.days),
        ):
            shared = sorted(mine_keys & other_keys, key=lambda k: (-self._idf[kind, k], k))
            if not shared:
                continue
            score += weight * sum(self._idf[kind, key] for key in shared)
            names = [_short(k) if kind == "day" else k.split()[-1] for k in shared]
            if kind == "place":
                names = list(shared)
            more = ", …" if len(names) > NAMES_IN_REASON else ""
            word = noun[0] if len(shared) == 1 else noun[1]
            reasons.append(
                f"{len(shared)} {word} in common: {', '.join(names[:NAMES_IN_REASON])}{more}"
            )
        if mine.published and other.published:
            days = abs((mine.published - other.published).days)
            score += TIME * 0.5 ** (days / TIME_HALF_LIFE)
            reasons.append("same day" if days == 0 else f"{days} day{'s' * (days != 1)} apart")
        return Related(other_id, score, tuple(reasons))


def related_articles(
    library: Library, article_id: str, limit: int | None = DEFAULT_LIMIT
) -> list[Related]:
    """The other articles ranked by what they share with this one, best first."""
    article = library.article(article_id)
    if article is None:
        return []
    return index_for(library).related(article.id, limit)


_INDEXES: dict[int, tuple[weakref.ref[Library], RelatedIndex]] = {}


def index_for(library: Library) -> RelatedIndex:
    """The library's index, built on first use and kept while the library lives."""
    key = id(library)
    cached = _INDEXES.get(key)
    if cached is not None and cached[0]() is library:
        return cached[1]
    index = RelatedIndex(library)
    _INDEXES[key] = (weakref.ref(library, lambda _: _INDEXES.pop(key, None)), index)
    return index


def _profile(article: Article) -> _Profile:
    days = frozenset(d.value for d in article.dates if "/" in d.value or d.value.count("-") == 2)
    return _Profile(
        meetings=frozenset(article.meetings),
        people=frozenset(r.name for r in article.people),
        places=frozenset(r.name for r in article.places),
        days=days,
        published=_day(article.day),
    )


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _concurrent_meetings(meetings: Sequence[Meeting]) -> dict[str, list[str]]:
    """Meetings at one place within CONCURRENT_DAYS of each other: "the US–Russia meeting in
    Miami that same weekend". A sweep over each place's meetings in date order."""
    by_place: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for meeting in meetings:
        span = meeting_span(meeting.date) if meeting.place else None
        if span:
            by_place[meeting.place].append((span[0], span[1], meeting.id))
    near: dict[str, list[str]] = defaultdict(list)
    slack = timedelta(days=CONCURRENT_DAYS)
    for spans in by_place.values():
        spans.sort()
        for i, (_, last, meeting_id) in enumerate(spans):
            for other_first, _, other_id in spans[i + 1 :]:
                if other_first - last > slack:
                    break  # sorted by start: no later one can be close either
                near[meeting_id].append(other_id)
                near[other_id].append(meeting_id)
    return {key: sorted(ids) for key, ids in near.items()}


def _short(value: str) -> str:
    """'2025-12-20/2025-12-21' → '20–21 Dec': the year is the reader's context."""
    text = human_date(value)
    precise = "/" in value or value.count("-") == 2
    return text[:-5] if precise and text[-5:-4] == " " and text[-4:].isdigit() else text


def _label(meeting: Meeting | None) -> str:
    if meeting is None:
        return "?"
    what = meeting.place or {"call": "phone call"}.get(meeting.kind, meeting.kind)
    return f"{what}, {_short(meeting.date)}" if meeting.date else what

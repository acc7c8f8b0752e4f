"""Meetings: the talks, calls, summits and planned rounds the articles report.

`meeting_mentions.py` finds the mentions of meetings in each sentence. A mention tied to a
place or a date anchors a meeting; one with neither ("i colloqui", "la telefonata") refers back to
the article's meeting of that kind and only adds its paragraph and people. Meetings of different
articles are then merged: the same kind, compatible dates and the same place (or, on the same days,
one place unknown) are one meeting, listed with every article and paragraph that reports it.
A round one article announces and another reports after it happened is one meeting too, when
their days overlap and they share the place (or one names no place and they share the people):
the report's kind wins over the plan.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from negoreader.extract.meeting_mentions import (
    FAMILY,
    Mention,
    dateline_end,
    find_mentions,
    fold,
    people_spellings,
    precision,
)
from negoreader.records import Article, Meeting, MeetingSource, Person, Place

# Places at one level exclude each other (two cities); a venue, its city, its region and its
# country do not.
_LEVEL = {
    "venue": "venue",
    "district": "venue",
    "city": "city",
    "region": "region",
    "country": "country",
    "continent": "country",
}
_PLACE_RANK = {"city": 0, "district": 1, "venue": 2, "region": 3, "country": 4, "continent": 5}
# Reports in the same news cycle: an undated report of a meeting at a place joins a dated one
# there when the report was written within this many days of it.
_SAME_CYCLE_DAYS = 3
# A reference back ("i colloqui") may point at a meeting of these kinds, most likely first.
_REFERS_TO = {
    "talks": ("talks", "planned"),
    "summit": ("talks", "planned"),
    "call": ("call",),
    "planned": ("planned",),
}


@dataclass
class _Group:
    """A meeting as reported by one article (later: by several)."""

    kind: str
    places: list[str] = field(default_factory=list)
    alternatives: bool = False
    dates: list[str] = field(default_factory=list)
    context_date: str = ""
    people: list[str] = field(default_factory=list)
    sources: dict[str, set[int]] = field(default_factory=dict)
    days: list[str] = field(default_factory=list)  # the reporting articles' days
    # What each report's cue word names; per article, its verdict as "report:<kind>" (a plan
    # merged with a report of the same meeting takes the report's kind) and the countries of the
    # people it names as "side:<country>". Tags in one list, so every merge carries them along.
    kinds: list[str] = field(default_factory=list)
    # Where (paragraph, offset) the article ties it to a place or a date.
    anchors: set[tuple[int, int]] = field(default_factory=set)
    anchor_kinds: list[str] = field(default_factory=list)
    called_off: bool = False  # a report says it was put on hold or cancelled

    @property
    def family(self) -> str:
        return FAMILY[self.kind]

    def add(self, mention: Mention, article: str) -> None:
        self.places = list(dict.fromkeys(self.places + mention.places))
        self.alternatives = self.alternatives or mention.alternatives
        self.dates = list(dict.fromkeys(self.dates + mention.dates))
        self.people = list(dict.fromkeys(self.people + mention.people))
        self.sources.setdefault(article, set()).add(mention.paragraph)
        self.kinds.append(mention.cue)
        self.called_off = self.called_off or mention.called_off


# A place named like a building is a venue even where its kind is unknown: "Lancaster House"
# and the city it is in are one meeting, two cities are two.
_VENUE_WORD = re.compile(
    r"\b(?:Palazzo|Palace|House|Hotel|Resort|Villa|Basilica|Castello|Castle|Center|Centre|Club"
    r"|Residenza|Ambasciata|Embassy|Aeroporto|Airport|Base|Cattedrale|Chiesa|Forum|Sala)\b"
)


def place_kinds(places: Sequence[Place]) -> dict[str, str]:
    """Each place's kind (city, venue …), a building's name making it a venue."""
    return {
        place.name: "venue"
        if place.kind in ("", "city") and _VENUE_WORD.search(place.name)
        else place.kind
        for place in places
    }


# --- public -----------------------------------------------------------------------------------


def find_meetings(
    articles: Sequence[Article], people: Sequence[Person], places: Sequence[Place]
) -> tuple[Meeting, ...]:
    """The meetings the articles report, merged across articles, in date order."""
    context = MeetingContext.of(people, places)
    return merge_meetings([article_meetings(article, context) for article in articles], places)


@dataclass(frozen=True)
class MeetingContext:
    """What one article's meetings need from the corpus: who is who, what kind each place is."""

    who: dict[str, str]
    kinds: dict[str, str]
    spellings: dict[str, str]
    countries: dict[str, str] = field(default_factory=dict)  # person → country, when known

    @classmethod
    def of(cls, people: Sequence[Person], places: Sequence[Place]) -> MeetingContext:
        kinds = place_kinds(places)
        countries = {person.name: person.country for person in people if person.country}
        return cls(people_spellings(people), kinds, _place_spellings(places), countries)


def article_meetings(article: Article, context: MeetingContext) -> list[_Group]:
    """One article's meetings before the merge: the step that needs no other article."""
    return _article_groups(
        article, context.who, context.kinds, context.spellings, context.countries
    )


def merge_meetings(
    per_article: Sequence[list[_Group]], places: Sequence[Place]
) -> tuple[Meeting, ...]:
    """Merge the articles' meetings (in article order) into the corpus's, in date order."""
    kinds = place_kinds(places)
    groups = [group for groups in per_article for group in groups]
    merged = _merge(groups, kinds)
    meetings = [_meeting(group, kinds) for group in merged]
    return _with_unique_ids(sorted(meetings, key=lambda m: (not m.date, m.date, m.id)))


@lru_cache(maxsize=4096)
def meeting_span(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO date, month, year or interval covers."""
    try:
        if "/" in value:
            first, last = value.split("/", 1)
            a, b = meeting_span(first), meeting_span(last)
            return (a[0], b[1]) if a and b else None
        parts = [int(x) for x in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first_day = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first_day, following - timedelta(days=1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def human_date(value: str) -> str:
    """'2025-12-19/2025-12-21' → '19–21 Dec 2025'; '2026-01' → 'Jan 2026'."""
    span = meeting_span(value)
    if not span:
        return value
    first, last = span
    if "/" not in value and value.count("-") == 1:
        return first.strftime("%b %Y")
    if "/" not in value and "-" not in value:
        return str(first.year)
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


# --- one article ------------------------------------------------------------------------------


def _article_groups(
    article: Article,
    who: dict[str, str],
    kinds: dict[str, str],
    spellings: dict[str, str],
    countries: dict[str, str] | None = None,
) -> list[_Group]:
    mentions = find_mentions(article, who, kinds)
    groups: list[_Group] = []
    for mention in (m for m in mentions if m.anchored and not m.generic):
        # "I colloqui dovrebbero proseguire anche domani": one more day of the meeting last told.
        going_on = _going_on(groups, mention, kinds)
        if going_on is not None:
            going_on.add(mention, article.id)
            going_on.anchors.add((mention.paragraph, mention.start))
            going_on.anchor_kinds.append(mention.kind)
            continue
        # Where the report names no place it shares, it is about the article's first meeting.
        fitting = [g for g in groups if _fits(g, mention, kinds)]
        sharing = [g for g in fitting if set(g.places) & set(mention.places)]
        # Else the meeting last placed or dated in the same paragraph ("è atteso a Mosca
        # martedì per incontrare Putin": one plan), else the article's first.
        at = (mention.paragraph, mention.start)
        near = sorted(
            (g for g in fitting if any(a[0] == at[0] and a <= at for a in g.anchors)),
            key=lambda g: max(a for a in g.anchors if a <= at),
            reverse=True,
        )
        group = (sharing or near or fitting or [None])[0]
        if group is None:
            group = _Group(mention.kind)
            groups.append(group)
        group.add(mention, article.id)
        group.anchors.add((mention.paragraph, mention.start))
        group.anchor_kinds.append(mention.kind)
    for mention in (m for m in mentions if not m.anchored and not m.generic):
        if mention.other_event or mention.indefinite:
            continue
        if mention.framed or mention.then:
            # "A metà incontro … in videochiamata con X", "Trump ha poi chiamato Zelensky": a
            # call of its own, on the days of the meeting last reported before it.
            _add_framed_call(groups, mention, article.id)
            continue
        # An article's first meeting of a kind is the one its references back are about; a
        # delegation belongs to the meeting last reported before it.
        fitting = [g for g in groups if g.family in _REFERS_TO[mention.kind]]
        if mention.delegation:
            at = (mention.paragraph, mention.start)
            before = [g for g in fitting if min(g.anchors) <= at]
            # A delegation told in the past sat at talks held, not at the plan named after them.
            held = [g for g in before if g.family == "talks"]
            before = held if mention.kind == "talks" and held else before
            fitting = sorted(
                before, key=lambda g: max(a for a in g.anchors if a <= at), reverse=True
            )
        target = fitting[0] if fitting else None
        # "Il vertice tra Trump, Putin e Zelensky … è stato rinviato", after a report of Witkoff
        # and Putin: a reference naming two others is to another meeting, with no day or place.
        if target is not None and not mention.delegation and _others(target, mention):
            target = None
        if target is not None:
            target.add(mention, article.id)
    dateline = _dateline_date(article)
    home = spellings.get(fold(article.dateline), article.dateline)
    published = meeting_span(article.day) if article.day else None
    for group in groups:
        group.days = [article.day] if article.day else []
        # Reported the day it happens, or the day after, from the city in the dateline: there.
        own = _best_date(group.dates, "")
        span = meeting_span(own) if own and precision(own) in ("day", "interval") else None
        filed = meeting_span(dateline) if dateline else None
        same_days = bool(span and filed and filed[0] - timedelta(days=1) <= span[0] <= filed[1])
        if group.family == "talks" and not group.places and home and same_days:
            group.places.append(home)
        # Filed from the place of the meeting on that day: the dateline dates the meeting.
        if dateline and home and group.places and _main_place(group, kinds) == home:
            group.context_date = dateline
        # Filed from a city the same day as a meeting at a venue: the venue is in that city.
        venues_only = group.places and {_LEVEL.get(kinds.get(p, ""), "") for p in group.places} == {
            "venue"
        }
        if venues_only and dateline and home and _best_date(group.dates, "") == dateline:
            group.places.append(home)
        if group.family != "call":
            group.kind = _talks_kind(group, published)
        group.kinds.append(_VERDICT + group.kind)
        sides = {countries[p] for p in group.people if p in countries} if countries else set()
        group.kinds += sorted(_SIDE + country for country in sides)
    return groups


_VERDICT = "report:"
_SIDE = "side:"


def _final_kind(group: _Group) -> str:
    """A planned meeting that some article reports as held is talks (or a summit) after all."""
    if group.kind != "planned":
        return group.kind
    held = [k[len(_VERDICT) :] for k in group.kinds if k.startswith(_VERDICT)]
    held = [k for k in held if k in ("talks", "summit")]
    if not held:
        return group.kind
    # Announced as a summit and reported as talks: what most reports call it.
    summits = held.count("summit") + group.kinds.count("summit")
    return "summit" if summits * 2 > len(held) + group.kinds.count("talks") else "talks"


def _merge_family(group: _Group) -> str:
    """Calls merge with calls; talks, summits and plans for them with each other."""
    return "call" if group.family == "call" else "talks"


def _others(group: _Group, mention: Mention) -> bool:
    """Whether a reference is named by parties ("tra X e Y") two of whom a meeting lacks."""
    known = set(group.people)
    return mention.between and len(known) >= 2 and len(set(mention.people) - known) >= 2


def _add_framed_call(groups: list[_Group], mention: Mention, article: str) -> None:
    """A call of its own on the days of the meeting (or call) last reported before it."""
    at = (mention.paragraph, mention.start)
    hosts = [
        g
        for g in groups
        if (mention.then or g.family != "call") and g.anchors and min(g.anchors) <= at
    ]
    if not hosts or not mention.people:
        return
    host = max(hosts, key=lambda g: max(a for a in g.anchors if a <= at))
    call = _Group(mention.kind, dates=list(host.dates), context_date=host.context_date)
    # "i tre leader hanno telefonato a Trump": who was in the room is on the call.
    if mention.framed and len(mention.people) < 2:
        call.people = list(host.people)
    call.add(mention, article)
    call.anchors.add(at)
    call.anchor_kinds.append("call")
    groups.append(call)


def _talks_kind(group: _Group, published: tuple[date, date] | None) -> str:
    """Planned when most reports of it announce it, or when it falls after the article's day.

    A meeting the article says was put on hold or cancelled is planned too: never held.
    """
    if group.called_off:
        return "planned"
    when = _best_date(group.dates, group.context_date)
    span = meeting_span(when) if when else None
    if published and span and span[0] > published[1]:
        return "planned"
    planned = group.anchor_kinds.count("planned")
    if planned * 2 > len(group.anchor_kinds):
        return "planned"
    summits = group.anchor_kinds.count("summit")
    return "summit" if summits * 2 > len(group.anchor_kinds) - planned else "talks"


def _fits(group: _Group, mention: Mention, kinds: dict[str, str]) -> bool:
    """Whether a mention with its own place or date belongs to a meeting already found.

    In one article, talks and a plan for them can be one meeting ("lunedì sarà ricevuto…";
    "…prendere parte all'incontro di Washington"); calls are calls.
    """
    if (group.family == "call") != (mention.kind == "call"):
        return False
    if _places_conflict(group.places, mention.places, kinds):
        return False
    # "Witkoff e Kushner ricevuti da Putin"; "Trump aveva incontrato Zelensky": two meetings.
    if _strangers(group.people, mention.people):
        return False
    # "un nuovo incontro in Florida", "il primo contatto a Riad": another event than the one
    # the article is about, unless at its place.
    distinct = mention.indefinite or mention.ordinal
    if distinct and mention.places and not set(mention.places) & set(group.places):
        return False
    if group.dates and mention.dates:
        return any(_overlap(a, b) for a in group.dates for b in mention.dates)
    return True


def _going_on(groups: list[_Group], mention: Mention, kinds: dict[str, str]) -> _Group | None:
    """The meeting a mention saying it goes on ("proseguire domani") continues, if any."""
    if not mention.goes_on or not groups:
        return None
    last = groups[-1]
    if (last.family == "call") != (mention.kind == "call"):
        return None
    if _places_conflict(last.places, mention.places, kinds):
        return None
    return last


def _other_callers(xs: list[str], ys: list[str]) -> bool:
    """Two calls on one day are one only if the people of one are all on the other."""
    ours, theirs = set(xs), set(ys)
    return len(ours) >= 2 and len(theirs) >= 2 and not (ours <= theirs or theirs <= ours)


def _strangers(xs: list[str], ys: list[str]) -> bool:
    """Whether two reports each name two people or more, and none in common."""
    ours, theirs = set(xs), set(ys)
    return len(ours) >= 2 and len(theirs) >= 2 and not ours & theirs


def _places_conflict(xs: list[str], ys: list[str], kinds: dict[str, str]) -> bool:
    """Two different cities (or two different venues) are two meetings; a venue and a city not.

    "L'incontro di Gedda" and "i colloqui si sono svolti all'hotel Ritz-Carlton" are one meeting.
    """
    if not xs or not ys or set(xs) & set(ys):
        return False

    def levels(names: list[str]) -> set[str]:
        return {_LEVEL.get(kinds.get(n, "") or "city", "city") for n in names}

    return bool(levels(xs) & levels(ys))


def _dateline_date(article: Article) -> str:
    if not article.paragraphs:
        return ""
    end = dateline_end(article.paragraphs[0].text)
    return next(
        (
            d.value
            for d in article.dates
            if d.mention.paragraph == 0 and d.mention.start < end and precision(d.value) == "day"
        ),
        "",
    )


def _place_spellings(places: Sequence[Place]) -> dict[str, str]:
    table = {}
    for place in places:
        for spelling in (place.name, *place.aliases):
            table.setdefault(fold(spelling), place.name)
    return table


# --- dates ------------------------------------------------------------------------------------


def _overlap(a: str, b: str, slack: int = 0) -> bool:
    x, y = meeting_span(a), meeting_span(b)
    if not x or not y:
        return False
    return x[0] - timedelta(days=slack) <= y[1] and y[0] - timedelta(days=slack) <= x[1]


def _best_date(dates: list[str], context: str) -> str:
    """The most precise date covering the others: an interval beats a day within it."""
    return _best_date_of(tuple(dates), context)


@lru_cache(maxsize=8192)
def _best_date_of(dates: tuple[str, ...], context: str) -> str:
    """ "Cinque ore di colloqui ieri, altre quattro questa mattina": consecutive days are one span."""
    fine = sorted(
        (span, value)
        for value in dates
        if precision(value) in ("day", "interval") and (span := meeting_span(value))
    )
    if len(fine) > 1:
        first, last = fine[0][0]
        for (start, end), _ in fine[1:]:
            if start - last > timedelta(days=1):
                break
            last = max(last, end)
        else:
            return first.isoformat() if first == last else f"{first}/{last}"
    return _covering_date(dates, context)


def _covering_date(dates: tuple[str, ...], context: str) -> str:
    fine = [d for d in dates if precision(d) in ("day", "interval")]
    if fine:

        def covers(value: str) -> int:
            return sum(_overlap(value, other) for other in fine)

        def width(value: str) -> int:
            span = meeting_span(value)
            return (span[1] - span[0]).days if span else 0

        return max(fine, key=lambda v: (covers(v), width(v), v))
    coarse = sorted(dates, key=lambda v: (precision(v) != "month", v))
    if context and (not coarse or _overlap(context, coarse[0])):
        return context
    return coarse[0] if coarse else ""


# --- across articles --------------------------------------------------------------------------


def _merge(groups: list[_Group], kinds: dict[str, str]) -> list[_Group]:
    """Merge reports of one meeting, comparing each only with those that could match it.

    Reports can be one meeting only if their dates overlap, or if they share a place and one
    date is unknown, so merged meetings are indexed by day (month for coarse dates) and by place
    and day; the first match in report order wins, as it would in a scan of them all.
    """
    merged: list[_Group] = []
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    # Each merged meeting's keys and people as sets, kept up to date: a meeting many articles
    # report would otherwise have its keys rebuilt, and its people searched, on every report.
    stored: list[set[tuple[object, ...]]] = []
    present: list[set[str]] = []
    for group in groups:
        candidates = sorted({i for key in _lookup_keys(group, kinds) for i in buckets.get(key, ())})
        target_index = next((i for i in candidates if _same_meeting(merged[i], group, kinds)), None)
        if target_index is None:
            merged.append(group)
            stored.append(_stored_keys(group, kinds))
            present.append(set(group.people))
            for key in stored[-1]:
                buckets[key].append(len(merged) - 1)
            continue
        target = merged[target_index]
        before = _key_state(target)
        target.places += [p for p in group.places if p not in target.places]
        target.alternatives = target.alternatives or group.alternatives
        target.dates += [d for d in group.dates if d not in target.dates]
        target.context_date = target.context_date or group.context_date
        people = present[target_index]
        for person in group.people:
            if person not in people:
                people.add(person)
                target.people.append(person)
        for article, paragraphs in group.sources.items():
            target.sources.setdefault(article, set()).update(paragraphs)
        # Only whether some day is near counts: each day once, or the list grows with every report.
        target.days += [day for day in group.days if day not in target.days]
        target.kinds += group.kinds
        if _key_state(target) != before:
            keys = _stored_keys(target, kinds)
            for key in keys - stored[target_index]:
                buckets[key].append(target_index)
            stored[target_index] = keys
    return merged


def _key_state(g: _Group) -> tuple[int, int, str, int]:
    """What a meeting's keys depend on; its lists only grow, so their lengths tell a change.

    The reporting days count only while the meeting has no date (see `_stored_keys`).
    """
    dated = any(g.dates) or g.context_date
    return len(g.places), len(g.dates), g.context_date, -1 if dated else len(g.days)


_FINE_SPAN_DAYS = 62  # longer intervals are indexed by month


@lru_cache(maxsize=8192)
def _date_keys(value: str) -> tuple[tuple[date, ...], tuple[tuple[int, int], ...]]:
    """The days a fine date covers (none for a coarse one) and the months it covers."""
    span = meeting_span(value) if value else None
    if span is None:
        return (), ()
    first, last = span
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month) and len(months) < 24:
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    length = (last - first).days
    if precision(value) in ("day", "interval") and length <= _FINE_SPAN_DAYS:
        return tuple(first + timedelta(days=n) for n in range(length + 1)), tuple(months)
    return (), tuple(months)


def _near(days: list[str]) -> list[date]:
    """Article days and the days around them that count as the same news cycle."""
    found = []
    for value in days:
        span = meeting_span(value[:10])
        if span:
            found += [span[0] + timedelta(days=n) for n in range(-_SAME_CYCLE_DAYS, 4)]
    return found


_LEVEL_SETS = [
    frozenset(c)
    for n in range(len(set(_LEVEL.values())) + 1)
    for c in itertools.combinations(sorted(set(_LEVEL.values())), n)
]


def _levels(places: list[str], kinds: dict[str, str]) -> frozenset[str]:
    return frozenset(_LEVEL.get(kinds.get(p, "") or "city", "city") for p in places)


def _stored_keys(g: _Group, kinds: dict[str, str]) -> set[tuple[object, ...]]:
    family, keys = _merge_family(g), set()
    values = [v for v in (*g.dates, g.context_date) if v]
    levels = _levels(g.places, kinds)
    for value in values:
        days, months = _date_keys(value)
        # Dated reports on one day match when they share a place (below) or their places are
        # at different levels (a venue, a city) or unknown: indexed by the set of levels.
        keys.update((family, "day", d, levels) for d in days)
        # A month or a year matches other dates only at a shared place.
        for place in g.places:
            keys.update((family, "placeday", place, d) for d in days)
            month_key = "placefinemonth" if days else "placemonth"
            keys.update((family, month_key, place, m) for m in months)
    if not values:
        for place in g.places:
            keys.update((family, "undated", place, d) for d in _near(g.days))
            keys.update((family, "undatedmonth", place, (d.year, d.month)) for d in _near(g.days))
    return keys


def _lookup_keys(g: _Group, kinds: dict[str, str]) -> set[tuple[object, ...]]:
    family, keys = _merge_family(g), set()
    values = [v for v in (*g.dates, g.context_date) if v]
    levels = _levels(g.places, kinds)
    apart = [other for other in _LEVEL_SETS if not other & levels]
    for value in values:
        days, months = _date_keys(value)
        keys.update((family, "day", d, other) for d in days for other in apart)
        for place in g.places:
            keys.update((family, "placeday", place, d) for d in days)
            keys.update((family, "placemonth", place, m) for m in months)
            if not days:
                keys.update((family, "placefinemonth", place, m) for m in months)
            keys.update((family, "undatedmonth", place, m) for m in months)
    if not values:
        for place in g.places:
            for d in _near(g.days):
                keys.add((family, "undated", place, d))
                keys.add((family, "placeday", place, d))
                keys.add((family, "placemonth", place, (d.year, d.month)))
                keys.add((family, "placefinemonth", place, (d.year, d.month)))
    return keys


def _same_meeting(a: _Group, b: _Group, kinds: dict[str, str]) -> bool:
    if _merge_family(a) != _merge_family(b):
        return False
    if _places_conflict(a.places, b.places, kinds):
        return False
    # Two calls on one day between different people are two calls.
    if a.family == "call" and _other_callers(a.people, b.people):
        return False
    same_place = bool(set(a.places) & set(b.places))
    # A plan and a report of talks: the same round only if they agree on where, or on who.
    plan_and_report = (a.family == "planned") != (b.family == "planned")
    date_a, date_b = _best_date(a.dates, a.context_date), _best_date(b.dates, b.context_date)
    if date_a and date_b:
        if not _overlap(date_a, date_b):
            return False
        # On the same days, a report that gives no place is of the meeting that has one.
        fine = {precision(date_a), precision(date_b)} <= {"day", "interval"}
        # Not at one place and between different people: two meetings of one day.
        if not same_place and _strangers(a.people, b.people):
            return False
        if plan_and_report:
            # Two delegations at one place on one weekend are two rounds: who must agree too.
            people = _same_people(a, b)
            if same_place:
                return people or not a.people or not b.people
            if a.places and b.places:  # a venue and a city (no conflict), on the same days
                return fine and (people or not a.people or not b.people)
            return fine and people
        return same_place or fine
    if not same_place or plan_and_report:
        return False
    # One date unknown: the same place, reported in the same news cycle.
    undated = b if date_a else a
    known = date_a or date_b
    if not known:
        return _close_days(a.days, b.days)
    return any(_overlap(known, day, _SAME_CYCLE_DAYS) for day in undated.days)


def _same_people(a: _Group, b: _Group) -> bool:
    """Whether a plan and a report name the same people at the table.

    The people of one are all among the other's, or they share someone and the countries of
    one side are all among the other's: a plan naming Witkoff and a Russian envoy is not the
    round where Witkoff met Ukrainians.
    """
    xs, ys = set(a.people), set(b.people)
    shared = xs & ys
    if not shared:
        return False
    if shared in (xs, ys):
        return True
    sides_a, sides_b = _sides(a), _sides(b)
    return bool(sides_a and sides_b) and (sides_a <= sides_b or sides_b <= sides_a)


def _sides(group: _Group) -> set[str]:
    return {k[len(_SIDE) :] for k in group.kinds if k.startswith(_SIDE)}


def _close_days(xs: list[str], ys: list[str]) -> bool:
    return any(_overlap(x, y, _SAME_CYCLE_DAYS) for x in xs for y in ys)


def _main_place(group: _Group, kinds: dict[str, str]) -> str:
    if group.alternatives or not group.places:
        return ""

    def rank(name: str) -> tuple[int, int]:
        return _PLACE_RANK.get(kinds.get(name, "") or "city", 9), group.places.index(name)

    return min(group.places, key=rank)


def _meeting(group: _Group, kinds: dict[str, str]) -> Meeting:
    kind = _final_kind(group)
    when = _best_date(group.dates, group.context_date)
    place = _main_place(group, kinds)
    sources = tuple(
        MeetingSource(article, tuple(sorted(paragraphs)))
        for article, paragraphs in group.sources.items()
    )
    meeting_id = "-".join(part for part in (when.split("/")[0], _slug(place), kind) if part)
    return Meeting(
        id=meeting_id,
        kind=kind,
        date=when,
        place=place,
        participants=tuple(group.people),
        summary=_summary(kind, when, place, group),
        sources=sources,
    )


_KIND_WORDS = {
    "talks": "Talks",
    "summit": "Summit",
    "call": "Phone call",
    "planned": "Planned talks",
}


def _summary(kind: str, when: str, place: str, group: _Group) -> str:
    """One line: 'Talks in Miami, 19–21 Dec 2025: Umerov, Hnatov, Witkoff'."""
    words = _KIND_WORDS[kind]
    if kind == "planned" and group.kinds.count("summit") > group.kinds.count("talks"):
        words = "Planned summit"
    head = words + (f" in {place}" if place else "")
    if not place and group.alternatives and group.places:
        head += " (" + " or ".join(group.places) + ")"
    if when:
        head += f", {human_date(when)}"
    surnames = [name.split()[-1] for name in group.people]
    return head + (": " + ", ".join(surnames) if surnames else "")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _with_unique_ids(meetings: list[Meeting]) -> tuple[Meeting, ...]:
    seen: dict[str, int] = {}
    result = []
    for meeting in meetings:
        count = seen.get(meeting.id, 0) + 1
        seen[meeting.id] = count
        if count > 1:
            meeting = Meeting(
                f"{meeting.id}-{count}",
                meeting.kind,
                meeting.date,
                meeting.place,
                meeting.participants,
                meeting.summary,
                meeting.sources,
            )
        result.append(meeting)
    return tuple(result)

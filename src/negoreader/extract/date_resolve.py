"""Relative resolution: the calendar arithmetic that places an expression against a reference.

The reference is the paragraph's or the article's date. A day named without a year takes the
year that puts it nearest the reference, unless a modifier ("scorso", "prossimo") or the tense
says which way; a weekday goes back or forward to the nearest such day; holidays have their
fixed days, Easter its computed one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta


def parse_day(value: str | date | None) -> date | None:
    """An ISO date or date-time string (or a date) as a date; None when it is not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat((value or "")[:10])
    except (TypeError, ValueError):
        return None


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when there is no such day (31 November)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


_RE_BACK = re.compile(r"\b(?:scors|passat|last|ultim|appena\s+trascors)", re.IGNORECASE)
_RE_FORWARD = re.compile(r"\b(?:prossim|next)", re.IGNORECASE)


def modifier_direction(*modifiers: str | None) -> str | None:
    """ "scorso"/"last" point strictly back, "prossimo"/"next" strictly forward."""
    for modifier in modifiers:
        if modifier and _RE_BACK.search(modifier):
            return "past!"
        if modifier and _RE_FORWARD.search(modifier):
            return "future!"
    return None


def closest_day(
    month: int, day: int, ref: date, direction: str | None, weekday: int | None = None
) -> date | None:
    """The day/month in the year that puts it nearest the reference, or in the direction given."""
    candidates = [
        d for year in (ref.year - 1, ref.year, ref.year + 1) if (d := make_date(year, month, day))
    ]
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    if direction in ("past", "past!"):
        candidates = [d for d in candidates if d < ref or (d == ref and direction == "past")]
        return max(candidates, default=None)
    if direction in ("future", "future!"):
        candidates = [d for d in candidates if d > ref or (d == ref and direction == "future")]
        return min(candidates, default=None)
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref), default=None)


def month_year(month: int, ref: date, direction: str | None) -> int:
    """The year of a month named without one."""
    ahead = (month - ref.month) % 12
    if direction is None:
        if ahead == 0:
            return ref.year
        direction = "future" if ahead < 12 - ahead else "past"
    if direction.startswith("past"):
        back = month < ref.month or (month == ref.month and direction == "past")
        return ref.year if back else ref.year - 1
    forward = month > ref.month or (month == ref.month and direction == "future")
    return ref.year if forward else ref.year + 1


def weekday_date(weekday: int, ref: date, direction: str | None) -> date:
    """The weekday nearest the reference going back (the default) or forward."""
    ahead = (weekday - ref.weekday()) % 7
    back = (ref.weekday() - weekday) % 7
    if direction == "future!":
        return ref + timedelta(days=ahead or 7)
    if direction == "past!":
        return ref - timedelta(days=back or 7)
    if ahead == 0:
        return ref  # a news item naming today's weekday means today
    if direction == "future":
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def interval(start: date, end: date) -> str:
    """An ISO interval value, "2025-12-19/2025-12-21"."""
    return f"{start.isoformat()}/{end.isoformat()}"


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


# Holidays on a fixed day (month, day); Easter ("pasqua") moves.
HOLIDAYS = {"natale": (12, 25), "capodanno": (1, 1), "epifania": (1, 6), "ferragosto": (8, 15)}

"""Date values: what days an ISO value covers, and which kind of value it is.

A value is a day `2025-12-06`, a month `2025-12`, a year `2025` or an interval
`2025-12-19/2025-12-21`; search matches a query to the values whose days overlap it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta


def date_bounds(value: str) -> tuple[date, date] | None:
    """The first and last day a date value (day, month, year or interval) covers; None if none."""
    parts = value.split("/")
    if len(parts) > 2:
        return None
    first, last = _part_bounds(parts[0]), _part_bounds(parts[-1])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def _part_bounds(value: str) -> tuple[date, date] | None:
    kind = precision(value)
    try:
        if kind == "year":
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if kind == "month":
            start = date(int(value[:4]), int(value[5:7]), 1)
            following = (start + timedelta(days=32)).replace(day=1)
            return start, following - timedelta(days=1)
        if kind == "day":
            day = date.fromisoformat(value[:10])
            return day, day
    except ValueError:
        return None
    return None


def date_covers(value: str, query: str) -> bool:
    """Whether the days a date value spans overlap those of a query value.

    An interval covers the days inside it, a month its days, a year its months; a day matches the
    month or year it falls in.
    """
    a, b = date_bounds(value), date_bounds(query)
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


# A day, with the time an article's date may carry ("2025-12-06T00:38").
RE_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_RE_PRECISION = (
    ("day", RE_DAY_VALUE),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("year", re.compile(r"\d{4}")),
)


def precision(value: str) -> str:
    """'day', 'month', 'year' or 'interval' for a date value; '' when it is none of them."""
    if "/" in value:
        parts = value.split("/")
        return "interval" if len(parts) == 2 and all(map(precision, parts)) else ""
    return next((kind for kind, regex in _RE_PRECISION if regex.fullmatch(value)), "")

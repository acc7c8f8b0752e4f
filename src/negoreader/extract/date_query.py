"""Search queries read as dates: "6 dicembre", "dicembre 2025", "19-21 dicembre", "2025-12-20".

The same grammar as the text's (date_patterns.py), matched against the whole query; a day or
month without a year is placed nearest a reference, the newest article's date.
"""

from __future__ import annotations

import re
from datetime import date

from negoreader.calendar_words import plain
from negoreader.extract.date_context import Context
from negoreader.extract.date_handlers import (
    Handler,
    day_month_handler,
    holiday_handler,
    month_handler,
    range_handler,
    year_handler,
    year_range_handler,
)
from negoreader.extract.date_patterns import (
    RE_DMY_QUERY,
    RE_HOLIDAY,
    RE_MDY,
    RE_MONTH,
    RE_RANGE_QUERY,
    RE_YEAR,
    RE_YEAR_RANGE,
)
from negoreader.extract.date_resolve import closest_day, make_date, parse_day
from negoreader.extract.date_values import RE_DAY_VALUE

_QUERY_LIMIT = 60  # no date query is longer; anything longer is not one
_RE_ISO_QUERY = re.compile(r"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?")
_RE_DAY_MONTH_QUERY = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?:(?P=s)(?P<y>\d{4}|\d{2}))?"
)
_RE_MONTH_YEAR_QUERY = re.compile(r"(?P<m>\d{1,2})[/.\-](?P<y>\d{4})")
_QUERY_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (RE_RANGE_QUERY, range_handler),
    (RE_DMY_QUERY, day_month_handler),
    (RE_MDY, day_month_handler),
    # a month alone only in full: "gen", "mar", "set" are prefixes of names being typed
    (RE_MONTH, month_handler),
    (RE_YEAR_RANGE, year_range_handler),
    (RE_YEAR, year_handler),
    (RE_HOLIDAY, holiday_handler),
)


def _iso_query(text: str) -> str | None:
    """'2025', '2025-12', '2025-12-6' as ISO values, validated."""
    if not _RE_ISO_QUERY.fullmatch(text):
        return None
    parts = [int(p) for p in text.split("-")]
    if not 1900 <= parts[0] <= 2100:
        return None
    if len(parts) == 1:
        return f"{parts[0]:04d}"
    if len(parts) == 2:
        return f"{parts[0]:04d}-{parts[1]:02d}" if 1 <= parts[1] <= 12 else None
    found = make_date(*parts)
    return found.isoformat() if found else None


def parse_date_query(query: str, reference: str | date = "") -> str | None:
    """A search query read as a date value, or None when it is not one.

    "6 dicembre" → a day, "dicembre 2025" → a month, "19-21 dicembre" → an interval,
    "2025-12-20", "2025-12", "2025", "December 6, 2025", "6/12/2025" (day first). A day or month
    without a year takes the year that puts it closest to `reference` (an ISO date or a `date`,
    typically the newest article's); with no reference, closest to today.
    """
    text = query.strip()
    if not text or len(text) > _QUERY_LIMIT:
        return None
    text = plain(text)
    if "/" in text and _RE_ISO_QUERY.match(text):
        bounds = [_iso_query(part.strip()) for part in text.split("/")]
        if len(bounds) == 2 and all(bounds):
            return f"{bounds[0]}/{bounds[1]}"
        return None
    if iso := _iso_query(text[:10] if RE_DAY_VALUE.fullmatch(text) else text):
        return iso
    if (m := _RE_MONTH_YEAR_QUERY.fullmatch(text)) and 1 <= int(m["m"]) <= 12:
        return f"{m['y']}-{int(m['m']):02d}" if 1900 <= int(m["y"]) <= 2100 else None
    ref = parse_day(reference) or date.today()
    if m := _RE_DAY_MONTH_QUERY.fullmatch(text):
        month, day = int(m["m"]), int(m["d"])
        if m["y"]:
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            found = make_date(year, month, day)
        else:
            found = closest_day(month, day, ref, None) if 1 <= month <= 12 else None
        return found.isoformat() if found else None
    ctx = Context(text, ref, query=True)
    for regex, handler in _QUERY_PATTERNS:
        if (m := regex.fullmatch(text)) and (found := handler(m, ctx)) and len(found) == 1:
            return found[0].value
    return None

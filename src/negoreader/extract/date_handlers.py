"""From a pattern's match to a value: one handler for each pattern of date_patterns.py.

A handler reads the match's named groups, checks what the pattern alone cannot (a street
name before "20 settembre", a surname "Maggio", "il lunedì" as a habit), resolves what the text
leaves open against the reference (date_resolve.py, with the tense from date_context.py), and
returns the expressions found, or None for no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from negoreader.calendar_words import (
    MONTHS_EN,
    WEEKDAYS_EN,
    month_number,
    weekday_number,
)
from negoreader.extract.date_context import Context
from negoreader.extract.date_patterns import RE_MDY, RE_QUANTITY_AFTER
from negoreader.extract.date_resolve import (
    HOLIDAYS,
    closest_day,
    easter,
    interval,
    make_date,
    modifier_direction,
    month_year,
    weekday_date,
)

# Words before a weekday that make it habitual ("il lunedì", "ogni domenica"), not one day.
_HABITUAL = frozenset((
    "ogni", "il", "la", "i", "le", "al", "alla", "dal", "dalla", "nei", "nelle", "del", "della",
    "ai", "alle", "tutti", "tutte",
))  # fmt: skip
# Words before "fine settimana" that make it plural or habitual.
# "in un weekend" is any weekend, not a dated one.
_HABITUAL_WEEKEND = frozenset(["ogni", "i", "nei", "dei", "ai", "tutti", "un", "uno"])


# "Domani, venerdì": a weekday in apposition to a relative day, and how far each is from today.
_DAY_OFFSETS = {"oggi": 0, "ieri": -1, "domani": 1, "dopodomani": 2}
_RE_DAY_BEFORE = re.compile(r"\b(?P<w>oggi|ieri|domani|dopodomani)\s*,\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """One normalised expression at [start, end) of the scanned text."""

    start: int
    end: int
    value: str
    relative: bool


Handler = Callable[[re.Match[str], Context], list[Found] | None]


def _one(m: re.Match[str], value: str, relative: bool, start: int | None = None) -> list[Found]:
    return [Found(m.start() if start is None else start, m.end(), value, relative)]


# Days either side of the reference where a day named without its year is the nearest one
# whatever the tense: copy written a day or two before it is dated still says "si terrà".
_TENSE_GRACE = 31


def _day_without_year(
    month: int,
    day: int,
    m: re.Match[str],
    ctx: Context,
    direction: str | None = None,
    weekday: int | None = None,
) -> date | None:
    """A day named without its year: the one a modifier points to, else the nearest, unless
    that lies far on the side the clause's tense excludes ("dopo quello del 28 febbraio" told
    in the past of an October article is the last 28 February, not the coming one)."""
    assert ctx.ref is not None
    if direction is not None:
        return closest_day(month, day, ctx.ref, direction, weekday)
    nearest = closest_day(month, day, ctx.ref, None, weekday)
    if nearest is None or ctx.query or abs((nearest - ctx.ref).days) <= _TENSE_GRACE:
        return nearest
    tense = "future" if ctx.looks_forward(m.start(), m.end()) else ctx.tense(m.start(), m.end())
    if (tense == "past" and nearest > ctx.ref) or (tense == "future" and nearest < ctx.ref):
        return closest_day(month, day, ctx.ref, tense, weekday) or nearest
    return nearest


def day_month_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if ctx.street_before(m.start()):
        return None
    month = month_number(m["m"])
    day = int(m["d"]) if m["d"].isdigit() else 1  # "primo"
    english = m["m"].lower() in MONTHS_EN and m["m"][0].isupper()
    if m.re is RE_MDY and not m["y"] and not ctx.query and not english:
        return None  # "December 6" in an English quote; "dicembre 22", "Dec 6" need their year
    if m["y"]:
        found = make_date(int(m["y"]), month, day)
        return _one(m, found.isoformat(), False) if found else None
    if ctx.ref is None:
        return None
    groups = m.groupdict()
    direction = modifier_direction(groups.get("premod"), groups.get("post"))
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    found = _day_without_year(month, day, m, ctx, direction, weekday)
    return _one(m, found.isoformat(), False) if found else None


def range_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    lead = (m["rprep"] or "").lower()
    word = m["sep"].strip().lower()
    joined_by_and = word.startswith("e")
    if word.startswith("a") and not lead.startswith("da"):
        return None  # "al 21" needs its "dal 19"
    m2 = month_number(m["m2"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
    d1 = 1 if not m["d1"].isdigit() else int(m["d1"])
    d2 = int(m["d2"])
    if m["y2"] or m["y1"]:
        if m["y1"]:
            year1 = int(m["y1"])
        else:
            year1 = int(m["y2"]) if (m1, d1) <= (m2, d2) else int(m["y2"]) - 1
        start = make_date(year1, m1, d1)
    elif ctx.ref is not None:
        start = _day_without_year(m1, d1, m, ctx)
    else:
        return None
    if start is None:
        return None
    if m["y2"]:
        end = make_date(int(m["y2"]), m2, d2)
    else:
        end = make_date(start.year + ((m2, d2) < (m1, d1)), m2, d2)
    if end is None or end <= start:
        return None
    if joined_by_and and not lead.startswith(("tra", "fra")) and (end - start).days > 1:
        # "il 6 e il 20 dicembre": two days, not the fortnight between them
        first_end = m.end("y1") if m["y1"] else m.end("m1") if m["m1"] else m.end("d1x")
        second_start = m.start("wd2") if m["wd2"] else m.start("d2")
        return [
            Found(m.start(), first_end, start.isoformat(), False),
            Found(second_start, m.end(), end.isoformat(), False),
        ]
    return _one(m, interval(start, end), False)


def month_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    word = m["m"]
    month = month_number(word)
    english = word.lower() in MONTHS_EN  # no month is spelled alike in both
    if ctx.street_before(m.start()):
        return None
    if not ctx.query:
        bare = not any(m[g] for g in ("prep", "premod", "part", "mese", "y", "post"))
        english_in = (m["prep"] or "").strip().lower() == "in"
        if english and not (word[0].isupper() and (m["y"] or english_in)):
            return None  # "may", "march", "il governo di May" are not months
        if bare and word[0].isupper() and not ctx.sentence_start(m.start()):
            return None  # "Aprile", "Maggio" mid-sentence are surnames
        if not m["y"] and re.match(r"\s+\d", ctx.text[m.end() :]):
            return None  # "dicembre 22" without its year: no reading is safe
    if m["y"]:
        return _one(m, f"{int(m['y']):04d}-{month:02d}", False)
    if ctx.ref is None:
        return None
    if m["yearmod"] and not m["post"]:
        step = -1 if modifier_direction(m["yearmod"]) == "past!" else 1
        return _one(m, f"{ctx.ref.year + step:04d}-{month:02d}", True)
    direction = modifier_direction(m["premod"], m["post"])
    if direction is None and month == ctx.ref.month:
        # The reference's own month is this year's whichever way the verb looks: no need to ask.
        return _one(m, f"{ctx.ref.year:04d}-{month:02d}", True)
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"  # "entro gennaio", "gennaio come scadenza"
    if direction is None and not ctx.infinitive_before(m.start()):
        # "hanno concordato di rivedersi a febbraio": the plan's month is not the verb's
        # time, so it is left to the nearest.
        direction = ctx.tense(m.start(), m.end())
    year = month_year(month, ctx.ref, direction)
    return _one(m, f"{year:04d}-{month:02d}", True)


def numeric_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    year = int(m["y"])
    if len(m["y"]) == 2:
        if m["s"] != "/":
            return None  # "10.30.45" is no date; only d/m/yy is common enough
        year += 2000
    found = make_date(year, int(m["m"]), int(m["d"]))
    return _one(m, found.isoformat(), False) if found and 1900 <= year <= 2100 else None


def iso_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    found = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _one(m, found.isoformat(), False) if found else None


def year_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if RE_QUANTITY_AFTER.match(ctx.text, m.end()):
        return None
    prep = m["prep"].strip().lower()
    if prep == "in" and not re.match(r"\s*(?:[.,;:!?)”\"]|$)", ctx.text[m.end() :]):
        return None  # Italian "in 2000 hanno manifestato" counts people; English "in 2025." a year
    return _one(m, m["y"], False)


def year_range_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    sep = m["sep"].strip().lower()
    prep = (m["prep"] or "").lower()
    if sep == "al" and not prep.startswith("dal"):
        return None
    if sep.startswith("e") and not prep.startswith(("tra", "fra")):
        return None
    if not y1 < y2 <= y1 + 50:
        return None
    return _one(m, f"{y1}/{y2}", False)


def relative_day_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    word = re.sub(r"\W+", "", m["w"].lower())
    if m["pre"] and "domani" in word:
        return None  # "il domani", "un domani": the future, not tomorrow
    if m["w"][0].isupper() and not ctx.sentence_start(m.start("w")):
        return None  # "Russia Today", "Italia Oggi": names of outlets
    if ctx.ref is None:
        return None
    if word in ("laltroieri", "altroieri", "avantieri", "ierilaltro"):
        offset = -2
    elif word in ("ieri", "yesterday"):
        offset = -1
    elif word in ("domani", "tomorrow"):
        offset = 1
    elif word in ("dopodomani",):
        offset = 2
    else:
        offset = 0
    return _one(m, (ctx.ref + timedelta(days=offset)).isoformat(), True, start=m.start("w"))


def weekday_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    word = m["wd"]
    if word.lower() in WEEKDAYS_EN and not word[0].isupper():
        return None
    modifier = m["premod"] or m["enmod"]
    if not modifier and ctx.previous_word(m.start()) in _HABITUAL:
        return None
    if ctx.ref is None:
        return None
    weekday = weekday_number(word)
    if m["d"]:
        # "sabato 20": the 20th nearest the reference that falls on a Saturday
        day = int(m["d"])
        first = ctx.ref.replace(day=1)
        months = [(first - timedelta(days=1)).replace(day=1), first]
        months.append((first + timedelta(days=32)).replace(day=1))
        candidates = [d for mo in months if (d := make_date(mo.year, mo.month, day))]
        matching = [d for d in candidates if d.weekday() == weekday] or candidates
        found = min(matching, key=lambda d: (abs((d - ctx.ref).days), d > ctx.ref))
        return _one(m, found.isoformat(), True)
    apposed = _RE_DAY_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    if apposed and not modifier:
        # "Domani, venerdì, …": the weekday names the day the word before it does.
        offset = _DAY_OFFSETS[apposed["w"].lower()]
        day = ctx.ref + timedelta(days=offset)
        if day.weekday() == weekday:
            return _one(m, day.isoformat(), True)
    direction = modifier_direction(modifier, m["post"])
    if direction is None and (modifier or "").lower().startswith(("quest", "this")):
        direction = "future"
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"
    if direction is None:
        direction = ctx.tense(m.start(), m.end()) or "past"
    return _one(m, weekday_date(weekday, ctx.ref, direction).isoformat(), True)


def weekday_pair_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    """A stretch of weekdays: "da lunedì a mercoledì", "tra lunedì e mercoledì", and two in a
    row joined by "e" ("lunedì e martedì"); two apart joined by "e" are two days."""
    first, second = m["wd1"], m["wd2"]
    if any(w.lower() in WEEKDAYS_EN and not w[0].isupper() for w in (first, second)):
        return None
    pre, sep = (m["pre"] or "").strip().lower(), m["sep"].lower()
    if not pre and ctx.previous_word(m.start()) in _HABITUAL:
        return None
    if sep.startswith(("a", "fino")) != pre.startswith("da"):
        return None  # "da lunedì a mercoledì" needs both; "da lunedì e martedì" neither
    start_day, end_day = weekday_number(first), weekday_number(second)
    gap = (end_day - start_day) % 7
    if ctx.ref is None or gap == 0 or (gap > 1 and not pre):
        return None  # each weekday alone says its day
    direction = modifier_direction(m["post"])
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"
    direction = direction or ctx.tense(m.start(), m.end()) or "past"
    if direction.startswith("past"):
        end = weekday_date(end_day, ctx.ref, direction)
        start = end - timedelta(days=gap)
    else:
        start = weekday_date(start_day, ctx.ref, direction)
        end = start + timedelta(days=gap)
    return _one(m, interval(start, end), True)


def day_list_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    """ "il 19, 20 e 21 dicembre": one interval when the days follow one another, else each day."""
    spans = [d.span() for d in re.finditer(r"\d+", ctx.text[: m.end("days")])]
    spans = [span for span in spans if span[0] >= m.start("days")] + [m.span("last")]
    days = [int(ctx.text[a:b]) for a, b in spans]
    month = month_number(m["m"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.ref is not None and (nearest := _day_without_year(month, days[0], m, ctx)):
        year = nearest.year
    else:
        return None
    dates = [make_date(year, month, day) for day in days]
    if None in dates or any(b <= a for a, b in pairwise(days)):
        return None
    if all(b == a + 1 for a, b in pairwise(days)):
        return _one(m, interval(dates[0], dates[-1]), False)  # type: ignore[arg-type]
    found = [Found(a, b, d.isoformat(), False) for (a, b), d in zip(spans, dates, strict=True) if d]
    # the first day takes the article before it, the last the month and year after it
    return [replace(found[0], start=m.start()), *found[1:-1], replace(found[-1], end=m.end())]


def month_day_range_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    """ "January 23 and 24": an interval inside one month."""
    word = m["m"]
    english = word.lower() in MONTHS_EN and word[0].isupper()
    if not (m["y"] or english or ctx.query):
        return None  # "dicembre 19-21" without its year, as "dicembre 22": not safe
    month, d1, d2 = month_number(word), int(m["d1"]), int(m["d2"])
    if m["y"]:
        start = make_date(int(m["y"]), month, d1)
    elif ctx.ref is not None:
        start = closest_day(month, d1, ctx.ref, None)
    else:
        return None
    end = make_date(start.year, month, d2) if start else None
    if start is None or end is None or end <= start:
        return None
    return _one(m, interval(start, end), False)


def weekend_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if not m["pre"] and ctx.previous_word(m.start()) in _HABITUAL_WEEKEND:
        return None
    if re.match(r"\s+(?:del|di|dal|tra\s+il)\s+\d", ctx.text[m.end() :]):
        return None  # "il weekend del 20-21 dicembre": the explicit days say which
    if ctx.ref is None:
        return None
    ref = ctx.ref
    weekday = ref.weekday()
    current = ref - timedelta(days=weekday - 5) if weekday >= 5 else ref + timedelta(5 - weekday)
    previous = current - timedelta(days=7) if weekday >= 5 else ref - timedelta(days=weekday + 2)
    direction = modifier_direction(m["pre"], m["post"])
    if direction is None and ctx.looks_forward(m.start(), m.end()):
        direction = "future"
    if direction is None and "quest" not in (m["pre"] or "").lower():
        direction = ctx.tense(m.start(), m.end())
    if direction == "past!" or (direction == "past" and weekday < 5):
        saturday = previous
    elif direction == "future!" and weekday >= 5:
        saturday = current + timedelta(days=7)
    else:
        saturday = current
    return _one(m, interval(saturday, saturday + timedelta(days=1)), True)


def week_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if ctx.ref is None:
        return None
    which = (m["m1"] or m["m2"]).lower()
    monday = ctx.ref - timedelta(days=ctx.ref.weekday())
    if which == "prossima":
        monday += timedelta(days=7)
    elif which in ("scorsa", "passata"):
        monday -= timedelta(days=7)
    return _one(m, interval(monday, monday + timedelta(days=6)), True)


def period_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if ctx.ref is None:
        return None
    if m["this"]:
        unit, offset = ("anno" if "anno" in m["this"].lower() else "mese"), 0
    elif m["part"]:
        unit, offset = m["punit"].lower(), 0
    else:
        direction = modifier_direction(m["m1"], m["m2"])
        if direction is None and not (m["m2"] or "").lower().startswith("in"):
            return None  # "l'anno", "il mese" alone
        unit, offset = m["unit"].lower(), {"past!": -1, "future!": 1}.get(direction or "", 0)
    if unit == "anno":
        return _one(m, f"{ctx.ref.year + offset:04d}", True)
    index = ctx.ref.year * 12 + ctx.ref.month - 1 + offset
    return _one(m, f"{index // 12:04d}-{index % 12 + 1:02d}", True)


def holiday_handler(m: re.Match[str], ctx: Context) -> list[Found] | None:
    name = m["h"].lower()
    if not ctx.query:
        if not m["h"][0].isupper():
            return None  # "città natale" is a hometown
        if ctx.previous_word(m.start()) == "babbo":
            return None
        if not (m["prep"] or m["vig"] or m["y"]) and re.match(r"\s+[A-Z]", ctx.text[m.end() :]):
            return None  # "Natale Rossi": a first name
    eve = bool(m["vig"])

    def day_in(year: int) -> date:
        day = easter(year) if name == "pasqua" else date(year, *HOLIDAYS[name])
        return day - timedelta(days=1) if eve else day

    if m["y"]:
        return _one(m, day_in(int(m["y"])).isoformat(), False)
    if ctx.ref is None:
        return None
    ref = ctx.ref
    direction = "future" if ctx.looks_forward(m.start(), m.end()) else None
    direction = direction or ctx.tense(m.start(), m.end())
    candidates = [day_in(year) for year in (ref.year - 1, ref.year, ref.year + 1)]
    if direction == "past":
        found = max(d for d in candidates if d <= ref)
    elif direction == "future":
        found = min(d for d in candidates if d >= ref)
    else:
        found = min(candidates, key=lambda d: (abs((d - ref).days), d > ref))
    return _one(m, found.isoformat(), False)

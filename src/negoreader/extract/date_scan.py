"""Scanning one text: every pattern where its key words are, overlaps settled longest first.

The patterns and their handlers run in a fixed order; of two expressions that overlap, the
longer wins ("sabato 20 dicembre" over "sabato"). A pattern runs only over the stretch of
the text where its key word could make it match (`Clues`): most paragraphs name no date.
"""

from __future__ import annotations

import re
from datetime import date

from negoreader.calendar_words import (
    MONTH_NUMBER,
    WEEKDAY_STEMS,
    WEEKDAYS_EN,
    plain,
    weekday_number,
)
from negoreader.extract.date_context import Context
from negoreader.extract.date_handlers import (
    Found,
    Handler,
    day_list_handler,
    day_month_handler,
    holiday_handler,
    iso_handler,
    month_day_range_handler,
    month_handler,
    numeric_handler,
    period_handler,
    range_handler,
    relative_day_handler,
    week_handler,
    weekday_handler,
    weekday_pair_handler,
    weekend_handler,
    year_handler,
    year_range_handler,
)
from negoreader.extract.date_patterns import (
    RE_DAY_LIST,
    RE_DMY,
    RE_HOLIDAY,
    RE_ISO,
    RE_MDY,
    RE_MDY_RANGE,
    RE_MONTH,
    RE_NUMERIC,
    RE_RANGE,
    RE_REL_DAY,
    RE_REL_PERIOD,
    RE_WEEK,
    RE_WEEKDAY,
    RE_WEEKDAY_PAIR,
    RE_WEEKEND,
    RE_YEAR,
    RE_YEAR_RANGE,
)
from negoreader.extract.date_resolve import HOLIDAYS

TEXT_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (RE_RANGE, range_handler),
    (RE_DAY_LIST, day_list_handler),
    (RE_MDY_RANGE, month_day_range_handler),
    (RE_DMY, day_month_handler),
    (RE_MDY, day_month_handler),
    (RE_NUMERIC, numeric_handler),
    (RE_ISO, iso_handler),
    (RE_MONTH, month_handler),
    (RE_YEAR_RANGE, year_range_handler),
    (RE_YEAR, year_handler),
    (RE_REL_DAY, relative_day_handler),
    (RE_WEEKDAY_PAIR, weekday_pair_handler),
    (RE_WEEKDAY, weekday_handler),
    (RE_WEEKEND, weekend_handler),
    (RE_WEEK, week_handler),
    (RE_REL_PERIOD, period_handler),
    (RE_HOLIDAY, holiday_handler),
)


# Cheap tests of what a pattern cannot match without. Most paragraphs name no month, weekday or
# deictic word, and the patterns, which open on optional prepositions, cost a pass over every
# position; so a pattern runs only where its key word (or digit shape) is in the text. Each
# key word stands between word boundaries in every match of its pattern, so the set of the
# paragraph's lower-cased words decides, with no false negative.
_RE_WORD = re.compile(r"\w+")
_RE_DIGITS_JOINED = re.compile(r"\d[/.\-]\d")
_RE_YEAR_SHAPE = re.compile(r"(?:19|20|21)\d\d")
_MONTH_WORDS = frozenset(MONTH_NUMBER)
_WEEKDAY_WORDS = frozenset(
    (*(stem + end for stem in WEEKDAY_STEMS[:5] for end in "iìí"), "sabato", "domenica")
) | frozenset(WEEKDAYS_EN)
_REL_DAY_WORDS = frozenset((
    "ieri", "altroieri", "avantieri", "oggi", "domani", "dopodomani", "stamattina", "stamani",
    "stamane", "stasera", "stanotte", "today", "yesterday", "tomorrow", "tonight",
    # "questa mattina", "questa sera": the part of the day is in every such match
    "mattina", "mattino", "pomeriggio", "sera", "notte",
))  # fmt: skip
_PERIOD_WORDS = frozenset(("mese", "anno"))
_HOLIDAY_WORDS = frozenset((*HOLIDAYS, "pasqua"))
# A match of a month pattern starts at most this many words (\w+ runs) before its first month
# word ("dal" "l" … in "a prima metà del mese di dicembre": 11 at most, in _month_alone) and
# ends within this many after its last (a year and "scorso": 3); each has a margin. So those
# patterns need scan only that stretch of a paragraph: the matches are the same.
MONTH_LEAD_WORDS = 12
_MONTH_TRAIL_WORDS = 5
MONTH_PATTERNS = (RE_RANGE, RE_DAY_LIST, RE_MDY_RANGE, RE_DMY, RE_MDY, RE_MONTH)
# Positions in TEXT_PATTERNS, by identity: hashing a compiled pattern hashes its whole code.
_SLOT = {id(regex): i for i, (regex, _) in enumerate(TEXT_PATTERNS)}


def _slots(*regexes: re.Pattern[str]) -> tuple[int, ...]:
    return tuple(_SLOT[id(regex)] for regex in regexes)


_MONTH_SLOTS = _slots(*MONTH_PATTERNS)
_NUMBER_SLOTS = _slots(RE_NUMERIC, RE_ISO)
_YEAR_SLOTS = _slots(RE_YEAR_RANGE, RE_YEAR)
_REL_DAY_SLOTS = _slots(RE_REL_DAY)
_WEEKDAY_SLOTS = _slots(RE_WEEKDAY_PAIR, RE_WEEKDAY)
_WEEK_SLOTS = _slots(RE_WEEKEND, RE_WEEK)
_WEEKEND_SLOTS = _slots(RE_WEEKEND)
_PERIOD_SLOTS = _slots(RE_REL_PERIOD)
_HOLIDAY_SLOTS = _slots(RE_HOLIDAY)


class Clues:
    """Where in a text each pattern may match: from its lower-cased words and digit shapes."""

    def __init__(self, text: str) -> None:
        low = text.lower()  # of a plain() text: the words re.IGNORECASE matches
        words = frozenset(_RE_WORD.findall(low))
        whole = (0, len(text))
        # The [start, end) each pattern of TEXT_PATTERNS is to scan, or None: not at all.
        self.stretches: list[tuple[int, int] | None] = [None] * len(TEXT_PATTERNS)
        months = words & _MONTH_WORDS
        if months:
            self._allow(_MONTH_SLOTS, _month_stretch(low, months))
        if _RE_DIGITS_JOINED.search(text):
            self._allow(_NUMBER_SLOTS, whole)
        if year := _RE_YEAR_SHAPE.search(text):
            # A year pattern's match opens at most a few words before its first year.
            self._allow(_YEAR_SLOTS, (_words_back(low, year.start(), _YEAR_LEAD_WORDS), len(text)))
        if not words.isdisjoint(_REL_DAY_WORDS):
            self._allow(_REL_DAY_SLOTS, whole)
        if not words.isdisjoint(_WEEKDAY_WORDS):
            self._allow(_WEEKDAY_SLOTS, whole)
        if "settimana" in low:
            self._allow(_WEEK_SLOTS, whole)
        elif "week" in low:
            self._allow(_WEEKEND_SLOTS, whole)
        if not words.isdisjoint(_PERIOD_WORDS):
            self._allow(_PERIOD_SLOTS, whole)
        if not words.isdisjoint(_HOLIDAY_WORDS):
            self._allow(_HOLIDAY_SLOTS, whole)

    def _allow(self, slots: tuple[int, ...], stretch: tuple[int, int]) -> None:
        for slot in slots:
            self.stretches[slot] = stretch

    def stretch(self, regex: re.Pattern[str]) -> tuple[int, int] | None:
        """Where one of TEXT_PATTERNS is to scan; None: nowhere."""
        return self.stretches[_SLOT[id(regex)]]


_YEAR_LEAD_WORDS = 5  # "prima dell'anno 2025", "negli anni 2014-2022": 3 at most, and a margin
_LEAD_REACH = 400  # characters before the first month word that surely hold 12 words
_TRAIL_REACH = 200


def _words_back(low: str, position: int, count: int) -> int:
    """Where the word `count` words before `position` starts; 0 when there are not so many.

    Only a window before the position is read; it holds more words than counted, so the one
    counted is whole, not cut by the window."""
    before = [m.start() for m in _RE_WORD.finditer(low, max(0, position - _LEAD_REACH), position)]
    return before[-count] if len(before) > count else 0


def _month_stretch(low: str, months: set[str] | frozenset[str]) -> tuple[int, int]:
    """[start, end) of a text with month words that holds every match of a month pattern.

    The month words' first and last places are found by substring search ("maggio" in
    "maggiore" only widens the stretch); the words around them are counted only near them, not
    over the whole text.
    """
    first = min(low.find(month) for month in months)
    last = max(low.rfind(month) + len(month) for month in months)
    start = _words_back(low, first, MONTH_LEAD_WORDS)
    # More words in the window than counted: the one counted is whole, not cut by the window.
    after = [m.end() for m in _RE_WORD.finditer(low, last, last + _TRAIL_REACH)]
    end = after[_MONTH_TRAIL_WORDS - 1] if len(after) > _MONTH_TRAIL_WORDS else len(low)
    return start, end


def scan(text: str, ref: date | None, *, gated: bool = True) -> list[Found]:
    """Every date expression in one text; where two overlap, the longer wins.

    `gated=False` runs every pattern over the whole text, whatever it holds: the reference the
    gates are tested against.
    """
    text = plain(text)
    ctx = Context(text, ref)
    everywhere: list[tuple[int, int] | None] = [(0, len(text))] * len(TEXT_PATTERNS)
    stretches = Clues(text).stretches if gated else everywhere
    candidates: list[tuple[int, int, list[Found]]] = []
    for (regex, handler), stretch in zip(TEXT_PATTERNS, stretches, strict=True):
        if stretch is None:
            continue
        for m in regex.finditer(text, *stretch):
            found = handler(m, ctx)
            if found:
                candidates.append((found[0].start, found[-1].end, found))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    result: list[Found] = []
    for start, end, found in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        result.extend(found)
    return _apposed_weekdays(text, sorted(result, key=lambda f: f.start))


_RE_APPOSITION_GAP = re.compile(r",\s*")


def _apposed_weekdays(text: str, found: list[Found]) -> list[Found]:
    """ "il 5 dicembre, venerdì, …": a weekday set after a day by a comma names that day, when
    the day falls on it."""
    for index in range(1, len(found)):
        day, weekday = found[index - 1], found[index]
        if (
            weekday.relative
            and len(day.value) == 10
            and len(weekday.value) == 10
            and _RE_APPOSITION_GAP.fullmatch(text, day.end, weekday.start)
            and text[weekday.start : weekday.end].lower() in _WEEKDAY_WORDS
            and date.fromisoformat(day.value).weekday()
            == weekday_number(text[weekday.start : weekday.end])
        ):
            found[index] = Found(weekday.start, weekday.end, day.value, weekday.relative)
    return found

"""Month and weekday names of Italian news (and the English of quotes), with their numbers.

One table for the two places that read dates: cleaning (a byline's date line, a dateline) and
extraction (the date grammar in extract/date_patterns.py).
"""

from __future__ import annotations

MONTHS_IT = (
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
)  # fmt: skip
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {
    "gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8,
    "set": 9, "sett": 9, "ott": 10, "nov": 11, "dic": 12,
    "jan": 1, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "dec": 12,
}  # fmt: skip
# Every spelling of a month, lower case, to its number.
MONTH_NUMBER = {
    **{name: n for n, name in enumerate(MONTHS_IT, 1)},
    **{name: n for n, name in enumerate(MONTHS_EN, 1)},
    **MONTH_ABBREVIATIONS,
}
# Monday first, as date.weekday() counts. The Italian names end in an accent some pages drop
# or write acute ("lunedì", "lunedi", "lunedí"): the stems match them all.
WEEKDAY_STEMS = ("luned", "marted", "mercoled", "gioved", "venerd", "sabato", "domenica")
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Any weekday name, as a regular expression alternation (no boundaries: the caller's).
WEEKDAY_NAMES = (
    r"luned[iìí]|marted[iìí]|mercoled[iìí]|gioved[iìí]|venerd[iìí]|sabato|domenica"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)

# Weekdays shortened, as date lines write them ("Lun 22 dic 2025"), as an alternation.
WEEKDAY_ABBREVIATIONS = r"lun|mar|mer|gio|ven|sab|dom|mon|tue|wed|thu|fri|sat|sun"

# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not lower to it
# ("ſettembre" matches the month): spelled plainly before scanning, so that what a pattern
# matched is found in the tables. Same length, same case: positions and capitals still hold.
_CASE_ODDITIES = "İſı"
_PLAIN_LETTERS = str.maketrans({"İ": "I", "ſ": "s", "ı": "i"})


def plain(text: str) -> str:
    """The text with the letters a case-blind pattern reads as others spelled as those."""
    return text.translate(_PLAIN_LETTERS) if any(c in text for c in _CASE_ODDITIES) else text


def _month_key(word: str) -> str:
    return plain(word).lower().rstrip(".")


def month_number(word: str) -> int:
    """1–12 for a month's name or abbreviation, any case, with or without its dot."""
    return MONTH_NUMBER[_month_key(word)]


def is_month(word: str) -> bool:
    """Whether `month_number` knows the word."""
    return _month_key(word) in MONTH_NUMBER


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 for a weekday's name, any case."""
    lower = plain(word).lower()
    if lower in WEEKDAYS_EN:
        return WEEKDAYS_EN.index(lower)
    return next(n for n, stem in enumerate(WEEKDAY_STEMS) if lower.startswith(stem))

"""Meeting text: sentences, the marks that split a clause, and the values of dates.

The basics the other meeting modules share: where sentences end, whether a quotation, a colon or a
clause of contrast stands between two words, which cue is nearest, and how precise a date is.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from negoreader.extract.date_values import precision
from negoreader.extract.names import fold as fold  # the meeting modules fold as names do

if TYPE_CHECKING:  # the cues module builds on this one
    from negoreader.extract.meeting_cues import Mention

# Letters re.IGNORECASE matches to an ASCII letter that str.lower() does not lower to it.
IGNORECASE_LETTERS = str.maketrans({"İ": "i", "ſ": "s", "ı": "i"})


# "Miami, 30 novembre 2025 – ": where and when the article was filed, not a meeting's.
_DATELINE = re.compile(r"^\s*[^\W\d][^,–—\n]{0,40},\s*[^–—\n]{3,40}?\s[–—-]\s")


def within(
    spans: list[tuple[int, int, str]], sentence: tuple[int, int]
) -> list[tuple[int, int, str]]:
    return [x for x in spans if sentence[0] <= x[0] < sentence[1]]


def lower(text: str) -> str:
    """Lower-cased for the substring tests before a search (same letters as re.IGNORECASE)."""
    lowered = text.lower()
    # Of the letters re.IGNORECASE folds to ASCII, only these two survive lower().
    return lowered.translate(IGNORECASE_LETTERS) if "ſ" in lowered or "ı" in lowered else lowered


# Where a quotation, a parenthesis or a colon begins, the places and dates it names are its own.
# ", mentre Witkoff sarà a Ginevra dal 16 al 18": a clause of contrast tells of another event.
# ", e a Bruxelles si temeva …", ", e domenica era a Ginevra …": a clause that opens on another
# place or another day tells of something else.
_CONTRAST = (
    r",\s*(?:mentre|ma|però|e invece)\b|,\s*e\s+(?:a|ad|in|da)\s+(?=(?-i:[A-Z])|$)"
    r"|,\s*e\s+(?=(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi"
    r"|stamattina|stasera|il giorno dopo|l['’]indomani)\b)"
)


STRONG_MARK = re.compile(r"[;:“”«»()\"]|\s[–—]\s|" + _CONTRAST, re.IGNORECASE)


CONTRAST_MARK = re.compile(_CONTRAST, re.IGNORECASE)


def nearest_in_clause(text: str, found: list[Mention], start: int, end: int) -> Mention | None:
    """The nearest cue with no quotation mark, parenthesis or colon between it and [start, end)."""
    near = [m for m in found if not _split(text, min(m.end, end), max(m.start, start))]
    return nearest_cue(near, start, end) if near else None


_QUOTES = '“”«»"'


# A quotation of a few words ("in agosto", "coalizione dei volenterosi") is part of the clause it
# stands in.
_SHORT_QUOTE = re.compile(r"[“«\"][^“”«»\".;:]{1,36}[”»\"]")


def _split(text: str, start: int, end: int) -> bool:
    """Whether a strong mark (not the quotes of a short quotation) stands in text[start:end]."""
    first = STRONG_MARK.search(text, start, min(len(text), end + 16))
    if first is None or first.start() >= end:
        return False  # the common case: one search
    for mark in marks(STRONG_MARK, text, start, end):
        if mark.group() in _QUOTES and _in_short_quote(text, mark.start()):
            continue
        return True
    return False


def marks(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The marks beginning in text[start:end], each read with what follows (", e domenica")."""
    found = []
    for mark in pattern.finditer(text, start, min(len(text), end + 16)):
        if mark.start() >= end:
            break
        found.append(mark)
    return found


def _in_short_quote(text: str, at: int) -> bool:
    window = text[max(0, at - 38) : at + 39]
    offset = at - max(0, at - 38)
    return any(
        q.start() <= offset < q.end() and len(q.group().split()) <= 3
        for q in _SHORT_QUOTE.finditer(window)
    )


def nearest_cue(found: list[Mention], start: int, end: int) -> Mention:
    def distance(m: Mention) -> int:
        return max(m.start - end, start - m.end, 0)

    return min(found, key=distance)


_SENTENCE_END = re.compile(r"[.!?…][\"”’»)]*\s+(?=[\"“«‘(]?[^\W\d_a-z])")


_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:sig|dott|prof|gen|reg|trib|art|n|p|ecc|st))\.$")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans [start, end) of a paragraph, from `start`."""
    spans = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        # An abbreviation is at most five characters and a boundary: the last eight decide.
        stop = match.start() + 1
        if _ABBREVIATION.search(text[max(begin, stop - 8) : stop]):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


def dateline_end(text: str) -> int:
    """Where the dateline ("Miami, 30 novembre 2025 – ") of a first paragraph ends, or 0."""
    match = _DATELINE.match(text)
    return match.end() if match and any(ch.isdigit() for ch in match.group()) else 0


def _days(value: str) -> tuple[date, date] | None:
    """The first and last day of an ISO day or interval; None for coarser dates."""
    if precision(value) not in ("day", "interval"):
        return None
    try:
        first, _, last = value.partition("/")
        return date.fromisoformat(first), date.fromisoformat(last or first)
    except ValueError:
        return None


def other_days(value: str, held: str) -> bool:
    """Whether two fine dates share no day and one of them is an interval (not "ieri … oggi")."""
    a, b = _days(value), _days(held)
    if a is None or b is None or (a[0] <= b[1] and b[0] <= a[1]):
        return False
    return "/" in value or "/" in held


def anchors(value: str, kind: str) -> bool:
    """A year alone ("uno sguardo al 2026") does not place past talks in time; it dates a plan."""
    return kind == "planned" or precision(value) != "year"

"""The dates a page writes around an article: its date line and the dateline of its first paragraph.

"Dicembre 22, 2025", "18 dicembre 2025 10:45", "Pubblicato il 22/12/2025" on a line of their own
are the article's date; "Miami, 30 novembre 2025 –" and "ROMA –" opening a paragraph are its
dateline. Month and weekday names are the ones extraction reads (calendar_words.py).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from negoreader.calendar_words import (
    MONTH_NUMBER,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    month_number,
)

# Any month name or abbreviation, with the dot an abbreviation may take.
MONTH = r"(?:" + "|".join(sorted(MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
# "10:15", ", 10:15", "alle 10:15", ", ore 10:15"
_TIME = r"(?:(?:,|-|–|\||·|•)\s*)?(?:alle ore|alle|ore|h)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
_DAY_MONTH_YEAR = (
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})\s+(?P<y1>\d{{4}})"  # 18 Dicembre 2025
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"  # Dicembre 22, 2025
    r"|(?P<d3>\d{1,2})(?P<s3>[/.-])(?P<m3>\d{1,2})(?P=s3)(?P<y3>\d{4})"  # 22/12/2025
    # 2025-12-22, and as a machine writes it: 2025-12-22T10:48:00+01:00
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    r"(?:T(?P<h4>\d{2}):(?P<n4>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
)
# What an update adds after the publication date: "(modificato il …)", "- Aggiornato il …".
_UPDATE_NOTE = re.compile(
    r"\s*(?:\((?:modific|aggiornat|agg\.|updated)[^)]*\)"
    r"|[|·•–-]\s*(?:aggiornat|ultimo aggiornamento|modificat|updated)\w*\b.*)$",
    re.IGNORECASE,
)
# Words every update note holds, and the ends of every reading time.
_UPDATE_HINTS = ("modific", "aggiorna", "agg.", "updated")
_READING_TIME_ENDS = ("min", "minuti", "min.", "lettura")
# "3 minuti di lettura" after the date on a byline: page furniture, not part of the date.
_READING_TIME = re.compile(
    r"\s*[|·•–-]?\s*(?:tempo di lettura:?\s*)?\d+\s*min(?:uti|\.)?(?:\s+(?:di\s+)?lettura)?$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:(?:pubblicato|aggiornato|ultimo aggiornamento|data|published|updated)"
    r"\s*(?:il|on)?\s*:?\s*)?"
    rf"(?:(?:{WEEKDAY_NAMES}|{WEEKDAY_ABBREVIATIONS})\.?,?\s+)?{_DAY_MONTH_YEAR}(?:\s*{_TIME})?\s*$",
    re.IGNORECASE,
)
# "Miami, 30 novembre 2025 –", "Washington, 6 dicembre 2025, 00:38 –", "Roma (ANSA), 3 marzo –"
_PLACE = (
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|di|de|del|della|dello|sul|sulla|am|an))" + "{0,3}"
)
# An agency's name before the dateline: "(ANSA) - KIEV, 12 DIC -".
_AGENCY = r"(?:\([^)]{1,20}\)\s*[-–—]\s*)?"
_DATELINE = re.compile(
    rf"^{_AGENCY}(?P<place>{_PLACE})\s*(?:\([^)]{{1,40}}\))?\s*,\s*"
    rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})(?:\s+(?P<year>\d{{4}}))?"
    rf"(?:\s*{_TIME})?\s*[–—-]\s",
    re.IGNORECASE,
)
# "ROMA –", "Kiev (Adnkronos) –": a place with no date before the dash.
_DATELINE_PLAIN = re.compile(
    rf"^{_AGENCY}(?:DAL(?:LA)? NOSTR[OA] (?:INVIAT[OA]|CORRISPONDENTE)(?: A)? )?"
    rf"(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’. ]{{1,30}}[A-ZÀ-Ý]|{_PLACE}(?=\s*\([^)]{{1,40}}\)))"
    r"\s*(?:\([^)]{1,40}\))?\s*[–—]\s"
)


def iso(year: str, month: int, day: str, hour: str | None = None, minute: str | None = None) -> str:
    """ISO 8601 for a date that exists, with the time when given; '' otherwise."""
    try:
        day_value = date(int(year), month, int(day))
        if hour is None or minute is None:
            return day_value.isoformat()
        moment = datetime(day_value.year, month, day_value.day, int(hour), int(minute))
    except ValueError:
        return ""
    return moment.isoformat(timespec="minutes")


@lru_cache(maxsize=4096)  # the header reader asks again about the same few lines
def parse_date_line(line: str) -> str | None:
    """The ISO date (and time) of a line that is only a date, e.g. 'Dicembre 22, 2025'; else None."""
    # The suffix patterns are tried only where their words are: each opens on "\s*" and so
    # costs a pass over every space of a long paragraph.
    low = line.lower()
    if low.endswith(_READING_TIME_ENDS):
        line = _READING_TIME.sub("", line)
        low = line.lower()
    if any(hint in low for hint in _UPDATE_HINTS):
        line = _UPDATE_NOTE.sub("", line)
    match = _DATE_LINE.match(line)
    if not match:
        return None
    g = match.groupdict()
    if g["y1"]:
        value = iso(g["y1"], month_number(g["m1"]), g["d1"], g["hour"], g["minute"])
    elif g["y2"]:
        value = iso(g["y2"], month_number(g["m2"]), g["d2"], g["hour"], g["minute"])
    elif g["y3"]:
        value = iso(g["y3"], int(g["m3"]), g["d3"], g["hour"], g["minute"])
    else:
        hour, minute = (g["h4"], g["n4"]) if g["h4"] else (g["hour"], g["minute"])
        value = iso(g["y4"], int(g["m4"]), g["d4"], hour, minute)
    return value or None


def parse_dateline(text: str) -> tuple[str, str]:
    """The place and ISO date of a paragraph's opening dateline; ('', '') when it has none."""
    match = _DATELINE.match(text)
    if match:
        when = ""
        if match["year"]:
            when = iso(
                match["year"],
                month_number(match["month"]),
                match["day"],
                match["hour"],
                match["minute"],
            )
        return _place_name(match["place"]), when
    match = _DATELINE_PLAIN.match(text)
    return (_place_name(match["place"]), "") if match else ("", "")


def _place_name(place: str) -> str:
    place = place.strip()
    # Agencies write the dateline in capitals ("NEW YORK –"); the place is "New York".
    return place.title() if place.isupper() else place


def dateline_end(text: str) -> int:
    """Where the dateline opening a paragraph ends; 0 when it has none."""
    match = _DATELINE.match(text) or _DATELINE_PLAIN.match(text)
    return match.end() if match else 0

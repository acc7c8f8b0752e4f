"""Dates in Italian news text: a small grammar that finds date expressions and normalises them.

Values are ISO 8601: a day `2025-12-06`, a month `2025-12`, a year `2025`, or an interval
`2025-12-19/2025-12-21`. The reference for everything the text leaves open is the paragraph's
own date (an embedded post) or else the article's date:

- a day or holiday without a year ("il 6 dicembre", "dal 19 al 21 dicembre", "Natale") takes the
  year that puts it closest to the reference ("lo scorso"/"prossimo" force the direction); it
  names a calendar day, so it is not marked relative;
- a month without a year ("a gennaio", "nel mese di novembre") goes forward or back by the verb
  tense of its sentence ("si terrà" / "è stato"), else to the closest; marked relative;
- deictic words ("ieri sera", "mercoledì", "questo fine settimana", "la prossima settimana",
  "l'anno scorso") are resolved from the reference, weekdays by the tense (default: past, as news
  mostly reports); marked relative.

Without a reference, whatever needs one is skipped rather than guessed. Durations ("quasi 4
anni", "tre giorni"), vague spans ("nei giorni scorsi"), clock times and plain numbers are not
dates: every pattern asks for a month name, a weekday, a deictic word or a preposition before a
year, never a bare number.

The work is in stages, a module each: calendar_words.py (month and weekday names, shared with
cleaning) → date_patterns.py (the grammar) → date_handlers.py (a match to a value, with
date_context.py for the tense and date_resolve.py for the calendar arithmetic) → date_scan.py
(every expression in a text). date_query.py reads search queries, date_values.py says what days
a value covers. This module is the entry point the rest of the package uses.
"""

from __future__ import annotations

from negoreader.extract.date_query import parse_date_query
from negoreader.extract.date_resolve import parse_day
from negoreader.extract.date_scan import scan
from negoreader.extract.date_values import date_bounds, date_covers, precision
from negoreader.records import Article, DateRef, Span

__all__ = [
    "date_bounds",
    "date_covers",
    "find_dates",
    "latest_explicit_date",
    "parse_date_query",
    "precision",
]


def find_dates(article: Article) -> tuple[DateRef, ...]:
    """Every date expression in the article's paragraphs, in reading order.

    An embedded post's own date is the reference inside it; elsewhere the article's date.
    """
    article_ref = parse_day(article.date)
    refs = []
    for index, paragraph in enumerate(article.paragraphs):
        ref = parse_day(paragraph.date) or article_ref
        for found in scan(paragraph.text, ref):
            text = paragraph.text[found.start : found.end]
            span = Span(index, found.start, found.end)
            refs.append(DateRef(found.value, text, found.relative, span))
    return tuple(refs)


def latest_explicit_date(article: Article) -> str:
    """The latest full day date, written with its year, that the text mentions; or ''.

    Embedded posts count with their own dates: the article cannot be older than what it embeds.
    """
    days = []
    for paragraph in article.paragraphs:
        if day := parse_day(paragraph.date):
            days.append(day.isoformat())  # an embedded post's date was written out in the page
        for found in scan(paragraph.text, None):  # no reference: only what is written out
            days.extend(part for part in found.value.split("/") if len(part) == 10)
    return max(days, default="")

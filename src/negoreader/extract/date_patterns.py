"""The date grammar: regular expressions for every shape of date expression, compiled once.

Explicit dates ("il 6 dicembre 2025", "Dicembre 22, 2025", "dal 19 al 21 dicembre", "6/12/2025",
"nel 2026"), months, holidays, and the deictic words resolved against a reference ("ieri
sera", "mercoledì", "questo fine settimana", "la prossima settimana", "l'anno scorso"). Each
pattern takes the articles and prepositions that belong to the expression ("il", "entro il",
"dall'") so a mention's text is whole; date_handlers.py reads the named groups.
"""

from __future__ import annotations

import re

from negoreader.calendar_words import MONTH_ABBREVIATIONS, MONTHS_EN, MONTHS_IT, WEEKDAY_NAMES

_A = "['’]"  # apostrophe, straight or typographic
_FULL_MONTH = "|".join(sorted((*MONTHS_IT, *MONTHS_EN), key=len, reverse=True))
_ABBR = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_YEAR_DIGITS = r"(?:19\d\d|20\d\d|2100)(?![\d%]|[.,:]\d)"
# An abbreviated month needs its dot or a year after it in running text ("6 dic. 2025"):
# "mar", "set" and "gen" are also words. A query may type it bare ("6 dic").
_MONTH_TEXT = (
    rf"(?:{_FULL_MONTH})\b|(?:{_ABBR})(?:\.|\b(?=\s+(?:19|20)\d\d\b))"
    # agency datelines write it in capitals: "ROMA, 12 DIC -"
    rf"|(?-i:{_ABBR.upper()})\b"
)
_MONTH_QUERY = rf"(?:{_FULL_MONTH}|{_ABBR})\b\.?"
_WD = rf"(?:{WEEKDAY_NAMES})\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_ORD = r"(?:\s?[°º]|st\b|nd\b|rd\b|th\b)?"
# Articles and prepositions that belong to the expression ("il 6 dicembre", "a gennaio",
# "entro il 2026"); each alternative ends in a space or an apostrophe.
_LEAD = r"(?:entro|fino|prima|dopo|verso)"
_ART = (
    r"(?:dal|al|del|nel|sul|il|lo|la|alla|dalla|della|nella|a|ad|di|da|in)\s+"
    rf"|(?:dall|all|dell|nell|sull|l){_A}\s*"
)
_PREP = rf"(?P<prep>(?:{_LEAD}\s+)?(?:{_ART})|{_LEAD}\s+)?"
_PART_OF_DAY = r"mattina|mattino|pomeriggio|sera|notte|morning|afternoon|evening|night"


def _day_month(month: str) -> str:
    return (
        rf"(?<![\w.,:/\-–]){_PREP}"
        r"(?:(?:(?:lo|il|la)\s+)?(?P<premod>scors[oa]|prossim[oa])\s+)?"
        rf"(?:(?P<wd>{_WD}),?\s+)?"
        rf"(?P<d>{_DAY}|primo){_ORD}\s+(?:di\s+)?(?P<m>{month})"
        rf"(?:(?:,\s*|\s+(?:del\s+)?)(?P<y>{_YEAR_DIGITS}))?"
        r"(?:\s+(?P<post>scors[oa]|prossim[oa]|passat[oa]))?"
    )


def _month_day(month: str) -> str:
    return (
        rf"(?<!\w){_PREP}(?:(?P<wd>{_WD}),?\s+)?"
        rf"(?P<m>{month})\s+(?P<d>{_DAY})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>{_YEAR_DIGITS}))?"
    )


def _month_day_range(month: str) -> str:
    # "January 23 and 24", "December 19-21, 2025": English writes the month first.
    return (
        rf"(?<!\w)(?P<m>{month})\s+(?P<d1>{_DAY})(?:st|nd|rd|th)?"
        rf"(?P<sep>\s*[-–]\s*|\s+(?:and|to|through)\s+)(?P<d2>{_DAY})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<y>{_YEAR_DIGITS}))?"
    )


def _day_range(month: str) -> str:
    first = rf"(?:(?P<wd1>{_WD}),?\s+)?(?P<d1x>(?P<d1>{_DAY}|primo){_ORD})"
    second = rf"(?:(?P<wd2>{_WD}),?\s+)?(?P<d2>{_DAY}){_ORD}"
    return (
        r"(?<![\w.,:/\-–])"
        rf"(?P<rprep>(?:dal|da|tra|fra)\s+(?:(?:il|l{_A})\s*)?|(?:dall|l){_A}\s*|il\s+)?"
        rf"{first}(?:\s+(?P<m1>{month})(?:\s+(?P<y1>{_YEAR_DIGITS}))?)?"
        rf"(?P<sep>\s*[-–—]\s*|\s+(?:al|a|e)\s+(?:(?:il|l{_A})\s*)?|\s+all{_A}\s*)"
        rf"{second}\s+(?P<m2>{month})(?:(?:,\s*|\s+(?:del\s+)?)(?P<y2>{_YEAR_DIGITS}))?"
    )


def _day_list(month: str) -> str:
    # "il 19, 20 e 21 dicembre": up to six days under one month.
    return (
        r"(?<![\w.,:/\-–])"
        rf"(?P<rprep>(?:il|i|del|dei|nei|dal|tra|fra)\s+|(?:l|dell){_A}\s*)?"
        rf"(?P<days>{_DAY}(?:\s*,\s*{_DAY}){{1,4}})"
        rf"\s+e\s+(?:(?:il|l{_A})\s*)?(?P<last>{_DAY})\s+(?P<m>{month})"
        rf"(?:(?:,\s*|\s+(?:del\s+)?)(?P<y>{_YEAR_DIGITS}))?"
    )


def _month_alone(month: str) -> str:
    return (
        rf"(?<!\w){_PREP}"
        r"(?:(?:(?:lo|il)\s+)?(?P<premod>scorso|prossimo)\s+)?"
        r"(?:(?P<part>fine|inizio|met[àa]|primi|prima\s+met[àa]|seconda\s+met[àa])\s+"
        r"(?:(?:del\s+mese\s+)?di\s+)?)?"
        r"(?P<mese>mese\s+di\s+)?"
        rf"(?P<m>{month})(?:(?:\s+del)?\s+(?P<y>{_YEAR_DIGITS}))?"
        r"(?:\s+(?P<post>scorso|prossimo|passato))?"
        # "a marzo dell'anno scorso": the month of the year before (or after)
        rf"(?:\s+dell{_A}\s*anno\s+(?P<yearmod>scorso|prossimo|passato))?"
    )


_NUMERIC_BODY = (
    r"(?P<d>\d{1,2})(?P<s>[/.\-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w/]|[.\-]\d)"
)
RE_NUMERIC = re.compile(rf"(?<![\w/.:\-]){_PREP}{_NUMERIC_BODY}", re.IGNORECASE)
RE_ISO = re.compile(
    rf"(?<![\w/.\-]){_PREP}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d|-\d)", re.IGNORECASE
)
RE_YEAR = re.compile(
    rf"(?<!\w)(?P<prep>(?:{_LEAD}\s+)?"
    rf"(?:nel|del|dal|al|il|sul|(?:nell|dell|l){_A}\s*anno|anno|fine|inizio|met[àa]|quel|questo"
    r"|estate|primavera|autunno|inverno|in)\s+)"
    rf"(?P<y>{_YEAR_DIGITS})",
    re.IGNORECASE,
)
# What may follow a year that is really a quantity ("nel 2000 per cento", "al 2030 euro").
RE_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s*cento|euro|dollari|€|\$|milion|miliard|persone|soldati|uomini|km|chilometri)",
    re.IGNORECASE,
)
RE_YEAR_RANGE = re.compile(
    r"(?<!\w)(?P<prep>(?:tra|fra)\s+il\s+|dal\s+|nel\s+|del\s+|negli\s+anni\s+)?"
    rf"(?P<y1>{_YEAR_DIGITS})(?P<sep>\s*[-–/]\s*|\s+(?:al|e\s+il)\s+)(?P<y2>{_YEAR_DIGITS})",
    re.IGNORECASE,
)
RE_REL_DAY = re.compile(
    r"(?<!\w)(?P<pre>(?:il|un|del|al|nel)\s+)?"
    rf"(?P<w>l{_A}\s*altro\s*ieri|ieri\s+l{_A}\s*altro|altroieri|avantieri|dopodomani|dopo\s+domani"
    r"|oggi|ieri|domani"
    r"|stamattina|stamani|stamane|stasera|stanotte|today|yesterday|tomorrow|tonight"
    r"|quest[ao]\s+(?:mattina|mattino|pomeriggio|sera|notte))"
    rf"(?:\s+(?P<part>{_PART_OF_DAY}))?\b",
    re.IGNORECASE,
)
# "lunedì e martedì", "tra sabato e domenica", "da lunedì a mercoledì": a stretch of days.
RE_WEEKDAY_PAIR = re.compile(
    rf"(?<!\w)(?P<pre>(?:tra|fra|da|dal)\s+)?(?P<wd1>{_WD})"
    rf"\s+(?P<sep>e|ed|and|a|al|fino\s+a)\s+(?P<wd2>{_WD})"
    r"(?:\s+(?P<post>scors[oi]|prossim[oi]|passat[oi]))?",
    re.IGNORECASE,
)
RE_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:(?:lo|la|il)\s+)?(?P<premod>scors[oa]|prossim[oa]|quest[oa])\s+"
    r"|(?P<enmod>last|next|this)\s+)?"
    rf"(?P<wd>{_WD})(?:\s+(?P<d>{_DAY})(?!\s*[°º%\d]|[.,:]\d))?"
    rf"(?:\s+(?P<part>{_PART_OF_DAY}))?(?:\s+(?P<post>scors[oa]|prossim[oa]))?",
    re.IGNORECASE,
)
RE_WEEKEND = re.compile(
    r"(?<!\w)(?P<pre>(?:(?:in|per|durante|entro|a|da|su)\s+)?"
    rf"(?:quest[oa]|nel|il|lo|nello|del|dello|al|dal|(?:l|dell|nell){_A}\s*ultimo|ultimo)\s+"
    r"(?:(?:prossimo|scorso)\s+)?|(?:prossimo|scorso)\s+|(?:this|next|last|the)\s+)?"
    r"(?P<w>fine[\s-]settimana|week[\s-]?end)\b"
    r"(?:\s+(?P<post>prossimo|scorso|passato|appena\s+trascorso))?",
    re.IGNORECASE,
)
RE_WEEK = re.compile(
    r"(?<!\w)(?P<pre>(?:nella|della|alla|per\s+la|entro\s+la|la|in)\s+)?"
    r"(?:(?P<m1>prossima|scorsa|questa)\s+settimana|settimana\s+(?P<m2>prossima|scorsa|passata))"
    r"\b",
    re.IGNORECASE,
)
RE_REL_PERIOD = re.compile(
    r"(?<!\w)(?:(?:(?:il|lo|nel|nello|del|dello|dal|al|entro\s+il|entro\s+lo)\s+"
    rf"|(?:l|nell|dell|dall|all){_A}\s*)?"
    r"(?:(?P<m1>prossim[oa]|scors[oa])\s+)?(?P<unit>mese|anno)\b"
    r"(?:\s+(?P<m2>prossimo|scorso|passato|in\s+corso))?"
    rf"|(?P<this>quest{_A}\s*anno|questo\s+mese)"
    # "a metà mese", "entro fine anno": a part of this month or year ("fine mese di …" is not).
    r"|(?P<part>met[àa]|fine|inizio)\s+(?P<punit>mese|anno)(?!\s+(?:di|del|prossimo|scorso)\b))\b",
    re.IGNORECASE,
)
RE_HOLIDAY = re.compile(
    rf"(?<!\w){_PREP}(?P<vig>(?:la\s+)?vigilia\s+di\s+)?"
    r"(?P<h>natale|capodanno|epifania|ferragosto|pasqua)\b"
    rf"(?:\s+(?:del\s+)?(?P<y>{_YEAR_DIGITS}))?",
    re.IGNORECASE,
)

RE_DMY = re.compile(_day_month(_MONTH_TEXT), re.IGNORECASE)
RE_MDY = re.compile(_month_day(rf"(?:{_FULL_MONTH})\b|(?:{_ABBR})\b\.?"), re.IGNORECASE)
RE_RANGE = re.compile(_day_range(_MONTH_TEXT), re.IGNORECASE)
RE_DAY_LIST = re.compile(_day_list(_MONTH_TEXT), re.IGNORECASE)
RE_MDY_RANGE = re.compile(_month_day_range(rf"(?:{_FULL_MONTH})\b"), re.IGNORECASE)
RE_MONTH = re.compile(_month_alone(rf"(?:{_FULL_MONTH})\b"), re.IGNORECASE)
# A query may type an abbreviated month bare ("6 dic"); running text may not ("mar", "set").
RE_RANGE_QUERY = re.compile(_day_range(_MONTH_QUERY), re.IGNORECASE)
RE_DMY_QUERY = re.compile(_day_month(_MONTH_QUERY), re.IGNORECASE)
